import { existsSync, statSync } from 'node:fs';
import { isAbsolute, normalize, sep } from 'node:path';
import { ConfigurationError } from '../errors.js';
import { copyVerified, objectPath, type ObjectRef } from '../dvc/cache.js';
import { manifestRefs } from '../dvc/objects.js';
import { hashOutput } from './output-hash.js';
import { mapLimit } from '../async/limit.js';
import type { HashingRepo } from './repo.js';
import type { Target } from './targets.js';

export interface CheckoutResult {
  path: string;
  /** Files written into the workspace. */
  restored: number;
  /** Files already right. */
  unchanged: number;
  /** Objects absent from the cache, so not restored. */
  missing: number;
}

/**
 * Where each manifest entry of a directory output would be written, all checked before anything is: an
 * entry is repository content (the manifest came with the pointer), so it stays inside the output
 * directory (no `..`, not absolute), and the path policy refuses `.git`, `.dvc/`, the cache and symlinked
 * directories leading out. One bad entry refuses the whole output.
 */
export function manifestDestinations(
  repo: HashingRepo,
  target: Target,
  entries: readonly { relpath: string }[],
): string[] {
  const file = target.pointer?.file ?? `${target.display}.dvc`;
  return entries.map(({ relpath }) => {
    const native = relpath.split('/').join(sep);
    if (relpath === '' || isAbsolute(native) || normalize(native).split(sep).includes('..')) {
      throw new ConfigurationError(
        `${file}: the manifest of '${target.display}' contains an unsafe path '${relpath}'; nothing was restored.`,
        { file },
      );
    }
    return repo.paths.resolveContent(
      native,
      { file, what: `'${target.display}' manifest entry`, base: target.abs },
      'output',
    );
  });
}

async function restoreOne(
  repo: HashingRepo,
  ref: ObjectRef,
  dest: string,
  display: string,
  executable: boolean,
): Promise<boolean> {
  const source = objectPath(repo.cacheDir, ref);
  if (!existsSync(source)) return false;
  if (!(await copyVerified(source, dest, ref, executable ? 0o755 : 0o644))) {
    throw new ConfigurationError(
      `Cache object ${source} for '${display}' is corrupt (content does not match its name); not restored.`,
    );
  }
  return true;
}

/**
 * Bring the workspace in line with the pointer from the cache. Each file is written to a temp file beside it,
 * checked against its hash as it is copied, then renamed into place: a reader never sees half a file, and a
 * corrupt cache object is never served. Files already matching (per the state cache) are not touched; files
 * in a directory that the manifest does not list are left alone.
 */
export async function checkout(repo: HashingRepo, target: Target): Promise<CheckoutResult> {
  const out = target.out;
  const result: CheckoutResult = { path: target.display, restored: 0, unchanged: 0, missing: 0 };
  if (!out?.md5 || !out.cache) return result;
  const legacy = out.algorithm === 'md5-dos2unix';
  const ref: ObjectRef = { md5: out.md5, legacy };
  const current = existsSync(target.abs)
    ? await hashOutput({
        path: target.abs,
        display: target.display,
        workspaceReal: repo.root,
        algorithm: out.algorithm,
        state: repo.state,
        jobs: repo.jobs,
      })
    : undefined;
  if (current?.md5 === out.md5) {
    result.unchanged = current.nfiles;
    return result;
  }
  if (!out.md5.endsWith('.dir')) {
    if (current?.isDir)
      throw new ConfigurationError(
        `'${target.display}' is a directory but its pointer records a file; move it away first.`,
      );
    if (await restoreOne(repo, ref, target.abs, target.display, out.isexec)) result.restored++;
    else result.missing++;
    return result;
  }
  if (existsSync(target.abs) && !statSync(target.abs).isDirectory()) {
    throw new ConfigurationError(
      `'${target.display}' is a file but its pointer records a directory; move it away first.`,
    );
  }
  const entries = await manifestRefs(repo.cacheDir, ref);
  if (!entries) {
    result.missing++;
    return result;
  }
  const have = new Map(current?.files.relpaths.map((relpath, i) => [relpath, current.md5s[i]!]));
  const todo = entries.filter((entry) => have.get(entry.relpath) !== entry.ref.md5);
  result.unchanged = entries.length - todo.length;
  // Every destination is checked before the first file is written (pull checked them all already).
  const destinations = manifestDestinations(repo, target, todo);
  await mapLimit(todo, repo.jobs, async (entry, i) => {
    if (await restoreOne(repo, entry.ref, destinations[i]!, `${target.display}/${entry.relpath}`, false))
      result.restored++;
    else result.missing++;
  });
  return result;
}
