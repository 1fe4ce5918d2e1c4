/** What issue, label, assignee and review-request routes share: finding the issue/PR, labels, node lag. */
import { ApiError, notFound, validationFailed } from '../errors.js';
import { nodeId } from '../shapes-repo.js';
import type { ApiState, IssueFields, RepoRecord } from '../state.js';
import { intParam, type RouteContext } from './context.js';

/** The issue or pull request behind `{issue_number}` / `{pull_number}` (404 for an unused number). */
export function findIssue(ctx: RouteContext, repo: RepoRecord, param = 'issue_number'): IssueFields {
  const n = intParam(ctx, param);
  const found = repo.pulls.get(n) ?? repo.issues.get(n);
  if (!found) throw notFound();
  return found;
}

/**
 * Right after a PR is created GitHub's node index may not know it yet: related writes answer 422 "Could not
 * resolve to a node with the global id of '…'" a few times (ApiState.nodeLag per new PR).
 */
export function resolveNode(
  repo: RepoRecord,
  item: IssueFields,
  resource: 'Label' | 'Issue' | 'Review',
): void {
  const pr = repo.pulls.get(item.number);
  if (!pr || pr.unresolvedCalls <= 0) return;
  pr.unresolvedCalls -= 1;
  const message = `Could not resolve to a node with the global id of '${nodeId('PullRequest', pr.id)}'.`;
  // Review requests put the bare message in `errors`; labels and assignees an object (as GitHub answers).
  if (resource === 'Review') throw new ApiError(422, 'Validation Failed', [message]);
  throw validationFailed({ resource, code: 'unprocessable', field: 'data', message });
}

/** Whether a login may be assigned or asked for review (any login unless the repo lists collaborators). */
export function isCollaborator(repo: RepoRecord, login: string): boolean {
  if (!repo.collaborators) return true;
  const lower = login.toLowerCase();
  return lower === repo.owner.toLowerCase() || repo.collaborators.some((c) => c.toLowerCase() === lower);
}

/** Label names from any of GitHub's accepted body forms: `{labels: [..]}`, `[..]`, strings or `{name}`. */
export function labelNames(body: unknown): string[] {
  const raw = Array.isArray(body) ? body : (body as { labels?: unknown } | null)?.labels;
  const list = Array.isArray(raw) ? raw : typeof raw === 'string' ? [raw] : [];
  return list
    .map((l: unknown) => (typeof l === 'string' ? l : (l as { name?: unknown } | null)?.name))
    .filter((l): l is string => typeof l === 'string');
}

/** The label's key, creating the label (color ededed, as GitHub does) when the repository lacks it. */
export function ensureLabel(state: ApiState, repo: RepoRecord, name: string): string {
  const key = name.toLowerCase();
  if (!repo.labels.has(key))
    repo.labels.set(key, { id: state.id(), name, color: 'ededed', description: null });
  return key;
}

export function addLabels(state: ApiState, repo: RepoRecord, item: IssueFields, names: string[]): void {
  for (const name of names) {
    const key = ensureLabel(state, repo, name);
    if (!item.labels.includes(key)) item.labels.push(key);
  }
}
