/**
 * A local, stateful GitHub REST API double for tests, held to GitHub's OpenAPI description.
 *
 * ```ts
 * const api = await startGitHubApi();                  // 127.0.0.1, port chosen at run time
 * api.addRepo('octo/ml', { defaultBranch: 'main' });   // or { gitDir: origin } to follow a real bare repo
 * api.addToken('ghs_workflow', { login: 'github-actions[bot]', type: 'Bot', kind: 'installation' });
 * api.addPullRequest('octo/ml', { number: 7, head: { ref: 'feat', sha: 'a'.repeat(40) }, base: { ref: 'main', sha: 'b'.repeat(40) } });
 * // run the action with GITHUB_API_URL=api.url, GITHUB_TOKEN=ghs_workflow …
 * assert.equal(api.comments('octo/ml', 7).length, 1);
 * assert.deepEqual(api.countByRoute(api.writes()), { 'issues/create-comment': 1 });
 * assert.deepEqual(api.responseErrors, []);           // the double never answered off-schema
 * await api.close();
 * ```
 *
 * - Every request needs `Authorization: token|Bearer <t>` for a token given to addToken (else 401, GitHub's
 *   shape). `readOnly` tokens (fork PRs) get 403 "Resource not accessible by integration" on every write.
 * - Requests are routed by GitHub's own path templates (npm @octokit/openapi); with `validate` (default) JSON
 *   bodies are checked against the operation's schema (→ 422 "Invalid request.") and every response the
 *   double produces (errors included) is checked too — a mismatch answers 500 and lands in `responseErrors`
 *   (a bug in the double). Paths GitHub does not have, or operations the double lacks, answer 404.
 * - Implemented (GitHub's quirks in brackets):
 *   - repos get; `GET /user` (403 unless `kind: 'pat'`); `POST /graphql` for `query { viewer { login } }`.
 *   - issues create/get/update/list [PRs are listed too, with `pull_request`; filters state, labels, creator,
 *     assignee, since, sort, direction; bodies > 65,536 chars → 422; an unassignable assignee → 422];
 *     assignees add [unassignable logins silently ignored] / remove.
 *   - comments list/get/create/update/delete [> 65,536 → 422; editing another login's comment → 403].
 *   - labels: repo list/get/create [names case-insensitive; 422 already_exists; color 6 hex]; issue labels
 *     list/add/set [missing labels created, color ededed]/remove [404 "Label does not exist"]/remove all.
 *   - pulls get/list/create/update [list: `head` only filters as `owner:branch`, a bare branch is ignored;
 *     create: open duplicate → 422 "A pull request already exists for owner:branch."; head has nothing base
 *     lacks → 422 "No commits between base and head"; missing branch → 422 invalid head/base; the repo
 *     setting `actionsCanCreatePullRequests: false` → 403 "GitHub Actions is not permitted to create or
 *     approve pull requests." for the workflow token (login github-actions[bot]) only]; closed-unmerged and
 *     merged state with closed_at/merged_at/merged/merge_commit_sha [reopening a merged PR, or one whose
 *     head branch is gone (git), → 422 "state cannot be changed. The pull request cannot be reopened."]; requested reviewers add/remove [the
 *     author → 422; with `collaborators` set, anyone else → 422]; pull requests associated with a commit [the
 *     merged ones whose merge commit it is, and those whose head it is].
 *   - git refs get/matching/create/update/delete [with git: missing object → 422, non-fast-forward without
 *     `force` → 422 "Update is not a fast forward"]; `GET /branches/{b}` (404 "Branch not found").
 *   - check runs for a ref (`check_name`, `status`, `filter=latest|all`, paginated `{total_count,
 *     check_runs}`); commit statuses create [description ≤ 140]/list; combined status [failure if any
 *     failure/error, pending if any pending or none, else success]. `{ref}` is a sha, branch or tag.
 *   - deployments create/get/list (sha/ref/task/environment) [description ≤ 140; `auto_merge` (default true)
 *     when the ref lacks the default branch's tip → 202 "Auto-merged main into <ref> on deployment." and no
 *     deployment (with git the merge commit lands on a branch ref; 409 on conflict); `required_contexts`
 *     omitted → 409 "Conflict: Commit status checks failed for <ref>." listing every context (statuses and
 *     check runs, an unfinished run reads pending) unless all are success; a list → those must be success;
 *     payload returned as sent]; statuses create/list [description ≤ 140; `log_url`, `environment_url`;
 *     `auto_inactive` marks older successful non-transient non-production deployments of the environment].
 *   - releases create/get/get-by-tag/latest/list/update/delete [duplicate tag → 422 already_exists; a missing
 *     tag is created (lightweight) at target_commitish when published; `make_latest` true (default)/false/
 *     legacy; deleting keeps the tag].
 * - State: addRepo first (other seeders create a missing repo). Issue numbers exist through addPullRequest,
 *   addIssue, seedComments or an API create; comments on any other number answer 404, as on GitHub.
 * - Refs: in memory (default) branch tips come from setRef / created refs and an unknown branch gets a stable
 *   stand-in sha. With `addRepo(name, { gitDir })` refs, tips, tags, ancestry ("No commits between", auto-merge)
 *   and commit details are read from that repository with git; API ref writes and release tags land in it.
 *   Open PRs follow their branches' current tips in both modes; closed PRs keep the tips they closed with.
 * - Pagination: `per_page` (default 30, max 100) and `page`, with GitHub's `Link` header (next/last/first/prev).
 * - Faults: injectFault({ path, status, times }) answers matching requests with GitHub-like error bodies:
 *   403 = secondary rate limit with `retry-after: 1` (`omitHeaders: ['retry-after']` drops it), 429 = primary
 *   rate limit with reset headers, 5xx = server error; `afterHandling: true` performs the request first (the
 *   write happens) and then answers the fault; only `delayMs` delays the real answer. `times` defaults to
 *   every matching request. setNodeLag(n) makes each PR created afterwards answer its next n label, assignee
 *   and review-request writes with 422 "Could not resolve to a node with the global id of '…'".
 * - Log: `requests` in arrival order; writes() = POST/PATCH/PUT/DELETE (GraphQL queries excluded);
 *   countByRoute(list) = requests per operationId.
 * - `pathPrefix: '/api/v3'` serves a GHES-style base URL (GraphQL then answers at /api/graphql as on GHES).
 */
