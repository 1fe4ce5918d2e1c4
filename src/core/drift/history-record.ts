/**
 * The drift record: a compact summary of one drift report, appended to the registry branch at
 * `drift/<dataset>/<timestamp>-<run>.json` (drift-report `record: true`) so drift can be charted over
 * time. `npm run build` exports the schema as schema/drift-record.schema.json.
 */

import { stat } from 'node:fs/promises';
import { relative } from 'node:path';
import { z } from 'zod';
import { ConfigurationError } from '../errors.js';
import { PathPolicy } from '../fs/path-policy.js';
import { readPointer } from '../hashing/pointer.js';
import type { DriftReport } from './report-schema.js';
import { TEST_NAMES } from './stat-tests.js';

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
            test: z.enum(TEST_NAMES).nullable().describe('null when the column was not tested'),
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

/** The run key: stable across reruns of a workflow job, unique otherwise. */
export function driftRunKey(
  workflowRunId: string | undefined,
  job: string | undefined,
  random: string,
): string {
  const clean = (text: string) =>
    text
      .replace(/[^A-Za-z0-9._-]+/g, '-')
      .replace(/^[^A-Za-z0-9]+/, '')
      .slice(0, 40)
      .replace(/[-.]+$/, '');
  if (!workflowRunId) return `local-${clean(random)}`;
  return [clean(workflowRunId), clean(job ?? '')].filter(Boolean).join('-');
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

/**
 * What identifies an input: for a `.dvc` pointer its md5 and size as the pointer states them, otherwise the
 * file's size (hashing a multi-gigabyte file only for the record would cost more than the report).
 */
export async function identifyInput(
  workspace: string,
  input: string,
  inputName: string,
  rows: number,
): Promise<DataIdentity> {
  const policy = PathPolicy.forWorkspace(workspace);
  const absolute = policy.resolveInput(input, inputName);
  if (input.endsWith('.dvc')) {
    const pointer = await readPointer(
      absolute,
      policy.contains(absolute) ? relative(policy.root, absolute) : input,
    );
    const out = pointer.outs[0]!;
    return { path: input, md5: out.md5, size: out.size, rows };
  }
  return { path: input, size: (await stat(absolute)).size, rows };
}

export interface DriftRecordContext {
  dataset: string;
  run: string;
  commit?: string;
  ref?: string;
  repository?: string;
  runUrl?: string;
}

export function buildDriftRecord(
  report: DriftReport,
  identities: { reference: DataIdentity; current: DataIdentity },
  context: DriftRecordContext,
): DriftRecord {
  const { tested, drifted, share, datasetDrift } = report.summary;
  return driftRecordSchema.parse({
    schema: DRIFT_RECORD_VERSION,
    dataset: context.dataset,
    run: context.run,
    recordedAt: report.generatedAt,
    commit: context.commit,
    ref: context.ref,
    repository: context.repository,
    runUrl: context.runUrl,
    reference: identities.reference,
    current: identities.current,
    settings: report.settings,
    summary: { tested, drifted, share, datasetDrift },
    columns: report.columns.map((c) => ({ name: c.name, test: c.test, score: c.score, drifted: c.drifted })),
  } satisfies DriftRecord);
}
