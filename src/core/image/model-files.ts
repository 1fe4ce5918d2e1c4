import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { ConfigurationError } from '../errors.js';
import { isGitName, PathPolicy } from '../fs/path-policy.js';

/** One regular file of the model and where it goes in the image. */
export interface ModelFile {
  /** Path inside the layer: '/'-separated, no leading '/'. */
  dest: string;
  /** Absolute path on disk. */
  source: string;
  size: number;
  executable: boolean;
}

/** A `model` input item, already resolved by the path policy. */
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

/** Resolve the `model` input items by the path policy (they may be outside the workspace). */
export function modelSources(workspace: string, given: readonly string[]): ModelSource[] {
  const policy = PathPolicy.forWorkspace(workspace);
  return given.map((item) => ({ given: item, absolute: policy.resolveInput(item, 'model') }));
}

/**
 * Every regular file of the model inputs with its place under `imageDir`: a file goes to
 * `<imageDir>/<basename>`, a directory's contents to `<imageDir>/…` (like `COPY dir/ /models/x/`).
 * Symbolic links are followed for content as the path policy allows (inside the workspace when met there,
 * never into `.git`); a link back to a directory being walked is a loop and refused. `.git` entries (a
 * model cloned with git) are not model content and are left out.
 */
export async function collectModelFiles(
  sources: readonly ModelSource[],
  imageDir: string,
  workspace: string,
): Promise<ModelFile[]> {
  const policy = PathPolicy.forWorkspace(workspace);
  const shown = (path: string) => (policy.contains(path) ? relative(policy.root, path) || '.' : path);
  const files = new Map<string, ModelFile>();
  /** Real directories on the current walk: a symlink back to one of them is a loop. */
  const active = new Set<string>();
  const visitDir = async (absolute: string, real: string, dest: string, given: string): Promise<void> => {
    if (active.has(real)) {
      throw new ConfigurationError(
        `Input 'model': '${shown(absolute)}' leads back to '${shown(real)}' through a symbolic link: a loop. Remove the link.`,
      );
    }
    active.add(real);
    for (const name of (await readdir(absolute)).sort(byUtf8)) {
      if (isGitName(name)) continue;
      await add(join(absolute, name), dest === '' ? name : `${dest}/${name}`, given);
    }
    active.delete(real);
  };
  const add = async (absolute: string, dest: string, given: string): Promise<void> => {
    let real = absolute;
    if ((await lstat(absolute)).isSymbolicLink()) {
      try {
        real = policy.followLink(absolute, shown(absolute));
      } catch (error) {
        if (error instanceof ConfigurationError)
          throw new ConfigurationError(`Input 'model': ${error.message}`, { cause: error });
        throw error;
      }
    }
    const info = await stat(real);
    if (info.isDirectory()) return visitDir(absolute, await realpath(real), dest, given);
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
        throw new ConfigurationError(`Input 'model': '${source.given}' does not exist.`);
      }
      throw error;
    }
    if (info.isDirectory()) {
      await visitDir(source.absolute, await realpath(source.absolute), imageDir, source.given);
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
