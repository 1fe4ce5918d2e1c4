import { existsSync, realpathSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { ConfigurationError } from '../errors.js';
import type { Logger } from '../logger.js';
import { writeFileAtomic } from '../fs/atomic-write.js';
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
}

export interface OpenRepoOptions {
  root: string;
  /** The `cache-dir` input (relative to the root, or absolute). */
  cacheDir: string | undefined;
  jobs: number;
  logger: Logger;
}

/**
 * Open the repository: cache dir from the input, else DVC's `[cache] dir`, else `.dvc/cache`. A cache
 * outside the workspace is allowed on purpose (DVC's shared caches live outside it); data paths never are.
 */
export function openRepo(options: OpenRepoOptions): HashingRepo {
  let root: string;
  try {
    root = realpathSync(options.root);
  } catch {
    throw new ConfigurationError(`Input 'working-directory': '${options.root}' does not exist.`);
  }
  const dvc = readDvcConfig(root);
  const cacheDir = options.cacheDir
    ? isAbsolute(options.cacheDir)
      ? options.cacheDir
      : resolve(root, options.cacheDir)
    : (dvc.cacheDir ?? join(root, '.dvc', 'cache'));
  return { root, cacheDir, dvc, state: StateCache.load(root), jobs: options.jobs, logger: options.logger };
}

/** `dvc init` writes this, so the cache and state never get committed. Only written when missing. */
export async function ensureDvcGitignore(root: string): Promise<void> {
  const file = join(root, '.dvc', '.gitignore');
  if (!existsSync(file)) await writeFileAtomic(file, '/config.local\n/tmp\n/cache\n');
}
