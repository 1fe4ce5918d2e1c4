/**
 * Release notes of a production deployment: the metrics against the previous production version, the params
 * that changed, the data hashes, the image digest, the run, the gate table, and how to roll back. Built only
 * from the deployment record and run records, so a rerun writes the same notes.
 */

import { code, escapeMarkdown, table } from '../report/markdown.js';
import type { DeployRecord } from '../registry/deploy-records.js';
import type { ParamValue, RunRecord } from '../registry/run-records.js';
import { formatNumber } from './limits.js';
import { deploymentFlowchart } from './lineage.js';
import { gateCounts, gateTable } from './render.js';

export interface ReleaseNotesInput {
  record: DeployRecord;
  run: RunRecord | undefined;
  /** The run of the version production showed before, when known. */
  previousRun: RunRecord | undefined;
}

const MAX_ROWS = 50;

const paramText = (v: ParamValue | undefined) => (v === undefined ? '—' : code(JSON.stringify(v)));

function metricsTable(
  run: RunRecord,
  previous: RunRecord | undefined,
  prevVersion: string | undefined,
): string {
  const keys = [...new Set([...Object.keys(run.metrics), ...Object.keys(previous?.metrics ?? {})])].sort();
  const rows = keys.slice(0, MAX_ROWS).map((key) => {
    const now = run.metrics[key];
    const before = previous?.metrics[key];
    const delta = now !== undefined && before !== undefined ? now - before : undefined;
    return [
      code(key),
      now === undefined ? '—' : formatNumber(now),
      before === undefined ? '—' : formatNumber(before),
      delta === undefined ? '' : `${delta > 0 ? '+' : ''}${formatNumber(delta)}`,
    ];
  });
  const header = previous
    ? ['Metric', 'This version', `${prevVersion ?? 'previous'}`, 'Change']
    : ['Metric', 'This version', 'Previous', ''];
  return table(
    header.map((h) => escapeMarkdown(h)),
    rows,
    ['left', 'right', 'right', 'right'],
  );
}

function paramsTable(run: RunRecord, previous: RunRecord): string | undefined {
  const keys = [...new Set([...Object.keys(run.params), ...Object.keys(previous.params)])].sort();
  const changed = keys.filter((k) => JSON.stringify(run.params[k]) !== JSON.stringify(previous.params[k]));
  if (changed.length === 0) return undefined;
  return table(
    ['Param', 'Before', 'Now'],
    changed.slice(0, MAX_ROWS).map((k) => [code(k), paramText(previous.params[k]), paramText(run.params[k])]),
  );
}

export function releaseName(record: DeployRecord): string {
  return `${record.model} ${record.version}`;
}

export function renderReleaseNotes(input: ReleaseNotesInput): string {
  const { record, run, previousRun } = input;
  const prev = record.previous;
  const lines = [
    `## ${code(record.model)} ${code(record.version)} in ${code(record.environment)}`,
    '',
    prev
      ? `Replaces ${code(prev.version)} (${code(prev.commit.slice(0, 7))}). Gates: ${gateCounts(record.gates) || 'none configured'}.`
      : `The first version in ${escapeMarkdown(record.environment)}. Gates: ${gateCounts(record.gates) || 'none configured'}.`,
    '',
  ];
  if (run) {
    lines.push('### Metrics', '', metricsTable(run, previousRun, prev?.version), '');
    const params = previousRun ? paramsTable(run, previousRun) : undefined;
    if (params) lines.push('### Changed params', '', params, '');
    if (run.data.length > 0) {
      lines.push(
        '### Data',
        '',
        table(
          ['Path', 'md5'],
          run.data.slice(0, MAX_ROWS).map((d) => [code(d.path), code(d.md5)]),
        ),
        '',
      );
    }
  }
  lines.push(
    '### Lineage',
    '',
    deploymentFlowchart({
      ...record,
      status: 'deployed',
      at: record.recordedAt,
      data: run?.data ?? [],
    }),
    '',
    `Drift records after the deployment: ${code(`mlops lineage ${record.model}@${record.version}`)}.`,
    '',
  );
  lines.push('### Image and run', '');
  lines.push(`- Image: ${record.image ? code(record.image) : '—'}`);
  lines.push(`- Commit: ${code(record.commit)}`);
  if (record.run) {
    const link = record.run.url ? ` (${record.run.url})` : '';
    lines.push(`- Run: ${code(`${record.run.experiment}/${record.run.id}`)}${link}`);
  }
  if (record.runUrl) lines.push(`- Deployed by workflow run ${record.runUrl}`);
  lines.push('', '### Gates', '', gateTable(record.gates), '', '### Roll back', '');
  const target = prev ? code(prev.version) : 'the previous version';
  lines.push(
    `Run gated-deploy with \`command: rollback\` for ${code(record.environment)} (or from a terminal: ` +
      `${code(`mlops gated-deploy rollback --name ${record.model} --environment ${record.environment}`)}). ` +
      `It assigns ${target} to ${code(record.environment)} again and unassigns ${code(record.version)} ` +
      '(so `gto show` agrees), and pins the image recorded for it.',
  );
  return lines.join('\n');
}
