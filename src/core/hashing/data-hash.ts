import { ConfigurationError, errorMessage } from '../errors.js';
import type { Logger } from '../logger.js';
import { writeFileAtomic } from '../fs/atomic-write.js';
import type { PathOrigin } from '../fs/path-policy.js';
import { type AddResult, addTarget } from './add.js';
import { checkCacheWritable } from '../dvc/cache.js';
import { checkout, type CheckoutResult } from './checkout.js';
import { LocalRemote } from './remote/local-remote.js';
import type { Remote } from './remote/remote.js';
import { S3Remote } from './remote/s3-remote.js';
import { type HashingRepo, openRepo } from './repo.js';
import { type HashSummary, type OutputStatus, statusOf } from './status.js';
import { resolveAddTargets, resolveTargets, type Target } from './targets.js';
import { push, pull, type TransferOptions, type TransferResult } from './transfer.js';

export type DataHashCommand = 'add' | 'status' | 'verify' | 'push' | 'pull';

export interface DataHashOptions {
  command: DataHashCommand;
  /** Repository root (the working directory). */
  root: string;
  paths: readonly string[];
  /** Where `paths` came from (default: the input; `.mlops.yml` paths are repository content). */
  pathsFrom?: PathOrigin;
  cacheDir: string | undefined;
  cacheDirFrom?: PathOrigin;
  /** A directory, `s3://bucket/prefix`, or the name of a remote in `.dvc/config`. */
  remote: string | undefined;
  remoteFrom?: PathOrigin;
  /** S3 endpoint override (input, else AWS_ENDPOINT_URL[_S3], passed in by the adapter). */
  endpointUrl: string | undefined;
  region: string | undefined;
  jobs: number;
  logger: Logger;
  /** Where the JSON report goes. */
  reportPath: string;
  transfer?: TransferOptions;
}

export interface DataHashResult {
  command: DataHashCommand;
  root: string;
  cacheDir: string;
  remote: string | undefined;
  /** Parallel hashing and transfer jobs this run used. */
  jobs: number;
  hashes: Record<string, HashSummary>;
  changed: boolean;
  added: AddResult[];
  statuses: OutputStatus[];
  transfer: TransferResult | undefined;
  checkouts: CheckoutResult[];
  reportPath: string;
}

function openRemote(repo: HashingRepo, options: DataHashOptions): Remote {
  const given = options.remote;
  const named = repo.dvc.remotes.get(given ?? repo.dvc.defaultRemote ?? '');
  const url = named?.url ?? given;
  if (!url) {
    throw new ConfigurationError(
      `Input 'remote' is required for ${options.command}: a directory or s3://bucket/prefix (no default remote in .dvc/config).`,
    );
  }
  if (url.startsWith('s3://')) {
    return new S3Remote({
      url,
      endpointUrl: options.endpointUrl ?? named?.endpointUrl,
      region: options.region ?? named?.region,
      maxAttempts: 2,
    });
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) {
    throw new ConfigurationError(
      `Input 'remote': '${url}' is not supported (use a directory or s3://bucket/prefix).`,
    );
  }
  const from: PathOrigin = named
    ? { file: '.dvc/config', what: `remote '${named.name}' url` }
    : (options.remoteFrom ?? { input: 'remote' });
  return new LocalRemote(repo.paths.resolveStorage(url, from));
}

function recordedHashes(targets: readonly Target[]): Record<string, HashSummary> {
  const hashes: Record<string, HashSummary> = {};
  for (const t of targets)
    if (t.out?.md5) hashes[t.display] = { md5: t.out.md5, size: t.out.size, nfiles: t.out.nfiles ?? 1 };
  return hashes;
}

async function run(repo: HashingRepo, options: DataHashOptions, result: DataHashResult): Promise<void> {
  const transfer = options.transfer ?? { attempts: 3, retryDelayMs: 200 };
  if (options.command === 'add') checkCacheWritable(repo.cacheDir, 'add');
  if (options.command === 'add') {
    for (const target of await resolveAddTargets(repo.paths, options.paths, options.pathsFrom)) {
      const added = await addTarget(repo, target);
      result.added.push(added);
      result.hashes[added.path] = added.hash;
      if (added.written) result.changed = true;
    }
    return;
  }
  const targets = await resolveTargets(repo.paths, options.paths, options.pathsFrom);
  if (targets.length === 0) options.logger.warning('No .dvc pointers found; nothing to do.');
  if (options.command === 'status' || options.command === 'verify') {
    for (const target of targets) {
      const status = await statusOf(repo, target);
      result.statuses.push(status);
      const hash = status.current ?? status.recorded;
      if (hash) result.hashes[status.path] = hash;
      if (status.status !== 'unchanged') result.changed = true;
    }
    return;
  }
  const remote = openRemote(repo, options);
  result.remote = remote.url;
  result.hashes = recordedHashes(targets);
  if (options.command === 'push') {
    result.transfer = await push(repo, targets, remote, transfer);
    result.changed = result.transfer.transferred > 0;
    if (result.transfer.missing.length > 0) {
      throw new ConfigurationError(
        `${result.transfer.missing.length} object(s) are not in the cache (${repo.cacheDir}) and were not pushed, e.g. ` +
          `${result.transfer.missing.slice(0, 3).join(', ')}. Run add (or pull from where they are) first.`,
      );
    }
    return;
  }
  result.transfer = await pull(repo, targets, remote, transfer);
  for (const target of targets) {
    const done = await checkout(repo, target);
    result.checkouts.push(done);
    if (done.restored > 0) result.changed = true;
  }
  if (result.transfer.missing.length > 0) {
    throw new ConfigurationError(
      `${result.transfer.missing.length} object(s) are neither in the cache nor on ${remote.url}, e.g. ` +
        `${result.transfer.missing.slice(0, 3).join(', ')}; those files were not restored.`,
    );
  }
}

/**
 * Run one data-hash command. The JSON report is written even when the command fails part-way (it then
 * says what was done), and the state cache is saved either way: hashes computed are never wasted.
 */
export async function runDataHash(options: DataHashOptions): Promise<DataHashResult> {
  const repo = openRepo({
    root: options.root,
    cacheDir: options.cacheDir,
    cacheDirFrom: options.cacheDirFrom,
    jobs: options.jobs,
    logger: options.logger,
  });
  const result: DataHashResult = {
    command: options.command,
    root: repo.root,
    cacheDir: repo.cacheDir,
    remote: undefined,
    jobs: repo.jobs,
    hashes: {},
    changed: false,
    added: [],
    statuses: [],
    transfer: undefined,
    checkouts: [],
    reportPath: options.reportPath,
  };
  let failure: unknown;
  try {
    await run(repo, options, result);
  } catch (error) {
    failure = error;
  }
  await repo.state
    .save()
    .catch((error: unknown) => options.logger.debug(`state cache not saved: ${String(error)}`));
  await writeFileAtomic(
    options.reportPath,
    `${JSON.stringify({ ...result, error: failure === undefined ? undefined : errorMessage(failure) }, null, 2)}\n`,
  );
  if (failure !== undefined) throw failure instanceof Error ? failure : new Error(errorMessage(failure));
  return result;
}
