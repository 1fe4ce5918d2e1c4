/** What GitHub knows about a commit's checks: the latest check run per name, the latest status per context. */
import type { CheckRunRecord, CommitStatusRecord, RepoRecord } from './state.js';

/** Newest first; with `latestOnly` one run per (app, name), the most recent, as GitHub's `filter=latest`. */
export function checkRunsFor(repo: RepoRecord, sha: string, latestOnly: boolean): CheckRunRecord[] {
  const runs = repo.checkRuns.filter((r) => r.headSha === sha).sort((a, b) => b.id - a.id);
  if (!latestOnly) return runs;
  const seen = new Set<string>();
  return runs.filter((r) => {
    const key = `${r.appSlug}\0${r.name}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Newest first. */
export function statusesFor(repo: RepoRecord, sha: string): CommitStatusRecord[] {
  return repo.statuses.filter((s) => s.sha === sha).sort((a, b) => b.id - a.id);
}

/** The newest status of each context (contexts are case-insensitive on GitHub). */
export function latestStatuses(repo: RepoRecord, sha: string): CommitStatusRecord[] {
  const seen = new Set<string>();
  return statusesFor(repo, sha).filter((s) => {
    const key = s.context.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * GitHub's combined state: failure if any context is failure or error, pending if any is pending or there
 * are none, success otherwise. Check runs do not take part (they are a separate API).
 */
export function combinedState(latest: CommitStatusRecord[]): 'failure' | 'pending' | 'success' {
  if (latest.some((s) => s.state === 'failure' || s.state === 'error')) return 'failure';
  if (latest.length === 0 || latest.some((s) => s.state === 'pending')) return 'pending';
  return 'success';
}

export interface ContextState {
  context: string;
  state: string;
}

/**
 * Every context a deployment's required_contexts check sees: commit status contexts and check runs (Actions
 * job names count). A check run that has not completed reads `pending`, a completed one its conclusion —
 * only `success` passes (a skipped check blocks a deployment on GitHub too).
 */
export function commitContexts(repo: RepoRecord, sha: string): ContextState[] {
  return [
    ...latestStatuses(repo, sha).map((s) => ({ context: s.context, state: s.state })),
    ...checkRunsFor(repo, sha, true).map((r) => ({
      context: r.name,
      state: r.status === 'completed' ? (r.conclusion ?? 'neutral') : 'pending',
    })),
  ];
}
