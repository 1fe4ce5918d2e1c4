/** PSI, Kullback–Leibler and Jensen–Shannon on binned shares, as Evidently computes them (natural log). */

import { pairwiseSum } from './special.js';

/** scipy `rel_entr(x, y)`: x·ln(x/y), 0 when x = 0, ∞ when y = 0 < x. */
function relEntr(x: number, y: number): number {
  if (x > 0 && y > 0) return x * Math.log(x / y);
  if (x === 0 && y >= 0) return 0;
  return Infinity;
}

function normalised(values: Float64Array): Float64Array {
  const total = pairwiseSum(values);
  return values.map((v) => v / total);
}

/** Population stability index Σ (r − c)·ln(r/c) on empty-bin-filled shares. */
export function psi(
  refFilled: Float64Array,
  curFilled: Float64Array,
): { value: number; terms: Float64Array } {
  const terms = new Float64Array(refFilled.length);
  for (let i = 0; i < terms.length; i++) {
    const r = refFilled[i]!;
    const c = curFilled[i]!;
    terms[i] = (r - c) * Math.log(r / c);
  }
  return { value: pairwiseSum(terms), terms };
}

/** KL(ref ‖ cur) in nats on filled shares, each renormalised to sum 1 (scipy `entropy(p, q)`). */
export function klDivergence(refFilled: Float64Array, curFilled: Float64Array): number {
  const p = normalised(refFilled);
  const q = normalised(curFilled);
  const terms = new Float64Array(p.length);
  for (let i = 0; i < p.length; i++) terms[i] = relEntr(p[i]!, q[i]!);
  return pairwiseSum(terms);
}

/** Jensen–Shannon distance with natural log (scipy `jensenshannon(p, q)`), on unfilled shares. */
export function jensenShannon(refShares: Float64Array, curShares: Float64Array): number {
  const p = normalised(refShares);
  const q = normalised(curShares);
  const left = new Float64Array(p.length);
  const right = new Float64Array(p.length);
  for (let i = 0; i < p.length; i++) {
    const m = (p[i]! + q[i]!) / 2.0;
    left[i] = relEntr(p[i]!, m);
    right[i] = relEntr(q[i]!, m);
  }
  return Math.sqrt((pairwiseSum(left) + pairwiseSum(right)) / 2.0);
}
