/**
 * One pull request per branch, idempotently (peter-evans/create-pull-request's approach, our code): look the
 * branch's pull requests up in one read; create when none is open, else update in place only what differs;
 * a create that answers 422 "A pull request already exists" (a racing run, or our own create retried after
 * a 502 that had in fact created it) becomes an update; label, assignee and reviewer writes right after a
 * creation are retried while GitHub answers 422 "Could not resolve to a node". GitHub's walls (Actions may
 * not create pull requests, a read-only token) become errors that name the fix. Shared by every action that
 * proposes changes through a pull request (open-retrain-pr; gated-deploy's `pin: pull-request`).
 */

import { retry, type RetryPolicy } from '../core/async/retry.js';
import { ConfigurationError } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import { logValue } from '../core/log-text.js';
import type { GitHubClient } from './octokit.js';

export interface RepoName {
  owner: string;
  repo: string;
}

export interface PullRequestInfo {
  number: number;
  url: string;
  state: 'open' | 'closed';
  merged: boolean;
  closedAt: string | null;
  title: string;
  body: string;
  labels: string[];
  assignees: string[];
  reviewers: string[];
  draft: boolean;
  author: string;
  headSha: string;
  base: string;
}

export interface DesiredPullRequest {
  branch: string;
  base: string;
  title: string;
  body: string;
  labels: readonly string[];
  reviewers: readonly string[];
  assignees: readonly string[];
  draft: boolean;
}

export type UpsertOperation = 'created' | 'updated' | 'unchanged';

export interface UpsertResult {
  operation: UpsertOperation;
  pull: PullRequestInfo;
}

export interface UpsertOptions {
  /** The open PR for the branch, when the lookup found one. */
  open: PullRequestInfo | undefined;
  /** The branch moved in this run: ask the reviewers again (people who reviewed drop off the request list). */
  branchMoved: boolean;
  logger: Logger;
  /** Retries of "Could not resolve to a node" after a creation (default 5 attempts from 1 s). */
  nodeRetry?: Partial<RetryPolicy>;
}

interface RawPull {
  number: number;
  html_url: string;
  state: string;
  merged_at?: string | null;
  closed_at: string | null;
  title: string;
  body: string | null;
  labels: { name?: string }[];
  assignees?: { login: string }[] | null;
  requested_reviewers?: { login: string }[] | null;
  draft?: boolean;
  user: { login: string } | null;
  head: { sha: string };
  base: { ref: string };
}

function info(pull: RawPull): PullRequestInfo {
  return {
    number: pull.number,
    url: pull.html_url,
    state: pull.state === 'open' ? 'open' : 'closed',
    merged: Boolean(pull.merged_at),
    closedAt: pull.closed_at,
    title: pull.title,
    body: pull.body ?? '',
    labels: pull.labels.map((l) => l.name ?? '').filter(Boolean),
    assignees: (pull.assignees ?? []).map((a) => a.login),
    reviewers: (pull.requested_reviewers ?? []).map((r) => r.login),
    draft: pull.draft === true,
    author: pull.user?.login ?? '',
    headSha: pull.head.sha,
    base: pull.base.ref,
  };
}

const status = (error: unknown): number | undefined => {
  const value = (error as { status?: unknown } | null)?.status;
  return typeof value === 'number' ? value : undefined;
};
const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));
const lower = (names: readonly string[]) => new Set(names.map((n) => n.toLowerCase()));
const missing = (wanted: readonly string[], have: readonly string[]) => {
  const present = lower(have);
  return wanted.filter((w) => !present.has(w.toLowerCase()));
};

const ACTIONS_NOT_PERMITTED = /GitHub Actions is not permitted to create or approve pull requests/i;

/** GitHub's refusals as errors that say what to change. */
export function pullRequestError(error: unknown, repo: RepoName, doing: string): unknown {
  const code = status(error);
  const text = message(error);
  const where = `${repo.owner}/${repo.repo}`;
  if (code === 403 && ACTIONS_NOT_PERMITTED.test(text)) {
    return new ConfigurationError(
      `GitHub refused to ${doing} in ${where}: "GitHub Actions is not permitted to create or approve pull requests". ` +
        'Turn on Settings → Actions → General → Workflow permissions → "Allow GitHub Actions to create and approve pull requests" ' +
        '(for an organization, first in its Actions settings), or pass a GitHub App token as `token`.',
      { cause: error },
    );
  }
  if (code === 403 && !/rate limit/i.test(text)) {
    return new ConfigurationError(
      `The token may not ${doing} in ${where} (403: ${logValue(text)}). Give the job \`permissions: contents: write\` and \`pull-requests: write\` ` +
        '(and `issues: write` for the alert issue); a workflow run for a pull request from a fork gets a read-only token, so run this from a schedule or workflow_dispatch.',
      { cause: error },
    );
  }
  if (code === 404) {
    return new ConfigurationError(
      `GitHub answered 404 when trying to ${doing} in ${where}: the repository does not exist or the token cannot see it.`,
      { cause: error },
    );
  }
  return error;
}

/** The branch's pull requests into any base, newest first, from one request (GitHub's `head=owner:branch` filter). */
export async function listBranchPullRequests(
  octokit: GitHubClient,
  repo: RepoName,
  branch: string,
): Promise<PullRequestInfo[]> {
  try {
    const { data } = await octokit.rest.pulls.list({
      ...repo,
      head: `${repo.owner}:${branch}`,
      state: 'all',
      sort: 'created',
      direction: 'desc',
      per_page: 100,
    });
    return (data as RawPull[]).map(info);
  } catch (error) {
    throw pullRequestError(error, repo, 'list pull requests');
  }
}

function isNodeLag(error: unknown): boolean {
  return status(error) === 422 && /Could not resolve to a node/i.test(message(error));
}

