/**
 * A `.dvc` pointer names a file by md5; the bytes live in the DVC cache at files/md5/<2>/<30> (DVC 3) or
 * <2>/<30> (DVC 2). Resolution walks up from the pointer to the repository's `.dvc` directory. The pointer
 * is repository content: its `path` stays inside the workspace (path-policy.ts), and a cache object is
 * used only when it is a regular file, never a symlink a pull request put in an in-repository cache.
 */

import { lstat, readFile, stat } from 'node:fs/promises';
import { basename, dirname, join, relative } from 'node:path';
import { ConfigurationError } from '../../errors.js';
import type { PathPolicy } from '../../fs/path-policy.js';
import { objectPath } from '../../dvc/cache.js';
import { parsePointer, type PointerOut } from '../../dvc/pointer.js';

export interface ResolvedPointer {
  /** Path of the data bytes (cache object or, failing that, the checked-out file). */
  path: string;
  /** File name the pointer tracks (its extension decides the format). */
  name: string;
  md5: string;
}

/** Is there a regular file here (not a symlink, not a directory)? */
async function isRegularFile(path: string): Promise<boolean> {
  try {
    return (await lstat(path)).isFile();
  } catch {
    return false;
  }
}

async function findCacheDirs(start: string, paths: PathPolicy): Promise<string[]> {
  const dirs: string[] = [];
  for (let dir = start; ; dir = dirname(dir)) {
    try {
      await lstat(join(dir, '.dvc'));
      dirs.push(paths.resolveStorage(join(dir, '.dvc', 'cache'), { file: '.dvc/cache', what: 'directory' }));
    } catch (error) {
      if (error instanceof ConfigurationError) throw error;
    }
    if (dir === paths.root || dirname(dir) === dir) break;
  }
  return dirs;
}

export async function resolveDvcPointer(
  pointerPath: string,
  paths: PathPolicy,
  label: string,
): Promise<ResolvedPointer> {
  const display = paths.contains(pointerPath) ? relative(paths.root, pointerPath) : pointerPath;
  let out: PointerOut | undefined;
  try {
    out = parsePointer(await readFile(pointerPath, 'utf8'), display).outs[0];
  } catch (error) {
    throw new ConfigurationError(`${label}: cannot read the .dvc pointer (${(error as Error).message}).`);
  }
  const md5 = out?.md5;
  const path = out?.path;
  if (!md5 || !path) {
    throw new ConfigurationError(`${label}: the .dvc pointer has no 'outs' entry with an md5 and a path.`);
  }
  if (md5.endsWith('.dir')) {
    throw new ConfigurationError(
      `${label}: the .dvc pointer tracks a directory (${path}); point at a single data file.`,
    );
  }
  // Checked before anything is read: a path leading out of the workspace or into .git is refused even
  // when the object is in the cache.
  const checkedOut = paths.resolveContent(path, { file: display, base: dirname(pointerPath) });
  for (const cache of await findCacheDirs(dirname(pointerPath), paths)) {
    // DVC 3 layout first, then DVC 2's, whatever the pointer's hash key says (as before).
    for (const candidate of [
      objectPath(cache, { md5, legacy: false }),
      objectPath(cache, { md5, legacy: true }),
    ])
      if (await isRegularFile(candidate)) return { path: candidate, name: basename(path), md5 };
  }
  // Not in any cache: a checked-out copy beside the pointer will do.
  try {
    if ((await stat(checkedOut)).isFile()) return { path: checkedOut, name: basename(path), md5 };
  } catch {
    // not there either
  }
  throw new ConfigurationError(
    `${label}: object ${md5} for ${path} is not in the DVC cache (.dvc/cache/files/md5/${md5.slice(0, 2)}/…); pull it first (data-hash pull or dvc pull).`,
  );
}
