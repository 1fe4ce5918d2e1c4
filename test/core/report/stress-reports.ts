/**
 * Reports built from the inputs that used to break the charts: a numeric column on a narrow range
 * (10000.0–10002.5), 30 categories whose long names share a prefix, names that sanitise to the same text,
 * huge and tiny magnitudes, more columns than the table shows; step curves that are long and noisy, of runs
 * of different lengths, with tiny values, and more series than are charted.
 */
import { analyzeDrift } from '../../../src/core/drift/analyze.js';
import type { Table } from '../../../src/core/drift/readers/table.js';
import { renderMarkdown } from '../../../src/core/drift/render-markdown.js';
import { mergeSettings } from '../../../src/core/drift/settings.js';
import { compareRuns } from '../../../src/core/experiments/compare.js';
import { directionResolver } from '../../../src/core/experiments/directions.js';
import type { SeriesPoint } from '../../../src/core/registry/run-records.js';
import { COMMENT_LIMIT, renderReport } from '../../../src/core/experiments/report.js';
import { mulberry32 } from '../../../scripts/mulberry32.js';
import { makeRecord } from '../experiments/records.js';
import { NO_INPUTS, table } from '../drift/tables.js';

const SEGMENT = 'customer_segment_region_north_west_premium_tier_';
const SYMBOLS = [
  'a*b',
  'a?b',
  'a/b',
  'a b',
  'город_Санкт-Петербург_Адмиралтейский_район',
  'город_Санкт-Петербург_Василеостровский_район',
];

function dataset(source: string, n: number, shift: number, seed: number): Table {
  const random = mulberry32(seed);
  const pick = <T>(values: readonly T[], skew: number) =>
    values[Math.min(values.length - 1, Math.floor(random() ** (1 + skew) * values.length))]!;
  const segments = Array.from(
    { length: 30 },
    (_, i) => `${SEGMENT}${String.fromCharCode(65 + (i % 26))}${i}`,
  );
  const columns: Record<string, (number | string)[]> = {
    narrow_range: Array.from({ length: n }, () => 10000 + random() * 2.5 * (1 - shift / 3) + shift / 2),
    customer_segment: Array.from({ length: n }, () => pick(segments, shift * 2)),
    symbol_names: Array.from({ length: n }, () => pick(SYMBOLS, shift)),
    huge_values: Array.from({ length: n }, () => 1e12 + random() * 1e9 * (1 + shift)),
    tiny_values: Array.from({ length: n }, () => random() * 1e-9 * (1 + shift)),
  };
  for (let f = 1; f <= 16; f++) {
    columns[`feature_${String(f).padStart(2, '0')}`] = Array.from(
      { length: n },
      () => random() * 10 + (f === 16 ? shift * 3 : 0),
    );
  }
  return table(source, columns);
}

/** A drift report over the stress columns: 21 columns, several drifted, every chart kind. */
export function stressDriftMarkdown(): string {
  const settings = mergeSettings(undefined, NO_INPUTS);
  const report = analyzeDrift(
    dataset('data/reference.csv', 3000, 0, 1),
    dataset('data/current.csv', 3000, 1, 2),
    settings,
    new Date('2026-01-02T03:04:05Z'),
  );
  return renderMarkdown(report);
}

function curve(steps: number, f: (s: number) => number): SeriesPoint[] {
  return Array.from({ length: steps }, (_, s) => [s, f(s)] as SeriesPoint);
}

/** A PR comment with regressions, long noisy curves of different lengths, tiny values and 10 series. */
export function stressExperimentMarkdown(): string {
  const noise = mulberry32(7);
  const seriesOf = (run: number, steps: number): Record<string, SeriesPoint[]> => ({
    batch_loss: curve(steps, (s) => 2 / (1 + s / 100) + (noise() - 0.5) * 0.6 + run * 0.05),
    val_loss: curve(40, (s) => 1 / (1 + s / 5) + run * 0.02),
    accuracy: curve(40, (s) => 0.9 - 0.4 / (1 + s / 4) - run * 0.01),
    learning_rate: curve(steps, (s) => 1e-5 * 0.999 ** s),
    grad_norm: curve(steps, (s) => 5 + Math.sin(s / 30) + noise()),
    ...Object.fromEntries(
      Array.from({ length: 5 }, (_, i) => [`aux_metric_${i}`, curve(40, (s) => i + s / 40 + run / 10)]),
    ),
  });
  const baseline = makeRecord({
    id: 'base-run',
    metrics: { accuracy: 0.87, val_loss: 0.2, batch_loss: 0.8, f1: 0.7, latency_ms: 12 },
    series: seriesOf(0, 1200),
  });
  const current = makeRecord({
    id: 'pr-run',
    metrics: { accuracy: 0.86, val_loss: 0.24, batch_loss: 0.75, f1: 0.72, latency_ms: 12 },
    series: seriesOf(1, 2000),
  });
  return renderReport(
    {
      record: current,
      baseline: { record: baseline, kind: 'base-commit', reason: 'run `base-run`' },
      comparison: compareRuns(current, baseline, directionResolver()),
      dirChanges: new Map(),
      storage: { branch: 'mlops/registry', path: 'runs/demo/pr-run.json' },
      pullRequest: true,
    },
    COMMENT_LIMIT,
  );
}

export interface ChartSource {
  text: string;
  /** Labels of a category axis (`x-axis [..]`), undefined for a numeric axis. */
  categories: string[] | undefined;
  /** Values of each `line`/`bar` series. */
  series: number[][];
}

/** The ```mermaid blocks of a markdown document, with their category labels and series, as written. */
export function chartSources(markdown: string): ChartSource[] {
  return [...markdown.matchAll(/```mermaid\n([\s\S]*?)\n```/g)].map((m) => {
    const text = m[1]!;
    const band = /^\s*x-axis(?: "[^"]*")? \[(.*)\]\s*$/m.exec(text)?.[1];
    const categories = band === undefined ? undefined : [...band.matchAll(/"([^"]*)"/g)].map((l) => l[1]!);
    const series = [...text.matchAll(/^\s*(?:line|bar) \[(.*)\]\s*$/gm)].map((s) =>
      s[1]!.split(', ').map(Number),
    );
    return { text, categories, series };
  });
}
