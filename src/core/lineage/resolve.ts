/**
 * From a starting point to one model version, its deployments and its run, read from git alone:
 *   - digest → the deployment records that pinned it → their version;
 *   - name@vX.Y.Z → the registration tag's commit (or, without the tags, the deployment records of it);
 *   - name#stage → the version GTO shows in the stage now (its CLI rule: the newest active assignment);
 *   - run id → the run record → the deployments that name it, else the version registered at its commit.
 * The run of a version is the one its newest deployment names, else the newest run of its commit (or of the
 * pull request the commit merges). Nothing found, or more than one version, is a ConfigurationError that
 * names what was looked for and where.
 */

import { ConfigurationError } from '../errors.js';
import type { GitCommands } from '../git/commands.js';
import type { Logger } from '../logger.js';
import {
  readDeployRecords,
  readEveryDeployRecord,
  type StoredDeployRecord,
} from '../registry/deploy-records.js';
import { ModelRegistry } from '../registry/gto/model-registry.js';
import type { ModelVersion } from '../registry/gto/state.js';
import { runOfCommit } from '../registry/run-lookup.js';
import { readRunRecords, type RunRecord } from '../registry/run-records.js';
import type { Start } from './start.js';

export interface RegistryRead {
  git: GitCommands;
  /** The ref records are read from, its branch name and commit (for messages). */
  ref: string;
  branch: string;
  commit: string;
  logger: Logger;
}

export interface Resolved {
  model: string | undefined;
  version: string | undefined;
  /** The version's commit, else the run's. */
  commit: string | undefined;
  /** The model's registry (its tags only); undefined when no model was found. */
  registry: ModelRegistry | undefined;
  gtoVersion: ModelVersion | undefined;
  run: RunRecord | undefined;
  /** The version's deployment records, oldest first. */
  deployments: StoredDeployRecord[];
  /** Every deployment record of the model (when the version left each environment), oldest first. */
  modelDeployments: StoredDeployRecord[];
  notes: string[];
}

