/**
 * A local, stateful GitHub REST API double for tests, held to GitHub's OpenAPI description.
 *
 * ```ts
 * const api = await startGitHubApi();                  // 127.0.0.1, port chosen at run time
 * api.addRepo('octo/ml', { defaultBranch: 'main' });
 * api.addToken('ghs_workflow', { login: 'github-actions[bot]', type: 'Bot', kind: 'installation' });
 * api.addPullRequest('octo/ml', { number: 7, head: { ref: 'feat', sha: 'a'.repeat(40) }, base: { ref: 'main', sha: 'b'.repeat(40) } });
 * // run the action with GITHUB_API_URL=api.url, GITHUB_TOKEN=ghs_workflow …
 * assert.equal(api.comments('octo/ml', 7).length, 1);
 * assert.deepEqual(api.responseErrors, []);           // the double never answered off-schema
 * await api.close();
 * ```
 *
 * - Every request needs `Authorization: token|Bearer <t>` for a token given to addToken (else 401, GitHub's
 *   shape). `readOnly` tokens (fork PRs) get 403 "Resource not accessible by integration" on every write.
 * - Requests are routed by GitHub's own path templates (npm @octokit/openapi); with `validate` (default) JSON
 *   bodies are checked against the operation's schema (→ 422 "Invalid request.") and every response the
 *   double produces (errors included) is checked too — a mismatch answers 500 and lands in `responseErrors`
 *   (a bug in the double).
 *   Paths GitHub does not have, or operations the double does not implement, answer 404 "Not Found".
 * - Implemented: repos get; issue comments list/get/create/update/delete (bodies > 65,536 chars → 422; editing
 *   another login's comment → 403); issue labels add; pulls get/list/create/update (duplicate head/base → 422
 *   "A pull request already exists for owner:branch."); git refs get/matching/create/update/delete; deployments
 *   create/get/list (omitting `required_contexts` → 409, the pending-check conflict), statuses create/list
 *   (`auto_inactive`); releases create/get/get-by-tag/list/update/delete; `GET /user` (403 unless `kind: 'pat'`);
 *   `POST /graphql` for `query { viewer { login } }` (answers the REST login, `[bot]` suffix included).
 * - State: addRepo first (addPullRequest/seedComments/setRef create a missing repo). Issue numbers exist only
 *   through addPullRequest, seedComments or a created PR — comments on any other number answer 404, as on
 *   GitHub. Branch tips come from setRef / created refs; an unknown branch gets a stable stand-in sha.
 * - Pagination: `per_page` (default 30, max 100) and `page`, with GitHub's `Link` header (next/last/first/prev).
 * - injectFault({ path, status, times }) answers matching requests with GitHub-like error bodies: 403 =
 *   secondary rate limit with `retry-after: 1`, 429 = primary rate limit with reset headers, 5xx = server error;
 *   a fault with only `delayMs` delays the real answer. `times` defaults to every matching request.
 * - `pathPrefix: '/api/v3'` serves a GHES-style base URL (GraphQL then answers at /api/graphql as on GHES).
 */
import { ApiServer, type RecordedRequest } from './server.js';
import type { Fault } from './faults.js';
import { specLoadMs, loadSpec } from './openapi.js';
import { branchSha } from './routes/pulls.js';
import { ApiState, timestamp, type Identity, type RepoOptions, type StoredComment } from './state.js';

export type { RecordedRequest, Fault, Identity, RepoOptions, StoredComment };

export interface GitHubApiOptions {
  /** Validate request and response bodies against GitHub's OpenAPI description (default true). */
  validate?: boolean;
  /** GHES-style prefix such as '/api/v3' (default none, like api.github.com). */
  pathPrefix?: string;
  /** Web URL used in html_url fields (default https://github.com). */
  serverUrl?: string;
}

export interface PullRequestSeed {
  number: number;
  head: { ref: string; sha: string; repoFullName?: string };
  base: { ref: string; sha: string };
  title?: string;
  body?: string;
  user?: string;
  state?: 'open' | 'closed';
}

export interface CommentSeed {
  body: string;
  login: string;
  type?: 'Bot' | 'User';
}

