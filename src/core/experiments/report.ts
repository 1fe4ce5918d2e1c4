import { code, details, escapeMarkdown, table } from '../report/markdown.js';
import type { Baseline } from './baseline.js';
import type { Comparison, DataRow, DirChanges, MetricRow, SeriesPair } from './compare.js';
import { stepChart } from './mermaid-chart.js';
import type { ParamValue, RunRecord } from '../registry/run-records.js';

/** GitHub rejects comment bodies over 65,536 characters (422). Keep a margin for the note. */
export const COMMENT_LIMIT = 65_536;
/** Job summaries may hold 1 MiB per step, in bytes (renderReport with unit 'bytes'). */
export const SUMMARY_LIMIT = 1024 * 1024;
const MAX_CHARTS = 8;
/** Charts after these are folded into a <details> block. */
const OPEN_CHARTS = 3;
/** Beyond this many metric rows, unchanged metrics are folded into a <details> block. */
const TABLE_ROWS = 15;
const MAX_FILES_LISTED = 50;

export interface ReportInput {
  record: RunRecord;
  baseline: Baseline | undefined;
  comparison: Comparison;
  /** Per-file changes of directories whose `.dir` manifests were both in the cache, by data path. */
  dirChanges: ReadonlyMap<string, DirChanges>;
  /** Where the record went: on the branch, or kept locally because it could not be stored. */
  storage: { branch: string; path: string } | { keptAt: string; reason: string };
  pullRequest: boolean;
}

/** The hidden marker that identifies this experiment's sticky comment. */
export function commentMarker(experiment: string): string {
  return `<!-- mlops-actions:track-experiment:${experiment} -->`;
}

function fmt(value: number | undefined): string {
  if (value === undefined) return '-';
  if (Number.isInteger(value)) return String(value);
  // DVC rounds to 5 significant digits in its tables.
  return String(Number(value.toPrecision(5)));
}

function signed(value: number | undefined, suffix = ''): string {
  if (value === undefined) return '-';
  const text = `${fmt(value)}${suffix}`;
  return value > 0 ? `+${text}` : text;
}

/** Percentages to 3 significant digits: enough to tell changes apart, short enough to scan. */
function percentText(value: number): string {
  const text = `${String(Number(value.toPrecision(3)))}%`;
  return value > 0 ? `+${text}` : text;
}

const MARK: Record<MetricRow['verdict'], string> = {
  improved: '✅',
  regressed: '❌',
  unchanged: '',
  changed: '',
  new: '🆕',
  removed: '➖',
};

/** Regressions first, then improvements, other changes, new and removed metrics, unchanged last. */
const VERDICT_ORDER: MetricRow['verdict'][] = [
  'regressed',
  'improved',
  'changed',
  'new',
  'removed',
  'unchanged',
];

function byVerdict(rows: readonly MetricRow[]): MetricRow[] {
  return [...rows].sort((a, b) => VERDICT_ORDER.indexOf(a.verdict) - VERDICT_ORDER.indexOf(b.verdict));
}

function metricsTable(rows: readonly MetricRow[], currentLabel: string, withBaseline: boolean): string {
  if (!withBaseline) {
    return table(
      ['Metric', 'Value'],
      rows.map((r) => [code(r.key), fmt(r.current)]),
      ['left', 'right'],
    );
  }
  // The verdict comes first, so a long metric name cannot push it out of view.
  return table(
    ['', 'Metric', 'Baseline', currentLabel, 'Change', '%'],
    rows.map((r) => [
      MARK[r.verdict],
      code(r.key),
      fmt(r.baseline),
      fmt(r.current),
      signed(r.change),
      r.percent === undefined ? '-' : percentText(r.percent),
    ]),
    ['center', 'left', 'right', 'right', 'right', 'right'],
  );
}

function metricsSection(rows: readonly MetricRow[], currentLabel: string, withBaseline: boolean): string {
  if (rows.length === 0) return '#### Metrics\n\nNo metrics were recorded.';
  const sorted = byVerdict(rows);
  // Long lists: what changed stays in view, the rest is folded.
  const foldable = (r: MetricRow) => (withBaseline ? r.verdict === 'unchanged' : true);
  let shown = sorted;
  let folded: MetricRow[] = [];
  if (sorted.length > TABLE_ROWS) {
    const keep = sorted.filter((r) => !foldable(r));
    const quiet = sorted.filter(foldable);
    const room = Math.max(0, TABLE_ROWS - keep.length);
    shown = [...keep, ...quiet.slice(0, withBaseline ? 0 : room)];
    folded = quiet.slice(withBaseline ? 0 : room);
  }
  const parts = ['#### Metrics', '', metricsTable(shown, currentLabel, withBaseline)];
  if (folded.length > 0) {
    const what = withBaseline ? 'unchanged metrics' : 'more metrics';
    parts.push('', details(`${folded.length} ${what}`, metricsTable(folded, currentLabel, withBaseline)));
  }
  if (withBaseline) {
    parts.push(
      '',
      "<sub>✅ improvement · ❌ regression, by each metric's direction (`.mlops.yml` `metrics.directions`, or the name: loss/error → lower, accuracy/f1/auc → higher); unmarked changes have no known direction.</sub>",
    );
  }
  return parts.join('\n');
}

