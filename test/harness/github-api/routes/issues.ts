/** Issue comments (the sticky-comment surface) and issue labels. */
import { notAccessible, notFound, tooLong } from '../errors.js';
import { comment, label } from '../shapes.js';
import { timestamp, type RepoRecord, type StoredComment } from '../state.js';
import { bodyOf, intParam, paginate, repoOf, type RouteContext, type RouteTable } from './context.js';

export const COMMENT_MAX = 65_536;

function issueNumber(ctx: RouteContext, repo: RepoRecord): number {
  const n = intParam(ctx, 'issue_number');
  if (!repo.issueNumbers.has(n)) throw notFound();
  return n;
}

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

export const issueRoutes: RouteTable = {
  'issues/list-comments': (ctx) => {
    const repo = repoOf(ctx);
    const n = issueNumber(ctx, repo);
    const since = ctx.query.get('since');
    const items = repo.comments.filter((c) => c.issueNumber === n && (!since || c.updatedAt >= since));
    return paginate(ctx, items, (c) => comment(ctx.state, repo, c, ctx.links));
  },
  'issues/create-comment': (ctx) => {
    const repo = repoOf(ctx);
    const n = issueNumber(ctx, repo);
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
  'issues/add-labels': (ctx) => {
    const repo = repoOf(ctx);
    const n = issueNumber(ctx, repo);
    const raw = Array.isArray(ctx.body) ? ctx.body : bodyOf(ctx).labels;
    const names = (Array.isArray(raw) ? raw : [])
      .map((l: unknown) => (typeof l === 'string' ? l : (l as { name?: unknown } | null)?.name))
      .filter((l): l is string => typeof l === 'string');
    const current = repo.issueLabels.get(n) ?? [];
    for (const name of names) {
      if (!repo.labels.has(name)) {
        repo.labels.set(name, { id: ctx.state.id(), name, color: 'ededed', description: null });
      }
      if (!current.includes(name)) current.push(name);
    }
    repo.issueLabels.set(n, current);
    const pr = repo.pulls.get(n);
    if (pr) pr.labels = current;
    return { status: 200, body: current.map((name) => label(repo, repo.labels.get(name)!, ctx.links)) };
  },
};
