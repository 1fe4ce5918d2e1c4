/**
 * gated-deploy from request to outcome: decide (gates only), promote or roll back. The order is what makes
 * it safe: every input and file is checked, the registry read and the gates decided before anything is
 * written; then one atomic push (publish.ts / pull-request.ts); then GitHub's records (finish.ts).
 */

import type { RetryPolicy } from '../async/retry.js';
import { ConfigurationError } from '../errors.js';
import type { PathPolicy } from '../fs/path-policy.js';
import type { GitCommands } from '../git/commands.js';
import type { GitIdentity } from '../git/runner.js';
import { parsePinImage } from '../oci/image-ref.js';
import type { ImageInspector } from '../image/inspect.js';
import type { Logger } from '../logger.js';
import type { DeployRecord, GateName, PinMode } from '../registry/deploy-records.js';
import { checkArtifactName, checkStageName, checkVersion } from '../registry/gto/grammar.js';
import type { ModelRegistry } from '../registry/gto/model-registry.js';
import type { ModelVersion } from '../registry/gto/state.js';
import type { RunRecord } from '../registry/run-records.js';
import { type Direction, directionResolver } from '../experiments/directions.js';
import { type Decision, type DeployCommand, verdict } from './decision.js';
import { AfterPushError, finishOnGitHub } from './finish.js';
import { configuredGates, evaluateGates } from './gates/index.js';
import type { DeployGitHub } from './github-port.js';
import {
  type Candidate,
  mergedProposal,
  promoteCandidate,
  rollbackCandidate,
  runOfVersion,
} from './candidate.js';
import { type ManifestSources, manifestFiles } from './manifests.js';
import { isProduction, type ResolvedPolicy } from './policy.js';
import { type PublishContext, publishDeployment } from './publish.js';
import { proposeDeployment, upsertDeployPull } from './pull-request.js';
import { type Outcome, outcomeOf, pullTitle, renderPullBody } from './render.js';
import { ensureCommit, loadSnapshot, type Snapshot } from './snapshot.js';

export interface DeployRequest {
  command: DeployCommand;
  model: string;
  environment: string;
  version: string;
  image: string | undefined;
  runId: string | undefined;
  manifests: ManifestSources;
  pin: PinMode;
  githubDeployment: boolean;
  environmentUrl: string | undefined;
  release: 'auto' | 'always' | 'never';
  policy: ResolvedPolicy;
  directions: Record<string, Direction> | undefined;
}

export interface DeployServices {
  git: GitCommands;
  paths: PathPolicy;
  remote: string;
  registryBranch: string;
  tempDir: string;
  logger: Logger;
  tagger: GitIdentity;
  /** The commit being deployed (GITHUB_SHA, else HEAD). */
  commit: string;
  /** GITHUB_REF, for a pushed `name@vX.Y.Z` tag. */
  ref: string | undefined;
  /** The branch manifests are pinned on (and deploy pull requests merge into). */
  branch: string | undefined;
  meta: Pick<DeployRecord, 'actor' | 'repository' | 'runUrl' | 'workflowRunId'>;
  /** GitHub, when a repository and token are known. */
  github: DeployGitHub | undefined;
  images: ImageInspector | undefined;
  now: () => Date;
  retry?: Partial<RetryPolicy>;
}

function checkRequest(
  req: DeployRequest,
  svc: DeployServices,
  files: readonly string[],
  gates: readonly GateName[],
): void {
  if (files.length > 0 && !svc.branch) {
    throw new ConfigurationError(
      `There is no branch to pin the manifests on: the run is not on a branch (GITHUB_REF ${svc.ref ?? 'unset'}) and the repository's default branch is unknown. Run on a branch, or set pin: none.`,
    );
  }
  if (gates.includes('checks') && !svc.github) {
    throw new ConfigurationError(
      "The checks gate reads GitHub's check runs and statuses: it needs GITHUB_REPOSITORY and input 'token'.",
    );
  }
  if (req.pin === 'pull-request' && files.length > 0 && !svc.github) {
    throw new ConfigurationError(
      "pin: pull-request opens a pull request: it needs GITHUB_REPOSITORY and input 'token'.",
    );
  }
}

