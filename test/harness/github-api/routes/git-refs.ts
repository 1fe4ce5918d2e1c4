/** Git references through the REST git-data API (get, matching, create, update, delete) and branches. */
import { ApiError, notFound, validationFailed } from '../errors.js';
import { RefError } from '../refs.js';
import { branchTip } from '../repo-refs.js';
import { gitRef } from '../shapes.js';
import { branchShape } from '../shapes-checks.js';
import type { RepoRecord } from '../state.js';
import { bodyOf, optString, repoOf, type RouteTable } from './context.js';

function invalidRef(message: string): ApiError {
  return validationFailed({ resource: 'Reference', field: 'ref', code: 'custom', message });
}

/** Writes a ref, turning git's refusal (missing object, not a fast-forward) into GitHub's 422. */
function write(repo: RepoRecord, ref: string, sha: string, force: boolean): void {
  try {
    repo.refs.set(ref, sha, { force });
  } catch (error) {
    if (!(error instanceof RefError)) throw error;
    const field = error.message === 'Object does not exist' ? 'sha' : 'ref';
    throw validationFailed({ resource: 'Reference', field, code: 'custom', message: error.message });
  }
}

export const gitRefRoutes: RouteTable = {
  'git/get-ref': (ctx) => {
    const repo = repoOf(ctx);
    const ref = `refs/${ctx.params.ref}`;
    const target = repo.refs.get(ref);
    if (!target) throw notFound();
    return { status: 200, body: gitRef(repo, ref, target, ctx.links) };
  },
  'git/list-matching-refs': (ctx) => {
    const repo = repoOf(ctx);
    const refs = repo.refs.list(`refs/${ctx.params.ref}`);
    return { status: 200, body: refs.map(({ ref, target }) => gitRef(repo, ref, target, ctx.links)) };
  },
  'git/create-ref': (ctx) => {
    const repo = repoOf(ctx);
    const body = bodyOf(ctx);
    const ref = optString(body, 'ref') ?? '';
    const sha = optString(body, 'sha') ?? '';
    if (!/^refs\/[^/]+\/.+/.test(ref)) throw invalidRef(`${ref} is not a valid ref name.`);
    if (repo.refs.get(ref)) throw invalidRef('Reference already exists');
    write(repo, ref, sha, true);
    return {
      status: 201,
      body: gitRef(repo, ref, repo.refs.get(ref)!, ctx.links),
      headers: { location: `${ctx.links.api}/repos/${repo.fullName}/git/${ref}` },
    };
  },
  /** With a real repository a move that is not a fast-forward needs `force`; in memory every move is accepted. */
  'git/update-ref': (ctx) => {
    const repo = repoOf(ctx);
    const ref = `refs/${ctx.params.ref}`;
    const body = bodyOf(ctx);
    if (!repo.refs.get(ref)) throw invalidRef('Reference does not exist');
    write(repo, ref, optString(body, 'sha') ?? '', body.force === true);
    return { status: 200, body: gitRef(repo, ref, repo.refs.get(ref)!, ctx.links) };
  },
  'git/delete-ref': (ctx) => {
    const repo = repoOf(ctx);
    if (!repo.refs.remove(`refs/${ctx.params.ref}`)) throw invalidRef('Reference does not exist');
    return { status: 204 };
  },
  'repos/get-branch': (ctx) => {
    const repo = repoOf(ctx);
    const name = ctx.params.branch ?? '';
    const known = repo.refs.get(`refs/heads/${name}`)?.sha;
    // In memory only the default branch has a tip without being seeded.
    const sha = known ?? (name === repo.defaultBranch ? branchTip(repo, name) : undefined);
    const info = sha ? repo.refs.info(sha) : undefined;
    if (!info) throw new ApiError(404, 'Branch not found');
    return { status: 200, body: branchShape(repo, name, info, ctx.links) };
  },
};
