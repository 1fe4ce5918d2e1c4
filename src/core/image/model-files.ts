import { readdir, realpath, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';
import { ConfigurationError } from '../errors.js';

/** One regular file of the model and where it goes in the image. */
export interface ModelFile {
  /** Path inside the layer: '/'-separated, no leading '/'. */
  dest: string;
  /** Absolute path on disk. */
  source: string;
  size: number;
  executable: boolean;
}

/** A `model` input item, already resolved inside the workspace. */
export interface ModelSource {
  given: string;
  absolute: string;
}

/** `/models/x/` → `models/x`; refuses relative, `..` and empty paths. */
export function normaliseImageDir(dir: string, inputName: string): string {
  const trimmed = dir.trim();
  if (!trimmed.startsWith('/')) {
    throw new ConfigurationError(
      `Input '${inputName}': '${dir}' must be an absolute path in the image, e.g. /models/name.`,
    );
  }
  const parts = trimmed.split('/').filter((p) => p !== '' && p !== '.');
  if (parts.includes('..') || parts.length === 0) {
    throw new ConfigurationError(`Input '${inputName}': '${dir}' must be a directory below / without '..'.`);
  }
  return parts.join('/');
}

function byUtf8(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

export { byUtf8 as compareUtf8 };

function inside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

/**
 * Every regular file of the model inputs with its place under `imageDir`: a file goes to
 * `<imageDir>/<basename>`, a directory's contents to `<imageDir>/…` (like `COPY dir/ /models/x/`).
 * Symbolic links are followed for content but must stay inside the workspace.
 */
export async function collectModelFiles(
  sources: readonly ModelSource[],
  imageDir: string,
  workspace: string,
): Promise<ModelFile[]> {
  const root = await realpath(workspace);
  const files = new Map<string, ModelFile>();
  const add = async (absolute: string, dest: string, given: string): Promise<void> => {
    const real = await realpath(absolute);
    if (!inside(root, real)) {
      throw new ConfigurationError(
        `Input 'model': '${given}' contains '${relative(root, absolute)}', a symbolic link leading outside the workspace.`,
      );
    }
    const info = await stat(real);
    if (info.isDirectory()) {
      const names = (await readdir(absolute)).sort(byUtf8);
      for (const name of names) await add(join(absolute, name), `${dest}/${name}`, given);
      return;
    }
    if (!info.isFile()) return; // sockets, fifos: not model content
    const previous = files.get(dest);
    if (previous) {
      throw new ConfigurationError(
        `Input 'model': two files would land at /${dest} in the image (${previous.source} and ${absolute}); rename one or give a directory.`,
      );
    }
    files.set(dest, { dest, source: absolute, size: info.size, executable: (info.mode & 0o111) !== 0 });
  };
  for (const source of sources) {
    let info;
    try {
      info = await stat(source.absolute);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        throw new ConfigurationError(`Input 'model': '${source.given}' does not exist in the workspace.`);
      }
      throw error;
    }
    if (info.isDirectory()) {
      const names = (await readdir(source.absolute)).sort(byUtf8);
      for (const name of names) await add(join(source.absolute, name), `${imageDir}/${name}`, source.given);
    } else {
      const base = source.absolute.split(sep).pop()!;
      await add(source.absolute, `${imageDir}/${base}`, source.given);
    }
  }
  if (files.size === 0) {
    throw new ConfigurationError(
      `Input 'model': ${sources.map((s) => `'${s.given}'`).join(', ')} contains no files.`,
    );
  }
  return [...files.values()].sort((a, b) => byUtf8(a.dest, b.dest));
}
