import { ConfigurationError } from '../core/errors.js';
import {
  BOT_IDENTITY,
  GitError,
  type GitExecOptions,
  type GitIdentity,
  type GitResult,
  type GitRunner,
} from '../core/git/runner.js';

/**
 * The one way this project runs git: an argument array (never a shell string), output captured, the
 * committer identity passed with `-c` so the user's config is never changed.
 */
export class Git implements GitRunner {
  constructor(
    readonly cwd: string,
    /** `null`: the user's own configured identity (the CLI's manual operations). */
    private readonly identity: GitIdentity | null = BOT_IDENTITY,
    private readonly gitPath = 'git',
  ) {}

  withCwd(cwd: string): Git {
    return new Git(cwd, this.identity, this.gitPath);
  }

  async exec(args: readonly string[], options: GitExecOptions = {}): Promise<GitResult> {
    const identity = this.identity;
    const fullArgs = identity
      ? ['-c', `user.name=${identity.name}`, '-c', `user.email=${identity.email}`, ...args]
      : [...args];
    // Loaded on first use: an action that never runs git does not pay for child_process and net.
    const { spawn } = await import('node:child_process');
    const result = await new Promise<GitResult>((resolve, reject) => {
      const child = spawn(this.gitPath, fullArgs, {
        cwd: options.cwd ?? this.cwd,
        env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', ...options.env },
        stdio: ['pipe', 'pipe', 'pipe'],
      });
      const out: Buffer[] = [];
      const err: Buffer[] = [];
      child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
      child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
      child.on('error', (error: NodeJS.ErrnoException) => {
        reject(
          error.code === 'ENOENT'
            ? new ConfigurationError('git was not found on PATH; install git or use actions/checkout first.')
            : error,
        );
      });
      child.on('close', (code) =>
        resolve({
          exitCode: code ?? 1,
          stdout: Buffer.concat(out).toString('utf8'),
          stderr: Buffer.concat(err).toString('utf8'),
        }),
      );
      child.stdin.on('error', () => undefined); // git may exit before reading stdin
      child.stdin.end(options.input ?? '');
    });
    if (result.exitCode !== 0 && !options.allowFailure) {
      throw new GitError(args, result);
    }
    return result;
  }

  /** stdout without the trailing newline. */
  async text(args: readonly string[], options: GitExecOptions = {}): Promise<string> {
    return (await this.exec(args, options)).stdout.replace(/\n$/, '');
  }
}
