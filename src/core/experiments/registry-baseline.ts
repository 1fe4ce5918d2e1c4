/**
 * A baseline named through the model registry (track-experiment's `baseline: churn#production`): the version
 * the GTO tags show for that stage (or the version named), then the run that version came from — the newest
 * run of this experiment recorded at the version's commit, else the run a deployment record of that version
 * names (gated-deploy found it, e.g. through the pull request a merge commit merged). A retraining pull request
 * is then compared with what production runs, not with whatever ran last on the base branch.
 */

import type { GitCommands } from '../git/commands.js';
import type { Logger } from '../logger.js';
import { readDeployRecords } from '../registry/deploy-records.js';
import { ModelRegistry } from '../registry/gto/model-registry.js';
import { fetchRegistryTags } from '../registry/gto/read-tags.js';
import {
  formatModelReference,
  type ModelReference,
  resolveModelReference,
} from '../registry/gto/reference.js';
import type { RunRecord } from '../registry/run-records.js';
import { code } from '../report/markdown.js';
import { type Baseline, newestFirst } from './baseline.js';

export interface RegistryBaselineOptions {
  git: GitCommands;
  remote: string;
  /** The registry branch as fetched (deployment records). */
  registryRef: string;
  reference: ModelReference;
  /** Runs of this experiment, the current one excluded. */
  records: readonly RunRecord[];
  logger: Logger;
}

export type RegistryBaseline = { baseline: Baseline } | { baseline: undefined; why: string };

export async function selectRegistryBaseline(options: RegistryBaselineOptions): Promise<RegistryBaseline> {
  const { git, reference } = options;
  const named = formatModelReference(reference);
  await fetchRegistryTags(git, options.remote, reference.name);
  const version = resolveModelReference(await ModelRegistry.read(git, reference.name), reference);
  if (!version) {
    return {
      baseline: undefined,
      why:
        'stage' in reference
          ? `stage ${reference.stage} of ${reference.name} shows no version in the GTO tags`
          : `${named} is not an active registered version in the GTO tags`,
    };
  }
  const label = `${reference.name} ${version.version}${'stage' in reference ? ` (in ${reference.stage})` : ''}`;
  const atCommit = newestFirst(options.records.filter((r) => r.git.commit === version.commit))[0];
  if (atCommit) {
    return {
      baseline: {
        record: atCommit,
        kind: 'model-version',
        reason: `run ${code(atCommit.id)} of ${code(label)}, recorded at its commit ${code(version.commit.slice(0, 7))} (${code(named)} in the GTO tags)`,
      },
    };
  }
  const deployed = (
    await readDeployRecords(git, options.registryRef, reference.name, undefined, options.logger)
  )
    .map((d) => d.record)
    .filter((d) => d.version === version.version && d.run)
    .reverse();
  for (const deployment of deployed) {
    const run = options.records.find(
      (r) => r.id === deployment.run!.id && r.experiment === deployment.run!.experiment,
    );
    if (run) {
      return {
        baseline: {
          record: run,
          kind: 'model-version',
          reason: `run ${code(run.id)} of ${code(label)}, as its deployment to ${code(deployment.environment)} recorded it (${code(named)} in the GTO tags)`,
        },
      };
    }
  }
  return {
    baseline: undefined,
    why: `no run of this experiment was recorded at ${reference.name} ${version.version}'s commit ${version.commit.slice(0, 7)}, and no deployment record of it names one`,
  };
}
