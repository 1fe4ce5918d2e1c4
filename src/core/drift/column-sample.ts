/**
 * From columns as read to what the tests see: each dataset's storage kind (pandas-like dtype), the
 * column's drift type (Evidently's inference), and the cleaned sample — per column and per dataset,
 * ±inf and missing values dropped, rows never dropped across columns.
 */

import { columnNumbers, type ColumnData } from './readers/column-builder.js';
import { compareKeys, countMaps, type CategoryKey } from './stats/categories.js';
import type { ColumnSample, ColumnType } from './stat-tests.js';

export type StorageKind = 'empty' | 'integer' | 'float' | 'boolean' | 'string';

/** Share of numbers among non-missing values from which a column with some text is still numeric. */
export const NUMERIC_MAJORITY = 0.95;
/** Integer columns with at most this many distinct reference values are categorical (Evidently). */
export const MAX_INTEGER_CATEGORIES = 10;

/** What pandas would make of the column: int64 (no missing), float64, bool, or object (text). */
export function storageKind(c: ColumnData): StorageKind {
  const present = c.numeric + c.textValues;
  if (present === 0) return 'empty';
  if (c.declared) {
    if (c.declared === 'integer') return c.missing === 0 ? 'integer' : 'float';
    return c.declared === 'boolean' ? 'boolean' : c.declared;
  }
  if (c.textValues === 0) return c.integerLiterals === c.numeric && c.missing === 0 ? 'integer' : 'float';
  if (c.numeric === 0) return c.booleans === c.textValues ? 'boolean' : 'string';
  return c.numeric / present >= NUMERIC_MAJORITY ? 'float' : 'string';
}

export const isNumericKind = (k: StorageKind): boolean => k === 'integer' || k === 'float';

/** Finite numbers of a column, sorted ascending (the readers sort them); also how many ±inf were dropped. */
export function sortedFinite(
  c: ColumnData | undefined,
  side: 'reference' | 'current',
): { values: Float64Array; infinite: number } {
  return c
    ? { values: columnNumbers(c, side), infinite: c.infinite }
    : { values: new Float64Array(0), infinite: 0 };
}

/** Category → count for a column (numbers keyed as numbers, text as text); ±inf counts as missing. */
export function categoryCounts(
  c: ColumnData | undefined,
  side: 'reference' | 'current',
): { counts: Map<CategoryKey, number>; infinite: number } {
  const counts = new Map<CategoryKey, number>();
  if (!c) return { counts, infinite: 0 };
  for (const [value, n] of c.text) counts.set(value, n);
  const numbers = columnNumbers(c, side);
  for (let i = 0; i < numbers.length;) {
    const v = numbers[i]!;
    let j = i + 1;
    while (j < numbers.length && numbers[j] === v) j++;
    counts.set(v, (counts.get(v) ?? 0) + (j - i));
    i = j;
  }
  return { counts, infinite: c.infinite };
}

/** Distinct values of an ascending array, counting stops at `limit` (the answer is then `limit`). */
export function distinctCount(sorted: Float64Array, limit = Infinity): number {
  let n = sorted.length > 0 ? 1 : 0;
  for (let i = 1; i < sorted.length && n < limit; i++) if (sorted[i] !== sorted[i - 1]) n++;
  return n;
}

/** Enough distinct values to tell every test choice apart (they ask ≤ 2, ≤ 5 or more). */
const DISTINCT_FOR_CHOICE = 6;

export interface PreparedColumn {
  type: ColumnType;
  sample: ColumnSample;
  /** Non-missing values used, per dataset. */
  used: { reference: number; current: number };
  /** Missing (NA, empty, ±inf) per dataset. */
  missing: { reference: number; current: number };
  /** Text values in a numerical column (excluded from the test), per dataset. */
  nonNumeric: { reference: number; current: number };
  /** Distinct values in reference ∪ current, when already known (small counts always are). */
  distinct: number | undefined;
  /** A lower bound of `distinct`, enough to choose the test (it only asks ≤ 2, ≤ 5 or more); exact up to 5. */
  distinctAtLeast: number;
  /** The larger of the two datasets' distinct counts (reported for columns that are not tested). */
  sideDistinct(): number;
}