export interface GitHubApiDouble {
  /** Base URL for GITHUB_API_URL, e.g. http://127.0.0.1:41234 (plus the prefix when one is set). */
  url: string;
  /** Every request in arrival order. */
  requests: RecordedRequest[];
  /** Responses the double produced that broke GitHub's schema; tests should assert this stays empty. */
  responseErrors: string[];
  resetLog(): void;
  addRepo(fullName: string, opts?: RepoOptions): void;
  addToken(token: string, identity: Identity): void;
  addPullRequest(fullName: string, pr: PullRequestSeed): void;
  /** Makes issue `issueNumber` exist (if needed) and adds comments in order, oldest first. */
  seedComments(fullName: string, issueNumber: number, comments: CommentSeed[]): void;
  comments(fullName: string, issueNumber: number): StoredComment[];
  /** Sets a branch/tag tip the refs and PR routes see (e.g. 'refs/heads/main'). */
  setRef(fullName: string, ref: string, sha: string): void;
  injectFault(fault: Fault): void;
  clearFaults(): void;
  close(): Promise<void>;
}

function repoFor(state: ApiState, fullName: string) {
  const [owner = '', name = ''] = fullName.split('/');
  return state.repo(owner, name) ?? state.addRepo(fullName);
}

export async function startGitHubApi(options: GitHubApiOptions = {}): Promise<GitHubApiDouble> {
  const prefix = (options.pathPrefix ?? '').replace(/\/+$/, '');
  if (prefix && !prefix.startsWith('/')) throw new Error(`pathPrefix must start with "/": ${prefix}`);
  loadSpec();
  const state = new ApiState();
  const server = new ApiServer(state, {
    validate: options.validate ?? true,
    pathPrefix: prefix,
    serverUrl: options.serverUrl ?? 'https://github.com',
  });
  await server.listen();
  return {
    url: server.url,
    requests: server.requests,
    responseErrors: server.responseErrors,
    resetLog: () => {
      server.requests.length = 0;
    },
    addRepo: (fullName, opts) => void state.addRepo(fullName, opts),
    addToken: (token, identity) => {
      state.tokens.set(token, { ...identity });
      state.user(identity.login, identity.type);
    },
    addPullRequest: (fullName, seed) => {
      const repo = repoFor(state, fullName);
      const headRepo = seed.head.repoFullName ? repoFor(state, seed.head.repoFullName) : repo;
      const now = timestamp();
      const user = seed.user ?? headRepo.owner;
      state.user(user);
      repo.issueNumbers.add(seed.number);
      repo.pulls.set(seed.number, {
        number: seed.number,
        id: state.id(),
        title: seed.title ?? `PR #${seed.number}`,
        body: seed.body ?? null,
        state: seed.state ?? 'open',
        draft: false,
        maintainerCanModify: true,
        head: { ref: seed.head.ref, sha: seed.head.sha, repoFullName: headRepo.fullName },
        base: { ref: seed.base.ref, sha: seed.base.sha ?? branchSha(repo, seed.base.ref) },
        user,
        labels: [],
        createdAt: now,
        updatedAt: now,
        closedAt: seed.state === 'closed' ? now : null,
      });
    },
    seedComments: (fullName, issueNumber, seeds) => {
      const repo = repoFor(state, fullName);
      repo.issueNumbers.add(issueNumber);
      for (const seed of seeds) {
        const user = state.user(seed.login, seed.type);
        const now = timestamp();
        repo.comments.push({
          id: state.id(),
          issueNumber,
          body: seed.body,
          login: seed.login,
          type: user.type,
          createdAt: now,
          updatedAt: now,
        });
      }
    },
    comments: (fullName, issueNumber) => {
      const [owner = '', name = ''] = fullName.split('/');
      const repo = state.repo(owner, name);
      return (repo?.comments ?? []).filter((c) => c.issueNumber === issueNumber).map((c) => ({ ...c }));
    },
    setRef: (fullName, ref, sha) => {
      repoFor(state, fullName).refs.set(ref, sha);
    },
    injectFault: (fault) => server.faults.add(fault),
    clearFaults: () => server.faults.clear(),
    close: () => server.close(),
  };
}

/** Milliseconds this process spent loading GitHub's OpenAPI description (for the harness's own checks). */
export { specLoadMs };
