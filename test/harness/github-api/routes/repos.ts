/** Repository metadata and the authenticated user (who "we" are depends on the token kind). */
import { ApiError } from '../errors.js';
import { privateUser, repository } from '../shapes-repo.js';
import { repoOf, type RouteTable } from './context.js';

export const repoRoutes: RouteTable = {
  'repos/get': (ctx) => ({ status: 200, body: repository(ctx.state, repoOf(ctx), ctx.links) }),
  /** Installation and app tokens are not users: GitHub answers 403, only a PAT gets its user back. */
  'users/get-authenticated': (ctx) => {
    if (ctx.identity.kind !== 'pat') throw new ApiError(403, 'Resource not accessible by integration');
    const user = ctx.state.user(ctx.identity.login, ctx.identity.type);
    return { status: 200, body: privateUser(user, ctx.links, '2020-01-01T00:00:00Z') };
  },
};
