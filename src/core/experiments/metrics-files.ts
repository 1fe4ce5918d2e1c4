import { extname } from 'node:path';
import { ConfigurationError } from '../errors.js';
import { checkNesting } from '../structured/nesting.js';
import { flatten, isMapping } from '../structured/flatten.js';
import type { SeriesPoint } from '../registry/run-records.js';
import { parseStructured } from './structured-file.js';

export interface MetricsRead {
  /** Dotted key → final value. */
  metrics: Map<string, number>;
  /** Series key → points in step order. */
  series: Map<string, SeriesPoint[]>;
}

const SERIES_EXTENSIONS = new Set(['.csv', '.tsv', '.jsonl', '.ndjson']);
/** Columns dvclive writes beside the value that are not metrics themselves. */
const IGNORED_COLUMNS = new Set(['step', 'timestamp']);

export function isSeriesFile(path: string): boolean {
  return SERIES_EXTENSIONS.has(extname(path).toLowerCase());
}

/** Parse one metrics file's text; `display` (the path as the user gave it) names it in every error. */
export function parseMetricsFile(text: string, display: string): MetricsRead {
  if (isSeriesFile(display)) return { metrics: new Map(), series: parseSeries(text, display) };
  const value = parseStructured(text, display);
  if (!isMapping(value)) {
    throw new ConfigurationError(
      `Metrics file ${display} must hold a mapping of metric names to numbers, got ${describe(value)}.`,
      { file: display },
    );
  }
  const metrics = new Map<string, number>();
  for (const [key, leaf] of flatten(value)) {
    if (typeof leaf !== 'number' || !Number.isFinite(leaf)) {
      throw new ConfigurationError(
        `Metrics file ${display}: metric '${key}' must be a finite number, got ${describe(leaf)}.`,
        { file: display },
      );
    }
    metrics.set(key, leaf);
  }
  return { metrics, series: new Map() };
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return 'nothing (null)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string')
    return `the text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  if (typeof value === 'number') return String(value);
  return `a ${typeof value}`;
}

/**
 * dvclive writes `dvclive/plots/metrics/<dir>/<name>.tsv`; the series for `train/loss.tsv` is called
 * `train.loss`, matching the dotted key `train.loss` in dvclive's metrics.json, so summary and curve line up.
 */
function seriesPrefix(display: string): string {
  const normal = display.replace(/\\/g, '/');
  const marker = normal.lastIndexOf('plots/metrics/');
  if (marker < 0) return '';
  const rest = normal.slice(marker + 'plots/metrics/'.length).split('/');
  rest.pop();
  return rest.filter(Boolean).join('.');
}

function seriesKey(prefix: string, column: string): string {
  return prefix === '' ? column : `${prefix}.${column}`;
}

function parseSeries(text: string, display: string): Map<string, SeriesPoint[]> {
  const ext = extname(display).toLowerCase();
  const rows =
    ext === '.jsonl' || ext === '.ndjson' ? jsonLines(text, display) : delimited(text, display, ext);
  const prefix = seriesPrefix(display);
  const series = new Map<string, SeriesPoint[]>();
  for (const row of rows) {
    const stepRaw = row.values.get('step');
    const step = toNumber(stepRaw);
    if (step === undefined) {
      throw new ConfigurationError(
        `Metrics file ${display}, line ${row.line}: 'step' must be a number, got ${describe(stepRaw)}.`,
        { file: display, line: row.line },
      );
    }
    for (const [column, raw] of row.values) {
      if (IGNORED_COLUMNS.has(column) || raw === '' || raw === undefined || raw === null) continue;
      const value = toNumber(raw);
      if (value === undefined) {
        throw new ConfigurationError(
          `Metrics file ${display}, line ${row.line}: metric '${column}' must be a number, got ${describe(raw)}.`,
          { file: display, line: row.line },
        );
      }
      const key = seriesKey(prefix, column);
      let points = series.get(key);
      if (!points) series.set(key, (points = []));
      points.push([step, value]);
    }
  }
  for (const points of series.values()) points.sort((a, b) => a[0] - b[0]);
  return series;
}

function toNumber(raw: unknown): number | undefined {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : undefined;
  if (typeof raw !== 'string' || raw.trim() === '') return undefined;
  const n = Number(raw.trim());
  return Number.isFinite(n) ? n : undefined;
}

interface Row {
  line: number;
  values: Map<string, unknown>;
}

function jsonLines(text: string, display: string): Row[] {
  const rows: Row[] = [];
  text.split(/\r?\n/).forEach((source, index) => {
    if (source.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(source);
    } catch (error) {
      throw new ConfigurationError(
        `Metrics file ${display}, line ${index + 1}: not valid JSON: ${(error as Error).message}`,
        { file: display, line: index + 1 },
      );
    }
    checkNesting(value, display, index + 1);
    if (!isMapping(value) || !('step' in value)) {
      throw new ConfigurationError(
        `Metrics file ${display}, line ${index + 1}: each line must be an object with a 'step' field.`,
        { file: display, line: index + 1 },
      );
    }
    rows.push({ line: index + 1, values: flatten(value) });
  });
  return rows;
}

function delimited(text: string, display: string, ext: string): Row[] {
  const separator = ext === '.tsv' ? '\t' : ',';
  const lines = text.split(/\r?\n/);
  const header = splitLine(lines[0] ?? '', separator).map((h) => h.trim());
  if (!header.includes('step')) {
    throw new ConfigurationError(
      `Metrics file ${display}: a step series needs a 'step' column (found: ${header.join(', ') || 'no header'}).`,
      { file: display, line: 1 },
    );
  }
  const rows: Row[] = [];
  for (let i = 1; i < lines.length; i++) {
    const source = lines[i]!;
    if (source.trim() === '') continue;
    const cells = splitLine(source, separator);
    const values = new Map<string, unknown>();
    header.forEach((name, column) => values.set(name, cells[column]?.trim() ?? ''));
    rows.push({ line: i + 1, values });
  }
  return rows;
}

/** One CSV/TSV line; double-quoted cells may hold the separator and "" for a quote. */
function splitLine(line: string, separator: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === separator) {
      cells.push(cell);
      cell = '';
    } else cell += ch;
  }
  cells.push(cell);
  return cells;
}
