/** Pull requests: get, list (head/base/state filters), create (422 on a duplicate head/base), update. */
import { createHash } from 'node:crypto';
import { ApiError, notFound, tooLong, validationFailed } from '../errors.js';
import { pull } from '../shapes.js';
import { timestamp, type ApiState, type PullRecord, type RepoRecord } from '../state.js';
import {
  bodyOf,
  intParam,
  optString,
  paginate,
  repoOf,
  type RouteContext,
  type RouteTable,
} from './context.js';

export const PR_BODY_MAX = 65_536;

/** The branch tip from the refs the double knows, else a stable stand-in so tests need not seed every ref. */
export function branchSha(repo: RepoRecord, branch: string): string {
  return (
    repo.refs.get(`refs/heads/${branch}`) ??
    createHash('sha1').update(`${repo.fullName}:${branch}`).digest('hex')
  );
}

function findPull(ctx: RouteContext, repo: RepoRecord): PullRecord {
  const pr = repo.pulls.get(intParam(ctx, 'pull_number'));
  if (!pr) throw notFound();
  return pr;
}

function headLabel(pr: PullRecord): string {
  return `${pr.head.repoFullName.split('/')[0]}:${pr.head.ref}`;
}

/** `head` is `branch` or `owner:branch` (a fork's branch); the fork repository is created on demand. */
function resolveHead(state: ApiState, repo: RepoRecord, head: string): { repo: RepoRecord; ref: string } {
  const colon = head.indexOf(':');
  if (colon < 0) return { repo, ref: head };
  const owner = head.slice(0, colon);
  const ref = head.slice(colon + 1);
  if (owner.toLowerCase() === repo.owner.toLowerCase()) return { repo, ref };
  return { repo: state.repo(owner, repo.name) ?? state.addRepo(`${owner}/${repo.name}`), ref };
}

export const pullRoutes: RouteTable = {
  'pulls/get': (ctx) => {
    const repo = repoOf(ctx);
    return { status: 200, body: pull(ctx.state, repo, findPull(ctx, repo), ctx.links, true) };
  },
  'pulls/list': (ctx) => {
    const repo = repoOf(ctx);
    const state = ctx.query.get('state') ?? 'open';
    const head = ctx.query.get('head');
    const base = ctx.query.get('base');
    const direction =
      ctx.query.get('direction') ??
      (ctx.query.get('sort') === 'created' || !ctx.query.get('sort') ? 'desc' : 'asc');
    const items = [...repo.pulls.values()]
      .filter((p) => state === 'all' || p.state === state)
      .filter(
        (p) =>
          !head ||
          headLabel(p).toLowerCase() === (head.includes(':') ? head : `${repo.owner}:${head}`).toLowerCase(),
      )
      .filter((p) => !base || p.base.ref === base)
      .sort((a, b) => (direction === 'asc' ? a.number - b.number : b.number - a.number));
    return paginate(ctx, items, (p) => pull(ctx.state, repo, p, ctx.links, false));
  },
  'pulls/create': (ctx) => {
    const repo = repoOf(ctx);
    const body = bodyOf(ctx);
    if (!repo.actionsCanCreatePullRequests && ctx.identity.login === 'github-actions[bot]') {
      throw new ApiError(403, 'GitHub Actions is not permitted to create or approve pull requests.');
    }
    const title = optString(body, 'title');
    if (!title) throw validationFailed({ resource: 'PullRequest', field: 'title', code: 'missing_field' });
    const text = optString(body, 'body') ?? null;
    tooLong('Issue', 'body', PR_BODY_MAX, text ?? undefined);
    const base = String(body.base);
    const head = resolveHead(ctx.state, repo, String(body.head));
    const label = `${head.repo.owner}:${head.ref}`;
    const duplicate = [...repo.pulls.values()].find(
      (p) => p.state === 'open' && p.base.ref === base && headLabel(p).toLowerCase() === label.toLowerCase(),
    );
    if (duplicate) {
      throw validationFailed({
        resource: 'PullRequest',
        code: 'custom',
        message: `A pull request already exists for ${label}.`,
      });
    }
    const headSha = branchSha(head.repo, head.ref);
    const baseSha = branchSha(repo, base);
    if (headSha === baseSha) {
      throw validationFailed({
        resource: 'PullRequest',
        code: 'custom',
        message: `No commits between ${base} and ${head.ref}`,
      });
    }
    const now = timestamp();
    const number = ctx.state.nextIssueNumber(repo);
    const pr: PullRecord = {
      number,
      id: ctx.state.id(),
      title,
      body: text,
      state: 'open',
      draft: body.draft === true,
      maintainerCanModify: body.maintainer_can_modify !== false,
      head: { ref: head.ref, sha: headSha, repoFullName: head.repo.fullName },
      base: { ref: base, sha: baseSha },
      user: ctx.identity.login,
      labels: [],
      createdAt: now,
      updatedAt: now,
      closedAt: null,
    };
    ctx.state.user(ctx.identity.login, ctx.identity.type);
    repo.issueNumbers.add(number);
    repo.pulls.set(number, pr);
    return {
      status: 201,
      body: pull(ctx.state, repo, pr, ctx.links, true),
      headers: { location: `${ctx.links.api}/repos/${repo.fullName}/pulls/${number}` },
    };
  },
  'pulls/update': (ctx) => {
    const repo = repoOf(ctx);
    const pr = findPull(ctx, repo);
    const body = bodyOf(ctx);
    const text = optString(body, 'body');
    tooLong('Issue', 'body', PR_BODY_MAX, text);
    const title = optString(body, 'title');
    if (title !== undefined) pr.title = title;
    if (text !== undefined) pr.body = text;
    const base = optString(body, 'base');
    if (base !== undefined) pr.base = { ref: base, sha: branchSha(repo, base) };
    if (typeof body.maintainer_can_modify === 'boolean') pr.maintainerCanModify = body.maintainer_can_modify;
    const state = optString(body, 'state');
    if (state === 'open' || state === 'closed') {
      pr.closedAt = state === 'closed' ? (pr.state === 'closed' ? pr.closedAt : timestamp()) : null;
      pr.state = state;
    }
    pr.updatedAt = timestamp();
    return { status: 200, body: pull(ctx.state, repo, pr, ctx.links, true) };
  },
};
