/**
 * The drift analysis: per selected column, clean both samples, pick Evidently's default test (or the
 * override), score it, then the dataset verdict, the optional multiple-testing correction and the
 * data-quality findings. Pure: tables and settings in, a report object out.
 */

import {
  distinctUnion,
  prepareColumn,
  storageKind,
  isNumericKind,
  unseenCategories,
  type PreparedColumn,
} from './column-sample.js';
import { adjustPValues } from './correction.js';
import { chartDistribution } from './distribution.js';
import type { ColumnData } from './readers/column-builder.js';
import type { Table } from './readers/table.js';
import { DRIFT_REPORT_VERSION, type ColumnReport, type DriftReport, type Finding } from './report-schema.js';
import { checkColumnNames, type DriftSettings } from './settings.js';
import {
  sampleBins,
  sampleCounts,
  defaultTest,
  isDrift,
  runTest,
  SMALL_REFERENCE_ROWS,
  TESTS,
  type TestName,
} from './stat-tests.js';
import type { Binned } from './stats/binning.js';
import type { CategoryCounts } from './stats/categories.js';
import { ConfigurationError } from '../errors.js';
import { type PrefetchCandidate, sharedCompact, WassersteinPrefetch } from './wasserstein-prefetch.js';

/** Absolute change in missing share reported as a finding. */
export const MISSING_SHARE_CHANGE = 0.05;

function share(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole;
}

function formatKey(key: string | number): string {
  return typeof key === 'number' ? String(key) : key;
}

function notTested(
  base: Omit<ColumnReport, 'test' | 'testLabel' | 'threshold' | 'operator' | 'score' | 'drifted'>,
  reason: string,
): ColumnReport {
  return {
    ...base,
    test: null,
    testLabel: null,
    threshold: null,
    operator: null,
    score: null,
    drifted: false,
    notTestedReason: reason,
  };
}

function analyzeColumn(
  name: string,
  ref: ColumnData,
  cur: ColumnData | undefined,
  settings: DriftSettings,
  currentRows: number,
  findings: Finding[],
  prefetch: WassersteinPrefetch | undefined,
): ColumnReport {
  const prepared: PreparedColumn = prepareColumn(ref, cur, settings.types.get(name));
  let counts: CategoryCounts | undefined;
  let bins: Binned | undefined;
  const getCounts = () => (counts ??= sampleCounts(prepared.sample));
  const getBins = () => (bins ??= sampleBins(prepared.sample, getCounts));
  const base = {
    name,
    type: prepared.type,
    missingShare: {
      reference: share(prepared.missing.reference, ref.rows),
      current: cur ? share(prepared.missing.current, currentRows) : 1,
    },
    values: prepared.used,
    ...(prepared.nonNumeric.reference + prepared.nonNumeric.current > 0
      ? { nonNumeric: prepared.nonNumeric }
      : {}),
    distinct: prepared.distinctAtLeast,
  };
  // Untested columns report the side counts in full (tested ones get the exact union count below).
  const untested = (reason: string) => notTested({ ...base, distinct: prepared.sideDistinct() }, reason);
  if (!cur) return untested('column missing in the current data');
  if (prepared.used.reference === 0) return untested('no reference values after dropping missing ones');
  if (prepared.used.current === 0) return untested('no current values after dropping missing ones');
  const distribution = chartDistribution(getBins());
  if (prepared.distinctAtLeast === 1) {
    const only = getCounts().keys[0]!;
    return {
      ...untested(`constant: every value is ${formatKey(only)} in both datasets`),
      distribution,
    };
  }
  const explicit = settings.tests.get(name);
  const test: TestName =
    explicit ??
    settings.tests.get('*') ??
    defaultTest(prepared.type, prepared.used.reference, prepared.distinctAtLeast);
  const spec = TESTS[test];
  if (spec.numericalOnly && prepared.type !== 'numerical') {
    if (explicit) {
      throw new ConfigurationError(
        `${settings.origins.get(name) ?? 'tests'}: test '${test}' needs a numerical column, but '${name}' is categorical (set its type with column-types if it is numeric).`,
      );
    }
    return { ...untested(`test '${test}' needs a numerical column`), distribution };
  }
  const threshold = settings.thresholds.get(name) ?? settings.thresholds.get('*') ?? spec.threshold;
  const outcome = runTest(test, prepared.sample, getCounts, getBins, () => prefetch?.take(name));
  const distinct =
    prepared.distinct ??
    outcome.distinct ??
    (prepared.sample.type === 'numerical'
      ? distinctUnion(prepared.sample.ref, prepared.sample.cur)
      : prepared.distinctAtLeast);
  const unseen = unseenCategories(prepared.sample);
  if (unseen.length > 0) {
    const listed = unseen
      .slice(0, 10)
      .map((u) => `value ${formatKey(u.key)}: ${u.count} row${u.count === 1 ? '' : 's'}`);
    findings.push({
      kind: 'unseen-categories',
      severity: 'warning',
      column: name,
      message: `${unseen.length} categor${unseen.length === 1 ? 'y' : 'ies'} of the current data not in the reference — ${listed.join('; ')}${unseen.length > 10 ? `; ${unseen.length - 10} more` : ''}`,
    });
  }
  return {
    ...base,
    distinct,
    test,
    testLabel: spec.label,
    threshold,
    operator: spec.operator,
    score: outcome.score,
    drifted: isDrift(spec.operator, outcome.score, threshold),
    details: finiteDetails(outcome.details),
    distribution,
  };
}

