/**
 * Append a drift record to the registry branch with track-experiment's store (plumbing on a temporary
 * index, push with retries), so the user's working tree, index and branch are never touched.
 */

import { listJsonBlobs, readBlobTexts } from '../experiments/registry-read.js';
import {
  fetchRegistry,
  type GitRunner,
  trackingRef,
  type WriteOptions,
  writeRegistryFile,
} from '../experiments/registry-store.js';
import {
  driftRecordPath,
  driftRecordSchema,
  type DriftRecord,
  sameObservation,
  serializeDriftRecord,
} from './history-record.js';

export interface StoredDriftRecord {
  path: string;
  commit: string;
  /** The same observation was already on the branch (a rerun): nothing was pushed. */
  unchanged: boolean;
}

/** The record this run already stored for the dataset (a rerun of the job), if any. */
async function findRunRecord(
  git: GitRunner,
  ref: string,
  record: DriftRecord,
): Promise<{ path: string; existing: DriftRecord | undefined } | undefined> {
  const entries = await listJsonBlobs(git, ref, `drift/${record.dataset}/`);
  const mine = entries
    .filter((e) => e.path.endsWith(`-${record.run}.json`))
    .sort((a, b) => (a.path < b.path ? -1 : 1));
  const last = mine.at(-1);
  if (!last) return undefined;
  const text = (await readBlobTexts(git, [last.blob])).get(last.blob);
  let existing: DriftRecord | undefined;
  try {
    existing = driftRecordSchema.parse(JSON.parse(text ?? ''));
  } catch {
    existing = undefined; // unreadable: replaced below
  }
  return { path: last.path, existing };
}

/**
 * Store `record` at `drift/<dataset>/<timestamp>-<run>.json`. A rerun of the same workflow job finds
 * the record its earlier attempt stored: identical data leaves the branch as it is, changed data replaces
 * that file in place, so one job never leaves two records.
 */
export async function storeDriftRecord(
  git: GitRunner,
  record: DriftRecord,
  options: WriteOptions,
): Promise<StoredDriftRecord> {
  const tip = await fetchRegistry(git, options.location);
  const previous = tip ? await findRunRecord(git, trackingRef(options.location), record) : undefined;
  if (previous?.existing && sameObservation(previous.existing, record)) {
    options.logger.info(
      `Drift record ${previous.path} is already on '${options.location.branch}' for this run with the same result.`,
    );
    return { path: previous.path, commit: tip!, unchanged: true };
  }
  const path = previous?.path ?? driftRecordPath(record);
  const written = await writeRegistryFile(
    git,
    {
      path,
      text: serializeDriftRecord(record),
      message: `Record drift of ${record.dataset} (${record.run})\n\nmlops-actions drift-report`,
      label: 'drift record',
      keepAs: `mlops-drift/${path.slice('drift/'.length)}`,
    },
    options,
  );
  return { path, commit: written.commit, unchanged: written.unchanged };
}
