/**
 * drift-report end to end, without the runner: resolve paths by the path policy, read both datasets,
 * analyse, render, and write report.json / report.md / metrics.prom into the report directory as one set
 * (all written to temporary names, then renamed). Everything is rendered before the first write, so a
 * failure, a full disk included, leaves the directory as it was.
 */

import { availableParallelism } from 'node:os';
import { join, relative } from 'node:path';
import { writeFilesAtomic } from '../fs/atomic-write.js';
import { PathPolicy } from '../fs/path-policy.js';
import type { Logger } from '../logger.js';
import { analyzeDrift } from './analyze.js';
import { releaseCsvWorkers } from './readers/csv-worker.js';
import { openDataset } from './readers/open-dataset.js';
import type { Table } from './readers/table.js';
import { releaseDecodeBuffers } from './readers/column-builder.js';
import { renderMarkdown } from './render-markdown.js';
import { renderPrometheus } from './render-prometheus.js';
import type { DriftReport } from './report-schema.js';
import type { DriftSettings } from './settings.js';

export const REPORT_FILES = { json: 'report.json', markdown: 'report.md', metrics: 'metrics.prom' } as const;

export interface DriftRunOptions {
  workspace: string;
  reference: string;
  current: string;
  reportDir: string;
  settings: DriftSettings;
  logger: Logger;
  /** Threads per file to parse with, and to analyse with (default: available cores). */
  workers?: number;
  now?: Date;
}

export interface DriftRunResult {
  report: DriftReport;
  markdown: string;
  metrics: string;
  /** Written files, relative to the workspace (absolute when the report directory is outside it). */
  files: { json: string; markdown: string; metrics: string };
}

export async function runDriftReport(options: DriftRunOptions): Promise<DriftRunResult> {
  // Inputs may name files outside the workspace (runner.temp, a mounted volume); see path-policy.ts.
  const policy = PathPolicy.forWorkspace(options.workspace);
  const refPath = policy.resolveInput(options.reference, 'reference');
  const curPath = policy.resolveInput(options.current, 'current');
  const dir = policy.resolveInput(options.reportDir, 'report-dir', 'write');
  const started = performance.now();
  let ref: Table;
  let cur: Table;
  try {
    ref = await openDataset({
      path: refPath,
      source: options.reference,
      inputName: 'reference',
      paths: policy,
      workers: options.workers,
    });
    cur = await openDataset({
      path: curPath,
      source: options.current,
      inputName: 'current',
      paths: policy,
      workers: options.workers,
    });
  } finally {
    // The CSV workers parsed both files; their memory is not needed for the analysis.
    await releaseCsvWorkers();
  }
  options.logger.debug(
    `read ${ref.rows} + ${cur.rows} rows in ${(performance.now() - started).toFixed(0)} ms`,
  );
  // Decoded copies of compact columns reuse one buffer per side, so the analysis makes little garbage
  // and needs no forced collections.
  const threads = options.workers ?? availableParallelism();
  const report = analyzeDrift(ref, cur, options.settings, options.now, undefined, threads);
  releaseDecodeBuffers();
  const markdown = renderMarkdown(report);
  const metrics = renderPrometheus(report);
  const json = `${JSON.stringify(report, null, 2)}\n`;
  const paths = {
    json: join(dir, REPORT_FILES.json),
    markdown: join(dir, REPORT_FILES.markdown),
    metrics: join(dir, REPORT_FILES.metrics),
  };
  // All three or none: a full disk must not leave a new report.json beside an old metrics.prom.
  await writeFilesAtomic([
    { path: paths.json, data: json },
    { path: paths.markdown, data: markdown },
    { path: paths.metrics, data: metrics },
  ]);
  const rel = (p: string) => (policy.contains(p) ? relative(policy.root, p) || '.' : p);
  return {
    report,
    markdown,
    metrics,
    files: { json: rel(paths.json), markdown: rel(paths.markdown), metrics: rel(paths.metrics) },
  };
}