/**
 * JSON has no Infinity or NaN (JSON.stringify writes null, which the report's schema forbids): a
 * chi-square statistic is infinite when a category is new, so such numbers are kept as the strings
 * Python's json module writes for them.
 */
function finiteDetails(details: Record<string, number | string>): Record<string, number | string> {
  const out: Record<string, number | string> = {};
  for (const [key, value] of Object.entries(details)) {
    out[key] =
      typeof value === 'number' && !Number.isFinite(value)
        ? Number.isNaN(value)
          ? 'NaN'
          : value > 0
            ? 'Infinity'
            : '-Infinity'
        : value;
  }
  return out;
}

function qualityFindings(ref: Table, cur: Table, selected: string[], columns: ColumnReport[]): Finding[] {
  const findings: Finding[] = [];
  const curNames = new Map(cur.columns.map((c) => [c.name, c]));
  const refNames = new Set(ref.columns.map((c) => c.name));
  for (const c of ref.columns) {
    if (!curNames.has(c.name)) {
      findings.push({
        kind: 'missing-column',
        severity: 'warning',
        column: c.name,
        message: 'in the reference but not in the current data',
      });
    }
  }
  for (const c of cur.columns) {
    if (!refNames.has(c.name)) {
      findings.push({
        kind: 'new-column',
        severity: 'info',
        column: c.name,
        message: 'in the current data but not in the reference',
      });
    }
  }
  const refByName = new Map(ref.columns.map((c) => [c.name, c]));
  for (const name of selected) {
    const r = refByName.get(name)!;
    const c = curNames.get(name);
    if (!c) continue;
    const rk = storageKind(r);
    const ck = storageKind(c);
    if (rk !== 'empty' && ck !== 'empty' && rk !== ck) {
      const family = isNumericKind(rk) === isNumericKind(ck) ? 'info' : 'warning';
      findings.push({
        kind: 'type-change',
        severity: family,
        column: name,
        message: `stored as ${rk} in the reference, ${ck} in the current data`,
      });
    }
  }
  for (const column of columns) {
    const { reference, current } = column.missingShare;
    if (column.notTestedReason === 'column missing in the current data') continue;
    if (Math.abs(current - reference) >= MISSING_SHARE_CHANGE || (reference === 0 && current > 0)) {
      findings.push({
        kind: 'missing-share',
        severity: current > reference ? 'warning' : 'info',
        column: column.name,
        message: `missing values ${(reference * 100).toFixed(1)}% in the reference, ${(current * 100).toFixed(1)}% in the current data`,
      });
    }
    if (column.nonNumeric) {
      findings.push({
        kind: 'non-numeric',
        severity: 'warning',
        column: column.name,
        message: `non-numeric values in a numerical column (excluded from the test): ${column.nonNumeric.reference} in the reference, ${column.nonNumeric.current} in the current data`,
      });
    }
  }
  return findings;
}

