/** Issues: create, get, update (title, body, state, labels, assignees), list with filters, assignees. */
import { tooLong, validationFailed } from '../errors.js';
import { closeItem, reopenItem } from '../lifecycle.js';
import { issue } from '../shapes-issue.js';
import { timestamp, type IssueFields, type IssueRecord, type RepoRecord } from '../state.js';
import {
  bodyOf,
  direction,
  optString,
  paginate,
  repoOf,
  type RouteContext,
  type RouteTable,
} from './context.js';
import { addLabels, findIssue, isCollaborator, labelNames, resolveNode } from './issue-common.js';

/** Issue and PR bodies: at most 65,536 characters. */
export const ISSUE_BODY_MAX = 65_536;

/** Assignees named in a create/update body; a login that cannot be assigned is GitHub's 422. */
function assigneesOf(repo: RepoRecord, body: Record<string, unknown>): string[] | undefined {
  const many = Array.isArray(body.assignees) ? (body.assignees as unknown[]) : undefined;
  const one = 'assignee' in body ? [body.assignee] : undefined;
  const list = (many ?? one)?.filter((a): a is string => typeof a === 'string' && a !== '');
  for (const login of list ?? []) {
    if (!isCollaborator(repo, login)) {
      throw validationFailed({ resource: 'Issue', field: 'assignees', code: 'invalid', value: login });
    }
  }
  return list ? [...new Set(list)] : undefined;
}

function titleOf(body: Record<string, unknown>): string | undefined {
  const t = body.title;
  return typeof t === 'string' || typeof t === 'number' ? String(t) : undefined;
}

function matches(ctx: RouteContext, item: IssueFields): boolean {
  const q = ctx.query;
  const state = q.get('state') ?? 'open';
  if (state !== 'all' && item.state !== state) return false;
  const labels = (q.get('labels') ?? '').split(',').map((l) => l.trim().toLowerCase());
  if (labels.some((l) => l && !item.labels.includes(l))) return false;
  const creator = q.get('creator');
  if (creator && item.user.toLowerCase() !== creator.toLowerCase()) return false;
  const assignee = q.get('assignee');
  if (assignee === 'none' && item.assignees.length > 0) return false;
  if (assignee === '*' && item.assignees.length === 0) return false;
  if (assignee && assignee !== 'none' && assignee !== '*') {
    if (!item.assignees.some((a) => a.toLowerCase() === assignee.toLowerCase())) return false;
  }
  const since = q.get('since');
  return !since || item.updatedAt >= since;
}

function sortKey(ctx: RouteContext, repo: RepoRecord, item: IssueFields): number | string {
  const sort = ctx.query.get('sort');
  if (sort === 'updated') return item.updatedAt;
  if (sort === 'comments') return repo.comments.filter((c) => c.issueNumber === item.number).length;
  return item.number;
}

export const issueRoutes: RouteTable = {
  'issues/create': (ctx) => {
    const repo = repoOf(ctx);
    const body = bodyOf(ctx);
    const text = optString(body, 'body') ?? null;
    tooLong('Issue', 'body', ISSUE_BODY_MAX, text ?? undefined);
    const assignees = assigneesOf(repo, body) ?? [];
    const now = timestamp();
    const record: IssueRecord = {
      number: ctx.state.nextIssueNumber(repo),
      id: ctx.state.id(),
      title: titleOf(body) ?? '',
      body: text,
      state: 'open',
      stateReason: null,
      user: ctx.identity.login,
      labels: [],
      assignees,
      createdAt: now,
      updatedAt: now,
      closedAt: null,
      closedBy: null,
    };
    addLabels(ctx.state, repo, record, labelNames(body));
    ctx.state.user(ctx.identity.login, ctx.identity.type);
    repo.issues.set(record.number, record);
    return {
      status: 201,
      body: issue(ctx.state, repo, record, ctx.links),
      headers: { location: `${ctx.links.api}/repos/${repo.fullName}/issues/${record.number}` },
    };
  },
  'issues/get': (ctx) => {
    const repo = repoOf(ctx);
    return { status: 200, body: issue(ctx.state, repo, findIssue(ctx, repo), ctx.links) };
  },
  /** Works on PR numbers too (a PR is an issue); labels and assignees given here replace the current ones. */
  'issues/update': (ctx) => {
    const repo = repoOf(ctx);
    const item = findIssue(ctx, repo);
    const body = bodyOf(ctx);
    const text = optString(body, 'body');
    tooLong('Issue', 'body', ISSUE_BODY_MAX, text);
    const assignees = assigneesOf(repo, body);
    const state = optString(body, 'state');
    // Reopening can be refused (merged PR): decide it before anything changes.
    if (state === 'open') reopenItem(ctx.state, repo, item);
    const title = titleOf(body);
    if (title !== undefined) item.title = title;
    if (text !== undefined) item.body = text;
    if (body.body === null) item.body = null;
    if (assignees) item.assignees = assignees;
    if (Array.isArray(body.labels)) {
      item.labels = [];
      addLabels(ctx.state, repo, item, labelNames(body));
    }
    const reason = optString(body, 'state_reason');
    if (state === 'closed') {
      closeItem(ctx.state, repo, item, {
        by: ctx.identity.login,
        reason: reason === 'not_planned' || reason === 'duplicate' ? reason : 'completed',
      });
    }
    item.updatedAt = timestamp();
    return { status: 200, body: issue(ctx.state, repo, item, ctx.links) };
  },
  /** Pull requests are issues too and are listed with a `pull_request` key, as on GitHub. */
  'issues/list-for-repo': (ctx) => {
    const repo = repoOf(ctx);
    const dir = direction(ctx, 'desc');
    const items = [...repo.issues.values(), ...repo.pulls.values()]
      .filter((item) => matches(ctx, item))
      .map((item) => ({ item, key: sortKey(ctx, repo, item) }))
      .sort((a, b) => {
        const order = a.key < b.key ? -1 : a.key > b.key ? 1 : a.item.number - b.item.number;
        return dir === 'asc' ? order : -order;
      })
      .map(({ item }) => item);
    return paginate(ctx, items, (item) => issue(ctx.state, repo, item, ctx.links));
  },
  /** Logins that cannot be assigned are silently ignored here (unlike create/update). */
  'issues/add-assignees': (ctx) => {
    const repo = repoOf(ctx);
    const item = findIssue(ctx, repo);
    resolveNode(repo, item, 'Issue');
    const raw = bodyOf(ctx).assignees;
    for (const a of Array.isArray(raw) ? raw : []) {
      const login = typeof a === 'string' ? a : (a as { login?: unknown } | null)?.login;
      if (typeof login !== 'string' || !isCollaborator(repo, login)) continue;
      if (item.assignees.length < 10 && !item.assignees.includes(login)) item.assignees.push(login);
    }
    item.updatedAt = timestamp();
    return { status: 201, body: issue(ctx.state, repo, item, ctx.links) };
  },
  'issues/remove-assignees': (ctx) => {
    const repo = repoOf(ctx);
    const item = findIssue(ctx, repo);
    resolveNode(repo, item, 'Issue');
    const raw = bodyOf(ctx).assignees;
    const gone = new Set((Array.isArray(raw) ? raw : []).map((a) => String(a).toLowerCase()));
    item.assignees = item.assignees.filter((a) => !gone.has(a.toLowerCase()));
    item.updatedAt = timestamp();
    return { status: 200, body: issue(ctx.state, repo, item, ctx.links) };
  },
};