export async function gatedDeploy(req: DeployRequest, svc: DeployServices): Promise<Outcome> {
  const { model, environment } = req;
  checkArtifactName(model, "input 'name'");
  checkStageName(environment, "input 'environment'");
  if (req.version.trim() !== 'auto') checkVersion(req.version.trim(), "input 'version'");
  const given = req.image ? parsePinImage(req.image, 'image') : undefined;
  const envPolicy = req.policy.environment;
  const configured = configuredGates(envPolicy);
  const wanted = req.command === 'rollback' ? (envPolicy['rollback-gates'] ?? []) : configured;
  const gateNames = configured.filter((g) => wanted.includes(g));
  const files = req.command !== 'decide' && req.pin !== 'none' ? manifestFiles(svc.paths, req.manifests) : [];
  checkRequest(req, svc, files, gateNames);

  const snapshot = await loadSnapshot({
    git: svc.git,
    remote: svc.remote,
    registryBranch: svc.registryBranch,
    model,
    environment,
    experiment: req.policy.model.experiment,
    logger: svc.logger,
  });
  const proposal = req.command === 'decide' ? undefined : await mergedProposal(req, svc, snapshot, files);
  const candidate =
    req.command === 'rollback' && !proposal
      ? rollbackCandidate(req, snapshot)
      : await promoteCandidate(req, svc, snapshot, given, files, proposal);
  if (files.length > 0 && !candidate.image) {
    throw new ConfigurationError(
      candidate.action === 'rollback'
        ? `No deployment record names the image of ${model} ${candidate.version}; give input 'image' to pin.`
        : `Input 'image' is required to pin ${files.join(', ')} (an image with its digest, as build-model-image outputs it).`,
    );
  }
  if (!(await ensureCommit(svc.git, svc.remote, candidate.commit))) {
    throw new ConfigurationError(
      `Commit ${candidate.commit} is neither in this checkout nor fetchable from '${svc.remote}'.`,
    );
  }

  const judge = (registry: ModelRegistry, current: ModelVersion | undefined) =>
    evaluateGates(envPolicy, gateNames, {
      model,
      environment,
      version: candidate.version,
      commit: candidate.commit,
      run: candidate.run,
      runs: snapshot.runs,
      registry,
      current,
      deployRecords: snapshot.deployRecords,
      registryRef: snapshot.registryRef,
      git: svc.git,
      image: candidate.image,
      directions: directionResolver(req.directions),
      now: svc.now(),
      logger: svc.logger,
      checks: svc.github,
      images: svc.images,
    });
  const gates = candidate.recorded
    ? candidate.recorded.record.gates
    : await judge(snapshot.registry, snapshot.current);
  const decision: Decision = {
    schema: 1,
    model,
    environment,
    command: req.command,
    decision: verdict(gates),
    version: candidate.version,
    commit: candidate.commit,
    run: candidate.run ? runRef(candidate.run) : (candidate.recorded?.record.run ?? null),
    image: candidate.image?.reference ?? null,
    current: snapshot.current ? { version: snapshot.current.version, commit: snapshot.current.commit } : null,
    gates,
    decidedAt: svc.now().toISOString(),
    ...(svc.meta.repository ? { repository: svc.meta.repository } : {}),
    ...(svc.meta.runUrl ? { runUrl: svc.meta.runUrl } : {}),
  };
  const base = {
    ...outcomeOf(decision, 'decided', [
      ...(req.policy.found ? [] : [`.mlops.yml has no deploy policy for ${model}: no gates apply.`]),
      ...(candidate.note ? [candidate.note] : []),
    ]),
    data: candidate.run?.data ?? [],
  };
  if (req.command === 'decide') return base;
  if (decision.decision === 'blocked') return { ...base, state: 'blocked' };

  const publishContext: PublishContext = {
    git: svc.git,
    remote: svc.remote,
    registryBranch: svc.registryBranch,
    tempDir: svc.tempDir,
    logger: svc.logger,
    tagger: svc.tagger,
    why: {
      actor: svc.meta.actor,
      runUrl: svc.meta.runUrl,
      reason: `gated-deploy ${candidate.action} to ${environment}${candidate.run ? ` (run ${candidate.run.experiment}/${candidate.run.id})` : ''}`,
    },
    meta: svc.meta,
    now: svc.now,
    retry: svc.retry,
  };
  if (req.pin === 'pull-request' && files.length > 0 && !candidate.recorded) {
    const proposed = await proposeDeployment(publishContext, {
      model,
      environment,
      action: candidate.action,
      commit: candidate.commit,
      version: candidate.version,
      image: candidate.image!,
      run: decision.run,
      gates,
      manifests: files,
      base: svc.branch!,
      container: envPolicy.container,
      keys: envPolicy.keys,
    });
    if (!proposed.alreadyPinned) {
      const outcome: Outcome = {
        ...base,
        state: proposed.unchanged ? 'proposal-unchanged' : 'proposed',
        pinned: proposed.pinned,
        branch: proposed.branch,
        manifestCommit: proposed.commit,
      };
      const body = renderPullBody(
        outcome,
        'The run on the merge finds the manifests pinned and records the assignment (GTO tags, deployment record, GitHub deployment and release).',
      );
      const upserted = await upsertDeployPull(svc.github!, {
        branch: proposed.branch,
        base: svc.branch!,
        title: pullTitle(decision),
        body,
      });
      if (upserted.action !== 'unchanged') outcome.state = 'proposed';
      return { ...outcome, pullRequestUrl: upserted.pull.url };
    }
    svc.logger.info(
      `The manifests on '${svc.branch!}' are already pinned to this image: recording the assignment.`,
    );
  }

  const published = await publishDeployment(
    publishContext,
    {
      model,
      environment,
      action: candidate.action,
      commit: candidate.commit,
      version: candidate.existing
        ? { existing: candidate.version }
        : { requested: candidate.requested, bump: req.policy.model.bump },
      image: candidate.image,
      run: decision.run,
      gates,
      manifests: files,
      pinMode: files.length > 0 ? req.pin : 'none',
      branch: svc.branch,
      container: envPolicy.container,
      keys: envPolicy.keys,
      pullRequest: candidate.recorded?.record.pin.pullRequest,
      clearProposal: candidate.recorded?.record.status === 'proposed',
      regate: candidate.recorded ? undefined : judge,
    },
    envPolicy.after,
  );
  decision.version = published.version;
  decision.gates = published.gates;
  decision.current = published.previous ?? decision.current;
  const outcome: Outcome = {
    ...base,
    state: published.unchanged ? 'unchanged' : 'deployed',
    tags: published.tags,
    pinned: published.pinned,
    branch: files.length > 0 ? svc.branch : undefined,
    manifestCommit: published.manifestCommit,
    recordPath: published.recordPath,
  };
  return finish(req, svc, snapshot, candidate, published.record!, outcome);
}

