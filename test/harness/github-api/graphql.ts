/**
 * The one GraphQL query actions ask of the double: `query { viewer { login } }`.
 * Choice: viewer.login is the REST login, `[bot]` suffix included (`github-actions[bot]` for the workflow
 * token), which is why sticky-pull-request-comment strips `[bot]` before comparing with GraphQL comment authors.
 */
import type { Reply } from './routes/context.js';
import type { Identity } from './state.js';

export function graphql(identity: Identity, body: unknown): Reply {
  const query = (body as { query?: unknown } | undefined)?.query;
  if (typeof query !== 'string') {
    return {
      status: 400,
      body: { message: 'Problems parsing JSON', documentation_url: 'https://docs.github.com/graphql' },
    };
  }
  if (/\bviewer\s*\{[^}]*\blogin\b/.test(query) && !/\bmutation\b/.test(query)) {
    return { status: 200, body: { data: { viewer: { login: identity.login } } } };
  }
  return {
    status: 200,
    body: { errors: [{ message: 'The GitHub API double answers only `query { viewer { login } }`.' }] },
  };
}
