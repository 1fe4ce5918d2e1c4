/** Pull requests: get, list (head/base/state filters), create (GitHub's 403 and 422 walls), update. */
import { ApiError, notFound, tooLong, validationFailed } from '../errors.js';
import { closeItem, reopenItem } from '../lifecycle.js';
import { branchTip, commitOf, pullShas } from '../repo-refs.js';
import { pull } from '../shapes-issue.js';
import { timestamp, type ApiState, type PullRecord, type RepoRecord } from '../state.js';
import {
  bodyOf,
  direction,
  intParam,
  optString,
  paginate,
  repoOf,
  type RouteContext,
  type RouteTable,
} from './context.js';
import { ISSUE_BODY_MAX } from './issues.js';

export const PR_BODY_MAX = ISSUE_BODY_MAX;

export function findPull(ctx: RouteContext, repo: RepoRecord): PullRecord {
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

function invalidField(field: 'head' | 'base'): ApiError {
  return validationFailed({ resource: 'PullRequest', field, code: 'invalid' });
}

export const pullRoutes: RouteTable = {
  'pulls/get': (ctx) => {
    const repo = repoOf(ctx);
    return { status: 200, body: pull(ctx.state, repo, findPull(ctx, repo), ctx.links, true) };
  },
  /**
   * GitHub's quirk kept: `head` filters only in the `owner:branch` form; a bare branch name is ignored and
   * every PR comes back.
   */
  'pulls/list': (ctx) => {
    const repo = repoOf(ctx);
    const state = ctx.query.get('state') ?? 'open';
    const head = ctx.query.get('head');
    const base = ctx.query.get('base');
    const sort = ctx.query.get('sort') ?? 'created';
    const dir = direction(ctx, sort === 'created' ? 'desc' : 'asc');
    const key = (p: PullRecord): string | number => (sort === 'updated' ? p.updatedAt : p.number);
    const items = [...repo.pulls.values()]
      .filter((p) => state === 'all' || p.state === state)
      .filter((p) => !head?.includes(':') || headLabel(p).toLowerCase() === head.toLowerCase())
      .filter((p) => !base || p.base.ref === base)
      .sort((a, b) => {
        const order = key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a.number - b.number;
        return dir === 'asc' ? order : -order;
      });
    return paginate(ctx, items, (p) => pull(ctx.state, repo, p, ctx.links, false));
  },
  /**
   * The pull requests a commit belongs to: merged ones whose merge commit it is, and those whose head it is
   * (GitHub also lists PRs that merely contain it; the double knows only these two).
   */
  'repos/list-pull-requests-associated-with-commit': (ctx) => {
    const repo = repoOf(ctx);
    const sha = commitOf(repo, ctx.params.commit_sha ?? '') ?? ctx.params.commit_sha ?? '';
    const items = [...repo.pulls.values()]
      .filter((p) => p.mergeCommitSha === sha || pullShas(ctx.state, repo, p).head === sha)
      .sort((a, b) => b.number - a.number);
    return paginate(ctx, items, (p) => pull(ctx.state, repo, p, ctx.links, false));
  },
  'pulls/create': (ctx) => {
    const repo = repoOf(ctx);
    const body = bodyOf(ctx);
    // The repository setting binds the workflow's own token only; app and personal tokens may still create.
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
    const headSha = branchTip(head.repo, head.ref);
    if (!headSha) throw invalidField('head');
    const baseSha = branchTip(repo, base);
    if (!baseSha) throw invalidField('base');
    // With git: nothing on head that base lacks (head behind base included); in memory: the same tip.
    const ahead = head.repo === repo ? repo.refs.ahead(baseSha, headSha) : undefined;
    if (ahead === 0 || headSha === baseSha) {
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
      stateReason: null,
      draft: body.draft === true,
      maintainerCanModify: body.maintainer_can_modify !== false,
      head: { ref: head.ref, sha: headSha, repoFullName: head.repo.fullName },
      base: { ref: base, sha: baseSha },
      user: ctx.identity.login,
      labels: [],
      assignees: [],
      requestedReviewers: [],
      requestedTeams: [],
      createdAt: now,
      updatedAt: now,
      closedAt: null,
      closedBy: null,
      mergedAt: null,
      mergeCommitSha: null,
      mergedBy: null,
      unresolvedCalls: ctx.state.nodeLag,
    };
    ctx.state.user(ctx.identity.login, ctx.identity.type);
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
    const base = optString(body, 'base');
    const baseSha = base === undefined ? undefined : branchTip(repo, base);
    if (base !== undefined && !baseSha) throw invalidField('base');
    const state = optString(body, 'state');
    // Reopening can be refused (merged, head branch gone): decide it before anything changes.
    if (state === 'open') reopenItem(ctx.state, repo, pr);
    const title = optString(body, 'title');
    if (title !== undefined) pr.title = title;
    if (text !== undefined) pr.body = text;
    if (base !== undefined && baseSha) pr.base = { ref: base, sha: baseSha };
    if (typeof body.maintainer_can_modify === 'boolean') pr.maintainerCanModify = body.maintainer_can_modify;
    if (state === 'closed') closeItem(ctx.state, repo, pr, { by: ctx.identity.login });
    pr.updatedAt = timestamp();
    return { status: 200, body: pull(ctx.state, repo, pr, ctx.links, true) };
  },
};
