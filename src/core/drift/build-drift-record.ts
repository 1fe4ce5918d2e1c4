/**
 * Build a drift record from a drift report: what identifies each input (a `.dvc` pointer's md5, or the
 * file's size), the run key, and the compact summary. Storing it on the registry branch is
 * core/registry/drift-records.ts's job (format, path, store).
 */

import { stat } from 'node:fs/promises';
import { relative } from 'node:path';
import { PathPolicy } from '../fs/path-policy.js';
import { readPointer } from '../dvc/pointer.js';
import {
  DRIFT_RECORD_VERSION,
  type DataIdentity,
  type DriftRecord,
  driftRecordSchema,
} from '../registry/drift-records.js';
import type { DriftReport } from './report-schema.js';

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