async function finish(
  req: DeployRequest,
  svc: DeployServices,
  snapshot: Snapshot,
  candidate: Candidate,
  record: DeployRecord,
  outcome: Outcome,
): Promise<Outcome> {
  const production = isProduction(req.policy.environment, req.environment);
  const release = req.release === 'always' || (req.release === 'auto' && production);
  if (!svc.github) {
    if (req.githubDeployment || release) {
      outcome.notes = [
        ...outcome.notes,
        'No GitHub repository or token: no GitHub deployment or release was made.',
      ];
    }
    return outcome;
  }
  const previousRun = record.previous
    ? runOfVersion(snapshot, record.previous.version, record.previous.commit)
    : undefined;
  const pushed =
    outcome.state === 'unchanged'
      ? `The registry already showed ${req.model} ${record.version} in ${req.environment} (nothing was pushed)`
      : `Pushed ${req.model} ${record.version} to ${req.environment} (${[
          outcome.tags.length > 0 ? `tags ${outcome.tags.join(', ')}` : '',
          `record ${outcome.recordPath ?? ''}`,
          outcome.pinned.some((p) => p.changed)
            ? `manifests commit ${outcome.manifestCommit?.slice(0, 7)} on ${outcome.branch}`
            : '',
        ]
          .filter(Boolean)
          .join('; ')})`;
  try {
    const done = await finishOnGitHub(svc.github, {
      record,
      recordPath: outcome.recordPath!,
      // Where the record's pins landed (a rerun finds its deployment there, whatever the branch's tip is now).
      sha: record.pin.commit ?? record.commit,
      production,
      deployment: req.githubDeployment,
      release,
      run: candidate.run,
      previousRun,
      logUrl: svc.meta.runUrl,
      environmentUrl: req.environmentUrl,
      workflowRunId: svc.meta.workflowRunId,
      pushed,
    });
    return {
      ...outcome,
      deploymentId: done.deploymentId,
      releaseUrl: done.releaseUrl,
      notes: [...outcome.notes, ...done.notes],
    };
  } catch (error) {
    if (error instanceof AfterPushError) {
      Object.assign(outcome, {
        state: 'deployment-failed',
        deploymentId: error.partial.deploymentId,
        releaseUrl: error.partial.releaseUrl,
        notes: [...outcome.notes, error.message],
      });
      throw Object.assign(error, { outcome });
    }
    throw error;
  }
}

const runRef = (run: RunRecord) => ({
  experiment: run.experiment,
  id: run.id,
  ...(run.runUrl ? { url: run.runUrl } : {}),
});
