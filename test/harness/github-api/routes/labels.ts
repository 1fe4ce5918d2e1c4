/** Repository labels (list, get, create) and the labels of an issue or PR (list, add, set, remove). */
import { ApiError, notFound, tooLong, validationFailed } from '../errors.js';
import { label } from '../shapes.js';
import { timestamp, type IssueFields, type RepoRecord } from '../state.js';
import { bodyOf, optString, paginate, repoOf, type RouteContext, type RouteTable } from './context.js';
import { addLabels, findIssue, labelNames, resolveNode } from './issue-common.js';

const COLOR = /^[0-9a-fA-F]{6}$/;

function issueLabels(ctx: RouteContext, repo: RepoRecord, item: IssueFields) {
  return item.labels
    .map((key) => repo.labels.get(key))
    .filter((l) => l !== undefined)
    .map((l) => label(repo, l, ctx.links));
}

export const labelRoutes: RouteTable = {
  'issues/list-labels-for-repo': (ctx) => {
    const repo = repoOf(ctx);
    const all = [...repo.labels.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return paginate(ctx, all, ([, l]) => label(repo, l, ctx.links));
  },
  'issues/get-label': (ctx) => {
    const repo = repoOf(ctx);
    const found = repo.labels.get((ctx.params.name ?? '').toLowerCase());
    if (!found) throw notFound();
    return { status: 200, body: label(repo, found, ctx.links) };
  },
  'issues/create-label': (ctx) => {
    const repo = repoOf(ctx);
    const body = bodyOf(ctx);
    const name = optString(body, 'name') ?? '';
    if (repo.labels.has(name.toLowerCase())) {
      throw validationFailed({ resource: 'Label', code: 'already_exists', field: 'name' });
    }
    const color = optString(body, 'color') ?? 'ededed';
    if (!COLOR.test(color)) throw validationFailed({ resource: 'Label', code: 'invalid', field: 'color' });
    const description = optString(body, 'description') ?? null;
    tooLong('Label', 'description', 100, description ?? undefined);
    const record = { id: ctx.state.id(), name, color, description };
    repo.labels.set(name.toLowerCase(), record);
    return {
      status: 201,
      body: label(repo, record, ctx.links),
      headers: { location: `${ctx.links.api}/repos/${repo.fullName}/labels/${encodeURIComponent(name)}` },
    };
  },
  'issues/list-labels-on-issue': (ctx) => {
    const repo = repoOf(ctx);
    const item = findIssue(ctx, repo);
    return paginate(ctx, issueLabels(ctx, repo, item), (l) => l);
  },
  /** Labels the repository lacks are created, as GitHub does. */
  'issues/add-labels': (ctx) => {
    const repo = repoOf(ctx);
    const item = findIssue(ctx, repo);
    resolveNode(repo, item, 'Label');
    addLabels(ctx.state, repo, item, labelNames(ctx.body));
    item.updatedAt = timestamp();
    return { status: 200, body: issueLabels(ctx, repo, item) };
  },
  'issues/set-labels': (ctx) => {
    const repo = repoOf(ctx);
    const item = findIssue(ctx, repo);
    resolveNode(repo, item, 'Label');
    item.labels = [];
    addLabels(ctx.state, repo, item, labelNames(ctx.body));
    item.updatedAt = timestamp();
    return { status: 200, body: issueLabels(ctx, repo, item) };
  },
  'issues/remove-label': (ctx) => {
    const repo = repoOf(ctx);
    const item = findIssue(ctx, repo);
    resolveNode(repo, item, 'Label');
    const key = (ctx.params.name ?? '').toLowerCase();
    if (!item.labels.includes(key)) throw new ApiError(404, 'Label does not exist');
    item.labels = item.labels.filter((l) => l !== key);
    item.updatedAt = timestamp();
    return { status: 200, body: issueLabels(ctx, repo, item) };
  },
  'issues/remove-all-labels': (ctx) => {
    const repo = repoOf(ctx);
    const item = findIssue(ctx, repo);
    item.labels = [];
    item.updatedAt = timestamp();
    return { status: 204 };
  },
};
