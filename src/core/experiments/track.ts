import { join } from 'node:path';
import { writeFileAtomic } from '../fs/atomic-write.js';
import type { Logger } from '../logger.js';
import { type Baseline, selectPreviousOnBranch, selectPullRequestBaseline } from './baseline.js';
import { type Comparison, compareRuns, type DirChanges, diffManifests } from './compare.js';
import { readDataVersions, readDirManifest } from './data-versions.js';
import { type Direction, directionResolver } from './directions.js';
import {
  checkName,
  type PullRequestRef,
  RECORD_SCHEMA_VERSION,
  recordPath,
  type RunRecord,
  runRecordSchema,
  serializeRunRecord,
} from '../registry/run-records.js';
import { GitCommands } from '../git/commands.js';
import type { GitRunner } from '../git/runner.js';
import { type RegistryLocation, trackingRef } from '../registry/branch.js';
import { readRunRecords, writeRunRecord } from '../registry/run-records.js';
import { fetchRegistryTip } from '../registry/store.js';
import type { ReportInput } from './report.js';
import { formatModelReference, type ModelReference } from '../registry/gto/reference.js';
import { selectRegistryBaseline } from './registry-baseline.js';
import { defaultRunId } from './run-id.js';
import { readRunInputs } from './run-inputs.js';

/** Where and why the run happened, as the adapter read it from the runner (or the local repository). */
export interface RunContext {
  event?: string;
  commit?: string;
  ref?: string;
  branch?: string;
  pullRequest?: PullRequestRef;
  /** A pull request from a fork: the token is read-only, so nothing is pushed. */
  fromFork: boolean;
  repository?: string;
  runUrl?: string;
  actor?: string;
  workflowRunId?: string;
  job?: string;
}

export interface TrackOptions {
  git: GitRunner;
  workspace: string;
  tempDir: string;
  logger: Logger;
  experiment: string;
  runId?: string;
  parentRunId?: string;
  metrics: readonly string[];
  params: readonly string[];
  artifacts: readonly string[];
  tags: Record<string, string>;
  location: RegistryLocation;
  context: RunContext;
  directions?: Record<string, Direction>;
  /** Compare with the run of this model version (`name#stage`, `name@vX.Y.Z`) instead of the default baseline. */
  baseline?: ModelReference;
  /** Absolute DVC cache directory, for `.dir` manifests. */
  cacheDir: string;
  now?: () => Date;
  push?: { maxAttempts?: number; backoffMs?: number };
}

export interface TrackResult {
  record: RunRecord;
  path: string;
  baseline: Baseline | undefined;
  comparison: Comparison;
  report: ReportInput;
  /** False when the record was only kept locally (fork pull requests). */
  stored: boolean;
}

function trackedPointers(git: GitCommands): Promise<string[]> {
  return git.lsFiles(['*.dvc', 'dvc.lock', '*/dvc.lock']);
}

/**
 * Check ancestry, fetching the base branch once when the commits are missing locally (a shallow checkout):
 * 200 commits deep in a shallow repository, in full otherwise (so a complete clone is not made shallow).
 */
function ancestryWithDeepen(git: GitCommands, remote: string, baseRef: string, logger: Logger) {
  let fetched = false;
  return async (commit: string, baseSha: string): Promise<boolean | undefined> => {
    const answer = await git.isAncestor(commit, baseSha);
    if (answer !== undefined || fetched) return answer;
    fetched = true;
    logger.debug(`fetching history of '${baseRef}' to find the baseline run`);
    await git.fetch({
      remote,
      refspecs: [`+refs/heads/${baseRef}:refs/remotes/${remote}/${baseRef}`],
      depth: (await git.isShallow()) ? 200 : undefined,
    });
    return git.isAncestor(commit, baseSha);
  };
}

async function dirChangesFor(comparison: Comparison, cacheDir: string): Promise<Map<string, DirChanges>> {
  const changes = new Map<string, DirChanges>();
  for (const row of comparison.data) {
    if (
      row.status !== 'modified' ||
      !row.baseline?.md5.endsWith('.dir') ||
      !row.current?.md5.endsWith('.dir')
    )
      continue;
    const [before, after] = await Promise.all([
      readDirManifest(cacheDir, row.baseline.md5),
      readDirManifest(cacheDir, row.current.md5),
    ]);
    if (before && after) changes.set(row.path, diffManifests(before, after));
  }
  return changes;
}

