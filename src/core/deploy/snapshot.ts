/**
 * The registry as a deployment sees it before deciding: the model's GTO tags (fetched from the remote), the
 * registry branch's run and deployment records (its tip fetched once), and what the environment shows now.
 * Read with one `for-each-ref`, one `ls-tree` and one `cat-file --batch` per kind of record.
 */

import type { GitCommands } from '../git/commands.js';
import type { Logger } from '../logger.js';
import { readDeployRecords, type StoredDeployRecord } from '../registry/deploy-records.js';
import { ModelRegistry } from '../registry/gto/model-registry.js';
import { fetchRegistryTags, tagPatterns } from '../registry/gto/read-tags.js';
import { remoteTrackingRef } from '../git/branches.js';
import type { ModelVersion } from '../registry/gto/state.js';
import { readRunRecords, type RunRecord } from '../registry/run-records.js';
import { fetchRegistryTip, resolveRegistryRef } from '../registry/store.js';

export interface Snapshot {
  registry: ModelRegistry;
  /** The registry branch's ref (undefined: the branch does not exist yet). */
  registryRef: string | undefined;
  runs: RunRecord[];
  deployRecords: StoredDeployRecord[];
  /** What the environment shows now, by GTO's rule. */
  current: ModelVersion | undefined;
}

export interface SnapshotRequest {
  git: GitCommands;
  remote: string;
  registryBranch: string;
  model: string;
  environment: string;
  experiment: string | undefined;
  logger: Logger;
}

export async function loadSnapshot(request: SnapshotRequest): Promise<Snapshot> {
  const { git, remote, registryBranch, model, environment, logger } = request;
  const shallow = await git.isShallow();
  // One fetch for the model's tags and the registry branch when both are there (one round trip to the
  // remote); otherwise each on its own, which handles a missing branch or a model with no tags yet.
  const both = await git.fetch({
    remote,
    refspecs: [
      ...tagPatterns(model).map((p) => `+${p}:${p}`),
      `+refs/heads/${registryBranch}:${remoteTrackingRef({ remote, branch: registryBranch })}`,
    ],
    depth: shallow ? 1 : undefined,
  });
  if (both.exitCode !== 0) {
    await fetchRegistryTags(git, remote, model);
    await fetchRegistryTip(git, { remote, branch: registryBranch }, shallow);
  }
  const registryRef = await resolveRegistryRef(git, remote, registryBranch);
  const registry = await ModelRegistry.read(git, model);
  const [runs, deployRecords] = registryRef
    ? await Promise.all([
        readRunRecords(git, registryRef, logger, request.experiment),
        readDeployRecords(git, registryRef, model, undefined, logger),
      ])
    : [[], []];
  return { registry, registryRef, runs, deployRecords, current: registry.inStage(model, environment) };
}

/** Make sure a commit's objects are here (a depth-1 checkout of another commit lacks them): fetch it at depth 1. */
export async function ensureCommit(git: GitCommands, remote: string, commit: string): Promise<boolean> {
  if ((await git.objectType(commit)) === 'commit') return true;
  await git.fetch({ remote, refspecs: [commit], depth: 1 });
  return (await git.objectType(commit)) === 'commit';
}
