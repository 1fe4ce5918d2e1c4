/**
 * After the push: GitHub's records of the deployment (a deployment with its statuses, a release for
 * production). The push already landed, so a failure here names what was pushed and that a rerun of the job
 * completes it (the rerun finds the push there and only makes what is missing).
 */

import { errorMessage } from '../errors.js';
import type { DeployRecord } from '../registry/deploy-records.js';
import type { RunRecord } from '../registry/run-records.js';
import { artifactToTag } from '../registry/gto/grammar.js';
import type { DeployGitHub } from './github-port.js';
import {
  type DeploymentRequest,
  finishDeployment,
  startDeployment,
  upsertRelease,
} from './github-records.js';
import { releaseName, renderReleaseNotes } from './release-notes.js';

export interface FinishRequest {
  record: DeployRecord;
  recordPath: string;
  /** The commit GitHub's deployment points at (the one holding the pins, else the version's commit). */
  sha: string;
  production: boolean;
  deployment: boolean;
  release: boolean;
  run: RunRecord | undefined;
  previousRun: RunRecord | undefined;
  logUrl: string | undefined;
  environmentUrl: string | undefined;
  workflowRunId: string | undefined;
  /** What the push did, in words, for the error message. */
  pushed: string;
}

export interface Finished {
  deploymentId: number | undefined;
  releaseUrl: string | undefined;
  notes: string[];
}

/** A failure after the push landed: the message says what was done, `partial` what GitHub has so far. */
export class AfterPushError extends Error {
  override readonly name = 'AfterPushError';
  constructor(
    message: string,
    readonly partial: Finished,
    options: { cause: unknown },
  ) {
    super(message, options);
  }
}

export async function finishOnGitHub(github: DeployGitHub, r: FinishRequest): Promise<Finished> {
  const done: Finished = { deploymentId: undefined, releaseUrl: undefined, notes: [] };
  const request: DeploymentRequest = {
    model: r.record.model,
    environment: r.record.environment,
    version: r.record.version,
    sha: r.sha,
    production: r.production,
    image: r.record.image ?? undefined,
    recordPath: r.recordPath,
    workflowRunId: r.workflowRunId,
    logUrl: r.logUrl,
    environmentUrl: r.environmentUrl,
  };
  let step = 'creating the GitHub deployment';
  try {
    let started;
    if (r.deployment) {
      started = await startDeployment(github, request);
      done.deploymentId = started.id;
      if (started.found) done.notes.push(`GitHub deployment ${started.id} of this record was already there.`);
    }
    if (r.release) {
      step = 'creating the release';
      const tag = `${artifactToTag(r.record.model)}@${r.record.version}`;
      const body = renderReleaseNotes({ record: r.record, run: r.run, previousRun: r.previousRun });
      const made = await upsertRelease(
        github,
        { tag, target: r.record.commit, name: releaseName(r.record), body },
        r.record.action === 'rollback',
      );
      done.releaseUrl = made.release.url;
      if (made.action !== 'created')
        done.notes.push(
          `Release ${tag} ${made.action === 'unchanged' ? 'was already up to date' : 'updated'}.`,
        );
    }
    if (started && !started.done) {
      step = 'marking the GitHub deployment successful';
      await finishDeployment(github, request, started.id, { ok: true });
    }
    return done;
  } catch (error) {
    const why = `${step} failed: ${errorMessage(error)}`;
    if (done.deploymentId !== undefined && step !== 'marking the GitHub deployment successful') {
      await finishDeployment(github, request, done.deploymentId, { ok: false, why }).catch(() => undefined);
    }
    throw new AfterPushError(
      `${r.pushed}, but ${why}. Rerun the job to finish: the push is already there, so the rerun only creates what is missing on GitHub.`,
      done,
      { cause: error },
    );
  }
}
