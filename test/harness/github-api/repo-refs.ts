/** Branch tips and commit lookups over a repository's ref store, with the in-memory mode's stand-ins. */
import { standIn } from './refs.js';
import type { ApiState, PullRecord, RepoRecord } from './state.js';

/**
 * The tip of a branch: the real one when the repo has a git directory (undefined when missing); in memory the
 * ref a test set, else a stable stand-in so tests need not seed every branch.
 */
export function branchTip(repo: RepoRecord, branch: string): string | undefined {
  const known = repo.refs.get(`refs/heads/${branch}`)?.sha;
  if (known) return known;
  return repo.refs.real ? undefined : standIn(`${repo.fullName}:${branch}`);
}

/** The commit a sha, branch, tag or full ref points at (stand-in rules as branchTip). */
export function commitOf(repo: RepoRecord, rev: string): string | undefined {
  // GitHub's commit-ref parameters also take `heads/<branch>` and `tags/<tag>`.
  const known = repo.refs.commit(/^(heads|tags)\//.test(rev) ? `refs/${rev}` : rev);
  if (known) return known;
  return repo.refs.real ? undefined : standIn(`${repo.fullName}:${rev.replace(/^(refs\/)?heads\//, '')}`);
}

/** Whether `name` is a branch of the repository (the default branch always is, in memory). */
export function isBranch(repo: RepoRecord, name: string): boolean {
  if (repo.refs.get(`refs/heads/${name}`)) return true;
  return !repo.refs.real && name === repo.defaultBranch;
}

/** An open PR's head and base follow their branches' current tips when known; a closed PR keeps its last ones. */
export function pullShas(state: ApiState, repo: RepoRecord, pr: PullRecord): { head: string; base: string } {
  if (pr.state !== 'open') return { head: pr.head.sha, base: pr.base.sha };
  const headRepo = state.repoByName(pr.head.repoFullName) ?? repo;
  return {
    head: headRepo.refs.get(`refs/heads/${pr.head.ref}`)?.sha ?? pr.head.sha,
    base: repo.refs.get(`refs/heads/${pr.base.ref}`)?.sha ?? pr.base.sha,
  };
}

/** Records the tips a PR had when it stopped following its branches (closed or merged). */
export function freezePull(state: ApiState, repo: RepoRecord, pr: PullRecord): void {
  const { head, base } = pullShas(state, repo, pr);
  pr.head.sha = head;
  pr.base.sha = base;
}
