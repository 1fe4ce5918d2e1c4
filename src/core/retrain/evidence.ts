/**
 * The drift evidence a retraining decision rests on, from either a drift-report `report.json` or the newest
 * drift record of a dataset on the registry branch, in one shape: the verdict, and per column the test, the
 * score and whether it drifted.
 */

import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { columnReportSchema, type DriftReport, driftReportSchema } from '../drift/report-schema.js';
import { ConfigurationError } from '../errors.js';
import type { GitCommands } from '../git/commands.js';
import type { Logger } from '../logger.js';
import { type DriftRecord, readDriftRecords } from '../registry/drift-records.js';
import { parseJson } from '../structured/json.js';

export interface ColumnEvidence {
  name: string;
  /** The test's short name (`ks`, `wasserstein`, …); null when the column was not tested. */
  test: string | null;
  score: number | null;
  /** Null when the source does not say (drift records keep no thresholds). */
  threshold: number | null;
  drifted: boolean;
}

export type EvidenceSource =
  | {
      kind: 'report';
      /** The path as the input gave it. */
      path: string;
      generatedAt: string;
      reference: string;
      current: string;
    }
  | {
      kind: 'record';
      dataset: string;
      /** Registry branch and the record's path on it. */
      branch: string;
      path: string;
      /** The registry branch commit the record was read at. */
      registryCommit: string;
      recordedAt: string;
      runUrl?: string;
    };

export interface DriftSummary {
  tested: number;
  drifted: number;
  share: number;
  datasetDrift: boolean;
  /** The share at which the report calls the dataset drifted. */
  driftShare: number;
}

export interface DriftEvidence {
  source: EvidenceSource;
  summary: DriftSummary;
  columns: ColumnEvidence[];
  /** The whole report, when the evidence is a report.json (its markdown goes into the PR body). */
  report?: DriftReport;
}

function summaryOf(s: Omit<DriftSummary, 'driftShare'>, driftShare: number): DriftSummary {
  return { tested: s.tested, drifted: s.drifted, share: s.share, datasetDrift: s.datasetDrift, driftShare };
}

/**
 * drift-report's schema, read as a consumer should: `details` (test statistics, not used here) is not
 * checked, so a report written before infinite statistics became the string 'Infinity' (they were null)
 * still loads.
 */
const reportSchema = driftReportSchema.extend({
  columns: z.array(columnReportSchema.extend({ details: z.record(z.string(), z.unknown()).optional() })),
});

/** Parse report.json text; anything that is not a drift-report report (version 1) is one clear error. */
export function reportEvidence(text: string, display: string, inputName = 'drift-report'): DriftEvidence {
  const value = parseJson(text, display);
  const version = (value as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof version === 'number' && version > 1) {
    throw new ConfigurationError(
      `Input '${inputName}': ${display} is a drift report of schemaVersion ${version}, newer than this version of open-retrain-pr reads (1); update mlops-actions.`,
      { file: display },
    );
  }
  const parsed = reportSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const at = issue.path.length > 0 ? ` (${issue.path.join('.')}: ${issue.message})` : '';
    throw new ConfigurationError(
      `Input '${inputName}': ${display} is not a drift-report report.json${at}; pass the report.json that drift-report wrote (its report-json output).`,
      { file: display },
    );
  }
  const report = parsed.data as DriftReport;
  return {
    source: {
      kind: 'report',
      path: display,
      generatedAt: report.generatedAt,
      reference: report.reference.source,
      current: report.current.source,
    },
    summary: summaryOf(report.summary, report.settings.driftShare),
    columns: report.columns.map((c) => ({
      name: c.name,
      test: c.test,
      score: c.adjustedPValue ?? c.score,
      threshold: c.threshold,
      drifted: c.drifted,
    })),
    report,
  };
}

/** Read and parse a report.json at `abs` (the input's resolved path). */
export async function readReportEvidence(abs: string, display: string): Promise<DriftEvidence> {
  let text: string;
  try {
    text = await readFile(abs, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EISDIR') {
      throw new ConfigurationError(
        `Input 'drift-report': '${display}' ${code === 'ENOENT' ? 'does not exist' : 'is a directory, not a report.json'}.`,
      );
    }
    throw error;
  }
  return reportEvidence(text, display);
}

export function recordEvidence(
  record: DriftRecord,
  where: { branch: string; path: string; registryCommit: string },
): DriftEvidence {
  return {
    source: {
      kind: 'record',
      dataset: record.dataset,
      ...where,
      recordedAt: record.recordedAt,
      ...(record.runUrl ? { runUrl: record.runUrl } : {}),
    },
    summary: summaryOf(record.summary, record.settings.driftShare),
    columns: record.columns.map((c) => ({
      name: c.name,
      test: c.test,
      score: c.score,
      threshold: null,
      drifted: c.drifted,
    })),
  };
}

/** The newest drift record of `dataset` at `ref` (the fetched registry branch). */
export async function newestRecordEvidence(
  git: GitCommands,
  location: { ref: string; branch: string; dataset: string },
  logger?: Logger,
): Promise<DriftEvidence> {
  const records = await readDriftRecords(git, location.ref, location.dataset, logger);
  const newest = records.at(-1);
  if (!newest) {
    throw new ConfigurationError(
      `Input 'dataset': branch '${location.branch}' has no drift record of dataset '${location.dataset}' ` +
        `(drift-report stores them with record: true and dataset-name: ${location.dataset}).`,
    );
  }
  return recordEvidence(newest.record, {
    branch: location.branch,
    path: newest.path,
    registryCommit: (await git.revParse(location.ref)) ?? '',
  });
}
