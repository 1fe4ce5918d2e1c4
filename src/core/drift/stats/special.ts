/**
 * Special functions the drift tests need, accurate to a few ulps in the ranges they are used in:
 * erfc (normal tail for the Z-test), log-gamma, the regularised upper incomplete gamma (chi-square
 * survival) and numpy's pairwise summation (so sums round the way numpy's do).
 */

import { pairwiseFactory } from './pairwise-sum.js';

const SQRT_PI = Math.sqrt(Math.PI);
const LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);

/** erf by its everywhere-positive series erf(x) = 2/√π·e^{-x²}·Σ 2ⁿx^{2n+1}/(2n+1)!!; no cancellation. */
function erfSeries(x: number): number {
  const x2 = x * x;
  let term = x;
  let sum = x;
  for (let n = 1; n < 500; n++) {
    term *= (2 * x2) / (2 * n + 1);
    sum += term;
    if (term < sum * 1e-17) break;
  }
  return (2 / SQRT_PI) * Math.exp(-x2) * sum;
}

/** erfc(x) for x ≥ 0 by the Laplace continued fraction (modified Lentz), good for x ≳ 0.5. */
function erfcContinuedFraction(x: number): number {
  // erfc(x) = e^{-x²}/√π · 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + 2/(x + …)))))
  const tiny = 1e-300;
  let f = x;
  let c = x;
  let d = 0;
  for (let n = 1; n < 5000; n++) {
    const a = n / 2;
    d = x + a * d;
    d = d === 0 ? tiny : 1 / d;
    c = x + a / c;
    if (c === 0) c = tiny;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-17) break;
  }
  return Math.exp(-x * x) / (SQRT_PI * f);
}

/** Complementary error function. */
export function erfc(x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  if (x < 0) return 2 - erfc(-x);
  if (x < 0.5) return 1 - erfSeries(x);
  if (x > 27) return 0;
  if (x < 2.5) {
    // The continued fraction converges slowly here; erf via the positive series loses at most
    // erfc(2.5)⁻¹·ε relative, so use it only where erfc is still large.
    return x < 1 ? 1 - erfSeries(x) : erfcContinuedFraction(x);
  }
  return erfcContinuedFraction(x);
}

/** Standard normal CDF computed the way scipy's ndtr does (erf near 0, erfc in the tails). */
export function normalCdf(a: number): number {
  const x = a * Math.SQRT1_2;
  const z = Math.abs(x);
  let y: number;
  if (z < Math.SQRT1_2) y = 0.5 + 0.5 * (1 - erfc(x));
  else {
    y = 0.5 * erfc(z);
    if (x > 0) y = 1 - y;
  }
  return y;
}

// Bernoulli-number coefficients B_{2j}/(2j(2j-1)) of the Stirling series, j = 8 … 1 (highest order first).
const STIRLING = [-3617 / 122400, 1 / 156, -691 / 360360, 1 / 1188, -1 / 1680, 1 / 1260, -1 / 360, 1 / 12];

/** ln Γ(x) for x > 0: Stirling series at x ≥ 15, shifted there by the recurrence below. */
export function logGamma(x: number): number {
  if (x <= 0) return Number.NaN;
  if (x === 1 || x === 2) return 0;
  let shift = 0;
  let product = 1;
  while (x < 15) {
    product *= x;
    x += 1;
    shift += 1;
    if (product > 1e280) {
      // keep the product finite for tiny x (never reached for x ≥ 1e-20)
      return logGamma(x) - Math.log(product);
    }
  }
  const r = 1 / x;
  const r2 = r * r;
  let series = 0;
  for (const c of STIRLING) series = series * r2 + c;
  const value = (x - 0.5) * Math.log(x) - x + LOG_SQRT_2PI + r * series;
  return shift === 0 ? value : value - Math.log(product);
}

/** Regularised upper incomplete gamma Q(a, x) = Γ(a, x)/Γ(a). */
export function gammaQ(a: number, x: number): number {
  if (Number.isNaN(a) || Number.isNaN(x) || a <= 0 || x < 0) return Number.NaN;
  if (x === 0) return 1;
  if (!Number.isFinite(x)) return 0;
  const twoA = 2 * a;
  if (Number.isInteger(twoA) && a <= 200 && x < 650) return gammaQHalfInteger(a, x);
  if (x < a + 1) return 1 - gammaPSeries(a, x);
  return gammaQContinuedFraction(a, x);
}

/**
 * Closed forms for the chi-square case (a = dof/2 is a whole or half number), sums of positive terms:
 * Q(n, x) = e^{-x} Σ_{k<n} x^k/k!;  Q(n+½, x) = erfc(√x) + e^{-x} Σ_{k<n} x^{k+½}/Γ(k+3/2).
 */
function gammaQHalfInteger(a: number, x: number): number {
  const ex = Math.exp(-x);
  if (Number.isInteger(a)) {
    let term = 1;
    let sum = 1;
    for (let k = 1; k < a; k++) {
      term *= x / k;
      sum += term;
    }
    return ex * sum;
  }
  const n = a - 0.5;
  let sum = 0;
  let term = (2 * Math.sqrt(x)) / SQRT_PI; // x^{1/2}/Γ(3/2)
  for (let k = 0; k < n; k++) {
    sum += term;
    term *= x / (k + 1.5);
  }
  return erfc(Math.sqrt(x)) + ex * sum;
}

function gammaPrefactor(a: number, x: number): number {
  return Math.exp(a * Math.log(x) - x - logGamma(a));
}

function gammaPSeries(a: number, x: number): number {
  let term = 1 / a;
  let sum = term;
  for (let n = 1; n < 100000; n++) {
    term *= x / (a + n);
    sum += term;
    if (Math.abs(term) < Math.abs(sum) * 1e-17) break;
  }
  return sum * gammaPrefactor(a, x);
}

function gammaQContinuedFraction(a: number, x: number): number {
  const tiny = 1e-300;
  let b = x + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 100000; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-17) break;
  }
  return h * gammaPrefactor(a, x);
}

/** Survival function of the chi-square distribution with `dof` degrees of freedom. */
export function chiSquareSf(statistic: number, dof: number): number {
  if (statistic === Number.POSITIVE_INFINITY) return 0;
  return gammaQ(dof / 2, statistic / 2);
}

/** numpy-exact pairwise sums (see pairwise-sum.ts). */
export const { pairwiseSum, pairwiseSumSquares, pairwiseStream } = pairwiseFactory();
