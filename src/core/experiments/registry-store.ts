import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { ConfigurationError } from '../errors.js';
import { writeFileAtomic } from '../fs/atomic-write.js';
import type { Logger } from '../logger.js';
import { recordPath, serializeRunRecord, type RunRecord } from './record.js';

/** The slice of the project's Git wrapper the store needs (core cannot import the adapter). */
export interface GitRunner {
  exec(
    args: readonly string[],
    options?: { allowFailure?: boolean; input?: string | Uint8Array; env?: Record<string, string> },
  ): Promise<{ exitCode: number; stdout: string; stderr: string }>;
}

export interface RegistryLocation {
  remote: string;
  branch: string;
}

/** Where the registry branch's fetched tip is kept locally: the usual remote-tracking ref. */
export function trackingRef(location: RegistryLocation): string {
  return `refs/remotes/${location.remote}/${location.branch}`;
}

/** A branch name, also given as `refs/heads/x` (as GITHUB_REF spells it); any other `refs/…` is refused. */
export function checkBranchName(given: string, inputName: string): string {
  const branch = given.startsWith('refs/heads/') ? given.slice('refs/heads/'.length) : given;
  if (
    branch.startsWith('refs/') ||
    !/^[A-Za-z0-9][A-Za-z0-9._/-]*$/.test(branch) ||
    branch.includes('..') ||
    branch.includes('//') ||
    branch.endsWith('/') ||
    branch.endsWith('.lock')
  ) {
    throw new ConfigurationError(`Input '${inputName}': '${given}' is not a usable branch name.`);
  }
  return branch;
}

async function isShallow(git: GitRunner): Promise<boolean> {
  const result = await git.exec(['rev-parse', '--is-shallow-repository'], { allowFailure: true });
  return result.stdout.trim() === 'true';
}

/**
 * Fetch the registry branch's tip into its remote-tracking ref; undefined when the branch does not exist
 * yet. Only the tip is needed (it holds every record), so a shallow checkout fetches depth 1 and a full
 * clone is not made shallow.
 */
export async function fetchRegistry(
  git: GitRunner,
  location: RegistryLocation,
  shallow?: boolean,
): Promise<string | undefined> {
  const depth = (shallow ?? (await isShallow(git))) ? ['--depth=1'] : [];
  const result = await git.exec(
    [
      'fetch',
      '--quiet',
      '--no-tags',
      '--no-recurse-submodules',
      ...depth,
      location.remote,
      `+refs/heads/${location.branch}:${trackingRef(location)}`,
    ],
    { allowFailure: true },
  );
  if (result.exitCode !== 0) {
    if (/couldn't find remote ref|could not find remote ref/i.test(result.stderr)) {
      await git.exec(['update-ref', '-d', trackingRef(location)], { allowFailure: true });
      return undefined;
    }
    throw new ConfigurationError(
      `Cannot fetch the registry branch '${location.branch}' from '${location.remote}': ${result.stderr.trim()}`,
    );
  }
  return (await git.exec(['rev-parse', trackingRef(location)])).stdout.trim();
}

/** Is this push failure another writer having moved the branch first (worth a fetch and a retry)? */
export function isRaceRejection(stderr: string): boolean {
  return /non-fast-forward|fetch first|cannot lock ref|failed to update ref|failed to lock|incorrect old value|but expected|stale info/i.test(
    stderr,
  );
}

function isLocalLockContention(message: string): boolean {
  return /Unable to create '[^']*\.lock'|cannot lock ref/i.test(message);
}