function paramText(value: ParamValue | undefined): string {
  if (value === undefined) return '-';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return code(text.length > 200 ? `${text.slice(0, 200)}…` : text);
}

function paramsSection(input: ReportInput, currentLabel: string): string {
  const rows = input.comparison.params;
  if (rows.length === 0) return '';
  const all = table(
    ['Param', 'Value'],
    rows.filter((r) => r.current !== undefined).map((r) => [code(r.key), paramText(r.current)]),
  );
  const changed = rows.filter((r) => r.changed);
  const head =
    input.baseline === undefined
      ? '#### Params'
      : changed.length === 0
        ? '#### Params\n\nNo params changed.'
        : [
            `#### Params (${changed.length} changed)`,
            '',
            table(
              ['Param', 'Baseline', currentLabel],
              changed.map((r) => [code(r.key), paramText(r.baseline), paramText(r.current)]),
            ),
          ].join('\n');
  return `${head}\n\n${details(`All params: ${rows.filter((r) => r.current !== undefined).length}`, all)}`;
}

function short(md5: string | undefined): string {
  return md5 === undefined ? '-' : code(md5.replace(/^([0-9a-f]{10})[0-9a-f]*/, '$1'));
}

function dirDetails(path: string, changes: DirChanges): string {
  const list = (title: string, files: readonly string[]) =>
    files.length === 0
      ? ''
      : `**${title}** (${files.length})\n\n${files
          .slice(0, MAX_FILES_LISTED)
          .map((f) => `- ${code(f)}`)
          .join(
            '\n',
          )}${files.length > MAX_FILES_LISTED ? `\n- … ${files.length - MAX_FILES_LISTED} more` : ''}`;
  const body = [
    list('Added', changes.added),
    list('Removed', changes.removed),
    list('Modified', changes.modified),
  ]
    .filter(Boolean)
    .join('\n\n');
  return details(
    `${path}: ${changes.added.length} added, ${changes.removed.length} removed, ${changes.modified.length} modified`,
    body || 'No file-level differences.',
  );
}

function dataSection(input: ReportInput, currentLabel: string): string {
  const rows = input.comparison.data;
  if (rows.length === 0) return '';
  if (input.baseline === undefined) {
    return [
      '#### Data',
      '',
      table(
        ['Path', 'Hash', 'Files', 'Source'],
        rows.map((r) => [
          code(r.path),
          short(r.current?.md5),
          r.current?.nfiles === undefined ? '-' : String(r.current.nfiles),
          code(r.current?.source ?? ''),
        ]),
      ),
    ].join('\n');
  }
  const changed = rows.filter((r) => r.status !== 'unchanged');
  if (changed.length === 0)
    return `#### Data\n\nNo data changes (${rows.length} tracked path${rows.length === 1 ? '' : 's'}).`;
  const cell = (r: DataRow) => r.status;
  const dirs = changed
    .map((r) => {
      const c = input.dirChanges.get(r.path);
      return c ? dirDetails(r.path, c) : '';
    })
    .filter(Boolean);
  return [
    `#### Data (${changed.length} changed)`,
    '',
    table(
      ['Path', 'Baseline', currentLabel, 'Change'],
      changed.map((r) => [code(r.path), short(r.baseline?.md5), short(r.current?.md5), cell(r)]),
    ),
    ...(dirs.length > 0 ? ['', ...dirs] : []),
  ].join('\n');
}

/** Series of regressed metrics first, then improved ones, then the rest (each alphabetically). */
function chartOrder(input: ReportInput): SeriesPair[] {
  const verdicts = new Map(input.comparison.metrics.map((m) => [m.key, m.verdict]));
  const rank = (key: string) => {
    const v = verdicts.get(key);
    return v === 'regressed' ? 0 : v === 'improved' ? 1 : 2;
  };
  return input.comparison.series
    .filter((s) => (s.current?.length ?? 0) > 0 || (s.baseline?.length ?? 0) > 0)
    .sort((a, b) => rank(a.key) - rank(b.key));
}

function curvesSection(input: ReportInput, currentLabel: string): string {
  const pairs = chartOrder(input);
  if (pairs.length === 0) return '';
  const current = currentLabel.replace(/^This/, 'this');
  const charts = pairs
    .slice(0, MAX_CHARTS)
    .map((p) =>
      stepChart(p.key, [
        ...(input.baseline === undefined
          ? []
          : [{ name: 'baseline', colour: 'grey', points: p.baseline ?? [] }]),
        { name: current, colour: 'blue', points: p.current ?? [] },
      ]),
    )
    .filter(Boolean);
  const baseline =
    input.baseline === undefined ? '' : `<sub>Baseline: run ${code(input.baseline.record.id)}.</sub>\n\n`;
  const open = charts.slice(0, OPEN_CHARTS).join('\n\n');
  const rest = charts.slice(OPEN_CHARTS);
  const folded =
    rest.length > 0 ? `\n\n${details(`${rest.length} more step curves`, rest.join('\n\n'))}` : '';
  const more =
    pairs.length > MAX_CHARTS ? `\n\n${pairs.length - MAX_CHARTS} more series are in the run record.` : '';
  return `#### Step curves\n\n${baseline}${open}${folded}${more}`;
}