import type { Fault } from './faults.js';
import type { CloseOptions } from './lifecycle.js';
import { specLoadMs, loadSpec } from './openapi.js';
import { countByRoute, isWrite } from './request-log.js';
import {
  closeSeeded,
  repoFor,
  seedCheckRun,
  seedComments,
  seedCommitStatus,
  seedIssue,
  seedPull,
  type CheckRunSeed,
  type CommentSeed,
  type CommitStatusSeed,
  type IssueSeed,
  type PullRequestSeed,
} from './seeds.js';
import { ApiServer, type RecordedRequest } from './server.js';
import { ApiState, type Identity, type RepoOptions, type StoredComment } from './state.js';

export type {
  CheckRunSeed,
  CloseOptions,
  CommentSeed,
  CommitStatusSeed,
  Fault,
  Identity,
  IssueSeed,
  PullRequestSeed,
  RecordedRequest,
  RepoOptions,
  StoredComment,
};

export interface GitHubApiOptions {
  /** Validate request and response bodies against GitHub's OpenAPI description (default true). */
  validate?: boolean;
  /** GHES-style prefix such as '/api/v3' (default none, like api.github.com). */
  pathPrefix?: string;
  /** Web URL used in html_url fields (default https://github.com). */
  serverUrl?: string;
}