/** The baseline the `baseline` input names through the model registry; a warning and undefined when none. */
async function namedBaseline(
  options: TrackOptions,
  git: GitCommands,
  others: readonly RunRecord[],
): Promise<Baseline | undefined> {
  if (!options.baseline) return undefined;
  const chosen = await selectRegistryBaseline({
    git,
    remote: options.location.remote,
    registryRef: trackingRef(options.location),
    reference: options.baseline,
    records: others,
    logger: options.logger,
  });
  if (!chosen.baseline) {
    options.logger.warning(
      `baseline ${formatModelReference(options.baseline)}: ${chosen.why}; comparing with the default baseline instead.`,
    );
  }
  return chosen.baseline;
}

/**
 * Record one run: read metrics/params/data/artifacts, store the record on the registry branch, pick a
 * baseline and compare. Everything the report needs comes back; posting it is the adapter's job.
 */
export async function trackRun(options: TrackOptions): Promise<TrackResult> {
  const now = options.now ?? (() => new Date());
  const startedAt = now();
  const { logger, context, location } = options;
  const git = new GitCommands(options.git);
  const experiment = checkName(options.experiment, "Input 'name'");
  const inputs = await readRunInputs({ ...options, logger });
  const data = await readDataVersions(options.workspace, await trackedPointers(git), logger);
  const id = checkName(
    options.runId ??
      defaultRunId({
        experiment,
        workflowRunId: context.workflowRunId,
        job: context.job,
        params: inputs.params,
        tags: options.tags,
        commit: context.commit,
        now: startedAt,
      }),
    "Input 'run-id'",
  );
  const record = runRecordSchema.parse({
    schema: RECORD_SCHEMA_VERSION,
    id,
    experiment,
    status: 'FINISHED',
    startedAt: startedAt.toISOString(),
    endedAt: now().toISOString(),
    params: inputs.params,
    metrics: inputs.metrics,
    series: inputs.series,
    tags: options.tags,
    git: {
      commit: context.commit,
      ref: context.ref,
      branch: context.branch,
      pullRequest: context.pullRequest,
    },
    repository: context.repository,
    runUrl: context.runUrl,
    actor: context.actor,
    event: context.event,
    data,
    artifacts: inputs.artifacts,
    parentRunId:
      options.parentRunId === undefined ? undefined : checkName(options.parentRunId, "Input 'parent-run-id'"),
    sources: inputs.sources,
  } satisfies RunRecord);
  const path = recordPath(experiment, id);

  let storage: ReportInput['storage'];
  let stored = false;
  if (context.fromFork) {
    const keptAt = join(options.tempDir, 'mlops-runs', experiment, `${id}.json`);
    await writeFileAtomic(keptAt, serializeRunRecord(record));
    logger.warning(
      `This pull request comes from a fork, whose token cannot push: the run record is not stored on '${location.branch}' (kept at ${keptAt}).`,
    );
    storage = { keptAt, reason: 'pull request from a fork' };
    await fetchRegistryTip(git, location).catch(() => undefined);
  } else {
    const written = await writeRunRecord(git, record, {
      location,
      tempDir: options.tempDir,
      logger,
      retry: { attempts: options.push?.maxAttempts, baseDelayMs: options.push?.backoffMs },
    });
    logger.info(
      written.unchanged
        ? `Run ${experiment}/${id} was already recorded.`
        : `Recorded run ${experiment}/${id} at ${path} on '${location.branch}' (${written.commit!.slice(0, 7)}).`,
    );
    storage = { branch: location.branch, path };
    stored = true;
  }

  const others = (await readRunRecords(git, trackingRef(location), logger, experiment)).filter(
    (r) => r.id !== id,
  );
  const baseline =
    (await namedBaseline(options, git, others)) ??
    (context.pullRequest
      ? await selectPullRequestBaseline(
          others,
          context.pullRequest.baseRef,
          context.pullRequest.baseSha,
          ancestryWithDeepen(git, location.remote, context.pullRequest.baseRef, logger),
        )
      : selectPreviousOnBranch(others, record));
  const comparison = compareRuns(record, baseline?.record, directionResolver(options.directions));
  const dirChanges = baseline
    ? await dirChangesFor(comparison, options.cacheDir)
    : new Map<string, DirChanges>();
  return {
    record,
    path,
    baseline,
    comparison,
    stored,
    report: {
      record,
      baseline,
      comparison,
      dirChanges,
      storage,
      pullRequest: context.pullRequest !== undefined,
    },
  };
}
