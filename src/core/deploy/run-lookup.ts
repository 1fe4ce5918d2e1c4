/**
 * Which track-experiment run a deployment is about: the `run-id` given, else the newest run record made from
 * the commit being deployed (as build-model-image's provenance finds it). A push to main after a merge has a
 * commit no pull-request run was made from, so two more places are looked at, in order:
 *   - a merge commit: runs of the pull request whose head is one of its other parents (pullRequest.headSha);
 *     these two are core/registry/run-lookup.ts, which `mlops lineage` shares;
 *   - with GitHub at hand: the pull requests GitHub associates with the commit (squash and rebase merges),
 *     newest run of that pull request, its last head first.
 */

import { ConfigurationError } from '../errors.js';
import type { GitCommands } from '../git/commands.js';
import { type FoundRun, newestRunFirst, runOfCommit } from '../registry/run-lookup.js';
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
  const found = await runOfCommit(lookup.git, usable, commit);
  if (found) return found;
  for (const pull of (await lookup.pullsForCommit?.(commit)) ?? []) {
    const ofPull = newestRunFirst(usable.filter((r) => r.git.pullRequest?.number === pull.number));
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
