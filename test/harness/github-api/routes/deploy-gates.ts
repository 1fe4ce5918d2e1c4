/** The two things GitHub checks before creating a deployment: the auto-merge and the required contexts. */
import { ApiError } from '../errors.js';
import { commitContexts, type ContextState } from '../commit-checks.js';
import { branchTip, isBranch } from '../repo-refs.js';
import type { RepoRecord } from '../state.js';
import type { Reply } from './context.js';

/**
 * `auto_merge` (default true): when the ref does not contain the default branch's tip, GitHub merges the
 * default branch into it and answers 202 "Auto-merged …" without creating a deployment (409 on a conflict).
 * With a git directory the merge commit really lands on a branch ref. In memory the double cannot see
 * ancestry, so any ref other than the default tip counts as behind, and nothing is written.
 * A sha or tag behind the default branch gets the same 202 (GitHub does not document that case; either way
 * a caller that forgets `auto_merge: false` gets no deployment).
 */
export function autoMerge(repo: RepoRecord, ref: string, sha: string): Reply | undefined {
  const base = repo.defaultBranch;
  const baseTip = branchTip(repo, base);
  if (!baseTip || baseTip === sha || repo.refs.contains(baseTip, sha) === true) return undefined;
  const branch = ref.replace(/^(refs\/)?heads\//, '');
  if (repo.refs.real && isBranch(repo, branch)) {
    const merged = repo.refs.merge(branch, baseTip, `Merge branch '${base}' into ${branch}`);
    if (merged === 'conflict') throw new ApiError(409, `Conflict merging ${base} into ${ref}.`);
  }
  return { status: 202, body: { message: `Auto-merged ${base} into ${ref} on deployment.` } };
}

function conflict(ref: string, contexts: ContextState[]): ApiError {
  return new ApiError(409, `Conflict: Commit status checks failed for ${ref}.`, [
    { contexts, resource: 'Deployment', field: 'required_contexts', code: 'invalid' },
  ]);
}

/**
 * `required_contexts` omitted: every context on the commit (statuses and check runs, Actions jobs included,
 * so a workflow's own running job blocks it) must be success, else 409 listing them all. A list: those
 * contexts must be success (one not reported yet reads pending). `[]` skips the check.
 */
export function checkContexts(repo: RepoRecord, ref: string, sha: string, required: unknown): void {
  const contexts = commitContexts(repo, sha);
  if (!Array.isArray(required)) {
    if (contexts.some((c) => c.state !== 'success')) throw conflict(ref, contexts);
    return;
  }
  const wanted = required.map((r) => String(r));
  const states = wanted.map(
    (name) =>
      contexts.find((c) => c.context.toLowerCase() === name.toLowerCase()) ?? {
        context: name,
        state: 'pending',
      },
  );
  if (states.some((c) => c.state !== 'success')) throw conflict(ref, states);
}
