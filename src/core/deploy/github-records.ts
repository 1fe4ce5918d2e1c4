/**
 * GitHub's view of a deployment, made after the push landed: a deployment (auto_merge false, required_contexts
 * [], the record in its payload) with statuses in_progress → success/failure, and, for production, a release
 * whose tag is the GTO version tag. Both are found again on a rerun (the deployment through its payload's
 * record path, the release by its tag), so no second one is made.
 */

import type { DeployGitHub, GitHubRelease } from './github-port.js';

export interface DeploymentRequest {
  model: string;
  environment: string;
  version: string;
  sha: string;
  production: boolean;
  image: string | undefined;
  /** The deployment record's path: what identifies this deployment across reruns. */
  recordPath: string;
  workflowRunId: string | undefined;
  logUrl: string | undefined;
  environmentUrl: string | undefined;
}

export interface StartedDeployment {
  id: number;
  /** A deployment of this record already existed (a rerun). */
  found: boolean;
  /** It already reached success: nothing more to do. */
  done: boolean;
}

interface Payload {
  mlops?: { model?: unknown; record?: unknown };
}

const describe = (r: DeploymentRequest) =>
  `${r.model} ${r.version}${r.image ? ` (${r.image.slice(r.image.indexOf('@') + 1, r.image.indexOf('@') + 20)}…)` : ''}`.slice(
    0,
    140,
  );

/** Find this record's deployment, or create it; mark it in_progress unless it already succeeded. */
export async function startDeployment(
  github: DeployGitHub,
  r: DeploymentRequest,
): Promise<StartedDeployment> {
  const existing = (await github.deployments(r.environment, { sha: r.sha, limit: 100 })).find((d) => {
    const mlops = (d.payload as Payload | null)?.mlops;
    return mlops?.model === r.model && mlops.record === r.recordPath;
  });
  if (existing?.state === 'success') return { id: existing.id, found: true, done: true };
  const id =
    existing?.id ??
    (await github.createDeployment({
      sha: r.sha,
      environment: r.environment,
      production: r.production,
      description: describe(r),
      payload: {
        mlops: {
          model: r.model,
          version: r.version,
          image: r.image ?? null,
          record: r.recordPath,
          workflowRunId: r.workflowRunId ?? null,
        },
      },
    }));
  await github.setDeploymentStatus(id, {
    state: 'in_progress',
    description: `Deploying ${describe(r)}`.slice(0, 140),
    logUrl: r.logUrl,
    environmentUrl: r.environmentUrl,
  });
  return { id, found: existing !== undefined, done: false };
}

export async function finishDeployment(
  github: DeployGitHub,
  r: DeploymentRequest,
  id: number,
  outcome: { ok: true } | { ok: false; why: string },
): Promise<void> {
  await github.setDeploymentStatus(id, {
    state: outcome.ok ? 'success' : 'failure',
    description: (outcome.ok ? `Deployed ${describe(r)}` : outcome.why).slice(0, 140),
    logUrl: r.logUrl,
    environmentUrl: r.environmentUrl,
  });
  if (outcome.ok && r.production) await inactivateOlder(github, r, id);
}

/**
 * GitHub's auto_inactive covers only non-production environments: older successful deployments of a
 * production environment stay "active" unless marked inactive, so this does it for the newest few.
 */
async function inactivateOlder(github: DeployGitHub, r: DeploymentRequest, keep: number): Promise<void> {
  for (const d of await github.deployments(r.environment, { limit: 30 })) {
    if (d.id === keep || d.state !== 'success') continue;
    await github.setDeploymentStatus(d.id, {
      state: 'inactive',
      description: `Superseded by ${r.model} ${r.version}`.slice(0, 140),
      logUrl: r.logUrl,
      environmentUrl: undefined,
    });
  }
}

export interface ReleaseRequest {
  tag: string;
  target: string;
  name: string;
  body: string;
}

/**
 * The release of a version tag, made latest: created when missing, its notes updated when they differ, and
 * left alone when it is already the latest with these notes (a rerun). A rollback passes the notes the
 * release already has, so it only becomes latest again.
 */
export async function upsertRelease(
  github: DeployGitHub,
  request: ReleaseRequest,
  keepExistingNotes = false,
): Promise<{ release: GitHubRelease; action: 'created' | 'updated' | 'unchanged' }> {
  const existing = await github.releaseByTag(request.tag);
  if (!existing) return { release: await github.createRelease(request), action: 'created' };
  const body = keepExistingNotes ? existing.body : request.body;
  const latest = await github.latestReleaseId();
  if (latest === existing.id && existing.body === body) return { release: existing, action: 'unchanged' };
  return {
    release: await github.updateRelease(existing.id, { name: existing.name, body }),
    action: 'updated',
  };
}