export interface WriteOptions {
  location: RegistryLocation;
  /** Where the temporary index goes and where the record is kept when it cannot be pushed. */
  tempDir: string;
  logger: Logger;
  maxAttempts?: number;
  /** First backoff window; each retry doubles it up to `maxBackoffMs`, and the wait is random within it. */
  backoffMs?: number;
  maxBackoffMs?: number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

export interface WriteResult {
  commit: string;
  path: string;
  attempts: number;
  /** The identical record was already on the branch (a rerun): nothing was pushed. */
  unchanged: boolean;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Build a commit that adds/replaces one record on top of `tip`, with plumbing on a temporary index, so
 * the user's index, working tree and checked-out branch are never touched. Returns undefined when the
 * tip already holds exactly this record.
 */
async function commitOnTip(
  git: GitRunner,
  tip: string | undefined,
  path: string,
  blob: string,
  message: string,
  tempDir: string,
): Promise<string | undefined> {
  if (tip) {
    const existing = await git.exec(['rev-parse', '--verify', '--quiet', `${tip}:${path}`], {
      allowFailure: true,
    });
    if (existing.exitCode === 0 && existing.stdout.trim() === blob) return undefined;
  }
  const indexFile = join(tempDir, `mlops-index-${randomBytes(6).toString('hex')}`);
  const env = { GIT_INDEX_FILE: indexFile };
  try {
    await git.exec(tip ? ['read-tree', tip] : ['read-tree', '--empty'], { env });
    await git.exec(['update-index', '--add', '--cacheinfo', `100644,${blob},${path}`], { env });
    const tree = (await git.exec(['write-tree'], { env })).stdout.trim();
    const parents = tip ? ['-p', tip] : [];
    return (await git.exec(['commit-tree', tree, ...parents, '-m', message])).stdout.trim();
  } finally {
    await rm(indexFile, { force: true });
  }
}

/** One file to add to (or replace on) the registry branch. */
export interface RegistryFile {
  /** Path inside the branch's tree, e.g. `runs/<experiment>/<id>.json`. */
  path: string;
  text: string;
  /** Commit message. */
  message: string;
  /** What the file is, for log lines and errors ("run record", "drift record"). */
  label: string;
  /** Where to keep the file, relative to `tempDir`, when it cannot be stored. */
  keepAs: string;
}

/**
 * Store one run record at `runs/<experiment>/<id>.json` on the registry branch and push it. A push
 * rejected because another writer got there first is retried on the new tip after a jittered backoff,
 * up to `maxAttempts`; any other failure, or running out of attempts, keeps the record in `tempDir` and
 * throws an error that says where it is.
 */
export async function writeRecord(
  git: GitRunner,
  record: RunRecord,
  options: WriteOptions,
): Promise<WriteResult> {
  return writeRegistryFile(
    git,
    {
      path: recordPath(record.experiment, record.id),
      text: serializeRunRecord(record),
      message: `Record run ${record.experiment}/${record.id}\n\nmlops-actions track-experiment`,
      label: 'run record',
      keepAs: join('mlops-runs', record.experiment, `${record.id}.json`),
    },
    options,
  );
}

/** `writeRecord` for any file: add or replace `file.path` on the registry branch, with the same retries. */
export async function writeRegistryFile(
  git: GitRunner,
  file: RegistryFile,
  options: WriteOptions,
): Promise<WriteResult> {
  const { location, logger } = options;
  const maxAttempts = options.maxAttempts ?? 15;
  const backoff = options.backoffMs ?? 250;
  const maxBackoff = options.maxBackoffMs ?? 8000;
  const sleep = options.sleep ?? defaultSleep;
  const random = options.random ?? Math.random;
  const { path, text, message } = file;
  const label = file.label.charAt(0).toUpperCase() + file.label.slice(1);

  let lastError = '';
  try {
    const blob = (await git.exec(['hash-object', '-w', '--stdin'], { input: text })).stdout.trim();
    const shallow = await isShallow(git);
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
      let tip: string | undefined;
      try {
        tip = await fetchRegistry(git, location, shallow);
      } catch (error) {
        // Another git process in the same repository holds a lock (shallow.lock, a ref lock): transient.
        if (!(error instanceof Error) || !isLocalLockContention(error.message) || attempt === maxAttempts)
          throw error;
        lastError = error.message;
        await sleep(Math.round(random() * Math.min(maxBackoff, backoff * 2 ** (attempt - 1))));
        continue;
      }
      const commit = await commitOnTip(git, tip, path, blob, message, options.tempDir);
      if (commit === undefined) {
        logger.info(`${label} ${path} is already on '${location.branch}' with the same content.`);
        return { commit: tip!, path, attempts: attempt, unchanged: true };
      }
      const push = await git.exec(
        ['push', '--quiet', location.remote, `${commit}:refs/heads/${location.branch}`],
        {
          allowFailure: true,
        },
      );
      if (push.exitCode === 0) {
        await git.exec(['update-ref', trackingRef(location), commit], { allowFailure: true });
        return { commit, path, attempts: attempt, unchanged: false };
      }
      lastError = push.stderr.trim();
      if (!isRaceRejection(push.stderr)) break;
      if (attempt < maxAttempts) {
        const wait = Math.round(random() * Math.min(maxBackoff, backoff * 2 ** (attempt - 1)));
        logger.info(
          `Push to '${location.branch}' lost a race with another writer (attempt ${attempt}); retrying in ${wait} ms.`,
        );
        await sleep(wait);
      } else {
        lastError = `rejected ${maxAttempts} times, last: ${lastError}`;
      }
    }
  } catch (error) {
    lastError = error instanceof Error ? error.message : String(error);
  }
  const kept = join(options.tempDir, file.keepAs);
  await writeFileAtomic(kept, text);
  throw new ConfigurationError(
    `Could not store ${file.label} ${path} on branch '${location.branch}' of '${location.remote}': ${lastError}. ` +
      `The record is kept at ${kept}; rerun the job, or check that the token may push to '${location.branch}' ` +
      '(permissions: contents: write).',
  );
}
