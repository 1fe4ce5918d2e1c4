/** Issue and PR comments (the sticky-comment surface): list, get, create, update, delete. */
import { notAccessible, notFound, tooLong } from '../errors.js';
import { comment } from '../shapes.js';
import { timestamp, type RepoRecord, type StoredComment } from '../state.js';
import { bodyOf, intParam, paginate, repoOf, type RouteContext, type RouteTable } from './context.js';
import { findIssue } from './issue-common.js';

export const COMMENT_MAX = 65_536;

function findComment(ctx: RouteContext, repo: RepoRecord): StoredComment {
  const id = intParam(ctx, 'comment_id');
  const found = repo.comments.find((c) => c.id === id);
  if (!found) throw notFound();
  return found;
}

/** Editing or deleting someone else's comment is refused, as GitHub does for integration tokens. */
function ownComment(ctx: RouteContext, repo: RepoRecord): StoredComment {
  const found = findComment(ctx, repo);
  if (found.login !== ctx.identity.login) throw notAccessible();
  return found;
}

export const commentRoutes: RouteTable = {
  'issues/list-comments': (ctx) => {
    const repo = repoOf(ctx);
    const n = findIssue(ctx, repo).number;
    const since = ctx.query.get('since');
    const items = repo.comments.filter((c) => c.issueNumber === n && (!since || c.updatedAt >= since));
    return paginate(ctx, items, (c) => comment(ctx.state, repo, c, ctx.links));
  },
  'issues/create-comment': (ctx) => {
    const repo = repoOf(ctx);
    const n = findIssue(ctx, repo).number;
    const body = String(bodyOf(ctx).body);
    tooLong('IssueComment', 'body', COMMENT_MAX, body);
    const now = timestamp();
    const stored: StoredComment = {
      id: ctx.state.id(),
      issueNumber: n,
      body,
      login: ctx.identity.login,
      type: ctx.identity.type,
      createdAt: now,
      updatedAt: now,
    };
    ctx.state.user(stored.login, stored.type);
    repo.comments.push(stored);
    return { status: 201, body: comment(ctx.state, repo, stored, ctx.links) };
  },
  'issues/get-comment': (ctx) => {
    const repo = repoOf(ctx);
    return { status: 200, body: comment(ctx.state, repo, findComment(ctx, repo), ctx.links) };
  },
  'issues/update-comment': (ctx) => {
    const repo = repoOf(ctx);
    const stored = ownComment(ctx, repo);
    const body = String(bodyOf(ctx).body);
    tooLong('IssueComment', 'body', COMMENT_MAX, body);
    stored.body = body;
    stored.updatedAt = timestamp();
    return { status: 200, body: comment(ctx.state, repo, stored, ctx.links) };
  },
  'issues/delete-comment': (ctx) => {
    const repo = repoOf(ctx);
    const stored = ownComment(ctx, repo);
    repo.comments.splice(repo.comments.indexOf(stored), 1);
    return { status: 204 };
  },
};
