/**
 * Real git repositories for tests: a bare origin reached over file://, a working clone, and checkouts
 * made the way actions/checkout makes them (fetch-depth 1, detached HEAD).
 */
import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { tempDir } from './temp-dir.js';

const execFileAsync = promisify(execFile);

const IDENTITY = [
  '-c',
  'user.name=Test User',
  '-c',
  'user.email=test@example.com',
  '-c',
  'init.defaultBranch=main',
];

/** Run git in a directory; returns trimmed stdout; throws with stderr on failure. */
export async function git(cwd: string, ...args: string[]): Promise<string> {
  try {
    const { stdout } = await execFileAsync('git', [...IDENTITY, ...args], {
      cwd,
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, GIT_TERMINAL_PROMPT: '0' },
    });
    return stdout.trim();
  } catch (error) {
    const e = error as { stderr?: string; message: string };
    throw new Error(`git ${args.join(' ')} (in ${cwd}) failed: ${e.stderr ?? e.message}`, { cause: error });
  }
}

export interface RepoWithOrigin {
  /** Path of the bare repository. */
  origin: string;
  /** file:// URL of the origin. */
  originUrl: string;
  /** A normal clone with `main` checked out. */
  work: string;
  /** Write files (relative path → content) in the work tree, commit them, push; returns the commit sha. */
  commit(files: Record<string, string | Uint8Array>, message?: string, branch?: string): Promise<string>;
}

export async function writeFiles(root: string, files: Record<string, string | Uint8Array>): Promise<void> {
  for (const [path, content] of Object.entries(files)) {
    const full = join(root, path);
    await mkdir(dirname(full), { recursive: true });
    await writeFile(full, content);
  }
}

/** A bare origin with one initial commit on main, and a working clone of it. */
export async function createRepoWithOrigin(
  initialFiles: Record<string, string | Uint8Array> = { 'README.md': '# example\n' },
): Promise<RepoWithOrigin> {
  const root = await tempDir('mlops-git-');
  const origin = join(root, 'origin.git');
  const work = join(root, 'work');
  await git(root, 'init', '--bare', '--initial-branch=main', origin);
  await git(root, 'init', '--initial-branch=main', work);
  await git(work, 'remote', 'add', 'origin', `file://${origin}`);
  const commit = async (files: Record<string, string | Uint8Array>, message = 'update', branch = 'main') => {
    const current = await git(work, 'rev-parse', '--abbrev-ref', 'HEAD').catch(() => 'main');
    if (current !== branch) {
      const exists = await git(work, 'rev-parse', '--verify', '--quiet', `refs/heads/${branch}`).then(
        () => true,
        () => false,
      );
      await git(work, 'checkout', '-q', ...(exists ? [branch] : ['-b', branch]));
    }
    await writeFiles(work, files);
    await git(work, 'add', '-A');
    await git(work, 'commit', '-q', '--allow-empty', '-m', message);
    await git(work, 'push', '-q', 'origin', `HEAD:refs/heads/${branch}`);
    return git(work, 'rev-parse', 'HEAD');
  };
  await commit(initialFiles, 'initial commit');
  return { origin, originUrl: `file://${origin}`, work, commit };
}

/**
 * What actions/checkout@v4 leaves behind: `git init`, origin set, `fetch --depth=1` of the one commit,
 * detached HEAD at it (pull_request events check out the merge/head commit detached; push events check
 * out the branch — pass `branch` for that). `dir`: an existing empty directory to check out into (the job's
 * workspace), else a new temporary one.
 */
export async function checkoutLikeActions(
  originUrl: string,
  sha: string,
  options: { branch?: string; depth?: number; dir?: string } = {},
): Promise<string> {
  const dir = options.dir ?? (await tempDir('mlops-checkout-'));
  await git(dir, 'init', '-q');
  await git(dir, 'remote', 'add', 'origin', originUrl);
  const target = options.branch
    ? `refs/remotes/origin/${options.branch}`
    : `refs/remotes/origin/checkout-${sha.slice(0, 7)}`;
  await git(
    dir,
    '-c',
    'protocol.version=2',
    'fetch',
    '-q',
    '--no-tags',
    '--prune',
    '--no-recurse-submodules',
    `--depth=${options.depth ?? 1}`,
    'origin',
    `+${sha}:${target}`,
  );
  if (options.branch) await git(dir, 'checkout', '-q', '--force', '-B', options.branch, target);
  else await git(dir, 'checkout', '-q', '--force', '--detach', sha);
  return dir;
}
