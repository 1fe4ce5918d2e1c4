/**
 * The markdown report (job summary, PR or issue body): verdict first, one row per column most severe
 * first, Mermaid `xychart-beta` charts of the most drifted columns, then data-quality findings.
 * Every user-controlled string (column names, categories, paths) is escaped.
 */

import { code, details, escapeMarkdown, table } from '../report/markdown.js';
import type { ColumnReport, DriftReport, Finding } from './report-schema.js';
import { TESTS } from './stat-tests.js';

export const MAX_CHARTS = 3;

/** How far past its threshold a column is: > 1 means drift (ties count as drift for ks/≥ tests). */
export function severity(c: ColumnReport): number {
  if (c.test === null || c.score === null || c.threshold === null) return -1;
  const score = c.adjustedPValue ?? c.score;
  if (TESTS[c.test].kind === 'p-value') return c.threshold / Math.max(score, Number.MIN_VALUE);
  return c.threshold === 0 ? (score > 0 ? Infinity : 0) : score / c.threshold;
}

export function bySeverity(columns: readonly ColumnReport[]): ColumnReport[] {
  return [...columns].sort(
    (a, b) =>
      Number(b.drifted) - Number(a.drifted) || severity(b) - severity(a) || a.name.localeCompare(b.name),
  );
}

export function formatScore(x: number | null | undefined): string {
  if (x === null || x === undefined) return '—';
  if (x === 0) return '0';
  if (!Number.isFinite(x)) return String(x);
  const abs = Math.abs(x);
  return abs < 1e-4 || abs >= 1e6 ? x.toExponential(2) : String(Number(x.toPrecision(4)));
}

const percent = (x: number): string => `${(x * 100).toFixed(x > 0 && x < 0.001 ? 2 : 1)}%`;

function verdict(c: ColumnReport): string {
  if (c.notTestedReason !== undefined) return `not tested: ${escapeMarkdown(c.notTestedReason)}`;
  return c.drifted ? '🔴 drift' : '🟢 no drift';
}

function scoreCell(c: ColumnReport): string {
  if (c.score === null) return '—';
  if (c.adjustedPValue === undefined) return formatScore(c.score);
  return `${formatScore(c.score)} (adj. ${formatScore(c.adjustedPValue)})`;
}

/** Text safe inside a quoted Mermaid string: no quotes, brackets, HTML or line breaks. */
export function mermaidText(text: string, max = 40): string {
  const clean = text.replace(/[^\p{L}\p{N} _.,:;+\-…()/%=]/gu, '_');
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}

function chart(c: ColumnReport): string | undefined {
  const d = c.distribution;
  if (!d || d.labels.length === 0) return undefined;
  const top = Math.max(...d.reference, ...d.current);
  const ceiling = Math.min(1, Math.ceil(top * 11) / 10) || 1;
  const series = (values: number[]) => `[${values.map((v) => Number(v.toFixed(4))).join(', ')}]`;
  return [
    '```mermaid',
    'xychart-beta',
    `    title "${mermaidText(c.name)}: reference (bars) vs current (line)"`,
    `    x-axis [${d.labels.map((l) => `"${mermaidText(l, 24)}"`).join(', ')}]`,
    `    y-axis "share of rows" 0 --> ${ceiling}`,
    `    bar ${series(d.reference)}`,
    `    line ${series(d.current)}`,
    '```',
  ].join('\n');
}

function findingLine(f: Finding): string {
  const icon = f.severity === 'warning' ? '⚠️' : 'ℹ️';
  return `- ${icon} ${code(f.column)} — ${escapeMarkdown(f.message)}`;
}

export function renderMarkdown(report: DriftReport, options: { title?: string } = {}): string {
  const s = report.summary;
  const out: string[] = [];
  const headline =
    s.tested === 0
      ? '⚪ No column could be tested'
      : s.datasetDrift
        ? `🔴 Dataset drift: ${s.drifted} of ${s.tested} columns drifted`
        : `🟢 No dataset drift: ${s.drifted} of ${s.tested} columns drifted`;
  out.push(`## ${options.title ? `${escapeMarkdown(options.title)}: ` : ''}${headline}`);
  out.push('');
  const correction =
    report.settings.correction === 'none' ? '' : `, p-values corrected (${report.settings.correction})`;
  out.push(
    `Drift share ${percent(s.share)} (dataset drift at ≥ ${percent(report.settings.driftShare)}${correction}). ` +
      `Reference ${code(report.reference.source)} (${report.reference.rows.toLocaleString('en-US')} rows) vs current ` +
      `${code(report.current.source)} (${report.current.rows.toLocaleString('en-US')} rows).` +
      (s.notTested > 0 ? ` ${s.notTested} column${s.notTested === 1 ? '' : 's'} not tested.` : ''),
  );
  out.push('');
  const sorted = bySeverity(report.columns);
  out.push(
    table(
      ['Column', 'Type', 'Test', 'Threshold', 'Score', 'Verdict', 'Missing ref → cur'],
      sorted.map((c) => [
        code(c.name),
        c.type,
        c.test ? escapeMarkdown(TESTS[c.test].label) : '—',
        c.threshold === null
          ? '—'
          : `${c.operator === '>=' ? '≥' : c.operator === '<' ? '<' : '≤'} ${formatScore(c.threshold)}`,
        scoreCell(c),
        verdict(c),
        `${percent(c.missingShare.reference)} → ${percent(c.missingShare.current)}`,
      ]),
      ['left', 'left', 'left', 'right', 'right', 'left', 'right'],
    ),
  );
  const charted = sorted.filter((c) => c.distribution && c.test !== null).slice(0, MAX_CHARTS);
  if (charted.length > 0) {
    out.push('');
    out.push(`### Distributions${s.drifted > 0 ? ' of the most drifted columns' : ''}`);
    for (const c of charted) {
      const body = chart(c);
      if (body) out.push('', body);
    }
  }
  if (report.findings.length > 0) {
    out.push('', '### Data quality', '');
    const ordered = [...report.findings].sort((a, b) =>
      a.severity === b.severity ? 0 : a.severity === 'warning' ? -1 : 1,
    );
    const lines = ordered.map(findingLine);
    out.push(
      lines.length > 15
        ? `${lines.slice(0, 15).join('\n')}\n\n${details(`${lines.length - 15} more findings`, lines.slice(15).join('\n'))}`
        : lines.join('\n'),
    );
  }
  out.push(
    '',
    '<sub>Tests and thresholds follow Evidently’s defaults (reference ≤ 1000 values: p-value tests; more: distances). ' +
      'Generated by mlops drift-report.</sub>',
    '',
  );
  return out.join('\n');
}
