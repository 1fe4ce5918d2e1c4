/**
 * A `.dvc` pointer names a file by md5; the bytes live in the DVC cache at files/md5/<2>/<30> (DVC 3) or
 * <2>/<30> (DVC 2). Resolution walks up from the pointer to the repository's `.dvc` directory.
 */

import { access, readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { ConfigurationError } from '../../errors.js';
import { objectPath } from '../../hashing/cache.js';
import { parsePointer, type PointerOut } from '../../hashing/pointer.js';

export interface ResolvedPointer {
  /** Path of the data bytes (cache object or, failing that, the checked-out file). */
  path: string;
  /** File name the pointer tracks (its extension decides the format). */
  name: string;
  md5: string;
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

async function findCacheDirs(start: string, workspace: string): Promise<string[]> {
  const dirs: string[] = [];
  for (let dir = start; ; dir = dirname(dir)) {
    if (await exists(join(dir, '.dvc'))) dirs.push(join(dir, '.dvc', 'cache'));
    if (dir === workspace || dirname(dir) === dir) break;
  }
  return dirs;
}

export async function resolveDvcPointer(
  pointerPath: string,
  workspace: string,
  label: string,
): Promise<ResolvedPointer> {
  let out: PointerOut | undefined;
  try {
    out = parsePointer(await readFile(pointerPath, 'utf8'), basename(pointerPath)).outs[0];
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
  const candidates: string[] = [];
  for (const cache of await findCacheDirs(dirname(pointerPath), workspace)) {
    // DVC 3 layout first, then DVC 2's, whatever the pointer's hash key says (as before).
    candidates.push(objectPath(cache, { md5, legacy: false }), objectPath(cache, { md5, legacy: true }));
  }
  for (const candidate of candidates) {
    if (await exists(candidate)) return { path: candidate, name: basename(path), md5 };
  }
  // Not in any cache: a checked-out copy beside the pointer will do.
  const checkedOut = join(dirname(pointerPath), path);
  if (await exists(checkedOut)) return { path: checkedOut, name: basename(path), md5 };
  throw new ConfigurationError(
    `${label}: object ${md5} for ${path} is not in the DVC cache (.dvc/cache/files/md5/${md5.slice(0, 2)}/…); pull it first (data-hash pull or dvc pull).`,
  );
}
