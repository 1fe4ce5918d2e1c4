/**
 * Releases: create (422 on a duplicate tag; a missing tag is created at target_commitish), get by id or tag,
 * latest (make_latest true/false/legacy), list, update, delete.
 */
import { notFound, tooLong, validationFailed } from '../errors.js';
import { latestRelease, markLatest } from '../release-latest.js';
import { commitOf } from '../repo-refs.js';
import { release } from '../shapes-deploy.js';
import { timestamp, type ReleaseRecord, type RepoRecord } from '../state.js';
import {
  bodyOf,
  intParam,
  optString,
  paginate,
  repoOf,
  type RouteContext,
  type RouteTable,
} from './context.js';

export const RELEASE_BODY_MAX = 125_000;

function findRelease(ctx: RouteContext, repo: RepoRecord): ReleaseRecord {
  const r = repo.releases.find((x) => x.id === intParam(ctx, 'release_id'));
  if (!r) throw notFound();
  return r;
}

function tagTaken(repo: RepoRecord, tag: string, except?: ReleaseRecord): void {
  if (repo.releases.some((r) => r !== except && r.tagName === tag)) {
    throw validationFailed({ resource: 'Release', code: 'already_exists', field: 'tag_name' });
  }
}

/**
 * Publishing a release whose tag does not exist creates a lightweight tag at target_commitish (in the real
 * repository when one is attached). Drafts get their tag only when published. An unknown commitish is 422.
 */
function ensureTag(repo: RepoRecord, r: ReleaseRecord): void {
  if (r.draft || repo.refs.get(`refs/tags/${r.tagName}`)) return;
  const sha = commitOf(repo, r.targetCommitish);
  if (!sha) throw validationFailed({ resource: 'Release', code: 'invalid', field: 'target_commitish' });
  repo.refs.set(`refs/tags/${r.tagName}`, sha, { force: true });
}

function makeLatestOf(body: Record<string, unknown>): 'true' | 'false' | 'legacy' | undefined {
  const v = body.make_latest;
  return v === 'true' || v === 'false' || v === 'legacy' ? v : undefined;
}

export const releaseRoutes: RouteTable = {
  'repos/create-release': (ctx) => {
    const repo = repoOf(ctx);
    const body = bodyOf(ctx);
    const tagName = String(body.tag_name);
    tagTaken(repo, tagName);
    const text = optString(body, 'body') ?? null;
    tooLong('Release', 'body', RELEASE_BODY_MAX, text ?? undefined);
    const draft = body.draft === true;
    const now = timestamp();
    const r: ReleaseRecord = {
      id: ctx.state.id(),
      tagName,
      targetCommitish: optString(body, 'target_commitish') ?? repo.defaultBranch,
      name: optString(body, 'name') ?? tagName,
      body: text,
      draft,
      prerelease: body.prerelease === true,
      author: ctx.identity.login,
      createdAt: now,
      publishedAt: draft ? null : now,
    };
    ensureTag(repo, r);
    repo.releases.push(r);
    markLatest(repo, r, makeLatestOf(body) ?? 'true');
    return {
      status: 201,
      body: release(ctx.state, repo, r, ctx.links),
      headers: { location: `${ctx.links.api}/repos/${repo.fullName}/releases/${r.id}` },
    };
  },
  'repos/get-release': (ctx) => {
    const repo = repoOf(ctx);
    return { status: 200, body: release(ctx.state, repo, findRelease(ctx, repo), ctx.links) };
  },
  /** Drafts have no tag yet, so GitHub does not find them by tag. */
  'repos/get-release-by-tag': (ctx) => {
    const repo = repoOf(ctx);
    const r = repo.releases.find((x) => x.tagName === ctx.params.tag && !x.draft);
    if (!r) throw notFound();
    return { status: 200, body: release(ctx.state, repo, r, ctx.links) };
  },
  'repos/get-latest-release': (ctx) => {
    const repo = repoOf(ctx);
    const r = latestRelease(repo);
    if (!r) throw notFound();
    return { status: 200, body: release(ctx.state, repo, r, ctx.links) };
  },
  'repos/list-releases': (ctx) => {
    const repo = repoOf(ctx);
    return paginate(ctx, [...repo.releases].reverse(), (r) => release(ctx.state, repo, r, ctx.links));
  },
  'repos/update-release': (ctx) => {
    const repo = repoOf(ctx);
    const r = findRelease(ctx, repo);
    const body = bodyOf(ctx);
    const tagName = optString(body, 'tag_name');
    if (tagName !== undefined) tagTaken(repo, tagName, r);
    const text = optString(body, 'body');
    tooLong('Release', 'body', RELEASE_BODY_MAX, text);
    const publishing = r.draft && body.draft === false;
    if (tagName !== undefined) r.tagName = tagName;
    if (text !== undefined) r.body = text;
    const name = optString(body, 'name');
    if (name !== undefined) r.name = name;
    const target = optString(body, 'target_commitish');
    if (target !== undefined) r.targetCommitish = target;
    if (typeof body.prerelease === 'boolean') r.prerelease = body.prerelease;
    if (typeof body.draft === 'boolean') r.draft = body.draft;
    if (publishing) r.publishedAt = timestamp();
    ensureTag(repo, r);
    // Omitted make_latest changes nothing, except that a release being published defaults to latest.
    const makeLatest = makeLatestOf(body) ?? (publishing ? 'true' : undefined);
    if (makeLatest) markLatest(repo, r, makeLatest);
    return { status: 200, body: release(ctx.state, repo, r, ctx.links) };
  },
  /** The tag stays, as on GitHub. */
  'repos/delete-release': (ctx) => {
    const repo = repoOf(ctx);
    const r = findRelease(ctx, repo);
    repo.releases.splice(repo.releases.indexOf(r), 1);
    if (repo.latestReleaseId === r.id) repo.latestReleaseId = undefined;
    return { status: 204 };
  },
};
