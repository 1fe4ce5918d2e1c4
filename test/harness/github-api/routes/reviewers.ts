/** Review requests on a pull request: request and remove reviewers (users and team slugs). */
import { ApiError } from '../errors.js';
import { pull } from '../shapes-issue.js';
import { timestamp } from '../state.js';
import { bodyOf, repoOf, type RouteTable } from './context.js';
import { isCollaborator, resolveNode } from './issue-common.js';
import { findPull } from './pulls.js';

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function union(current: string[], added: string[]): string[] {
  const out = [...current];
  for (const a of added) if (!out.some((c) => c.toLowerCase() === a.toLowerCase())) out.push(a);
  return out;
}

export const reviewerRoutes: RouteTable = {
  'pulls/request-reviewers': (ctx) => {
    const repo = repoOf(ctx);
    const pr = findPull(ctx, repo);
    resolveNode(repo, pr, 'Review');
    const body = bodyOf(ctx);
    const reviewers = strings(body.reviewers);
    const teams = strings(body.team_reviewers);
    if (reviewers.some((r) => r.toLowerCase() === pr.user.toLowerCase())) {
      throw new ApiError(422, 'Review cannot be requested from pull request author.');
    }
    if (reviewers.some((r) => !isCollaborator(repo, r))) {
      throw new ApiError(
        422,
        'Reviews may only be requested from collaborators. One or more of the users or teams you specified ' +
          `is not a collaborator of the ${repo.fullName} repository.`,
      );
    }
    for (const r of reviewers) ctx.state.user(r);
    pr.requestedReviewers = union(pr.requestedReviewers, reviewers);
    pr.requestedTeams = union(pr.requestedTeams, teams);
    pr.updatedAt = timestamp();
    return { status: 201, body: pull(ctx.state, repo, pr, ctx.links, false) };
  },
  'pulls/remove-requested-reviewers': (ctx) => {
    const repo = repoOf(ctx);
    const pr = findPull(ctx, repo);
    resolveNode(repo, pr, 'Review');
    const body = bodyOf(ctx);
    const gone = new Set(strings(body.reviewers).map((r) => r.toLowerCase()));
    const goneTeams = new Set(strings(body.team_reviewers).map((t) => t.toLowerCase()));
    pr.requestedReviewers = pr.requestedReviewers.filter((r) => !gone.has(r.toLowerCase()));
    pr.requestedTeams = pr.requestedTeams.filter((t) => !goneTeams.has(t.toLowerCase()));
    pr.updatedAt = timestamp();
    return { status: 200, body: pull(ctx.state, repo, pr, ctx.links, false) };
  },
};
