/** Git references through the REST git-data API: get, matching, create, update, delete. */
import { notFound, validationFailed } from '../errors.js';
import { gitRef } from '../shapes.js';
import { bodyOf, optString, repoOf, type RouteTable } from './context.js';

const SHA = /^[0-9a-f]{40}$/;

function invalidRef(message: string): Error {
  return validationFailed({ resource: 'Reference', field: 'ref', code: 'custom', message });
}

export const gitRefRoutes: RouteTable = {
  'git/get-ref': (ctx) => {
    const repo = repoOf(ctx);
    const ref = `refs/${ctx.params.ref}`;
    const sha = repo.refs.get(ref);
    if (!sha) throw notFound();
    return { status: 200, body: gitRef(repo, ref, sha, ctx.links) };
  },
  'git/list-matching-refs': (ctx) => {
    const repo = repoOf(ctx);
    const prefix = `refs/${ctx.params.ref}`;
    const refs = [...repo.refs.entries()]
      .filter(([ref]) => ref.startsWith(prefix))
      .sort(([a], [b]) => a.localeCompare(b));
    return { status: 200, body: refs.map(([ref, sha]) => gitRef(repo, ref, sha, ctx.links)) };
  },
  'git/create-ref': (ctx) => {
    const repo = repoOf(ctx);
    const body = bodyOf(ctx);
    const ref = optString(body, 'ref') ?? '';
    const sha = optString(body, 'sha') ?? '';
    if (!/^refs\/[^/]+\/.+/.test(ref)) {
      throw invalidRef(`${ref} is not a valid ref name.`);
    }
    if (!SHA.test(sha))
      throw validationFailed({
        resource: 'Reference',
        field: 'sha',
        code: 'custom',
        message: 'Object does not exist',
      });
    if (repo.refs.has(ref)) throw invalidRef('Reference already exists');
    repo.refs.set(ref, sha);
    return {
      status: 201,
      body: gitRef(repo, ref, sha, ctx.links),
      headers: { location: `${ctx.links.api}/repos/${repo.fullName}/git/${ref}` },
    };
  },
  'git/update-ref': (ctx) => {
    const repo = repoOf(ctx);
    const ref = `refs/${ctx.params.ref}`;
    const sha = optString(bodyOf(ctx), 'sha') ?? '';
    if (!repo.refs.has(ref)) throw invalidRef('Reference does not exist');
    if (!SHA.test(sha))
      throw validationFailed({
        resource: 'Reference',
        field: 'sha',
        code: 'custom',
        message: 'Object does not exist',
      });
    // Without commit objects the double cannot tell a fast-forward from a rewrite, so `force` is accepted as is.
    repo.refs.set(ref, sha);
    return { status: 200, body: gitRef(repo, ref, sha, ctx.links) };
  },
  'git/delete-ref': (ctx) => {
    const repo = repoOf(ctx);
    const ref = `refs/${ctx.params.ref}`;
    if (!repo.refs.delete(ref)) throw invalidRef('Reference does not exist');
    return { status: 204 };
  },
};
