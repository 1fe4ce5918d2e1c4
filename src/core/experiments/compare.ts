import type { Direction } from './directions.js';
import type { DataEntry, ParamValue, RunRecord, SeriesPoint } from '../registry/run-records.js';
import { type DirChanges, diffFileMaps } from '../dvc/manifest-diff.js';

export type { DirChanges };

export type Verdict = 'improved' | 'regressed' | 'unchanged' | 'changed' | 'new' | 'removed';

export interface MetricRow {
  key: string;
  baseline: number | undefined;
  current: number | undefined;
  change: number | undefined;
  /** Change relative to |baseline|, in percent; undefined when the baseline is 0 or missing. */
  percent: number | undefined;
  direction: Direction | undefined;
  verdict: Verdict;
}

export interface ParamRow {
  key: string;
  baseline: ParamValue | undefined;
  current: ParamValue | undefined;
  changed: boolean;
}

export interface DataRow {
  path: string;
  baseline: DataEntry | undefined;
  current: DataEntry | undefined;
  status: 'added' | 'removed' | 'modified' | 'unchanged';
}

export interface SeriesPair {
  key: string;
  baseline: SeriesPoint[] | undefined;
  current: SeriesPoint[] | undefined;
}

export interface Comparison {
  metrics: MetricRow[];
  params: ParamRow[];
  data: DataRow[];
  series: SeriesPair[];
  improved: string[];
  regressed: string[];
}

const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function sameNumber(a: number, b: number): boolean {
  return a === b || Math.abs(a - b) <= 1e-12 * Math.max(Math.abs(a), Math.abs(b));
}

function metricRow(
  key: string,
  baseline: number | undefined,
  current: number | undefined,
  direction: Direction | undefined,
): MetricRow {
  if (baseline === undefined || current === undefined) {
    return {
      key,
      baseline,
      current,
      change: undefined,
      percent: undefined,
      direction,
      verdict: baseline === undefined ? 'new' : 'removed',
    };
  }
  const change = current - baseline;
  const percent = baseline === 0 ? undefined : (change / Math.abs(baseline)) * 100;
  let verdict: Verdict;
  if (sameNumber(baseline, current)) verdict = 'unchanged';
  else if (direction === undefined) verdict = 'changed';
  else verdict = change > 0 === (direction === 'higher') ? 'improved' : 'regressed';
  return { key, baseline, current, change, percent, direction, verdict };
}

function sameParam(a: ParamValue | undefined, b: ParamValue | undefined): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Compare a run with its baseline (or with nothing: every metric is then 'new'). Pure. */
export function compareRuns(
  current: RunRecord,
  baseline: RunRecord | undefined,
  direction: (key: string) => Direction | undefined,
): Comparison {
  const base: Pick<RunRecord, 'metrics' | 'params' | 'data' | 'series'> = baseline ?? {
    metrics: {},
    params: {},
    data: [],
    series: {},
  };
  const metricKeys = [...new Set([...Object.keys(current.metrics), ...Object.keys(base.metrics)])].sort(
    byKey,
  );
  const metrics = metricKeys.map((key) =>
    metricRow(key, base.metrics[key], current.metrics[key], direction(key)),
  );

  const paramKeys = [...new Set([...Object.keys(current.params), ...Object.keys(base.params)])].sort(byKey);
  const params = paramKeys.map((key) => {
    const b = Object.hasOwn(base.params, key) ? base.params[key] : undefined;
    const c = Object.hasOwn(current.params, key) ? current.params[key] : undefined;
    return { key, baseline: b, current: c, changed: baseline !== undefined && !sameParam(b, c) };
  });

  const baseData = new Map(base.data.map((d) => [d.path, d]));
  const currentData = new Map(current.data.map((d) => [d.path, d]));
  const dataPaths = [...new Set([...baseData.keys(), ...currentData.keys()])].sort(byKey);
  const data = dataPaths.map((path): DataRow => {
    const b = baseData.get(path);
    const c = currentData.get(path);
    const status = !b ? 'added' : !c ? 'removed' : b.md5 === c.md5 ? 'unchanged' : 'modified';
    return { path, baseline: b, current: c, status };
  });

  const seriesKeys = [...new Set([...Object.keys(current.series), ...Object.keys(base.series)])].sort(byKey);
  const series = seriesKeys.map((key) => ({ key, baseline: base.series[key], current: current.series[key] }));

  return {
    metrics,
    params,
    data,
    series,
    improved: metrics.filter((m) => m.verdict === 'improved').map((m) => m.key),
    regressed: metrics.filter((m) => m.verdict === 'regressed').map((m) => m.key),
  };
}

/** Per-file differences between two `.dir` manifests. */
export function diffManifests(
  baseline: readonly { md5: string; relpath: string }[],
  current: readonly { md5: string; relpath: string }[],
): DirChanges {
  return diffFileMaps(
    new Map(baseline.map((e) => [e.relpath, e.md5])),
    new Map(current.map((e) => [e.relpath, e.md5])),
  );
}