/** Decide the drift type of a column from the reference's storage kind (current's when the reference is empty). */
export function inferColumnType(
  ref: ColumnData,
  cur: ColumnData | undefined,
  refSorted: () => Float64Array,
): ColumnType {
  const refKind = storageKind(ref);
  const kind = refKind === 'empty' && cur ? storageKind(cur) : refKind;
  if (kind === 'float') return 'numerical';
  if (kind === 'integer') {
    const values = refKind === 'empty' ? new Float64Array(0) : refSorted();
    return distinctCount(values, MAX_INTEGER_CATEGORIES + 1) <= MAX_INTEGER_CATEGORIES
      ? 'categorical'
      : 'numerical';
  }
  return 'categorical';
}

export function prepareColumn(
  ref: ColumnData,
  cur: ColumnData | undefined,
  override?: ColumnType,
): PreparedColumn {
  let refSorted: { values: Float64Array; infinite: number } | undefined;
  const getRefSorted = () => (refSorted ??= sortedFinite(ref, 'reference'));
  const type = override ?? inferColumnType(ref, cur, () => getRefSorted().values);
  if (type === 'numerical') {
    const r = getRefSorted();
    const c = sortedFinite(cur, 'current');
    // A full merge for the exact union count is costly on big columns; the counts of each side bound it
    // and are enough to choose the test (counted only as far as the choice needs). The exact count comes
    // later from a walk the test makes anyway.
    const bound = Math.max(
      distinctCount(r.values, DISTINCT_FOR_CHOICE),
      distinctCount(c.values, DISTINCT_FOR_CHOICE),
    );
    const exact = bound <= 5 ? distinctUnion(r.values, c.values) : undefined;
    return {
      type,
      sample: { type, ref: r.values, cur: c.values },
      used: { reference: r.values.length, current: c.values.length },
      missing: { reference: ref.missing + r.infinite, current: (cur?.missing ?? 0) + c.infinite },
      nonNumeric: { reference: ref.textValues, current: cur?.textValues ?? 0 },
      distinct: exact,
      distinctAtLeast: exact ?? bound,
      sideDistinct: () => Math.max(distinctCount(r.values), distinctCount(c.values)),
    };
  }
  const r = categoryCounts(ref, 'reference');
  const c = categoryCounts(cur, 'current');
  const counts = countMaps(r.counts, c.counts);
  return {
    type,
    sample: { type, counts },
    used: { reference: counts.nRef, current: counts.nCur },
    missing: { reference: ref.missing + r.infinite, current: (cur?.missing ?? 0) + c.infinite },
    nonNumeric: { reference: 0, current: 0 },
    distinct: counts.keys.length,
    distinctAtLeast: counts.keys.length,
    sideDistinct: () => counts.keys.length,
  };
}

/** Distinct values of the union of two ascending arrays. */
export function distinctUnion(a: Float64Array, b: Float64Array): number {
  let i = 0;
  let j = 0;
  let n = 0;
  let last = Number.NaN;
  while (i < a.length || j < b.length) {
    const v = j >= b.length || (i < a.length && a[i]! <= b[j]!) ? a[i++]! : b[j++]!;
    if (v !== last) {
      n++;
      last = v;
    }
  }
  return n;
}

/** Categories present in current but never in the reference, most frequent first. */
export function unseenCategories(sample: ColumnSample): { key: CategoryKey; count: number }[] {
  if (sample.type !== 'categorical') return [];
  const out: { key: CategoryKey; count: number }[] = [];
  const c = sample.counts;
  c.keys.forEach((key, i) => {
    if (c.ref[i] === 0 && c.cur[i]! > 0) out.push({ key, count: c.cur[i]! });
  });
  return out.sort((x, y) => y.count - x.count || compareKeys(x.key, y.key));
}
