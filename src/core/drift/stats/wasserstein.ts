/**
 * Wasserstein-1 distance between two empirical samples (scipy `wasserstein_distance`) and its normed form.
 * A self-contained factory over the pairwise sums (see pairwise-sum.ts): the drift kernel worker runs the
 * same source, so a column scored there has the same bits as one scored here.
 */

import { pairwiseFactory, type PairwiseSums } from './pairwise-sum.js';

export interface WassersteinWalk {
  distance: number;
  /** Distinct values in u ∪ v, counted on the same walk. */
  distinct: number;
}

export interface WassersteinNormed extends WassersteinWalk {
  refStd: number;
  value: number;
}

export interface WassersteinKernels {
  wassersteinWalk: (u: Float64Array, v: Float64Array) => WassersteinWalk;
  populationStd: (values: Float64Array) => number;
  /** Evidently's normed distance from a walk and the reference's std: distance / max(std, 0.001). */
  normed: (walk: WassersteinWalk, refStd: number) => WassersteinNormed;
}

export function wassersteinFactory(sums: PairwiseSums): WassersteinKernels {
  /**
   * W1 = Σ |F_u − F_v|·Δ over the merged sorted sample; both inputs ascending and NaN-free. The terms are
   * summed as they are walked (numpy's pairwise grouping over the whole sequence, no array of them).
   */
  function wassersteinWalk(u: Float64Array, v: Float64Array): WassersteinWalk {
    const total = u.length + v.length;
    if (total < 2) return { distance: 0, distinct: total };
    const nu = u.length;
    const nv = v.length;
    // The terms are summed leaf by leaf as the walk makes them, in pairwiseSum's grouping (pairwisePlan).
    const plan = sums.pairwisePlan(total - 1);
    const block = new Float64Array(128);
    const stack = new Float64Array(64);
    let sp = 0;
    let op = 0;
    let leaf = plan[0]! - 1;
    let filled = 0;
    let distinct = 0;
    let i = 0;
    let j = 0;
    let k = 0;
    let prev = Number.NaN;
    // |F_u − F_v| at the previous value: ECDFs with side='right' counts, each formed as count/n like
    // numpy's, recomputed only when the value changes (equal values give zero-width gaps).
    let gap = 0;
    // Walk the merged order: all of u's copies of a value come first, so i and j are the side='right'
    // counts once both have passed it.
    while (i < nu || j < nv) {
      const value = j >= nv || (i < nu && u[i]! <= v[j]!) ? u[i++]! : v[j++]!;
      if (k > 0) {
        block[filled++] = gap * (value - prev);
        if (filled === leaf) {
          stack[sp++] = sums.pairwiseSum(block, 0, leaf);
          filled = 0;
          // Combine what the grouping combines here, up to the next leaf.
          while (++op < plan.length && plan[op] === 0) {
            const right = stack[--sp]!;
            const left = stack[--sp]!;
            stack[sp++] = left + right;
          }
          if (op < plan.length) leaf = plan[op]! - 1;
        }
      }
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
    return { distance: stack[0]!, distinct };
  }

  /** Population (ddof = 0) standard deviation, numpy's two-pass form. */
  function populationStd(values: Float64Array): number {
    const n = values.length;
    if (n === 0) return NaN;
    const mean = sums.pairwiseSum(values) / n;
    return Math.sqrt(sums.pairwiseSumSquares(values, mean) / n);
  }

  function normed(walk: WassersteinWalk, refStd: number): WassersteinNormed {
    const norm = Math.max(refStd, 0.001);
    return { distance: walk.distance, distinct: walk.distinct, refStd, value: walk.distance / norm };
  }

  return { wassersteinWalk, populationStd, normed };
}

const kernels = wassersteinFactory(pairwiseFactory());

export const { wassersteinWalk, populationStd } = kernels;

export function wassersteinDistance(u: Float64Array, v: Float64Array): number {
  return wassersteinWalk(u, v).distance;
}

/** Evidently's Wasserstein distance normed by max(std(reference), 0.001). */
export function wassersteinNormed(ref: Float64Array, cur: Float64Array, refStd = populationStd(ref)) {
  return kernels.normed(wassersteinWalk(ref, cur), refStd);
}
