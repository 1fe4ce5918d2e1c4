import { readFile } from 'node:fs/promises';
import { basename, dirname, relative, sep } from 'node:path';
import { writeFileAtomic } from '../fs/atomic-write.js';
import { type ObjectRef, storeBytes, storeFile } from '../dvc/cache.js';
import { ignoreBesideData } from './gitignore.js';
import { hashOutput, type OutputHash } from './output-hash.js';
import { mapLimit } from '../async/limit.js';
import { renderPointer } from '../dvc/pointer.js';
import { ensureDvcGitignore, type HashingRepo } from './repo.js';
import { type HashSummary, summarize } from './status.js';
import type { Target } from './targets.js';

export interface AddResult {
  path: string;
  pointer: string;
  hash: HashSummary;
  /** Whether the pointer file was written (false: it already said exactly this). */
  written: boolean;
  /** Objects newly stored in the cache. */
  stored: number;
  /** A DVC 2.x entry whose data is unchanged: left exactly as it was. */
  legacyKept: boolean;
}

/** Put an output's objects in the cache: every file, then (for a directory) the `.dir` manifest. */
async function storeObjects(
  repo: HashingRepo,
  target: Target,
  hash: OutputHash,
  legacy: boolean,
): Promise<number> {
  if (!hash.isDir) {
    return (await storeFile(repo.cacheDir, { md5: hash.md5, legacy }, target.abs, target.display)) ? 1 : 0;
  }
  const stored = await mapLimit(hash.files.paths, repo.jobs, (path, i) =>
    storeFile(
      repo.cacheDir,
      { md5: hash.md5s[i]!, legacy },
      path,
      `${target.display}/${hash.files.relpaths[i]}`,
    ),
  );
  const dirRef: ObjectRef = { md5: hash.md5, legacy };
  const manifest = (await storeBytes(repo.cacheDir, dirRef, Buffer.from(hash.manifest(), 'utf8'))) ? 1 : 0;
  return stored.filter(Boolean).length + manifest;
}

/**
 * `dvc add`: hash, cache, write the pointer, gitignore the data. Objects are cached before the pointer is
 * written, so a pointer never names data the cache lacks. An unchanged DVC 2.x entry is left untouched;
 * an unchanged DVC 3 pointer is not rewritten (reruns are no-ops).
 */
export async function addTarget(repo: HashingRepo, target: Target): Promise<AddResult> {
  const pointerDisplay = relative(repo.root, target.pointerAbs).split(sep).join('/');
  const hashWith = (algorithm: 'md5' | 'md5-dos2unix') =>
    hashOutput({
      path: target.abs,
      display: target.display,
      workspaceReal: repo.root,
      algorithm,
      state: repo.state,
      jobs: repo.jobs,
    });
  // Nothing is written before the data is hashed: a walk that refuses a symlink leaves the repository as it was.
  const dvcGitignore = () =>
    repo.cacheDir.startsWith(`${repo.root}${sep}.dvc${sep}`) ? ensureDvcGitignore(repo.root) : undefined;
  if (target.out?.md5 && target.out.algorithm === 'md5-dos2unix') {
    const legacyHash = await hashWith('md5-dos2unix');
    if (legacyHash.md5 === target.out.md5) {
      await dvcGitignore();
      const stored = await storeObjects(repo, target, legacyHash, true);
      await ignoreBesideData(target.abs);
      return {
        path: target.display,
        pointer: pointerDisplay,
        hash: summarize(legacyHash),
        written: false,
        stored,
        legacyKept: true,
      };
    }
  }
  const hash = await hashWith('md5');
  await dvcGitignore();
  const stored = await storeObjects(repo, target, hash, false);
  const text = renderPointer(target.pointer?.text, {
    path: target.out?.path ?? basename(target.abs),
    md5: hash.md5,
    size: hash.size,
    ...(hash.isDir ? { nfiles: hash.nfiles } : {}),
    isexec: !hash.isDir && hash.executable,
  });
  let previous: string | undefined;
  try {
    previous = await readFile(target.pointerAbs, 'utf8');
  } catch {
    previous = undefined;
  }
  const written = previous !== text;
  if (written) await writeFileAtomic(target.pointerAbs, text);
  await ignoreBesideData(target.abs);
  repo.logger.debug(`add ${target.display}: ${hash.md5} (${dirname(pointerDisplay)})`);
  return {
    path: target.display,
    pointer: pointerDisplay,
    hash: summarize(hash),
    written,
    stored,
    legacyKept: false,
  };
}
