/** Chi-square goodness of fit and the two-proportion Z-test, on category counts (Evidently's forms). */

import type { CategoryCounts } from './categories.js';
import { chiSquareSf, normalCdf, pairwiseSum } from './special.js';

export interface ChiSquareResult {
  statistic: number;
  dof: number;
  pValue: number;
}

/**
 * scipy `chisquare(f_obs=current counts, f_exp=reference counts·n_cur/n_ref)`; a category missing from the
 * reference gives e = 0 → ∞ → p = 0. Returns undefined for one category (0 degrees of freedom).
 */
export function chiSquareTest(c: CategoryCounts): ChiSquareResult | undefined {
  const k = c.keys.length;
  if (k < 2) return undefined;
  const norm = c.nCur / c.nRef;
  const terms = new Float64Array(k);
  for (let i = 0; i < k; i++) {
    const expected = c.ref[i]! * norm;
    const diff = c.cur[i]! - expected;
    terms[i] = (diff * diff) / expected;
  }
  const statistic = pairwiseSum(terms);
  return { statistic, dof: k - 1, pValue: chiSquareSf(statistic, k - 1) };
}

export interface ZTestResult {
  z: number | undefined;
  pValue: number;
}

/**
 * Two-proportion Z-test: the first category (ascending) maps to 0, every other to 1; pooled variance;
 * p = 2·(1 − Φ(|z|)) computed exactly in that form. Both samples constant on the same value → p = 1.
 */
export function zTest(c: CategoryCounts): ZTestResult {
  if (c.keys.length === 1) {
    return { z: undefined, pValue: 1 };
  }
  const n1 = c.nRef;
  const n2 = c.nCur;
  const p1 = (n1 - c.ref[0]!) / n1;
  const p2 = (n2 - c.cur[0]!) / n2;
  const pooled = (p1 * n1 + p2 * n2) / (n1 + n2);
  const z = (p1 - p2) / Math.sqrt(pooled * (1 - pooled) * (1.0 / n1 + 1.0 / n2));
  return { z, pValue: 2 * (1 - normalCdf(Math.abs(z))) };
}