const short = (sha: string) => sha.slice(0, 7);
const byTime = (a: StoredDeployRecord, b: StoredDeployRecord) =>
  Date.parse(a.record.recordedAt) - Date.parse(b.record.recordedAt) ||
  (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

/** "churn v0.0.1, churn v0.0.2" from (model, version) pairs. */
function pairs(records: readonly StoredDeployRecord[]): string[] {
  return [...new Set(records.map((r) => `${r.record.model} ${r.record.version}`))];
}

function where(read: RegistryRead): string {
  return `'${read.branch}' at ${short(read.commit)}`;
}

async function versionOf(
  read: RegistryRead,
  model: string,
  version: string,
  start: Start,
  notes: string[],
  known?: ModelRegistry,
): Promise<Pick<Resolved, 'registry' | 'gtoVersion' | 'deployments' | 'modelDeployments' | 'commit'>> {
  const registry = known ?? (await ModelRegistry.read(read.git, model));
  const gtoVersion = registry.artifact(model)?.versions.find((v) => v.version === version);
  const modelDeployments = (await readDeployRecords(read.git, read.ref, model, undefined, read.logger))
    .filter((r) => r.record.status === 'deployed')
    .sort(byTime);
  const deployments = modelDeployments.filter((r) => r.record.version === version);
  let commit = gtoVersion?.commit;
  if (!gtoVersion) {
    const recorded = deployments.at(-1)?.record.commit;
    if (!recorded) {
      throw new ConfigurationError(
        `${start.given}: there is no GTO tag of ${model} ${version} here and no deployment record of it on ${where(read)}; fetch the tags and the registry branch (--fetch), or check the name.`,
      );
    }
    commit = recorded;
    notes.push(
      `No GTO tag of ${model} ${version} here (fetch the tags: --fetch); its commit is taken from its deployment records.`,
    );
  }
  return { registry, gtoVersion, deployments, modelDeployments, commit };
}

/** The run behind a version: the one its newest deployment names, else the newest of its commit. */
async function runOfVersion(
  read: RegistryRead,
  runs: readonly RunRecord[],
  deployments: readonly StoredDeployRecord[],
  commit: string | undefined,
  notes: string[],
): Promise<RunRecord | undefined> {
  const named = [...deployments].reverse().find((d) => d.record.run)?.record.run;
  if (named) {
    const run = runs.find((r) => r.experiment === named.experiment && r.id === named.id);
    if (run) return run;
    notes.push(
      `The deployment records name run ${named.experiment}/${named.id}, which has no run record on ${where(read)}.`,
    );
  }
  if (!commit) return undefined;
  const usable = runs.filter((r) => r.status !== 'FAILED' && r.status !== 'KILLED');
  const found = await runOfCommit(read.git, usable, commit);
  if (!found) {
    notes.push(
      `No run record of commit ${short(commit)} (or of a pull request it merges) on ${where(read)}.`,
    );
    return undefined;
  }
  const others = usable.filter((r) => r.git.commit === found.run.git.commit).length - 1;
  notes.push(
    `Run found as ${found.how}${others > 0 ? ` (${others} other run${others > 1 ? 's' : ''} of that commit)` : ''}.`,
  );
  return found.run;
}

function runById(
  read: RegistryRead,
  runs: readonly RunRecord[],
  start: Extract<Start, { kind: 'run' }>,
): RunRecord {
  const matches = runs.filter(
    (r) => r.id === start.id && (start.experiment === undefined || r.experiment === start.experiment),
  );
  if (matches.length === 1) return matches[0]!;
  if (matches.length === 0) {
    throw new ConfigurationError(
      `${start.given}: there is no run record runs/${start.experiment ?? '<experiment>'}/${start.id}.json on ${where(read)}; check the id, or fetch the registry branch (--fetch).`,
    );
  }
  throw new ConfigurationError(
    `${start.given}: runs of several experiments have this id (${matches.map((r) => r.experiment).join(', ')}); give it as <experiment>/${start.id}.`,
  );
}

/** The one version a run became: named by deployments, else registered at the run's commit. */
async function versionOfRun(
  read: RegistryRead,
  run: RunRecord,
  given: string,
): Promise<{ model: string; version: string } | undefined> {
  const all = await readEveryDeployRecord(read.git, read.ref, read.logger);
  const naming = all.filter(
    (d) =>
      d.record.status === 'deployed' &&
      d.record.run?.experiment === run.experiment &&
      d.record.run.id === run.id,
  );
  const named = pairs(naming);
  if (named.length > 1) {
    throw new ConfigurationError(
      `${given}: deployment records name this run for several versions (${named.join(', ')}); start from name@vX.Y.Z instead.`,
    );
  }
  if (naming.length > 0) return { model: naming[0]!.record.model, version: naming[0]!.record.version };
  const commit = run.git.commit;
  if (!commit) return undefined;
  const registry = await ModelRegistry.read(read.git);
  const versions = [...registry.state.artifacts.keys()].flatMap((model) => {
    const v = registry.versionAt(model, commit);
    return v ? [{ model, version: v.version }] : [];
  });
  if (versions.length > 1) {
    throw new ConfigurationError(
      `${given}: commit ${short(commit)} carries versions of several models (${versions.map((v) => `${v.model} ${v.version}`).join(', ')}); start from name@vX.Y.Z instead.`,
    );
  }
  return versions[0];
}

/** Resolve `start` to the version, deployments and run the chain is about. */
export async function resolveStart(read: RegistryRead, start: Start): Promise<Resolved> {
  const notes: string[] = [];
  const runs = await readRunRecords(read.git, read.ref, read.logger);
  let model: string;
  let version: string;
  let startRun: RunRecord | undefined;
  let registry: ModelRegistry | undefined;
  if (start.kind === 'digest') {
    const all = await readEveryDeployRecord(read.git, read.ref, read.logger);
    const matching = all.filter((d) => d.record.status === 'deployed' && d.record.digest === start.digest);
    if (matching.length === 0) {
      throw new ConfigurationError(
        `${start.given}: no deployment record names image ${start.digest} (looked at every deployments/<model>/<environment>/*.json on ${where(read)}); fetch the registry branch (--fetch), or check the digest.`,
      );
    }
    const found = pairs(matching);
    if (found.length > 1) {
      throw new ConfigurationError(
        `${start.given}: image ${start.digest} was deployed as several versions (${found.join(', ')}); start from name@vX.Y.Z instead.`,
      );
    }
    ({ model, version } = matching[0]!.record);
  } else if (start.kind === 'version') {
    ({ model, version } = start);
  } else if (start.kind === 'stage') {
    model = start.model;
    registry = await ModelRegistry.read(read.git, model);
    const shown = registry.inStage(model, start.stage);
    if (!shown) {
      const known = registry.artifact(model);
      throw new ConfigurationError(
        known
          ? `${start.given}: no version of ${model} is in stage '${start.stage}' now (GTO tags here; --fetch gets the remote's).`
          : `${start.given}: there are no GTO tags of '${model}' here; fetch them (--fetch), or check the name.`,
      );
    }
    version = shown.version;
  } else {
    startRun = runById(read, runs, start);
    const found = await versionOfRun(read, startRun, start.given);
    if (!found) {
      notes.push(
        `Run ${startRun.experiment}/${startRun.id} was not deployed, and no GTO version is registered at its commit.`,
      );
      return {
        model: undefined,
        version: undefined,
        commit: startRun.git.commit,
        registry: undefined,
        gtoVersion: undefined,
        run: startRun,
        deployments: [],
        modelDeployments: [],
        notes,
      };
    }
    ({ model, version } = found);
  }
  const resolved = await versionOf(read, model, version, start, notes, registry);
  const run = startRun ?? (await runOfVersion(read, runs, resolved.deployments, resolved.commit, notes));
  return { model, version, ...resolved, run, notes };
}
