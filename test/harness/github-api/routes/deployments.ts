/** Deployments and deployment statuses: auto-merge, required contexts, payload as sent, auto_inactive. */
import { ApiError, notFound, tooLong } from '../errors.js';
import { commitOf } from '../repo-refs.js';
import { deployment, deploymentStatus } from '../shapes-deploy.js';
import { timestamp, type DeploymentRecord, type DeploymentStatusRecord, type RepoRecord } from '../state.js';
import {
  bodyOf,
  intParam,
  optString,
  paginate,
  repoOf,
  type RouteContext,
  type RouteTable,
} from './context.js';
import { autoMerge, checkContexts } from './deploy-gates.js';

/** Deployment and deployment-status descriptions: at most 140 characters. */
export const DESCRIPTION_MAX = 140;

function findDeployment(ctx: RouteContext, repo: RepoRecord): DeploymentRecord {
  const d = repo.deployments.find((x) => x.id === intParam(ctx, 'deployment_id'));
  if (!d) throw notFound();
  return d;
}

export const deploymentRoutes: RouteTable = {
  'repos/create-deployment': (ctx) => {
    const repo = repoOf(ctx);
    const body = bodyOf(ctx);
    const ref = String(body.ref);
    const sha = commitOf(repo, ref);
    if (!sha) throw new ApiError(422, `No ref found for: ${ref}`);
    const description = optString(body, 'description') ?? '';
    tooLong('Deployment', 'description', DESCRIPTION_MAX, description);
    if (body.auto_merge !== false) {
      const merged = autoMerge(repo, ref, sha);
      if (merged) return merged;
    }
    checkContexts(repo, ref, sha, body.required_contexts);
    const environment = optString(body, 'environment') ?? 'production';
    const now = timestamp();
    const d: DeploymentRecord = {
      id: ctx.state.id(),
      sha,
      ref,
      task: optString(body, 'task') ?? 'deploy',
      environment,
      originalEnvironment: environment,
      description,
      // Returned as sent: an object stays an object, a string stays a string.
      payload: body.payload ?? {},
      transientEnvironment: body.transient_environment === true,
      productionEnvironment:
        typeof body.production_environment === 'boolean'
          ? body.production_environment
          : environment === 'production',
      creator: ctx.identity.login,
      createdAt: now,
      updatedAt: now,
      statuses: [],
    };
    repo.deployments.push(d);
    return { status: 201, body: deployment(ctx.state, repo, d, ctx.links) };
  },
  'repos/get-deployment': (ctx) => {
    const repo = repoOf(ctx);
    return { status: 200, body: deployment(ctx.state, repo, findDeployment(ctx, repo), ctx.links) };
  },
  'repos/list-deployments': (ctx) => {
    const repo = repoOf(ctx);
    const q = ctx.query;
    const items = repo.deployments
      .filter((d) => (!q.get('sha') || d.sha === q.get('sha')) && (!q.get('ref') || d.ref === q.get('ref')))
      .filter(
        (d) =>
          (!q.get('task') || d.task === q.get('task')) &&
          (!q.get('environment') || d.environment === q.get('environment')),
      )
      .reverse();
    return paginate(ctx, items, (d) => deployment(ctx.state, repo, d, ctx.links));
  },
  'repos/create-deployment-status': (ctx) => {
    const repo = repoOf(ctx);
    const d = findDeployment(ctx, repo);
    const body = bodyOf(ctx);
    const description = optString(body, 'description') ?? '';
    tooLong('DeploymentStatus', 'description', DESCRIPTION_MAX, description);
    const state = String(body.state);
    const environment = optString(body, 'environment') ?? d.environment;
    const now = timestamp();
    const status: DeploymentStatusRecord = {
      id: ctx.state.id(),
      state,
      description,
      environment,
      targetUrl: optString(body, 'target_url') ?? optString(body, 'log_url') ?? '',
      logUrl: optString(body, 'log_url') ?? optString(body, 'target_url') ?? '',
      environmentUrl: optString(body, 'environment_url') ?? '',
      creator: ctx.identity.login,
      createdAt: now,
    };
    d.statuses.push(status);
    d.environment = environment;
    d.updatedAt = now;
    if (state === 'success' && body.auto_inactive !== false) {
      // GitHub's documented rule: prior non-transient, non-production deployments of the same environment
      // whose last state was success get an `inactive` status.
      for (const other of repo.deployments) {
        const last = other.statuses[other.statuses.length - 1];
        if (other === d || other.environment !== environment || other.transientEnvironment) continue;
        if (other.productionEnvironment || last?.state !== 'success') continue;
        other.statuses.push({ ...last, id: ctx.state.id(), state: 'inactive', createdAt: now });
        other.updatedAt = now;
      }
    }
    return { status: 201, body: deploymentStatus(ctx.state, repo, d, status, ctx.links) };
  },
  'repos/list-deployment-statuses': (ctx) => {
    const repo = repoOf(ctx);
    const d = findDeployment(ctx, repo);
    return paginate(ctx, [...d.statuses].reverse(), (s) =>
      deploymentStatus(ctx.state, repo, d, s, ctx.links),
    );
  },
};
