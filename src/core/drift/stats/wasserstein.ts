/** Wasserstein-1 distance between two empirical samples (scipy `wasserstein_distance`) and its normed form. */

import { pairwiseSum, pairwiseSumSquares } from './special.js';

// Term buffer reused between columns (16 MB at a million values a side).
let scratch = new Float64Array(0);

/** W1 = Σ |F_u − F_v|·Δ over the merged sorted sample; both inputs ascending and NaN-free. */
export function wassersteinDistance(u: Float64Array, v: Float64Array): number {
  return wassersteinWalk(u, v).distance;
}

/** W1 and, from the same merge walk, the number of distinct values in u ∪ v. */
export function wassersteinWalk(u: Float64Array, v: Float64Array): { distance: number; distinct: number } {
  const total = u.length + v.length;
  if (total < 2) return { distance: 0, distinct: total };
  if (scratch.length < total - 1) scratch = new Float64Array(total - 1);
  const terms = scratch.subarray(0, total - 1);
  const nu = u.length;
  const nv = v.length;
  let distinct = 0;
  let i = 0;
  let j = 0;
  let k = 0;
  let prev = Number.NaN;
  // |F_u − F_v| at the previous value: ECDFs with side='right' counts, each formed as count/n like numpy's,
  // recomputed only when the value changes (equal values give zero-width gaps).
  let gap = 0;
  // Walk the merged order: all of u's copies of a value come first, so i and j are the side='right'
  // counts once both have passed it.
  while (i < nu || j < nv) {
    const value = j >= nv || (i < nu && u[i]! <= v[j]!) ? u[i++]! : v[j++]!;
    if (k > 0) terms[k - 1] = gap * (value - prev);
    if (value !== prev) {
      distinct++;
      let uc = i;
      while (uc < nu && u[uc] === value) uc++;
      let vc = j;
      while (vc < nv && v[vc] === value) vc++;
      gap = Math.abs(uc / nu - vc / nv);
    }
    prev = value;
    k++;
  }
  return { distance: pairwiseSum(terms), distinct };
}

/** Population (ddof = 0) standard deviation, numpy's two-pass form. */
export function populationStd(values: Float64Array): number {
  const n = values.length;
  if (n === 0) return NaN;
  const mean = pairwiseSum(values) / n;
  return Math.sqrt(pairwiseSumSquares(values, mean) / n);
}

/** Evidently's Wasserstein distance normed by max(std(reference), 0.001). */
export function wassersteinNormed(ref: Float64Array, cur: Float64Array, refStd = populationStd(ref)) {
  const { distance, distinct } = wassersteinWalk(ref, cur);
  const norm = Math.max(refStd, 0.001);
  return { distance, refStd, value: distance / norm, distinct };
}
