/**
 * Records on the registry branch: JSON files committed with a change set (never touching the user's work
 * tree, index or HEAD) and pushed with the race loop of core/git. Run, drift and deployment records are
 * each a thin layer over `writeRegistry` and `listJsonFiles`.
 */

import { join } from 'node:path';
import type { RetryPolicy } from '../async/retry.js';
import { ConfigurationError, errorMessage } from '../errors.js';
import { writeFileAtomic } from '../fs/atomic-write.js';
import { fetchBranchTip } from '../git/branches.js';
import { buildChangeSet } from '../git/change-set.js';
import type { GitCommands, Signature, TreeEntry } from '../git/commands.js';
import { publish, type RefUpdate } from '../git/push.js';
import type { Logger } from '../logger.js';
import { type RegistryLocation, trackingRef } from './branch.js';

/** One file to add to (or replace on) the registry branch. */
export interface RegistryFile {
  /** Path inside the branch's tree, e.g. `runs/<experiment>/<id>.json`. */
  path: string;
  text: string;
}

export interface RegistryUpdate {
  files: readonly RegistryFile[];
  /** Paths (files or directories) to remove. */
  deletes?: readonly string[];
  message: string;
}

/**
 * Fetch the registry branch's tip into its remote-tracking ref; undefined when the branch does not exist
 * yet. Only the tip is needed (it holds every record), so a shallow checkout fetches depth 1 and a full
 * clone is not made shallow.
 */
export async function fetchRegistryTip(
  git: GitCommands,
  location: RegistryLocation,
  shallow?: boolean,
): Promise<string | undefined> {
  const fetched = await fetchBranchTip(git, location, shallow);
  if ('error' in fetched) {
    throw new ConfigurationError(
      `Cannot fetch the registry branch '${location.branch}' from '${location.remote}': ${fetched.error}`,
    );
  }
  return fetched.tip;
}

/** The ref to read records from: the remote-tracking ref when present, else a local branch. */
export async function resolveRegistryRef(
  git: GitCommands,
  remote: string,
  branch: string,
): Promise<string | undefined> {
  for (const ref of [`refs/remotes/${remote}/${branch}`, `refs/heads/${branch}`]) {
    if (await git.revParse(ref)) return ref;
  }
  return undefined;
}

/** The `.json` files under `prefix` (e.g. `runs/`, `drift/<dataset>/`) at `ref`; [] when there are none. */
export async function listJsonFiles(git: GitCommands, ref: string, prefix: string): Promise<TreeEntry[]> {
  return (await git.lsTree(ref, prefix)).filter((e) => e.type === 'blob' && e.path.endsWith('.json'));
}

/**
 * The registry branch commit for `update` on top of `tip`, and the ref update that publishes it (with a
 * lease on `tip`: the action owns this branch). For callers that push it together with other refs in one
 * atomic push (gated-deploy: manifests, registry record and GTO tags). `ref` is undefined when the tip
 * already holds exactly these files.
 */
export async function prepareRegistryCommit(
  git: GitCommands,
  location: RegistryLocation,
  tip: string | undefined,
  update: RegistryUpdate,
  options: { tempDir?: string; author?: Signature } = {},
): Promise<{ commit: string | undefined; ref: RefUpdate | undefined }> {
  const built = await buildChangeSet(git, {
    base: tip,
    writes: update.files.map((f) => ({ path: f.path, content: f.text })),
    deletes: update.deletes,
    message: update.message,
    author: options.author,
    tempDir: options.tempDir,
  });
  if (!built.changed) return { commit: tip, ref: undefined };
  return {
    commit: built.commit,
    ref: {
      ref: `refs/heads/${location.branch}`,
      object: built.commit,
      expect: tip ?? '',
      localRef: trackingRef(location),
    },
  };
}

export interface WriteOptions {
  location: RegistryLocation;
  /** Where the temporary index goes, and where the files are kept when they cannot be stored. */
  tempDir: string;
  logger: Logger;
  /** Race retries (default: 15 attempts, 250 ms first window doubling to 8 s, full jitter). */
  retry?: Partial<RetryPolicy>;
  author?: Signature;
}

export interface WriteJob<T> {
  /** What is written, for log lines and errors ("run record runs/a/b.json"). */
  what: string;
  /** Given the freshly fetched tip, the update to make (undefined: nothing to do) and a value to return. */
  build: (tip: string | undefined) => Promise<{ update: RegistryUpdate | undefined; value: T }>;
  /** Files to keep under `tempDir`/`keepDir` when the write fails, so the run's work is not lost. */
  keep: { dir: string; files: readonly RegistryFile[] };
}

export interface WriteResult<T> {
  value: T;
  /** The branch tip after the write (undefined only if the branch does not exist and nothing was written). */
  commit: string | undefined;
  attempts: number;
  /** Nothing was pushed: the branch already held this content (a rerun). */
  unchanged: boolean;
}

/**
 * Fetch the tip, build the update on it, push with a lease; on a lost race fetch and rebuild. Any failure
 * keeps the files in `tempDir` and throws a ConfigurationError that says where they are.
 */
export async function writeRegistry<T>(
  git: GitCommands,
  options: WriteOptions,
  job: WriteJob<T>,
): Promise<WriteResult<T>> {
  const { location } = options;
  try {
    const shallow = await git.isShallow();
    const published = await publish(git, {
      remote: location.remote,
      what: job.what,
      retry: options.retry,
      logger: options.logger,
      prepare: async () => {
        const tip = await fetchRegistryTip(git, location, shallow);
        const { update, value } = await job.build(tip);
        const prepared = update
          ? await prepareRegistryCommit(git, location, tip, update, options)
          : { commit: tip, ref: undefined };
        return { updates: prepared.ref ? [prepared.ref] : [], value: { value, commit: prepared.commit } };
      },
    });
    if (!published.pushed) options.logger.info(`${job.what} is already on '${location.branch}' as it is.`);
    return {
      value: published.value.value,
      commit: published.value.commit,
      attempts: published.attempts,
      unchanged: !published.pushed,
    };
  } catch (error) {
    const kept = join(options.tempDir, job.keep.dir);
    for (const file of job.keep.files) await writeFileAtomic(join(kept, file.path), file.text);
    const where = job.keep.files.length === 1 ? join(kept, job.keep.files[0]!.path) : kept;
    throw new ConfigurationError(
      `Could not store ${job.what} on branch '${location.branch}' of '${location.remote}': ${errorMessage(error)}. ` +
        `The record is kept at ${where}; rerun the job, or check that the token may push to '${location.branch}' ` +
        '(permissions: contents: write).',
      { cause: error },
    );
  }
}