export interface GitHubApiDouble {
  /** Base URL for GITHUB_API_URL, e.g. http://127.0.0.1:41234 (plus the prefix when one is set). */
  url: string;
  /** Every request in arrival order. */
  requests: RecordedRequest[];
  /** Responses the double produced that broke GitHub's schema; tests should assert this stays empty. */
  responseErrors: string[];
  resetLog(): void;
  /** The requests that write (POST/PATCH/PUT/DELETE; GraphQL queries excluded), in arrival order. */
  writes(): RecordedRequest[];
  /** How many of `requests` (default all) each route got, keyed by operationId. */
  countByRoute(requests?: RecordedRequest[]): Record<string, number>;
  addRepo(fullName: string, opts?: RepoOptions): void;
  addToken(token: string, identity: Identity): void;
  addPullRequest(fullName: string, pr: PullRequestSeed): void;
  /** Adds an issue; returns its number (the next free one unless given). */
  addIssue(fullName: string, issue: IssueSeed): number;
  /** Closes (optionally merges, `merged: true`) a PR or issue, at `at` (ISO) or now. */
  closeIssueOrPull(fullName: string, number: number, opts?: CloseOptions): void;
  /** Makes issue `issueNumber` exist (if needed) and adds comments in order, oldest first. */
  seedComments(fullName: string, issueNumber: number, comments: CommentSeed[]): void;
  comments(fullName: string, issueNumber: number): StoredComment[];
  /** A check run on `ref` (sha, branch or tag, resolved now); returns its id. */
  addCheckRun(fullName: string, ref: string, run: CheckRunSeed): number;
  /** A commit status on `ref` (sha, branch or tag, resolved now); returns its id. */
  addCommitStatus(fullName: string, ref: string, status: CommitStatusSeed): number;
  /** Sets a branch/tag tip the refs and PR routes see (e.g. 'refs/heads/main'); with git, moves the real ref. */
  setRef(fullName: string, ref: string, sha: string): void;
  /**
   * Eventual consistency after PR creation: each PR created from now on answers its next `calls` label,
   * assignee and review-request writes with 422 "Could not resolve to a node …" (0 turns it off). With
   * `number`, sets the count for that existing PR instead.
   */
  setNodeLag(calls: number, target?: { repo: string; number: number }): void;
  injectFault(fault: Fault): void;
  clearFaults(): void;
  close(): Promise<void>;
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
    writes: () => server.requests.filter(isWrite),
    countByRoute: (requests = server.requests) => countByRoute(requests),
    addRepo: (fullName, opts) => void state.addRepo(fullName, opts),
    addToken: (token, identity) => {
      state.tokens.set(token, { ...identity });
      state.user(identity.login, identity.type);
    },
    addPullRequest: (fullName, seed) => seedPull(state, fullName, seed),
    addIssue: (fullName, seed) => seedIssue(state, fullName, seed),
    closeIssueOrPull: (fullName, number, opts = {}) => closeSeeded(state, fullName, number, opts),
    seedComments: (fullName, issueNumber, seeds) => seedComments(state, fullName, issueNumber, seeds),
    comments: (fullName, issueNumber) => {
      const repo = state.repoByName(fullName);
      return (repo?.comments ?? []).filter((c) => c.issueNumber === issueNumber).map((c) => ({ ...c }));
    },
    addCheckRun: (fullName, ref, run) => seedCheckRun(state, fullName, ref, run),
    addCommitStatus: (fullName, ref, status) => seedCommitStatus(state, fullName, ref, status),
    setRef: (fullName, ref, sha) => repoFor(state, fullName).refs.set(ref, sha, { force: true }),
    setNodeLag: (calls, target) => {
      if (!target) {
        state.nodeLag = calls;
        return;
      }
      const pr = repoFor(state, target.repo).pulls.get(target.number);
      if (!pr) throw new Error(`setNodeLag: ${target.repo} has no PR #${target.number}`);
      pr.unresolvedCalls = calls;
    },
    injectFault: (fault) => server.faults.add(fault),
    clearFaults: () => server.faults.clear(),
    close: () => server.close(),
  };
}

/** Milliseconds this process spent loading GitHub's OpenAPI description (for the harness's own checks). */
export { specLoadMs };
