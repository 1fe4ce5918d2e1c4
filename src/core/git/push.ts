/**
 * One push: branch updates and tags together in a single `git push --atomic`, so everything lands or
 * nothing does; branches the action owns are pushed with `--force-with-lease`. `publish` wraps it in the
 * race loop: refetch, rebuild, push again, with bounded jittered backoff.
 */

import { retry, type RetryPolicy } from '../async/retry.js';
import type { Logger } from '../logger.js';
import type { GitCommands } from './commands.js';
import { isLockContention } from './runner.js';

export interface RefUpdate {
  /** Full ref on the remote: `refs/heads/<branch>` or `refs/tags/<name>`. */
  ref: string;
  /** The object to put there (a commit, or a tag object). */
  object: string;
  /**
   * A lease: the value the remote ref must still have, '' when it must not exist yet (pushed with
   * `--force-with-lease`). Undefined: an ordinary push (branches fast-forward only, tags must be new).
   */
  expect?: string;
  /** A local ref to point at `object` once the push succeeded (a remote-tracking ref, `refs/tags/<name>`). */
  localRef?: string;
}

/** One line of `git push --porcelain`. */
export interface RefStatus {
  ref: string;
  /** ` ` fast-forward, `+` forced, `-` deleted, `*` new, `!` rejected, `=` up to date. */
  flag: string;
  /** e.g. `[rejected] (already exists)`, `[remote rejected] (pre-receive hook declined)`. */
  summary: string;
}

export interface PushOutcome {
  ok: boolean;
  /** Rejected because someone else moved a ref first (worth a refetch and another try). */
  race: boolean;
  refs: RefStatus[];
  /** What git said, for error messages. */
  message: string;
}

/** Reasons git gives when another writer got there first. */
const RACE =
  /already exists|non-fast-forward|fetch first|stale info|failed to update ref|failed to lock|cannot lock ref|incorrect old value|but expected/i;
/** Reasons that only say "another ref in this atomic push failed". */
const COLLATERAL = /atomic push failed|atomic transaction failed/i;

export function parsePushPorcelain(stdout: string): RefStatus[] {
  const refs: RefStatus[] = [];
  for (const line of stdout.split('\n')) {
    const match = /^([ +\-*!=])\t([^\t]*)\t(.*)$/.exec(line);
    if (!match) continue;
    const target = match[2]!.split(':').at(-1)!;
    refs.push({ flag: match[1]!, ref: target, summary: match[3]! });
  }
  return refs;
}

/** Read a push result: which refs were refused, and whether that was a lost race. */
export function classifyPush(result: { exitCode: number; stdout: string; stderr: string }): PushOutcome {
  const refs = parsePushPorcelain(result.stdout);
  if (result.exitCode === 0) return { ok: true, race: false, refs, message: '' };
  const rejected = refs.filter((r) => r.flag === '!');
  const decisive = rejected.filter((r) => !COLLATERAL.test(r.summary));
  const details = decisive.map((r) => `${r.ref} ${r.summary}`).join('; ');
  const stderr = result.stderr.trim();
  const message = [details, stderr].filter(Boolean).join('; ') || `git push exited ${result.exitCode}`;
  const race =
    decisive.length > 0
      ? decisive.every((r) => RACE.test(r.summary))
      : RACE.test(stderr) && !/hook declined/i.test(stderr);
  return { ok: false, race, refs, message };
}

/** Push every update in one `git push --atomic`; local refs move only when the push succeeded. */
export async function pushAtomic(
  git: GitCommands,
  remote: string,
  updates: readonly RefUpdate[],
): Promise<PushOutcome> {
  if (updates.length === 0) return { ok: true, race: false, refs: [], message: '' };
  const result = await git.push({
    remote,
    atomic: true,
    refspecs: updates.map((u) => `${u.object}:${u.ref}`),
    leases: updates.filter((u) => u.expect !== undefined).map((u) => ({ ref: u.ref, expect: u.expect! })),
  });
  const outcome = classifyPush(result);
  if (outcome.ok) {
    for (const u of updates) if (u.localRef) await git.updateRef(u.localRef, u.object);
  }
  return outcome;
}

/** A push the remote refused; `race` says whether another writer got there first. */
export class PushRejectedError extends Error {
  override readonly name = 'PushRejectedError';
  constructor(
    message: string,
    readonly outcome: PushOutcome,
  ) {
    super(message);
  }
  get race(): boolean {
    return this.outcome.race;
  }
}

export interface PublishPlan<T> {
  /** What to push; empty when there is nothing to do (e.g. a rerun finds its work already there). */
  updates: RefUpdate[];
  value: T;
}

export interface PublishOptions<T> {
  remote: string;
  /** What is being published, for log lines and errors ("run record runs/a/b.json"). */
  what: string;
  /** Fetch what the update depends on and build it; called again after every lost race. */
  prepare: (attempt: number) => Promise<PublishPlan<T>>;
  /** Defaults: 15 attempts, 250 ms first window, 8 s cap, full jitter. */
  retry?: Partial<RetryPolicy>;
  logger?: Logger;
}

export interface Published<T> {
  value: T;
  attempts: number;
  /** False when `prepare` had nothing to push. */
  pushed: boolean;
}

export const DEFAULT_PUBLISH_RETRY: RetryPolicy = { attempts: 15, baseDelayMs: 250, maxDelayMs: 8000 };

/**
 * Prepare and push until the push lands, retrying lost races (and local lock contention) with bounded,
 * jittered backoff. Any other refusal throws at once; running out of attempts throws a
 * `PushRejectedError` that says how many times it was rejected.
 */
export async function publish<T>(git: GitCommands, options: PublishOptions<T>): Promise<Published<T>> {
  const given = Object.entries(options.retry ?? {}).filter(([, v]) => v !== undefined);
  const policy: RetryPolicy = { ...DEFAULT_PUBLISH_RETRY, ...Object.fromEntries(given) };
  let attempts = 0;
  try {
    return await retry(
      async (attempt) => {
        attempts = attempt;
        const plan = await options.prepare(attempt);
        if (plan.updates.length === 0) return { value: plan.value, attempts: attempt, pushed: false };
        const outcome = await pushAtomic(git, options.remote, plan.updates);
        if (!outcome.ok) {
          throw new PushRejectedError(
            `Push of ${options.what} to '${options.remote}' was refused: ${outcome.message}`,
            outcome,
          );
        }
        return { value: plan.value, attempts: attempt, pushed: true };
      },
      {
        ...policy,
        retryOn: (error) =>
          error instanceof PushRejectedError
            ? error.race
            : error instanceof Error && isLockContention(error.message),
        onRetry: ({ attempt, delayMs }) =>
          options.logger?.info(
            `Push of ${options.what} lost a race with another writer (attempt ${attempt}); retrying in ${delayMs} ms.`,
          ),
      },
    );
  } catch (error) {
    if (error instanceof PushRejectedError && error.race) {
      throw new PushRejectedError(
        `Push of ${options.what} to '${options.remote}' was rejected ${attempts} times, last: ${error.outcome.message}`,
        error.outcome,
      );
    }
    throw error;
  }
}
