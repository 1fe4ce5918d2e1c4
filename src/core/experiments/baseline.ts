import { code, escapeMarkdown } from '../report/markdown.js';
import type { RunRecord } from '../registry/run-records.js';

export type BaselineKind =
  | 'base-commit'
  | 'ancestor'
  | 'newest-on-base'
  | 'previous-on-branch'
  /** Named through the model registry (input baseline: name#stage or name@vX.Y.Z). */
  | 'model-version';

export interface Baseline {
  record: RunRecord;
  kind: BaselineKind;
  /** One sentence for the report saying which run was chosen and why. */
  reason: string;
}

/** Whether `commit` is `baseSha` or one of its ancestors; undefined when git cannot tell (shallow history). */
export type AncestryCheck = (commit: string, baseSha: string) => Promise<boolean | undefined>;

/** Records on the registry branch are user-editable: escape what goes into the report. */
const short = (sha: string | undefined) => (sha ? escapeMarkdown(sha.slice(0, 7)) : 'unknown');

/** Newest first, by when the record was written; the id breaks ties so the order is total. */
export function newestFirst(records: readonly RunRecord[]): RunRecord[] {
  return [...records].sort((a, b) => {
    const t = Date.parse(b.endedAt) - Date.parse(a.endedAt);
    return t !== 0 && !Number.isNaN(t) ? t : a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
  });
}

function onBranch(record: RunRecord, branch: string): boolean {
  return record.git.branch === branch && record.git.pullRequest === undefined;
}

/**
 * Baseline for a pull request: the newest run of the experiment recorded on the base branch at or before
 * the PR's base commit; else the newest run on the base branch. Ancestry checks go newest first and stop at
 * `maxChecks` so a long history costs a bounded number of git calls.
 */
export async function selectPullRequestBaseline(
  records: readonly RunRecord[],
  baseBranch: string,
  baseSha: string,
  isAncestor: AncestryCheck,
  maxChecks = 50,
): Promise<Baseline | undefined> {
  const candidates = newestFirst(records.filter((r) => onBranch(r, baseBranch)));
  if (candidates.length === 0) return undefined;
  const exact = candidates.find((r) => r.git.commit === baseSha);
  if (exact) {
    return {
      record: exact,
      kind: 'base-commit',
      reason: `run ${code(exact.id)}, recorded on ${code(baseBranch)} at the pull request's base commit ${short(baseSha)}`,
    };
  }
  for (const candidate of candidates.slice(0, maxChecks)) {
    if (!candidate.git.commit) continue;
    if ((await isAncestor(candidate.git.commit, baseSha)) === true) {
      return {
        record: candidate,
        kind: 'ancestor',
        reason: `run ${code(candidate.id)}, the newest on ${code(baseBranch)} before the pull request's base commit ${short(baseSha)} (recorded at ${short(candidate.git.commit)})`,
      };
    }
  }
  const newest = candidates[0]!;
  return {
    record: newest,
    kind: 'newest-on-base',
    reason: `run ${code(newest.id)}, the newest on ${code(baseBranch)} (recorded at ${short(newest.git.commit)}); no run at or before the base commit ${short(baseSha)} was found`,
  };
}

/** Baseline outside pull requests: the newest earlier run of the experiment on the same branch. */
export function selectPreviousOnBranch(
  records: readonly RunRecord[],
  current: RunRecord,
): Baseline | undefined {
  const branch = current.git.branch;
  if (!branch) return undefined;
  const previous = newestFirst(
    records.filter(
      (r) =>
        r.id !== current.id && onBranch(r, branch) && Date.parse(r.endedAt) <= Date.parse(current.endedAt),
    ),
  )[0];
  if (!previous) return undefined;
  return {
    record: previous,
    kind: 'previous-on-branch',
    reason: `run ${code(previous.id)}, the previous run on ${code(branch)} (recorded at ${short(previous.git.commit)})`,
  };
}
