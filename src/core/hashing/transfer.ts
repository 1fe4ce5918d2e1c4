import { chmod, rename, rm, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { ConfigurationError, errorMessage } from '../errors.js';
import {
  algorithmOf,
  checkCacheWritable,
  objectKey,
  objectPath,
  type ObjectRef,
  prepareObjectDir,
  tempBeside,
  verifyObject,
} from '../dvc/cache.js';
import { manifestDestinations } from './checkout.js';
import { manifestRefs, missingFromCache } from '../dvc/objects.js';
import { mapLimit } from '../async/limit.js';
import { retry } from '../async/retry.js';
import type { Remote } from './remote/remote.js';
import type { HashingRepo } from './repo.js';
import type { Target } from './targets.js';

export interface TransferResult {
  /** Objects moved. */
  transferred: number;
  /** Objects already at the destination (checked first, not moved). */
  skipped: number;
  /** Objects the source lacks. */
  missing: string[];
}

export interface TransferOptions {
  attempts: number;
  retryDelayMs: number;
}

function rootRefs(targets: readonly Target[]): ObjectRef[] {
  const refs: ObjectRef[] = [];
  for (const target of targets) {
    const out = target.out;
    if (!out?.md5 || !out.cache) continue;
    refs.push({ md5: out.md5, legacy: out.algorithm === 'md5-dos2unix' });
  }
  return refs;
}

/** Append without spreading: `push(...items)` overflows the stack beyond ~125,000 items. */
function append<T>(into: T[], items: Iterable<T>): void {
  for (const item of items) into.push(item);
}

function unique(refs: readonly ObjectRef[]): ObjectRef[] {
  const seen = new Map<string, ObjectRef>();
  for (const ref of refs) seen.set(objectKey(ref), ref);
  return [...seen.values()];
}

class CorruptObject extends ConfigurationError {}

function remoteError(remote: Remote, error: unknown): Error {
  if (error instanceof ConfigurationError) return error;
  return new ConfigurationError(`Remote ${remote.url} failed: ${errorMessage(error)}`, { cause: error });
}

/** Push: only the objects the remote lacks, each verified against its name before it leaves. */
export async function push(
  repo: HashingRepo,
  targets: readonly Target[],
  remote: Remote,
  options: TransferOptions,
): Promise<TransferResult> {
  const roots = unique(rootRefs(targets));
  const files: ObjectRef[] = [];
  const dirs: ObjectRef[] = [];
  const missing: string[] = [];
  for (const ref of roots) {
    if (!ref.md5.endsWith('.dir')) {
      files.push(ref);
      continue;
    }
    const entries = await manifestRefs(repo.cacheDir, ref);
    if (!entries) missing.push(objectKey(ref));
    else {
      append(
        files,
        entries.map((e) => e.ref),
      );
      dirs.push(ref);
    }
  }
  const candidates = unique(files);
  const absent = await missingFromCache(repo.cacheDir, candidates, repo.jobs);
  append(missing, absent);
  const present = candidates.filter((ref) => !absent.has(objectKey(ref)));
  // Files first, manifests last: a remote never lists a directory whose files it lacks.
  let transferred = 0;
  let skipped = 0;
  const corrupt: string[] = [];
  for (const phase of [present, dirs]) {
    let onRemote: Set<string>;
    const byKey = new Map(phase.map((ref) => [objectKey(ref), ref]));
    // A remote that can report sizes (S3) counts a stored object of the wrong size as absent.
    const localSize = async (key: string) => (await stat(objectPath(repo.cacheDir, byKey.get(key)!))).size;
    try {
      onRemote = await remote.has(phase.map(objectKey), repo.jobs, localSize);
    } catch (error) {
      throw remoteError(remote, error);
    }
    skipped += onRemote.size;
    const todo = phase.filter((ref) => !onRemote.has(objectKey(ref)));
    await mapLimit(todo, repo.jobs, async (ref) => {
      const local = objectPath(repo.cacheDir, ref);
      if (!(await verifyObject(local, ref))) {
        corrupt.push(local);
        return;
      }
      try {
        await retry(() => remote.upload(local, objectKey(ref)), {
          attempts: options.attempts,
          baseDelayMs: options.retryDelayMs,
        });
      } catch (error) {
        throw remoteError(remote, error);
      }
      transferred++;
    });
  }
  if (corrupt.length > 0) {
    throw new ConfigurationError(
      `${corrupt.length} cache object(s) do not match their names and were not pushed: ${corrupt.slice(0, 5).join(', ')}. ` +
        'Delete them and run add again.',
    );
  }
  return { transferred, skipped, missing };
}

/** Fetch one object into the cache: temp file, verify, read-only, rename. */
async function fetchObject(
  repo: HashingRepo,
  remote: Remote,
  ref: ObjectRef,
  options: TransferOptions,
): Promise<void> {
  const dest = objectPath(repo.cacheDir, ref);
  prepareObjectDir(dirname(dest), `the cache ${repo.cacheDir}`);
  await retry(
    async () => {
      const temp = tempBeside(dest);
      try {
        await remote.download(objectKey(ref), temp);
        if (!(await verifyObject(temp, ref))) {
          throw new CorruptObject(
            `Remote object ${objectKey(ref)} in ${remote.url} does not match its name (${algorithmOf(ref)}); not used.`,
          );
        }
        await chmod(temp, 0o444);
        await rename(temp, dest);
      } finally {
        await rm(temp, { force: true });
      }
    },
    {
      attempts: options.attempts,
      baseDelayMs: options.retryDelayMs,
      retryOn: (e) => !(e instanceof ConfigurationError),
    },
  );
}

async function fetchMissing(
  repo: HashingRepo,
  remote: Remote,
  refs: readonly ObjectRef[],
  options: TransferOptions,
  result: TransferResult,
): Promise<void> {
  const absent = [...(await missingFromCache(repo.cacheDir, refs, repo.jobs))];
  if (absent.length === 0) return;
  const byKey = new Map(refs.map((ref) => [objectKey(ref), ref]));
  let onRemote: Set<string>;
  try {
    onRemote = await remote.has(absent, repo.jobs);
  } catch (error) {
    throw remoteError(remote, error);
  }
  append(
    result.missing,
    absent.filter((key) => !onRemote.has(key)),
  );
  // A cache that cannot take them fails here, naming the cache, not later as a "remote" error.
  if (onRemote.size > 0) checkCacheWritable(repo.cacheDir, 'pull');
  await mapLimit([...onRemote], repo.jobs, async (key) => {
    try {
      await fetchObject(repo, remote, byKey.get(key)!, options);
    } catch (error) {
      throw remoteError(remote, error);
    }
    result.transferred++;
  });
}

/**
 * Pull: fetch what the cache lacks (manifests first, then their files). Checkout is separate, but every
 * manifest's destinations are checked against the path policy before any file is fetched, so a hostile
 * manifest fails the pull with nothing written.
 */
export async function pull(
  repo: HashingRepo,
  targets: readonly Target[],
  remote: Remote,
  options: TransferOptions,
): Promise<TransferResult> {
  const result: TransferResult = { transferred: 0, skipped: 0, missing: [] };
  const roots = unique(rootRefs(targets));
  await fetchMissing(repo, remote, roots, options, result);
  const files: ObjectRef[] = [];
  for (const target of targets) {
    const ref = rootRefs([target])[0];
    if (!ref?.md5.endsWith('.dir')) continue;
    const entries = await manifestRefs(repo.cacheDir, ref);
    if (!entries) continue;
    manifestDestinations(repo, target, entries);
    append(
      files,
      entries.map((e) => e.ref),
    );
  }
  await fetchMissing(repo, remote, unique(files), options, result);
  const all = unique([...roots, ...files]);
  result.skipped = all.length - result.transferred - result.missing.length;
  return result;
}
