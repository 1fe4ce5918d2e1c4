/**
 * What core code needs from the process that runs git. The adapter's `Git` (src/adapter/git.ts) is the
 * one implementation: it spawns git with an argument array, captures output and passes the identity with
 * `-c`. Core code never spawns git itself; it takes a runner, so tests and adapters choose how git runs.
 */

export interface GitResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

export interface GitExecOptions {
  /** Return non-zero exits instead of throwing. */
  allowFailure?: boolean;
  /** Bytes written to git's stdin. */
  input?: string | Uint8Array;
  /** Extra environment (e.g. GIT_INDEX_FILE for plumbing on a temporary index). */
  env?: Record<string, string>;
  /** Working directory other than the runner's. */
  cwd?: string;
}

export interface GitRunner {
  exec(args: readonly string[], options?: GitExecOptions): Promise<GitResult>;
}

export interface GitIdentity {
  name: string;
  email: string;
}

/** The identity commits and tags are made with when the caller gives none (what actions/checkout users expect). */
export const BOT_IDENTITY: GitIdentity = {
  name: 'github-actions[bot]',
  email: '41898282+github-actions[bot]@users.noreply.github.com',
};

/** A git command that exited non-zero (thrown by runners unless `allowFailure`). */
export class GitError extends Error {
  override readonly name = 'GitError';
  constructor(
    readonly args: readonly string[],
    readonly result: GitResult,
  ) {
    super(
      `git ${args.join(' ')} failed (exit ${result.exitCode}): ${result.stderr.trim() || result.stdout.trim()}`,
    );
  }
}

/** Another git process in the same repository holds a lock (index.lock, shallow.lock, a ref lock): transient. */
export function isLockContention(message: string): boolean {
  return /Unable to create '[^']*\.lock'|cannot lock ref|could not lock/i.test(message);
}
