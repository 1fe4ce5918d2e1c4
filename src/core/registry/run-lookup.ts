/**
 * The run record behind a commit, from git alone: the newest run made from the commit itself; for a merge
 * commit (a push to main after a pull request merged), the newest run of the pull request whose head is one
 * of its other parents. gated-deploy adds GitHub's associated pull requests on top (core/deploy/run-lookup.ts);
 * `mlops lineage` uses this as it is.
 */

import type { GitCommands } from '../git/commands.js';
import type { RunRecord } from './run-records.js';

export interface FoundRun {
  run: RunRecord;
  /** How it was found, for the log. */
  how: string;
}

/** Newest first by `endedAt` (sorts in place and returns the array). */
export const newestRunFirst = (runs: RunRecord[]): RunRecord[] =>
  runs.sort((a, b) => (a.endedAt < b.endedAt ? 1 : a.endedAt > b.endedAt ? -1 : 0));

/** The parents of a commit, from the commit object itself (a shallow clone's grafts hide them from rev-parse). */
export async function parentsOf(git: GitCommands, commit: string): Promise<string[]> {
  const result = await git.exec(['cat-file', 'commit', commit], { allowFailure: true });
  if (result.exitCode !== 0) return [];
  const header = result.stdout.split('\n\n', 1)[0] ?? '';
  return [...header.matchAll(/^parent ([0-9a-f]{40,64})$/gm)].map((m) => m[1]!);
}

/** The newest of `runs` made from `commit`, else of a pull request `commit` merges; undefined when none. */
export async function runOfCommit(
  git: GitCommands,
  runs: readonly RunRecord[],
  commit: string,
): Promise<FoundRun | undefined> {
  const exact = newestRunFirst(runs.filter((r) => r.git.commit === commit))[0];
  if (exact) return { run: exact, how: `the newest run of commit ${commit.slice(0, 7)}` };
  const merged = (await parentsOf(git, commit)).slice(1);
  const fromMerge = newestRunFirst(
    runs.filter((r) => r.git.pullRequest && merged.includes(r.git.pullRequest.headSha)),
  )[0];
  if (!fromMerge) return undefined;
  return {
    run: fromMerge,
    how: `the newest run of pull request #${fromMerge.git.pullRequest!.number}, merged by ${commit.slice(0, 7)}`,
  };
}
