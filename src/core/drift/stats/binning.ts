/**
 * Evidently's binning for PSI, KL and Jensen–Shannon: numerical columns with more than 20 distinct
 * reference values get numpy `histogram_bin_edges(ref ∪ cur, 'sturges')` bins (numpy's exact edge and
 * bin-count arithmetic, half-open bins except the closed last one); anything else one bin per value.
 */

import type { CategoryCounts } from './categories.js';

export const MAX_DISTINCT_FOR_VALUE_BINS = 20;

/** Index of the first element ≥ v (lower bound) in an ascending array. */
export function lowerBound(sorted: ArrayLike<number>, v: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first element > v (upper bound) in an ascending array. */
export function upperBound(sorted: ArrayLike<number>, v: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! <= v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** numpy `histogram_bin_edges(values, bins='sturges')` for values spanning [min, max] with `count` values. */
export function sturgesEdges(min: number, max: number, count: number): Float64Array {
  let first = min;
  let last = max;
  const ptp = max - min;
  if (first === last) {
    first -= 0.5;
    last += 0.5;
  }
  const width = ptp / (Math.log2(count) + 1);
  const bins = width ? Math.ceil((last - first) / width) : 1;
  return linspace(first, last, bins + 1);
}

/** numpy `linspace(start, stop, num, endpoint=True)`: i·step + start, the last value exactly `stop`. */
export function linspace(start: number, stop: number, num: number): Float64Array {
  const out = new Float64Array(num);
  const div = num - 1;
  const delta = stop - start;
  const step = delta / div;
  for (let i = 0; i < num; i++) out[i] = (step === 0 ? (i / div) * delta : i * step) + start;
  if (num > 1) out[num - 1] = stop;
  return out;
}

/** numpy `histogram(sorted, edges)[0]` on an ascending array: [e_i, e_{i+1}) bins, the last closed. */
export function histogramCounts(sorted: ArrayLike<number>, edges: ArrayLike<number>): Float64Array {
  const bins = edges.length - 1;
  const counts = new Float64Array(bins);
  for (let i = 0; i < bins; i++) {
    const lo = lowerBound(sorted, edges[i]!);
    const hi = i === bins - 1 ? upperBound(sorted, edges[i + 1]!) : lowerBound(sorted, edges[i + 1]!);
    counts[i] = hi - lo;
  }
  return counts;
}

export interface Binned {
  /** Bin labels: numbers for value bins, [lo, hi] for Sturges bins. */
  labels: (string | number | [number, number])[];
  refCounts: Float64Array;
  curCounts: Float64Array;
  nRef: number;
  nCur: number;
  sturges: boolean;
}

/** Bins for a numerical column given both samples sorted ascending (and their value counts). */
export function binNumerical(ref: Float64Array, cur: Float64Array, counts: () => CategoryCounts): Binned {
  if (distinctSorted(ref, MAX_DISTINCT_FOR_VALUE_BINS + 1) > MAX_DISTINCT_FOR_VALUE_BINS) {
    const min = Math.min(ref[0]!, cur[0] ?? Infinity);
    const max = Math.max(ref[ref.length - 1]!, cur[cur.length - 1] ?? -Infinity);
    const edges = sturgesEdges(min, max, ref.length + cur.length);
    const labels: [number, number][] = [];
    for (let i = 0; i + 1 < edges.length; i++) labels.push([edges[i]!, edges[i + 1]!]);
    return {
      labels,
      refCounts: histogramCounts(ref, edges),
      curCounts: histogramCounts(cur, edges),
      nRef: ref.length,
      nCur: cur.length,
      sturges: true,
    };
  }
  const c = counts();
  return { labels: c.keys, refCounts: c.ref, curCounts: c.cur, nRef: c.nRef, nCur: c.nCur, sturges: false };
}

export function binCategorical(c: CategoryCounts): Binned {
  return { labels: c.keys, refCounts: c.ref, curCounts: c.cur, nRef: c.nRef, nCur: c.nCur, sturges: false };
}

/** Number of distinct values in an ascending array; counting stops at `limit` (the answer is then `limit`). */
export function distinctSorted(sorted: ArrayLike<number>, limit = Infinity): number {
  if (sorted.length === 0) return 0;
  let count = 1;
  for (let i = 1; i < sorted.length && count < limit; i++) if (sorted[i] !== sorted[i - 1]) count++;
  return count;
}

/** Shares count/n; with `fill`, Evidently's empty-bin rule applied to this distribution alone. */
export function shares(counts: Float64Array, n: number, fill: boolean): Float64Array {
  const out = new Float64Array(counts.length);
  for (let i = 0; i < counts.length; i++) out[i] = counts[i]! / n;
  if (!fill) return out;
  let minNonZero = Infinity;
  for (const s of out) if (s !== 0 && s < minNonZero) minNonZero = s;
  if (minNonZero === Infinity) return out;
  const replacement = minNonZero <= 0.0001 ? minNonZero / 10 ** 6 : 0.0001;
  for (let i = 0; i < out.length; i++) if (out[i] === 0) out[i] = replacement;
  return out;
}
