/**
 * Distribution of the two-sided one-sample Kolmogorov–Smirnov statistic D_n (scipy's `kstwo`), as
 * `ks_2samp(method='asymp')` uses it with n = round(n₁n₂/(n₁+n₂)), and its n → ∞ limit (`kstwobign`).
 * The method choice per (n, x) region follows Simard & L'Ecuyer (2011) as scipy does: exact Smirnov sum in
 * the tail, Durbin's matrix (Marsaglia–Tsang–Wang) or the Pelz–Good expansion elsewhere. Where scipy uses
 * Pomeranz's recursion (n ≤ 140, 0.754693 < n·x² ≤ 4) we use Durbin's matrix, also exact.
 */

import { logGamma } from './special.js';

const clip = (p: number): number => Math.min(1, Math.max(0, p));

/**
 * One-sided exact Smirnov survival P(D⁺_n ≥ e) = e·Σ_{v=0}^{⌊n(1−e)⌋} C(n,v)(e+v/n)^{v−1}(1−e−v/n)^{n−v}
 * (Birnbaum & Tingey), every term in log space; ln C(n,v) is accumulated with a compensated sum so the
 * terms keep ~1e-14 relative accuracy for n in the millions.
 */
export function smirnovSf(n: number, e: number): number {
  if (!(e >= 0 && e <= 1) || n <= 0) return Number.NaN;
  if (e === 0) return 1;
  if (e === 1) return 0;
  const last = Math.floor(n * (1 - e));
  let logC = 0;
  let logCComp = 0;
  let sum = 0;
  for (let v = 0; v <= last; v++) {
    const evn = e + v / n;
    const rest = n - v;
    let term: number;
    if (rest === 0) term = Math.exp(logC + (v - 1) * Math.log(evn));
    else if (evn >= 1) term = 0;
    else {
      const logRest = evn > 0.5 ? Math.log(1 - evn) : Math.log1p(-evn);
      term = Math.exp(logC + logCComp + (v - 1) * Math.log(evn) + rest * logRest);
    }
    sum += term;
    // ln C(n, v+1) = ln C(n, v) + ln((n−v)/(v+1)), Kahan–Babuška compensated.
    const step = Math.log((n - v) / (v + 1));
    const t = logC + step;
    logCComp += Math.abs(logC) >= Math.abs(step) ? logC - t + step : step - t + logC;
    logC = t;
  }
  return clip(sum * e);
}

/** Limit distribution: P(√n·D_n > x) = 2Σ(−1)^{k−1}e^{−2k²x²} (scipy `kstwobign.sf`). */
export function kolmogorovSf(x: number): number {
  if (x <= 0) return 1;
  const eps = Number.EPSILON;
  if (x >= 1) {
    const alpha = -2 * x * x;
    let sign = 1;
    let p = 0;
    for (let r = 1; ; r++) {
      const t = Math.exp(alpha * r * r);
      p += sign * t;
      if (t === 0 || t / p <= eps) break;
      sign = -sign;
    }
    return clip(2 * p);
  }
  const alpha = (-Math.PI * Math.PI) / (8 * x * x);
  let p = 0;
  for (let r = 1; ; r += 2) {
    const t = Math.exp(alpha * r * r);
    p += t;
    if (t === 0 || t / p < eps) break;
  }
  return clip(1 - (p * Math.sqrt(2 * Math.PI)) / x);
}

const EP128 = 2 ** 128;
const EM128 = 2 ** -128;

/** Durbin's matrix method, Marsaglia–Tsang–Wang variant: exact P(D_n ≤ d). */
function durbinCdf(n: number, d: number): number {
  const nd = n * d;
  if (nd <= 0.5) return 0;
  const k = Math.ceil(nd);
  const h = k - nd;
  const m = 2 * k - 1;
  const v = new Float64Array(m);
  const w = new Float64Array(m);
  let fac = 1;
  for (let j = 1; j <= m; j++) {
    w[j - 1] = fac;
    fac /= j;
    v[j - 1] = (1 - h ** j) * fac;
  }
  const tt = Math.max(2 * h - 1, 0) ** m - 2 * h ** m;
  v[m - 1] = (1 + tt) * fac;
  let H: Float64Array = new Float64Array(m * m);
  for (let i = 1; i < m; i++) {
    for (let r = i - 1; r < m; r++) H[r * m + i] = w[r - (i - 1)]!;
  }
  for (let r = 0; r < m; r++) H[r * m] = v[r]!;
  for (let c = 0; c < m; c++) H[(m - 1) * m + c] = v[m - 1 - c]!;

  const multiply = (a: Float64Array, b: Float64Array): Float64Array => {
    const out = new Float64Array(m * m);
    for (let i = 0; i < m; i++) {
      for (let l = 0; l < m; l++) {
        const ail = a[i * m + l]!;
        if (ail === 0) continue;
        for (let j = 0; j < m; j++) out[i * m + j]! += ail * b[l * m + j]!;
      }
    }
    return out;
  };
  let power: Float64Array = new Float64Array(m * m);
  for (let i = 0; i < m; i++) power[i * m + i] = 1;
  let nn = n;
  let exponent = 0;
  let hExponent = 0;
  while (nn > 0) {
    if (nn % 2 === 1) {
      power = multiply(power, H);
      exponent += hExponent;
    }
    H = multiply(H, H);
    hExponent *= 2;
    if (Math.abs(H[(k - 1) * m + (k - 1)]!) > EP128) {
      for (let i = 0; i < H.length; i++) H[i]! /= EP128;
      hExponent += 128;
    }
    nn = Math.floor(nn / 2);
  }
  let p = power[(k - 1) * m + (k - 1)]!;
  for (let i = 1; i <= n; i++) {
    p = (i * p) / n;
    if (Math.abs(p) < EM128) {
      p *= EP128;
      exponent -= 128;
    }
  }
  return exponent === 0 ? p : p * 2 ** exponent;
}

