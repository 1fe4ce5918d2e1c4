/**
 * Which track-experiment run a deployment is about: the `run-id` given, else the newest run record made from
 * the commit being deployed (as build-model-image's provenance finds it). A push to main after a merge has a
 * commit no pull-request run was made from, so two more places are looked at, in order:
 *   - a merge commit: runs of the pull request whose head is one of its other parents (pullRequest.headSha);
 *   - with GitHub at hand: the pull requests GitHub associates with the commit (squash and rebase merges),
 *     newest run of that pull request, its last head first.
 */

import { ConfigurationError } from '../errors.js';
import type { GitCommands } from '../git/commands.js';
import type { RunRecord } from '../registry/run-records.js';

export interface AssociatedPull {
  number: number;
  headSha: string;
  merged: boolean;
}

export interface RunLookup {
  git: GitCommands;
  /** Every run record on the registry branch. */
  runs: readonly RunRecord[];
  commit: string;
  runId: string | undefined;
  /** Only runs of this experiment (the policy's `experiment`). */
  experiment: string | undefined;
  /** Where the records were read, for messages (`branch 'mlops/registry'`). */
  where: string;
  pullsForCommit?: (commit: string) => Promise<AssociatedPull[]>;
}

export interface FoundRun {
  run: RunRecord;
  /** How it was found, for the log. */
  how: string;
}

const newestFirst = (runs: RunRecord[]) =>
  runs.sort((a, b) => (a.endedAt < b.endedAt ? 1 : a.endedAt > b.endedAt ? -1 : 0));

/** The parents of a commit, from the commit object itself (a shallow clone's grafts hide them from rev-parse). */
async function parentsOf(git: GitCommands, commit: string): Promise<string[]> {
  const result = await git.exec(['cat-file', 'commit', commit], { allowFailure: true });
  if (result.exitCode !== 0) return [];
  const header = result.stdout.split('\n\n', 1)[0] ?? '';
  return [...header.matchAll(/^parent ([0-9a-f]{40,64})$/gm)].map((m) => m[1]!);
}

function byId(lookup: RunLookup, given: string): FoundRun {
  const [experiment, id] = given.includes('/') ? given.split('/', 2) : [lookup.experiment, given];
  const matches = lookup.runs.filter(
    (r) => r.id === id && (experiment === undefined || r.experiment === experiment),
  );
  if (matches.length === 1) return { run: matches[0]!, how: `run-id ${given}` };
  if (matches.length === 0) {
    throw new ConfigurationError(
      `Input 'run-id': there is no run record '${given}' on ${lookup.where} (runs/<experiment>/${id}.json); check the id, or that track-experiment stored it.`,
    );
  }
  throw new ConfigurationError(
    `Input 'run-id': '${given}' names runs of several experiments (${matches.map((r) => r.experiment).join(', ')}); give it as <experiment>/${id}.`,
  );
}

export async function findRun(lookup: RunLookup): Promise<FoundRun> {
  if (lookup.runId) return byId(lookup, lookup.runId);
  const usable = lookup.runs.filter(
    (r) =>
      (lookup.experiment === undefined || r.experiment === lookup.experiment) &&
      r.status !== 'FAILED' &&
      r.status !== 'KILLED',
  );
  const { commit } = lookup;
  const exact = newestFirst(usable.filter((r) => r.git.commit === commit))[0];
  if (exact) return { run: exact, how: `the newest run of commit ${commit.slice(0, 7)}` };

  const merged = (await parentsOf(lookup.git, commit)).slice(1);
  const fromMerge = newestFirst(
    usable.filter((r) => r.git.pullRequest && merged.includes(r.git.pullRequest.headSha)),
  )[0];
  if (fromMerge) {
    return {
      run: fromMerge,
      how: `the newest run of pull request #${fromMerge.git.pullRequest!.number}, merged by ${commit.slice(0, 7)}`,
    };
  }
  for (const pull of (await lookup.pullsForCommit?.(commit)) ?? []) {
    const ofPull = newestFirst(usable.filter((r) => r.git.pullRequest?.number === pull.number));
    const run = ofPull.find((r) => r.git.pullRequest!.headSha === pull.headSha) ?? ofPull[0];
    if (run)
      return {
        run,
        how: `the newest run of pull request #${pull.number}, which GitHub associates with ${commit.slice(0, 7)}`,
      };
  }
  const scope = lookup.experiment ? ` of experiment '${lookup.experiment}'` : '';
  throw new ConfigurationError(
    `There is no track-experiment run record${scope} for commit ${commit.slice(0, 7)} on ${lookup.where} ` +
      '(looked for runs of the commit, and of a pull request it merges). Record the run with track-experiment ' +
      "first (on push to the branch too, or wait for the pull request's run), or give input 'run-id'.",
  );
}
