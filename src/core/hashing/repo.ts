import { existsSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigurationError } from '../errors.js';
import type { Logger } from '../logger.js';
import { writeFileAtomic } from '../fs/atomic-write.js';
import { PathPolicy, type PathOrigin } from '../fs/path-policy.js';
import { type DvcConfig, readDvcConfig } from './dvc-config.js';
import { StateCache } from './state.js';

/** Everything a data-hash command needs to know about the repository it runs in. */
export interface HashingRepo {
  /** Real path of the repository root. */
  root: string;
  cacheDir: string;
  dvc: DvcConfig;
  state: StateCache;
  jobs: number;
  logger: Logger;
  /** The path policy for this repository; the cache is never a data output. */
  paths: PathPolicy;
}

export interface OpenRepoOptions {
  /** The repository root (already checked: a workflow input). */
  root: string;
  /** The cache directory (relative to the root, or absolute), from `cacheDirFrom`. */
  cacheDir: string | undefined;
  /** Where `cacheDir` was written, for messages (default: the `cache-dir` input). */
  cacheDirFrom?: PathOrigin;
  jobs: number;
  logger: Logger;
}

/**
 * Open the repository: cache dir from the input, else DVC's `[cache] dir`, else `.dvc/cache`. A cache
 * outside the workspace is allowed on purpose (DVC's shared caches live outside it); one in `.git` is not,
 * and `.dvc/` itself must stay in the repository (a symlinked `.dvc` could point the state file or the
 * cache into `.git`).
 */
export function openRepo(options: OpenRepoOptions): HashingRepo {
  let root: string;
  try {
    root = realpathSync(options.root);
  } catch {
    throw new ConfigurationError(`Input 'working-directory': '${options.root}' does not exist.`);
  }
  const policy = PathPolicy.forWorkspace(root);
  for (const internal of ['.dvc', '.dvc/tmp']) policy.resolveContent(internal, { file: internal }, 'write');
  for (const config of ['.dvc/config', '.dvc/config.local']) policy.resolveContent(config, { file: config });
  const dvc = readDvcConfig(root);
  const cacheDir = options.cacheDir
    ? policy.resolveStorage(options.cacheDir, options.cacheDirFrom ?? { input: 'cache-dir' })
    : dvc.cacheDir
      ? policy.resolveStorage(dvc.cacheDir, { file: '.dvc/config', what: 'cache dir' })
      : policy.resolveStorage(join('.dvc', 'cache'), { file: '.dvc/cache', what: 'directory' });
  return {
    root,
    cacheDir,
    dvc,
    state: StateCache.load(root),
    jobs: options.jobs,
    logger: options.logger,
    paths: policy.withProtected([{ dir: cacheDir, name: 'the DVC cache' }]),
  };
}

/** `dvc init` writes this, so the cache and state never get committed. Only written when missing. */
export async function ensureDvcGitignore(root: string): Promise<void> {
  const file = join(root, '.dvc', '.gitignore');
  if (!existsSync(file)) await writeFileAtomic(file, '/config.local\n/tmp\n/cache\n');
}
