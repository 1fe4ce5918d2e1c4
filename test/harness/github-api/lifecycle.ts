/** Closing, merging and reopening issues and PRs: one place for closed_at, merged_at, state_reason and shas. */
import { validationFailed } from './errors.js';
import { standIn } from './refs.js';
import { freezePull } from './repo-refs.js';
import { timestamp, type ApiState, type IssueFields, type RepoRecord } from './state.js';

export interface CloseOptions {
  /** When it happened (default now); tests use it for cool-down windows. */
  at?: string;
  /** Who closed it (closed_by, merged_by). */
  by?: string;
  reason?: 'completed' | 'not_planned' | 'duplicate';
  /** Close as merged (PRs only), optionally with the merge commit's sha. */
  merged?: boolean;
  mergeCommitSha?: string;
}

export function closeItem(
  state: ApiState,
  repo: RepoRecord,
  item: IssueFields,
  opts: CloseOptions = {},
): void {
  const at = opts.at ?? timestamp();
  const pr = repo.pulls.get(item.number);
  if (item.state === 'open' && pr) freezePull(state, repo, pr);
  if (item.state === 'open' || opts.at) {
    item.closedAt = at;
    item.closedBy = opts.by ?? null;
  }
  item.state = 'closed';
  item.stateReason = pr ? null : (opts.reason ?? 'completed');
  item.updatedAt = at;
  if (pr && opts.merged) {
    pr.mergedAt = at;
    pr.mergedBy = opts.by ?? null;
    pr.mergeCommitSha = opts.mergeCommitSha ?? standIn(`merge:${repo.fullName}:${pr.number}`);
  }
}

/**
 * GitHub refuses to reopen a merged PR, or one whose head branch is gone (known only with a git directory),
 * with 422 "state cannot be changed. The pull request cannot be reopened."
 */
export function reopenItem(state: ApiState, repo: RepoRecord, item: IssueFields, at = timestamp()): void {
  if (item.state === 'open') return;
  const pr = repo.pulls.get(item.number);
  const headRepo = pr ? (state.repoByName(pr.head.repoFullName) ?? repo) : undefined;
  const headGone = pr && headRepo?.refs.real && !headRepo.refs.get(`refs/heads/${pr.head.ref}`);
  if (pr && (pr.mergedAt || headGone)) {
    throw validationFailed({
      resource: 'PullRequest',
      code: 'custom',
      field: 'state',
      message: 'state cannot be changed. The pull request cannot be reopened.',
    });
  }
  item.state = 'open';
  item.stateReason = repo.pulls.has(item.number) ? null : 'reopened';
  item.closedAt = null;
  item.closedBy = null;
  item.updatedAt = at;
}
