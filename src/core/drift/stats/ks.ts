/**
 * Two-sample two-sided Kolmogorov–Smirnov test as scipy's `ks_2samp(method='auto')`: exact p-value when
 * max(n₁, n₂) ≤ 10 000, else the asymptotic one from the D_n distribution with n = round(n₁n₂/(n₁+n₂)).
 */

import { kolmogorovSmirnovSf } from './kolmogorov.js';

export const KS_MAX_EXACT_N = 10_000;

export interface KsResult {
  statistic: number;
  pValue: number;
  method: 'exact' | 'asymptotic';
}

/** numpy's round: half to even. */
export function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

function gcd(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}

/** D = max |F₁ − F₂| over all sample points, each ECDF value formed as count/n like numpy's searchsorted/n. */
export function ksStatistic(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const n1 = a.length;
  const n2 = b.length;
  let i = 0;
  let j = 0;
  let max = -Infinity;
  let min = Infinity;
  while (i < n1 || j < n2) {
    const v = j >= n2 || (i < n1 && a[i]! <= b[j]!) ? a[i]! : b[j]!;
    while (i < n1 && a[i]! <= v) i++;
    while (j < n2 && b[j]! <= v) j++;
    const diff = i / n1 - j / n2;
    if (diff > max) max = diff;
    if (diff < min) min = diff;
  }
  const minS = Math.min(1, Math.max(0, -min));
  return minS > max ? minS : max;
}

/**
 * P(D_{n,n} ≥ h/n) for equal sample sizes by the reflection principle:
 * 2·Σ_{k≥1} (−1)^{k−1} C(2n, n−kh)/C(2n, n), each ratio a product of h factors, summed Horner-style
 * from the innermost term outwards so nothing cancels.
 */
export function probOutsideSquare(n: number, h: number): number {
  let p = 0;
  for (let k = Math.floor(n / h); k >= 0; k--) {
    let ratio = 1;
    for (let j = 0; j < h; j++) ratio = ((n - k * h - j) * ratio) / (n + k * h + j + 1);
    p = ratio * (1 - p);
  }
  return 2 * p;
}

/**
 * 1 − P(every lattice path from (0,0) to (m,n) stays strictly between the diagonals |x/m − y/n| < h/lcm),
 * computed directly as the complementary probability column by column (Hodges' inside method in the
 * numerically stable form of Viehmann 2021): A(i, j) holds the share of paths to (i, j) that already left
 * the band, the boundary cells being 1 outside the band.
 */
export function outerProbInsideMethod(m0: number, n0: number, g: number, h: number): number {
  const m = Math.max(m0, n0);
  const n = Math.min(m0, n0);
  const mg = m / g;
  const ng = n / g;
  let minj = 0;
  let maxj = Math.min(Math.ceil(h / mg), n + 1);
  let curlen = maxj - minj;
  const lenA = Math.min(2 * maxj + 2, n + 1);
  const A = new Float64Array(lenA).fill(1);
  A.fill(0, minj, maxj);
  for (let i = 1; i <= m; i++) {
    const lastminj = minj;
    const lastlen = curlen;
    minj = Math.min(Math.max(Math.floor((ng * i - h) / mg) + 1, 0), n);
    maxj = Math.min(Math.ceil((ng * i + h) / mg), n + 1);
    if (maxj <= minj) return 1;
    let val = minj === 0 ? 0 : 1;
    for (let jj = 0; jj < maxj - minj; jj++) {
      const j = jj + minj;
      val = (A[jj + minj - lastminj]! * i + val * j) / (i + j);
      A[jj] = val;
    }
    curlen = maxj - minj;
    if (lastlen > curlen) A.fill(1, maxj - minj, maxj - minj + (lastlen - curlen));
  }
  return A[maxj - minj - 1]!;
}

/** Exact p-value, or undefined when it cannot be computed (scipy then falls back to asymptotic). */
function exactPValue(n1: number, n2: number, d: number): { d: number; p: number | undefined } {
  const g = gcd(n1, n2);
  const lcm = (n1 / g) * n2;
  const h = roundHalfEven(d * lcm);
  const dr = h / lcm;
  if (h === 0) return { d: dr, p: 1 };
  const p = n1 === n2 ? probOutsideSquare(n1, h) : outerProbInsideMethod(n1, n2, g, h);
  return { d: dr, p: Number.isFinite(p) && p >= 0 && p <= 1 ? p : undefined };
}

/** Two-sided asymptotic p-value (scipy `kstwo.sf(d, round(n₁n₂/(n₁+n₂)))`). */
export function ksAsymptoticPValue(n1: number, n2: number, d: number): number {
  const m = Math.max(n1, n2);
  const n = Math.min(n1, n2);
  const en = (m * n) / (m + n);
  return kolmogorovSmirnovSf(roundHalfEven(en), d);
}

/** ks_2samp on two ascending-sorted, NaN-free samples. */
export function ksTwoSample(
  a: ArrayLike<number>,
  b: ArrayLike<number>,
  method: 'auto' | 'exact' | 'asymptotic' = 'auto',
): KsResult {
  if (a.length === 0 || b.length === 0) throw new RangeError('ks_2samp needs two non-empty samples');
  let d = ksStatistic(a, b);
  const exact = method === 'exact' || (method === 'auto' && Math.max(a.length, b.length) <= KS_MAX_EXACT_N);
  if (exact) {
    const result = exactPValue(a.length, b.length, d);
    d = result.d;
    if (result.p !== undefined)
      return { statistic: d, pValue: Math.min(1, Math.max(0, result.p)), method: 'exact' };
  }
  return { statistic: d, pValue: ksAsymptoticPValue(a.length, b.length, d), method: 'asymptotic' };
}
