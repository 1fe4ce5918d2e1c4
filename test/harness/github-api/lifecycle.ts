/** Closing, merging and reopening issues and PRs: one place for closed_at, merged_at, state_reason and shas. */
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

export function reopenItem(repo: RepoRecord, item: IssueFields, at = timestamp()): void {
  if (item.state === 'open') return;
  item.state = 'open';
  item.stateReason = repo.pulls.has(item.number) ? null : 'reopened';
  item.closedAt = null;
  item.closedBy = null;
  item.updatedAt = at;
}
