/**
 * The track-experiment run record behind an image: the newest record on the registry branch made from
 * the commit being packaged. Its run id, experiment, metrics and data versions become provenance labels
 * when the user did not name a run.
 */

import type { Logger } from '../logger.js';
import type { RunRecord } from '../registry/run-records.js';
import { GitCommands } from '../git/commands.js';
import type { GitRunner } from '../git/runner.js';
import { readRunRecords } from '../registry/run-records.js';
import { fetchRegistryTip, resolveRegistryRef } from '../registry/store.js';

const REMOTE = 'origin';

export interface RecordLookup {
  workspace: string;
  /** The commit being packaged (GITHUB_SHA); HEAD of the workspace when not given. */
  commit: string | undefined;
  logger: Logger;
  /** The adapter's git wrapper, rooted at the workspace. */
  git: GitRunner;
  /** The registry branch (input, `.mlops.yml` registry.branch, or mlops/registry — the action decides). */
  branch: string;
}

/**
 * The newest run record for the commit, read from `origin/<branch>` or the local branch; when neither is
 * there (a packaging job separate from the training job), the branch tip is fetched once. Undefined when
 * there is no repository, no registry branch or no record for the commit: labels then come from inputs.
 */
export async function runRecordForCommit(lookup: RecordLookup): Promise<RunRecord | undefined> {
  const { branch } = lookup;
  const git = new GitCommands(lookup.git);
  const head = await git.revParse('HEAD');
  const commit = lookup.commit ?? head;
  if (commit === undefined) return undefined;
  let ref = await resolveRegistryRef(git, REMOTE, branch);
  if (ref === undefined && head !== undefined) {
    try {
      if (await fetchRegistryTip(git, { remote: REMOTE, branch })) ref = `refs/remotes/${REMOTE}/${branch}`;
    } catch (error) {
      lookup.logger.debug(`No registry branch for provenance: ${(error as Error).message}`);
    }
  }
  if (ref === undefined) return undefined;
  const records = (await readRunRecords(git, ref, lookup.logger)).filter((r) => r.git.commit === commit);
  records.sort((a, b) => (a.endedAt < b.endedAt ? 1 : a.endedAt > b.endedAt ? -1 : 0));
  const newest = records[0];
  if (newest) {
    lookup.logger.info(
      `Provenance from run record ${newest.experiment}/${newest.id} on '${branch}' (commit ${commit.slice(0, 7)}).`,
    );
  }
  return newest;
}