function footer(input: ReportInput): string {
  const parts: string[] = [];
  if (input.record.runUrl) parts.push(`[Workflow run](${input.record.runUrl})`);
  if ('branch' in input.storage) {
    parts.push(`record ${code(input.storage.path)} on ${code(input.storage.branch)}`);
  } else {
    parts.push(
      `record not stored (${escapeMarkdown(input.storage.reason)}); kept at ${code(input.storage.keptAt)}`,
    );
  }
  if (input.record.git.commit) parts.push(`commit ${code(input.record.git.commit.slice(0, 7))}`);
  return `<sub>${parts.join(' · ')}</sub>`;
}

/** The report: the PR comment body and the job summary are the same markdown. Sections in order of importance. */
export function renderReportSections(input: ReportInput): { head: string; sections: string[] } {
  const { record, baseline, comparison } = input;
  const currentLabel = input.pullRequest ? 'This PR' : 'This run';
  const title = `### 🧪 Experiment ${code(record.experiment)}: run ${code(record.id)}`;
  let intro: string;
  if (baseline) {
    const counts = `**${comparison.improved.length} improved, ${comparison.regressed.length} regressed**`;
    intro = `Compared with ${baseline.reason}.\n\n${counts} of ${comparison.metrics.length} metric${comparison.metrics.length === 1 ? '' : 's'}.`;
  } else {
    intro = input.pullRequest
      ? `No baseline: no run of ${code(record.experiment)} is recorded on the base branch yet.`
      : `No earlier run of ${code(record.experiment)} on this branch to compare with.`;
  }
  const head = [commentMarker(record.experiment), title, '', intro].join('\n');
  const sections = [
    metricsSection(comparison.metrics, currentLabel, baseline !== undefined),
    paramsSection(input, currentLabel),
    dataSection(input, currentLabel),
    curvesSection(input, currentLabel),
    footer(input),
  ].filter(Boolean);
  return { head, sections };
}

/** Where every value of the run is, for notes that say a report was shortened. */
export function recordPlace(storage: ReportInput['storage']): string {
  return 'branch' in storage
    ? `the run record ${code(storage.path)} on ${code(storage.branch)}`
    : `the run record kept at ${code(storage.keptAt)}`;
}

/** A section's name for the note: its heading without the counts. */
function sectionName(section: string): string {
  const heading = /^#### ([^(\n]+)/m.exec(section)?.[1]?.trim();
  return heading ? heading.toLowerCase() : 'part of a section';
}

/**
 * Join the sections within `limit` (characters for a comment, bytes for a job summary): whole sections are
 * dropped from the least important end (curves, data, params) before anything is cut; as a last resort the
 * text is cut at a line break. A note says what was left out and where the full report is.
 */
export function renderReport(
  input: ReportInput,
  limit = COMMENT_LIMIT,
  unit: 'characters' | 'bytes' = 'characters',
): string {
  const size =
    unit === 'bytes' ? (text: string) => Buffer.byteLength(text, 'utf8') : (text: string) => text.length;
  const { head, sections } = renderReportSections(input);
  const last = sections[sections.length - 1]!; // the footer always stays
  const middle = sections.slice(0, -1);
  const where = input.record.runUrl ? `the [job summary](${input.record.runUrl})` : 'the job summary';
  const note = (left: readonly string[]) => {
    const what = left.length > 0 ? `left out: ${left.join(', ')}` : 'cut short';
    return unit === 'bytes'
      ? `> [!NOTE]\n> Summary shortened to fit GitHub's 1 MiB step-summary limit (${what}); every value is in ${recordPlace(input.storage)}.`
      : `> [!NOTE]\n> Report shortened to fit GitHub's ${limit.toLocaleString('en-US')}-character limit (${what}); the full report is in ${where} and ${recordPlace(input.storage)}.`;
  };
  const join = (parts: readonly string[]) => parts.join('\n\n');
  let kept = [...middle];
  let text = join([head, ...kept, last]);
  if (size(text) <= limit) return text;
  while (kept.length > 1) {
    kept = kept.slice(0, -1);
    text = join([head, ...kept, note(middle.slice(kept.length).map(sectionName)), last]);
    if (size(text) <= limit) return text;
  }
  const cutNote = note([`the rest of ${sectionName(kept[0]!)}`, ...middle.slice(1).map(sectionName)]);
  const room = limit - size(cutNote) - size(last) - 16;
  const lines: string[] = [];
  let used = 0;
  for (const line of join([head, kept[0]!]).split('\n')) {
    used += size(line) + 1;
    if (used > room) break;
    lines.push(line);
  }
  const cut = lines.join('\n');
  return join([cut, cutNote, last]);
}
