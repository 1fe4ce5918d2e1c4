/** Check runs for a ref, commit statuses (create, list) and the combined status of a ref. */
import { ApiError, tooLong } from '../errors.js';
import { checkRunsFor, combinedState, latestStatuses, statusesFor } from '../commit-checks.js';
import { commitOf } from '../repo-refs.js';
import { checkRun, combinedStatus, commitStatus } from '../shapes-checks.js';
import { timestamp, type CommitStatusRecord } from '../state.js';
import {
  bodyOf,
  optString,
  paginate,
  paginateWrapped,
  repoOf,
  type RouteContext,
  type RouteTable,
} from './context.js';

export const STATUS_DESCRIPTION_MAX = 140;
/** GitHub keeps at most 1,000 statuses per sha and context. */
const STATUSES_PER_CONTEXT = 1000;

/** `{ref}` / `{sha}` may be a sha, a branch, a tag, `heads/<b>` or `tags/<t>`. */
function shaOf(ctx: RouteContext, param: 'ref' | 'sha'): string {
  const repo = repoOf(ctx);
  const ref = ctx.params[param] ?? '';
  const sha = commitOf(repo, ref);
  if (!sha) throw new ApiError(422, `No commit found for SHA: ${ref}`);
  return sha;
}

export const checkRoutes: RouteTable = {
  'checks/list-for-ref': (ctx) => {
    const repo = repoOf(ctx);
    const sha = shaOf(ctx, 'ref');
    const name = ctx.query.get('check_name');
    const status = ctx.query.get('status');
    const runs = checkRunsFor(repo, sha, ctx.query.get('filter') !== 'all')
      .filter((r) => !name || r.name === name)
      .filter((r) => !status || r.status === status);
    return paginateWrapped(ctx, 'check_runs', runs, (r) => checkRun(ctx.state, repo, r, ctx.links));
  },
  'repos/create-commit-status': (ctx) => {
    const repo = repoOf(ctx);
    const sha = shaOf(ctx, 'sha');
    const body = bodyOf(ctx);
    const description = optString(body, 'description') ?? null;
    tooLong('Status', 'description', STATUS_DESCRIPTION_MAX, description ?? undefined);
    const context = optString(body, 'context') ?? 'default';
    const same = repo.statuses.filter(
      (s) => s.sha === sha && s.context.toLowerCase() === context.toLowerCase(),
    );
    if (same.length >= STATUSES_PER_CONTEXT) {
      throw new ApiError(422, 'This SHA and context has reached the maximum number of statuses.');
    }
    const record: CommitStatusRecord = {
      id: ctx.state.id(),
      sha,
      state: String(body.state) as CommitStatusRecord['state'],
      context,
      description,
      targetUrl: optString(body, 'target_url') ?? null,
      creator: ctx.identity.login,
      createdAt: timestamp(),
    };
    ctx.state.user(ctx.identity.login, ctx.identity.type);
    repo.statuses.push(record);
    return { status: 201, body: commitStatus(ctx.state, repo, record, ctx.links) };
  },
  'repos/list-commit-statuses-for-ref': (ctx) => {
    const repo = repoOf(ctx);
    const items = statusesFor(repo, shaOf(ctx, 'ref'));
    return paginate(ctx, items, (s) => commitStatus(ctx.state, repo, s, ctx.links));
  },
  'repos/get-combined-status-for-ref': (ctx) => {
    const repo = repoOf(ctx);
    const sha = shaOf(ctx, 'ref');
    const latest = latestStatuses(repo, sha);
    return {
      status: 200,
      body: combinedStatus(ctx.state, repo, sha, combinedState(latest), latest, ctx.links),
    };
  },
};