/** Pelz–Good expansion of P(D_n ≤ x) (large n). */
function pelzGoodCdf(n: number, x: number): number {
  const PI2 = Math.PI ** 2;
  const PI4 = Math.PI ** 4;
  const PI6 = Math.PI ** 6;
  const SQRT2PI = Math.sqrt(2 * Math.PI);
  const z = Math.sqrt(n) * x;
  const z2 = z ** 2;
  const z3 = z ** 3;
  const z4 = z ** 4;
  const z6 = z ** 6;
  const qlog = -PI2 / 8 / z2;
  if (qlog < -708) return 0;
  let q = Math.exp(qlog);
  const k1a = -z2;
  const k1b = PI2 / 4;
  const k2a = 6 * z6 + 2 * z4;
  const k2b = ((2 * z4 - 5 * z2) * PI2) / 4;
  const k2c = (PI4 * (1 - 2 * z2)) / 16;
  const k3d = (PI6 * (5 - 30 * z2)) / 64;
  const k3c = (PI4 * (-60 * z2 + 212 * z4)) / 16;
  const k3b = (PI2 * (135 * z4 - 96 * z6)) / 4;
  const k3a = -30 * z6 - 90 * z ** 8;
  const K = [0, 0, 0, 0];
  const maxk = Math.ceil((16 * z) / Math.PI);
  for (let k = maxk; k > 0; k--) {
    const m = 2 * k - 1;
    const m2 = m ** 2;
    const m4 = m ** 4;
    const m6 = m ** 6;
    const qpower = q ** (8 * k);
    const coeffs = [1, k1a + k1b * m2, k2a + k2b * m2 + k2c * m4, k3a + k3b * m2 + k3c * m4 + k3d * m6];
    for (let i = 0; i < 4; i++) K[i] = K[i]! * qpower + coeffs[i]!;
  }
  const divisors = [z, 6 * z4, 72 * z ** 7, 6480 * z ** 10];
  for (let i = 0; i < 4; i++) {
    K[i] = K[i]! * q;
    K[i] = K[i]! * SQRT2PI;
    K[i] = K[i]! / divisors[i]!;
  }
  q = Math.exp(-PI2 / 2 / z2);
  const sqrt3z = Math.sqrt(3) * z;
  let k2extra = 0;
  let k3extra = 0;
  for (let k = maxk; k > 0; k--) {
    const k2 = k * k;
    const qp = q ** k2;
    k2extra += k2 * qp;
    const kpi = Math.PI * k;
    k3extra += (sqrt3z + kpi) * (sqrt3z - kpi) * k2 * qp;
  }
  K[2]! += (k2extra * PI2 * SQRT2PI) / (-36 * z3);
  K[3]! += (k3extra * PI2 * SQRT2PI) / (216 * z6);
  let sum = 0;
  for (let i = 0; i < 4; i++) sum += K[i]! / n ** (i / 2);
  return sum;
}

/** ln(n!/nⁿ) by Stirling's series with n·ln n removed up front. */
function logFactorialOverPower(n: number): number {
  return logGamma(n + 1) - n * Math.log(n);
}

/** Survival function of D_n: P(D_n ≥ x), scipy `kstwo.sf(x, n)`. */
export function kolmogorovSmirnovSf(n: number, x: number): number {
  if (!Number.isInteger(n) || n <= 0 || Number.isNaN(x)) return Number.NaN;
  if (x >= 1) return 0;
  if (x <= 0) return 1;
  const t = n * x;
  if (t <= 1) {
    if (t <= 0.5) return 1;
    let prob: number;
    if (n <= 140) {
      prob = 1;
      for (let i = 1; i <= n; i++) prob *= i * (1 / n) * (2 * t - 1);
    } else prob = Math.exp(logFactorialOverPower(n) + n * Math.log(2 * t - 1));
    return clip(1 - prob);
  }
  if (t >= n - 1) return clip(2 * (1 - x) ** n);
  if (x >= 0.5) return clip(2 * smirnovSf(n, x));
  const nx2 = t * x;
  if (n <= 140) {
    if (nx2 <= 4) return clip(1 - durbinCdf(n, x));
    return clip(2 * smirnovSf(n, x));
  }
  if (nx2 >= 370) return 0;
  if (nx2 >= 2.2) return clip(2 * smirnovSf(n, x));
  if (nx2 >= 18) return 0;
  const cdf = n <= 100000 && n * x ** 1.5 <= 1.4 ? durbinCdf(n, x) : pelzGoodCdf(n, x);
  return clip(1 - cdf);
}