/**
 * Columns a worker may score ahead (wasserstein-prefetch.ts): numbers in shared memory on both sides, a
 * reference big enough for Wasserstein, numerical storage, and no other test or type asked for.
 */
function prefetchCandidates(
  selected: readonly string[],
  refByName: ReadonlyMap<string, ColumnData>,
  curByName: ReadonlyMap<string, ColumnData>,
  settings: DriftSettings,
): PrefetchCandidate[] {
  const candidates: PrefetchCandidate[] = [];
  for (const name of selected) {
    const refColumn = refByName.get(name)!;
    const ref = sharedCompact(refColumn);
    const cur = sharedCompact(curByName.get(name));
    const kind = storageKind(refColumn);
    const type = settings.types.get(name);
    const test = settings.tests.get(name) ?? settings.tests.get('*');
    if (!ref || !cur || ref.mantissas.length <= SMALL_REFERENCE_ROWS || cur.mantissas.length === 0) continue;
    if ((kind !== 'float' && kind !== 'integer') || type === 'categorical') continue;
    if (test !== undefined && test !== 'wasserstein') continue;
    candidates.push({ name, ref, cur, integer: kind === 'integer' && type === undefined });
  }
  return candidates;
}

/**
 * `afterColumn` runs after each column; run-report uses it on big inputs to collect the decoded column
 * copies of the previous columns before the next ones are made. `threads` > 1 lets a worker score big
 * numerical columns meanwhile (the same numbers, see wasserstein-prefetch.ts).
 */
export function analyzeDrift(
  ref: Table,
  cur: Table,
  settings: DriftSettings,
  now = new Date(),
  afterColumn?: (index: number) => void,
  threads = 1,
): DriftReport {
  const refNames = ref.columns.map((c) => c.name);
  checkColumnNames(settings, refNames);
  const selected = (settings.columns ?? refNames).filter((n) => !settings.ignore.has(n));
  const refByName = new Map(ref.columns.map((c) => [c.name, c]));
  const curByName = new Map(cur.columns.map((c) => [c.name, c]));
  const testFindings: Finding[] = [];
  const prefetch =
    threads > 1
      ? WassersteinPrefetch.start(prefetchCandidates(selected, refByName, curByName, settings))
      : undefined;
  let columns: ColumnReport[];
  try {
    columns = selected.map((name, index) => {
      const column = analyzeColumn(
        name,
        refByName.get(name)!,
        curByName.get(name),
        settings,
        cur.rows,
        testFindings,
        prefetch,
      );
      afterColumn?.(index);
      return column;
    });
  } finally {
    prefetch?.close();
  }
  // Multiple-testing correction over the p-value tests that ran.
  const pColumns = columns.filter((c) => c.test && TESTS[c.test].kind === 'p-value' && c.score !== null);
  if (settings.correction !== 'none' && pColumns.length > 0) {
    const adjusted = adjustPValues(
      pColumns.map((c) => c.score!),
      settings.correction,
    );
    pColumns.forEach((c, i) => {
      c.adjustedPValue = adjusted[i]!;
      c.drifted = isDrift(c.operator!, adjusted[i]!, c.threshold!);
    });
  }
  const tested = columns.filter((c) => c.test !== null).length;
  const drifted = columns.filter((c) => c.drifted).length;
  const driftShare = share(drifted, tested);
  return {
    schemaVersion: DRIFT_REPORT_VERSION,
    generatedAt: now.toISOString(),
    reference: { source: ref.source, format: ref.format, rows: ref.rows, columns: ref.columns.length },
    current: { source: cur.source, format: cur.format, rows: cur.rows, columns: cur.columns.length },
    settings: { driftShare: settings.driftShare, correction: settings.correction },
    summary: {
      tested,
      drifted,
      share: driftShare,
      datasetDrift: tested > 0 && driftShare >= settings.driftShare,
      notTested: columns.length - tested,
    },
    columns,
    findings: [...qualityFindings(ref, cur, selected, columns), ...testFindings],
  };
}