/** Labels, assignees and reviewers the PR lacks; true when anything was written. */
async function applyPeople(
  octokit: GitHubClient,
  repo: RepoName,
  pull: PullRequestInfo,
  desired: DesiredPullRequest,
  options: UpsertOptions & { fresh: boolean; askReviewers: boolean },
): Promise<boolean> {
  const policy: RetryPolicy = { attempts: 5, baseDelayMs: 1000, maxDelayMs: 8000, ...options.nodeRetry };
  const write = <T>(fn: () => Promise<T>): Promise<T> =>
    options.fresh
      ? retry(fn, {
          ...policy,
          retryOn: isNodeLag,
          onRetry: ({ delayMs }) =>
            options.logger.info(
              `GitHub does not know pull request #${pull.number} yet; retrying in ${delayMs} ms.`,
            ),
        })
      : fn();
  let wrote = false;
  const issue = { ...repo, issue_number: pull.number };
  const labels = missing(desired.labels, pull.labels);
  if (labels.length > 0) {
    // GitHub creates labels the repository lacks when they are added to an issue or pull request.
    await write(() => octokit.rest.issues.addLabels({ ...issue, labels }));
    wrote = true;
  }
  const assignees = missing(desired.assignees, pull.assignees);
  if (assignees.length > 0) {
    const { data } = await write(() => octokit.rest.issues.addAssignees({ ...issue, assignees }));
    wrote = true;
    const ignored = missing(
      assignees,
      (data.assignees ?? []).map((a) => a.login),
    );
    if (ignored.length > 0) {
      options.logger.warning(
        `GitHub did not assign ${ignored.map(logValue).join(', ')} to #${pull.number}: only people with access to the repository can be assigned.`,
      );
    }
  }
  // The author cannot be asked (422), so a reviewer list that names the token's own identity still works.
  const reviewers = options.askReviewers
    ? missing(desired.reviewers, pull.reviewers).filter((r) => r.toLowerCase() !== pull.author.toLowerCase())
    : [];
  if (reviewers.length > 0) {
    try {
      await write(() =>
        octokit.rest.pulls.requestReviewers({ ...repo, pull_number: pull.number, reviewers }),
      );
      wrote = true;
    } catch (error) {
      if (status(error) !== 422) throw error;
      options.logger.warning(
        `Could not ask ${reviewers.map(logValue).join(', ')} to review #${pull.number} (${logValue(message(error))}); reviewers must be collaborators of the repository.`,
      );
    }
  }
  return wrote;
}

async function openPullFor(
  octokit: GitHubClient,
  repo: RepoName,
  branch: string,
): Promise<PullRequestInfo | undefined> {
  return (await listBranchPullRequests(octokit, repo, branch)).find((p) => p.state === 'open');
}

/** Update an open PR in place: title and body when they differ, then missing labels, assignees, reviewers. */
async function updateOpen(
  octokit: GitHubClient,
  repo: RepoName,
  open: PullRequestInfo,
  desired: DesiredPullRequest,
  options: UpsertOptions & { fresh: boolean },
): Promise<UpsertResult> {
  let pull = open;
  let wrote = false;
  if (open.title !== desired.title || open.body !== desired.body) {
    const { data } = await octokit.rest.pulls.update({
      ...repo,
      pull_number: open.number,
      title: desired.title,
      body: desired.body,
    });
    pull = info(data);
    wrote = true;
  }
  const people = await applyPeople(octokit, repo, pull, desired, {
    ...options,
    askReviewers: options.branchMoved || options.fresh,
  });
  return { operation: wrote || people || options.branchMoved ? 'updated' : 'unchanged', pull };
}

/** Create the branch's pull request, or update the open one; never a second one. */
export async function upsertPullRequest(
  octokit: GitHubClient,
  repo: RepoName,
  desired: DesiredPullRequest,
  options: UpsertOptions,
): Promise<UpsertResult> {
  try {
    if (options.open)
      return await updateOpen(octokit, repo, options.open, desired, { ...options, fresh: false });
    let created: PullRequestInfo;
    try {
      const { data } = await octokit.rest.pulls.create({
        ...repo,
        head: desired.branch,
        base: desired.base,
        title: desired.title,
        body: desired.body,
        draft: desired.draft,
        maintainer_can_modify: true,
      });
      created = info(data);
    } catch (error) {
      if (!(status(error) === 422 && /A pull request already exists/i.test(message(error)))) throw error;
      // Another run, or our own create retried after an answer that was lost, made it: update that one.
      const open = await openPullFor(octokit, repo, desired.branch);
      if (!open) throw error;
      options.logger.info(
        `Pull request #${open.number} for ${desired.branch} appeared meanwhile; updating it.`,
      );
      return await updateOpen(octokit, repo, open, desired, { ...options, fresh: true });
    }
    await applyPeople(octokit, repo, created, desired, { ...options, fresh: true, askReviewers: true });
    return { operation: 'created', pull: created };
  } catch (error) {
    throw pullRequestError(error, repo, options.open ? 'update the pull request' : 'create a pull request');
  }
}

/** Replace an open PR's body (and close it, with `close`); returns whether anything was written. */
export async function updatePullRequestBody(
  octokit: GitHubClient,
  repo: RepoName,
  pull: PullRequestInfo,
  body: string,
  close: boolean,
): Promise<boolean> {
  if (pull.body === body && !close) return false;
  try {
    await octokit.rest.pulls.update({
      ...repo,
      pull_number: pull.number,
      body,
      ...(close ? { state: 'closed' as const } : {}),
    });
    return true;
  } catch (error) {
    throw pullRequestError(error, repo, close ? 'close the pull request' : 'update the pull request');
  }
}
