/**
 * The drift record: a compact summary of one drift report, appended to the registry branch at
 * `drift/<dataset>/<timestamp>-<run>.json` (drift-report `record: true`) so drift can be charted over
 * time, gated on (gated-deploy) and acted on (open-retrain-pr). The format, its path, and storing and
 * reading it; building it from a report is core/drift/build-drift-record.ts. `npm run build` exports the
 * schema as schema/drift-record.schema.json.
 */

import { logValue } from '../log-text.js';
import { z } from 'zod';
import { ConfigurationError } from '../errors.js';
import type { GitCommands } from '../git/commands.js';
import type { Logger } from '../logger.js';
import { DRIFT_TEST_NAMES } from './drift-test-names.js';
import { listJsonFiles, type WriteOptions, writeRegistry } from './store.js';

export { DRIFT_TEST_NAMES };

export const DRIFT_RECORD_VERSION = 1;

/** Dataset names and run keys become path segments: the same safe alphabet as experiment names. */
const SEGMENT = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

const identitySchema = z
  .object({
    path: z
      .string()
      .describe('The input as given (relative to the workspace, or absolute); may be a .dvc pointer'),
    md5: z.string().optional().describe('DVC md5 of the data, when the input is a .dvc pointer'),
    size: z.number().int().nonnegative().optional().describe('Size in bytes'),
    rows: z.number().int().nonnegative(),
  })
  .strict();
export type DataIdentity = z.infer<typeof identitySchema>;

export const driftRecordSchema = z
  .object({
    schema: z.literal(DRIFT_RECORD_VERSION).describe('Record format version'),
    dataset: z.string().regex(SEGMENT).describe("Dataset name ('default' unless given)"),
    run: z
      .string()
      .regex(SEGMENT)
      .describe('Run key: <workflow run id>-<job> in Actions (reruns replace), local-<random> otherwise'),
    recordedAt: z.string().describe('ISO 8601 time of the analysis'),
    commit: z.string().optional().describe('Commit the report was made at (GITHUB_SHA / HEAD)'),
    ref: z.string().optional(),
    repository: z.string().optional(),
    runUrl: z.string().optional().describe('Link to the workflow run'),
    reference: identitySchema,
    current: identitySchema,
    settings: z
      .object({
        driftShare: z.number(),
        correction: z.enum(['none', 'bonferroni', 'benjamini-hochberg']),
      })
      .strict(),
    summary: z
      .object({
        tested: z.number().int().nonnegative(),
        drifted: z.number().int().nonnegative(),
        share: z.number(),
        datasetDrift: z.boolean(),
      })
      .strict(),
    columns: z
      .array(
        z
          .object({
            name: z.string(),
            test: z.enum(DRIFT_TEST_NAMES).nullable().describe('null when the column was not tested'),
            score: z.number().nullable(),
            drifted: z.boolean(),
          })
          .strict(),
      )
      .describe('Per column, in report order'),
  })
  .strict()
  .describe('mlops-actions drift record');

export type DriftRecord = z.infer<typeof driftRecordSchema>;

export function checkSegment(value: string, inputName: string): string {
  if (!SEGMENT.test(value)) {
    throw new ConfigurationError(
      `Input '${inputName}': '${value}' is not allowed: use letters, digits, '.', '_' and '-' (start with a letter or digit, at most 100 characters).`,
    );
  }
  return value;
}

/** `2026-11-26T13:32:05.123Z` → `20261126T133205Z`: sortable and safe in a path. */
export function compactTimestamp(iso: string): string {
  return iso.replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
}

export function driftRecordPath(record: Pick<DriftRecord, 'dataset' | 'recordedAt' | 'run'>): string {
  return `drift/${record.dataset}/${compactTimestamp(record.recordedAt)}-${record.run}.json`;
}

export function serializeDriftRecord(record: DriftRecord): string {
  return `${JSON.stringify(record, null, 2)}\n`;
}

/** Two records of the same observation: equal apart from when they were made (a rerun on the same data). */
export function sameObservation(a: DriftRecord, b: DriftRecord): boolean {
  return JSON.stringify({ ...a, recordedAt: '' }) === JSON.stringify({ ...b, recordedAt: '' });
}

export interface StoredDriftRecord {
  path: string;
  commit: string | undefined;
  /** The same observation was already on the branch (a rerun): nothing was pushed. */
  unchanged: boolean;
}

/** Every drift record of `dataset` at `ref`, oldest first (paths sort by time); unreadable ones are skipped. */
export async function readDriftRecords(
  git: GitCommands,
  ref: string,
  dataset: string,
  logger?: Logger,
): Promise<{ path: string; record: DriftRecord }[]> {
  const entries = (await listJsonFiles(git, ref, `drift/${dataset}/`)).sort((a, b) =>
    a.path < b.path ? -1 : a.path > b.path ? 1 : 0,
  );
  const texts = await git.readBlobTexts(entries.map((e) => e.object));
  const records: { path: string; record: DriftRecord }[] = [];
  for (const entry of entries) {
    try {
      records.push({
        path: entry.path,
        record: driftRecordSchema.parse(JSON.parse(texts.get(entry.object) ?? '')),
      });
    } catch (error) {
      logger?.warning(
        `Skipping ${logValue(entry.path)}: not a drift record (${(error as Error).message.split('\n')[0]})`,
      );
    }
  }
  return records;
}

/** The record this run already stored for the dataset (a rerun of the job), if any. */
async function findRunRecord(
  git: GitCommands,
  tip: string,
  record: DriftRecord,
): Promise<{ path: string; existing: DriftRecord | undefined } | undefined> {
  const entries = await listJsonFiles(git, tip, `drift/${record.dataset}/`);
  const mine = entries
    .filter((e) => e.path.endsWith(`-${record.run}.json`))
    .sort((a, b) => (a.path < b.path ? -1 : 1));
  const last = mine.at(-1);
  if (!last) return undefined;
  const text = (await git.readBlobTexts([last.object])).get(last.object);
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
  git: GitCommands,
  record: DriftRecord,
  options: WriteOptions,
): Promise<StoredDriftRecord> {
  const text = serializeDriftRecord(record);
  const fresh = driftRecordPath(record);
  const written = await writeRegistry(git, options, {
    what: `drift record ${fresh}`,
    build: async (tip) => {
      const previous = tip ? await findRunRecord(git, tip, record) : undefined;
      if (previous?.existing && sameObservation(previous.existing, record)) {
        return { update: undefined, value: previous.path };
      }
      const path = previous?.path ?? fresh;
      return {
        update: {
          files: [{ path, text }],
          message: `Record drift of ${record.dataset} (${record.run})\n\nmlops-actions drift-report`,
        },
        value: path,
      };
    },
    keep: { dir: 'mlops-drift', files: [{ path: fresh.slice('drift/'.length), text }] },
  });
  return { path: written.value, commit: written.commit, unchanged: written.unchanged };
}
