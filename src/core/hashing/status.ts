import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { objectKey, type ObjectRef } from '../dvc/cache.js';
import { manifestRefs, missingFromCache } from '../dvc/objects.js';
import { hashOutput, type OutputHash } from './output-hash.js';
import type { HashingRepo } from './repo.js';
import type { Target } from './targets.js';
import { type DirChanges, diffFileMaps } from '../dvc/manifest-diff.js';

export type StatusWord = 'unchanged' | 'modified' | 'new' | 'deleted' | 'not in cache';

export interface HashSummary {
  md5: string;
  size: number | undefined;
  nfiles: number | undefined;
}

/** One output's status, as reported and written to the JSON report. */
export interface OutputStatus {
  path: string;
  /** The `.dvc` file (repository-relative), when there is one. */
  pointer: string | undefined;
  line: number;
  status: StatusWord;
  legacy: boolean;
  recorded: HashSummary | undefined;
  current: HashSummary | undefined;
  /** Directories: which files differ from the recorded manifest (when that manifest is in the cache). */
  changes: DirChanges | undefined;
  /** Cache objects missing, for `not in cache`. */
  missingObjects: number;
  /** Files actually read to compute this status (0 = all served by the state cache). */
  rehashed: number;
  /** A short human explanation. */
  detail: string;
}

export function summarize(hash: OutputHash): HashSummary {
  return { md5: hash.md5, size: hash.size, nfiles: hash.isDir ? hash.nfiles : 1 };
}

async function dirChanges(
  repo: HashingRepo,
  recorded: ObjectRef,
  current: OutputHash,
): Promise<DirChanges | undefined> {
  const old = await manifestRefs(repo.cacheDir, recorded);
  if (!old) return undefined;
  const before = new Map(old.map((e) => [e.relpath, e.ref.md5]));
  const after = new Map(current.files.relpaths.map((relpath, i) => [relpath, current.md5s[i]!]));
  return diffFileMaps(before, after);
}

function describeChanges(changes: DirChanges | undefined): string {
  if (!changes) return 'the recorded manifest is not in the cache, so the changed files cannot be listed';
  const parts = [
    changes.added.length ? `${changes.added.length} added` : '',
    changes.modified.length ? `${changes.modified.length} modified` : '',
    changes.removed.length ? `${changes.removed.length} removed` : '',
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : 'same files, different layout';
}

function prefixDirs(refs: readonly ObjectRef[]): string[] {
  return [
    ...new Set(
      refs.map((ref) => {
        const key = objectKey(ref);
        return key.slice(0, key.lastIndexOf('/'));
      }),
    ),
  ];
}

function stampOf(cacheDir: string, dirs: readonly string[]): Record<string, number> | undefined {
  const stamp: Record<string, number> = {};
  try {
    for (const dir of dirs) stamp[dir] = statSync(join(cacheDir, ...dir.split('/'))).mtimeMs;
  } catch {
    return undefined;
  }
  return stamp;
}

/**
 * How many of an unchanged output's objects are missing from the cache. After a check that found them
 * all, the prefix directories' mtimes are remembered: an object cannot be deleted without changing its
 * directory's mtime, so while they hold, 100,000 objects need 256 stats instead of 100,000.
 */
async function missingObjects(repo: HashingRepo, root: ObjectRef, current: OutputHash): Promise<number> {
  const key = `${repo.cacheDir}\0${root.md5}`;
  const remembered = repo.state.cacheStamp(key);
  if (remembered) {
    const now = stampOf(repo.cacheDir, Object.keys(remembered));
    if (now && Object.entries(remembered).every(([dir, mtime]) => now[dir] === mtime)) return 0;
  }
  const refs: ObjectRef[] = [root, ...current.md5s.map((md5) => ({ md5, legacy: root.legacy }))];
  const missing = (await missingFromCache(repo.cacheDir, refs, repo.jobs)).size;
  if (missing === 0 && current.isDir) {
    const stamp = stampOf(repo.cacheDir, prefixDirs(refs));
    if (stamp) repo.state.recordCacheStamp(key, stamp);
  }
  return missing;
}

/** Compare one target's data with its pointer (DVC's `dvc status` words, plus per-file directory diffs). */
export async function statusOf(repo: HashingRepo, target: Target): Promise<OutputStatus> {
  const { out } = target;
  const base = {
    path: target.display,
    pointer: target.pointer?.file,
    line: out?.line ?? 1,
    legacy: out?.algorithm === 'md5-dos2unix',
    changes: undefined,
    missingObjects: 0,
    rehashed: 0,
  };
  const recorded: HashSummary | undefined = out?.md5
    ? { md5: out.md5, size: out.size, nfiles: out.nfiles }
    : undefined;
  if (!existsSync(target.abs)) {
    return recorded
      ? {
          ...base,
          status: 'deleted',
          recorded,
          current: undefined,
          detail: 'the data is missing from the workspace',
        }
      : { ...base, status: 'deleted', recorded, current: undefined, detail: 'neither data nor hash' };
  }
  const hash = await hashOutput({
    path: target.abs,
    display: target.display,
    workspaceReal: repo.root,
    algorithm: out?.algorithm ?? 'md5',
    state: repo.state,
    jobs: repo.jobs,
  });
  const current = summarize(hash);
  const common = { ...base, current, recorded, rehashed: hash.rehashed };
  if (!recorded || !out) {
    return {
      ...common,
      status: 'new',
      detail: target.pointer ? 'the pointer has no hash yet' : 'not tracked yet',
    };
  }
  const root: ObjectRef = { md5: recorded.md5, legacy: base.legacy };
  if (hash.md5 !== recorded.md5) {
    const changes =
      recorded.md5.endsWith('.dir') && hash.isDir ? await dirChanges(repo, root, hash) : undefined;
    const detail = hash.isDir
      ? recorded.md5.endsWith('.dir')
        ? describeChanges(changes)
        : 'was a file, now a directory'
      : recorded.md5.endsWith('.dir')
        ? 'was a directory, now a file'
        : `content changed (${recorded.size ?? '?'} → ${hash.size} bytes)`;
    return { ...common, status: 'modified', changes, detail };
  }
  if (!out.cache) return { ...common, status: 'unchanged', detail: 'matches (not cached: cache: false)' };
  const missing = await missingObjects(repo, root, hash);
  if (missing > 0) {
    return {
      ...common,
      status: 'not in cache',
      missingObjects: missing,
      detail: `${missing} object(s) missing from the cache`,
    };
  }
  return { ...common, status: 'unchanged', detail: 'matches the pointer' };
}
