/**
 * A `.dvc` pointer names a file by md5; the bytes live in the DVC cache at files/md5/<2>/<30> (DVC 3) or
 * <2>/<30> (DVC 2). Resolution walks up from the pointer to the repository's `.dvc` directory.
 */

import { access, readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { parse } from 'yaml';
import { ConfigurationError } from '../../errors.js';

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
  let doc: unknown;
  try {
    doc = parse(await readFile(pointerPath, 'utf8'));
  } catch (error) {
    throw new ConfigurationError(`${label}: cannot read the .dvc pointer (${(error as Error).message}).`);
  }
  const outs = (doc as { outs?: unknown } | null)?.outs;
  const out = Array.isArray(outs) ? (outs[0] as Record<string, unknown> | undefined) : undefined;
  const md5 = typeof out?.md5 === 'string' ? out.md5.toLowerCase() : undefined;
  const path = typeof out?.path === 'string' ? out.path : undefined;
  if (!md5 || !path || !/^[0-9a-f]{32}(\.dir)?$/.test(md5)) {
    throw new ConfigurationError(`${label}: the .dvc pointer has no 'outs' entry with an md5 and a path.`);
  }
  if (md5.endsWith('.dir')) {
    throw new ConfigurationError(
      `${label}: the .dvc pointer tracks a directory (${path}); point at a single data file.`,
    );
  }
  const candidates: string[] = [];
  for (const cache of await findCacheDirs(dirname(pointerPath), workspace)) {
    candidates.push(join(cache, 'files', 'md5', md5.slice(0, 2), md5.slice(2)));
    candidates.push(join(cache, md5.slice(0, 2), md5.slice(2)));
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
