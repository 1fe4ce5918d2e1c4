/**
 * The markdown report (job summary, PR or issue body): verdict first, one row per column most severe
 * first, Mermaid `xychart-beta` charts of the most drifted columns, then data-quality findings.
 * Every user-controlled string (column names, categories, paths) is escaped.
 */

import { code, details, escapeMarkdown, table } from '../report/markdown.js';
import { mermaidText } from '../report/mermaid.js';
import {
  CHART_WIDTH,
  CURRENT_COLOR,
  REFERENCE_COLOR,
  uniqueLabels,
  xychartHeader,
} from '../report/xychart.js';
import { edgeTexts } from './distribution.js';
import type { ColumnReport, DriftReport, Finding } from './report-schema.js';
import { TESTS, type TestName } from './stat-tests.js';

/** Distribution charts of the most drifted columns: the first few shown, the rest folded. */
export const MAX_CHARTS = 8;
export const OPEN_CHARTS = 3;
/** Beyond this many rows, columns without drift are folded into a <details> block. */
export const TABLE_ROWS = 15;

/** Test names short enough for a table cell (no-break spaces: each stays on one line). */
const SHORT_TEST: Record<TestName, string> = {
  ks: 'K-S\u00a0p-value',
  chisquare: 'chi-square\u00a0p-value',
  z: 'Z-test\u00a0p-value',
  wasserstein: 'Wasserstein\u00a0(normed)',
  jensenshannon: 'Jensen-Shannon',
  psi: 'PSI',
  kl: 'K-L\u00a0divergence',
};

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
  // No-break spaces keep the verdict on one line in a narrow column.
  if (c.notTestedReason !== undefined) return '⚪\u00a0not\u00a0tested';
  return c.drifted ? '🔴\u00a0drift' : '🟢\u00a0no\u00a0drift';
}

function testCell(c: ColumnReport): string {
  if (c.notTestedReason !== undefined) return escapeMarkdown(c.notTestedReason);
  return c.test ? escapeMarkdown(SHORT_TEST[c.test]) : '—';
}

function scoreCell(c: ColumnReport): string {
  if (c.score === null) return '—';
  if (c.adjustedPValue === undefined) return formatScore(c.score);
  return `${formatScore(c.score)} (adj. ${formatScore(c.adjustedPValue)})`;
}

const share = (x: number): string => `${Number((x * 100).toFixed(1))}%`;

/**
 * Reference as grey bars, current as a blue line. Numerical bins are labelled by their lower edge, with
 * as many digits as it takes to tell neighbours apart; categories, and bins whose labels would overlap
 * side by side, are horizontal bars, so labels have room. Categories beyond the charted ones are left
 * out, their share named in the title.
 */
function chart(c: ColumnReport): string | undefined {
  const d = c.distribution;
  if (!d || d.labels.length === 0) return undefined;
  const top = Math.max(...d.reference, ...d.current);
  const ceiling = Math.min(1, Math.ceil(top * 11) / 10) || 1;
  const series = (values: number[]) => `[${values.map((v) => Number(v.toFixed(4))).join(', ')}]`;
  const others = d.others
    ? ` · ${d.others.count} others not shown: ${share(d.others.reference)} → ${share(d.others.current)}`
    : '';
  const title = `${mermaidText(c.name)} · bars: reference, line: current${others}`;
  const edges = d.kind === 'bins' && d.edges && d.edges.length === d.labels.length + 1 ? d.edges : undefined;
  const labels = edges ? edgeTexts(edges).slice(0, -1) : d.labels.map((l) => mermaidText(l, Infinity));
  const orientation = c.type === 'categorical' || !fitsBelow(labels) ? 'horizontal' : 'vertical';
  // Short enough for the rotated axis title of a horizontal chart; the column is named in the title.
  const axisTitle = edges ? ` "bin start (width ${edgeTexts([edges[1]! - edges[0]!])[0]!})"` : '';
  const shown = uniqueLabels(labels, orientation === 'horizontal' ? 28 : 16);
  const xAxis = `x-axis${axisTitle} [${shown.map((l) => `"${l}"`).join(', ')}]`;
  return [
    '```mermaid',
    ...xychartHeader([REFERENCE_COLOR, CURRENT_COLOR], orientation),
    `    title "${title}"`,
    `    ${xAxis}`,
    `    y-axis "share of rows" 0 --> ${ceiling}`,
    `    bar ${series(d.reference)}`,
    `    line ${series(d.current)}`,
    '```',
  ].join('\n');
}

/** Whether labels fit side by side under a vertical chart (about 8.5 px a character at Mermaid's 14 px). */
function fitsBelow(labels: readonly string[]): boolean {
  const room = (CHART_WIDTH - 100) / labels.length - 6;
  return Math.max(...labels.map((l) => [...l].length)) * 8.5 <= room;
}

function columnTable(columns: readonly ColumnReport[]): string {
  return table(
    ['Verdict', 'Column', 'Type', 'Test', 'Threshold', 'Score', 'Missing ref → cur'],
    columns.map((c) => [
      verdict(c),
      code(c.name),
      c.type,
      testCell(c),
      c.threshold === null
        ? '—'
        : `${c.operator === '>=' ? '≥' : c.operator === '<' ? '<' : '≤'} ${formatScore(c.threshold)}`,
      scoreCell(c),
      `${percent(c.missingShare.reference)} → ${percent(c.missingShare.current)}`,
    ]),
    ['left', 'left', 'left', 'left', 'right', 'right', 'right'],
  );
}

/** Drifted and untested columns always show; columns without drift fill up to TABLE_ROWS, the rest fold. */
function columnsSection(sorted: readonly ColumnReport[]): string {
  if (sorted.length <= TABLE_ROWS) return columnTable(sorted);
  const notable = sorted.filter((c) => c.drifted || c.notTestedReason !== undefined);
  const quiet = sorted.filter((c) => !(c.drifted || c.notTestedReason !== undefined));
  const room = Math.max(0, TABLE_ROWS - notable.length);
  const shown = [...notable, ...quiet.slice(0, room)];
  const folded = quiet.slice(room);
  if (folded.length === 0) return columnTable(shown);
  return [
    columnTable(shown),
    '',
    details(`${folded.length} more columns without drift`, columnTable(folded)),
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
  out.push(columnsSection(sorted));
  // The drifted columns (most severe first); without drift, the few closest to their threshold.
  const chartable = sorted.filter((c) => c.distribution && c.test !== null);
  const drifted = chartable.filter((c) => c.drifted);
  const charted = drifted.length > 0 ? drifted.slice(0, MAX_CHARTS) : chartable.slice(0, OPEN_CHARTS);
  if (charted.length > 0) {
    out.push('');
    out.push(`### Distributions${s.drifted > 0 ? ' of the most drifted columns' : ''}`);
    const charts = charted.map(chart).filter((body): body is string => body !== undefined);
    for (const body of charts.slice(0, OPEN_CHARTS)) out.push('', body);
    const more = charts.slice(OPEN_CHARTS);
    if (more.length > 0) {
      out.push('', details(`${more.length} more distributions`, more.join('\n\n')));
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
