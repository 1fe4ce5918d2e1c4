export const id = 605;
export const ids = [605];
export const modules = {

/***/ 9605:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  wQ: () => (/* binding */ SMALL_REFERENCE_ROWS),
  mp: () => (/* binding */ TESTS),
  mR: () => (/* binding */ TEST_NAMES),
  Cz: () => (/* binding */ defaultTest),
  _K: () => (/* binding */ isDrift),
  YA: () => (/* binding */ runTest),
  Ro: () => (/* binding */ sampleBins),
  VX: () => (/* binding */ sampleCounts)
});

// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/registry/drift-test-names.js
var drift_test_names = __webpack_require__(6390);
;// CONCATENATED MODULE: ./node_modules/.cache/mlops-build/js/src/core/drift/stats/binning.js
/**
 * Evidently's binning for PSI, KL and Jensen–Shannon: numerical columns with more than 20 distinct
 * reference values get numpy `histogram_bin_edges(ref ∪ cur, 'sturges')` bins (numpy's exact edge and
 * bin-count arithmetic, half-open bins except the closed last one); anything else one bin per value.
 */
const MAX_DISTINCT_FOR_VALUE_BINS = 20;
/** Index of the first element ≥ v (lower bound) in an ascending array. */
function lowerBound(sorted, v) {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (sorted[mid] < v)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
/** Index of the first element > v (upper bound) in an ascending array. */
function upperBound(sorted, v) {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (sorted[mid] <= v)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
/** numpy `histogram_bin_edges(values, bins='sturges')` for values spanning [min, max] with `count` values. */
function sturgesEdges(min, max, count) {
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
function linspace(start, stop, num) {
    const out = new Float64Array(num);
    const div = num - 1;
    const delta = stop - start;
    const step = delta / div;
    for (let i = 0; i < num; i++)
        out[i] = (step === 0 ? (i / div) * delta : i * step) + start;
    if (num > 1)
        out[num - 1] = stop;
    return out;
}
/** numpy `histogram(sorted, edges)[0]` on an ascending array: [e_i, e_{i+1}) bins, the last closed. */
function histogramCounts(sorted, edges) {
    const bins = edges.length - 1;
    const counts = new Float64Array(bins);
    for (let i = 0; i < bins; i++) {
        const lo = lowerBound(sorted, edges[i]);
        const hi = i === bins - 1 ? upperBound(sorted, edges[i + 1]) : lowerBound(sorted, edges[i + 1]);
        counts[i] = hi - lo;
    }
    return counts;
}
/** Bins for a numerical column given both samples sorted ascending (and their value counts). */
function binNumerical(ref, cur, counts) {
    if (distinctSorted(ref, MAX_DISTINCT_FOR_VALUE_BINS + 1) > MAX_DISTINCT_FOR_VALUE_BINS) {
        const min = Math.min(ref[0], cur[0] ?? Infinity);
        const max = Math.max(ref[ref.length - 1], cur[cur.length - 1] ?? -Infinity);
        const edges = sturgesEdges(min, max, ref.length + cur.length);
        const labels = [];
        for (let i = 0; i + 1 < edges.length; i++)
            labels.push([edges[i], edges[i + 1]]);
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
function binCategorical(c) {
    return { labels: c.keys, refCounts: c.ref, curCounts: c.cur, nRef: c.nRef, nCur: c.nCur, sturges: false };
}
/** Number of distinct values in an ascending array; counting stops at `limit` (the answer is then `limit`). */
function distinctSorted(sorted, limit = Infinity) {
    if (sorted.length === 0)
        return 0;
    let count = 1;
    for (let i = 1; i < sorted.length && count < limit; i++)
        if (sorted[i] !== sorted[i - 1])
            count++;
    return count;
}
/** Shares count/n; with `fill`, Evidently's empty-bin rule applied to this distribution alone. */
function shares(counts, n, fill) {
    const out = new Float64Array(counts.length);
    for (let i = 0; i < counts.length; i++)
        out[i] = counts[i] / n;
    if (!fill)
        return out;
    let minNonZero = Infinity;
    for (const s of out)
        if (s !== 0 && s < minNonZero)
            minNonZero = s;
    if (minNonZero === Infinity)
        return out;
    const replacement = minNonZero <= 0.0001 ? minNonZero / 10 ** 6 : 0.0001;
    for (let i = 0; i < out.length; i++)
        if (out[i] === 0)
            out[i] = replacement;
    return out;
}

// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/drift/stats/categories.js
var categories = __webpack_require__(589);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/drift/stats/pairwise-sum.js
var pairwise_sum = __webpack_require__(8783);
;// CONCATENATED MODULE: ./node_modules/.cache/mlops-build/js/src/core/drift/stats/special.js
/**
 * Special functions the drift tests need, accurate to a few ulps in the ranges they are used in:
 * erfc (normal tail for the Z-test), log-gamma, the regularised upper incomplete gamma (chi-square
 * survival) and numpy's pairwise summation (so sums round the way numpy's do).
 */

const SQRT_PI = Math.sqrt(Math.PI);
const LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);
/** erf by its everywhere-positive series erf(x) = 2/√π·e^{-x²}·Σ 2ⁿx^{2n+1}/(2n+1)!!; no cancellation. */
function erfSeries(x) {
    const x2 = x * x;
    let term = x;
    let sum = x;
    for (let n = 1; n < 500; n++) {
        term *= (2 * x2) / (2 * n + 1);
        sum += term;
        if (term < sum * 1e-17)
            break;
    }
    return (2 / SQRT_PI) * Math.exp(-x2) * sum;
}
/** erfc(x) for x ≥ 0 by the Laplace continued fraction (modified Lentz), good for x ≳ 0.5. */
function erfcContinuedFraction(x) {
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
        if (c === 0)
            c = tiny;
        const delta = c * d;
        f *= delta;
        if (Math.abs(delta - 1) < 1e-17)
            break;
    }
    return Math.exp(-x * x) / (SQRT_PI * f);
}
/** Complementary error function. */
function erfc(x) {
    if (Number.isNaN(x))
        return Number.NaN;
    if (x < 0)
        return 2 - erfc(-x);
    if (x < 0.5)
        return 1 - erfSeries(x);
    if (x > 27)
        return 0;
    if (x < 2.5) {
        // The continued fraction converges slowly here; erf via the positive series loses at most
        // erfc(2.5)⁻¹·ε relative, so use it only where erfc is still large.
        return x < 1 ? 1 - erfSeries(x) : erfcContinuedFraction(x);
    }
    return erfcContinuedFraction(x);
}
/** Standard normal CDF computed the way scipy's ndtr does (erf near 0, erfc in the tails). */
function normalCdf(a) {
    const x = a * Math.SQRT1_2;
    const z = Math.abs(x);
    let y;
    if (z < Math.SQRT1_2)
        y = 0.5 + 0.5 * (1 - erfc(x));
    else {
        y = 0.5 * erfc(z);
        if (x > 0)
            y = 1 - y;
    }
    return y;
}
// Bernoulli-number coefficients B_{2j}/(2j(2j-1)) of the Stirling series, j = 8 … 1 (highest order first).
const STIRLING = [-3617 / 122400, 1 / 156, -691 / 360360, 1 / 1188, -1 / 1680, 1 / 1260, -1 / 360, 1 / 12];
/** ln Γ(x) for x > 0: Stirling series at x ≥ 15, shifted there by the recurrence below. */
function logGamma(x) {
    if (x <= 0)
        return Number.NaN;
    if (x === 1 || x === 2)
        return 0;
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
    for (const c of STIRLING)
        series = series * r2 + c;
    const value = (x - 0.5) * Math.log(x) - x + LOG_SQRT_2PI + r * series;
    return shift === 0 ? value : value - Math.log(product);
}
/** Regularised upper incomplete gamma Q(a, x) = Γ(a, x)/Γ(a). */
function gammaQ(a, x) {
    if (Number.isNaN(a) || Number.isNaN(x) || a <= 0 || x < 0)
        return Number.NaN;
    if (x === 0)
        return 1;
    if (!Number.isFinite(x))
        return 0;
    const twoA = 2 * a;
    if (Number.isInteger(twoA) && a <= 200 && x < 650)
        return gammaQHalfInteger(a, x);
    if (x < a + 1)
        return 1 - gammaPSeries(a, x);
    return gammaQContinuedFraction(a, x);
}
/**
 * Closed forms for the chi-square case (a = dof/2 is a whole or half number), sums of positive terms:
 * Q(n, x) = e^{-x} Σ_{k<n} x^k/k!;  Q(n+½, x) = erfc(√x) + e^{-x} Σ_{k<n} x^{k+½}/Γ(k+3/2).
 */
function gammaQHalfInteger(a, x) {
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
function gammaPrefactor(a, x) {
    return Math.exp(a * Math.log(x) - x - logGamma(a));
}
function gammaPSeries(a, x) {
    let term = 1 / a;
    let sum = term;
    for (let n = 1; n < 100000; n++) {
        term *= x / (a + n);
        sum += term;
        if (Math.abs(term) < Math.abs(sum) * 1e-17)
            break;
    }
    return sum * gammaPrefactor(a, x);
}
function gammaQContinuedFraction(a, x) {
    const tiny = 1e-300;
    let b = x + 1 - a;
    let c = 1 / tiny;
    let d = 1 / b;
    let h = d;
    for (let i = 1; i < 100000; i++) {
        const an = -i * (i - a);
        b += 2;
        d = an * d + b;
        if (Math.abs(d) < tiny)
            d = tiny;
        c = b + an / c;
        if (Math.abs(c) < tiny)
            c = tiny;
        d = 1 / d;
        const delta = d * c;
        h *= delta;
        if (Math.abs(delta - 1) < 1e-17)
            break;
    }
    return h * gammaPrefactor(a, x);
}
/** Survival function of the chi-square distribution with `dof` degrees of freedom. */
function chiSquareSf(statistic, dof) {
    if (statistic === Number.POSITIVE_INFINITY)
        return 0;
    return gammaQ(dof / 2, statistic / 2);
}
/** numpy-exact pairwise sums (see pairwise-sum.ts). */
const { pairwiseSum, pairwiseSumSquares, pairwiseStream } = (0,pairwise_sum/* pairwiseFactory */.x)();

;// CONCATENATED MODULE: ./node_modules/.cache/mlops-build/js/src/core/drift/stats/divergence.js
/** PSI, Kullback–Leibler and Jensen–Shannon on binned shares, as Evidently computes them (natural log). */

/** scipy `rel_entr(x, y)`: x·ln(x/y), 0 when x = 0, ∞ when y = 0 < x. */
function relEntr(x, y) {
    if (x > 0 && y > 0)
        return x * Math.log(x / y);
    if (x === 0 && y >= 0)
        return 0;
    return Infinity;
}
function normalised(values) {
    const total = pairwiseSum(values);
    return values.map((v) => v / total);
}
/** Population stability index Σ (r − c)·ln(r/c) on empty-bin-filled shares. */
function psi(refFilled, curFilled) {
    const terms = new Float64Array(refFilled.length);
    for (let i = 0; i < terms.length; i++) {
        const r = refFilled[i];
        const c = curFilled[i];
        terms[i] = (r - c) * Math.log(r / c);
    }
    return { value: pairwiseSum(terms), terms };
}
/** KL(ref ‖ cur) in nats on filled shares, each renormalised to sum 1 (scipy `entropy(p, q)`). */
function klDivergence(refFilled, curFilled) {
    const p = normalised(refFilled);
    const q = normalised(curFilled);
    const terms = new Float64Array(p.length);
    for (let i = 0; i < p.length; i++)
        terms[i] = relEntr(p[i], q[i]);
    return pairwiseSum(terms);
}
/** Jensen–Shannon distance with natural log (scipy `jensenshannon(p, q)`), on unfilled shares. */
function jensenShannon(refShares, curShares) {
    const p = normalised(refShares);
    const q = normalised(curShares);
    const left = new Float64Array(p.length);
    const right = new Float64Array(p.length);
    for (let i = 0; i < p.length; i++) {
        const m = (p[i] + q[i]) / 2.0;
        left[i] = relEntr(p[i], m);
        right[i] = relEntr(q[i], m);
    }
    return Math.sqrt((pairwiseSum(left) + pairwiseSum(right)) / 2.0);
}

;// CONCATENATED MODULE: ./node_modules/.cache/mlops-build/js/src/core/drift/stats/kolmogorov.js
/**
 * Distribution of the two-sided one-sample Kolmogorov–Smirnov statistic D_n (scipy's `kstwo`), as
 * `ks_2samp(method='asymp')` uses it with n = round(n₁n₂/(n₁+n₂)), and its n → ∞ limit (`kstwobign`).
 * The method choice per (n, x) region follows Simard & L'Ecuyer (2011) as scipy does: exact Smirnov sum in
 * the tail, Durbin's matrix (Marsaglia–Tsang–Wang) or the Pelz–Good expansion elsewhere. Where scipy uses
 * Pomeranz's recursion (n ≤ 140, 0.754693 < n·x² ≤ 4) we use Durbin's matrix, also exact.
 */

const clip = (p) => Math.min(1, Math.max(0, p));
/**
 * One-sided exact Smirnov survival P(D⁺_n ≥ e) = e·Σ_{v=0}^{⌊n(1−e)⌋} C(n,v)(e+v/n)^{v−1}(1−e−v/n)^{n−v}
 * (Birnbaum & Tingey), every term in log space; ln C(n,v) is accumulated with a compensated sum so the
 * terms keep ~1e-14 relative accuracy for n in the millions.
 */
function smirnovSf(n, e) {
    if (!(e >= 0 && e <= 1) || n <= 0)
        return Number.NaN;
    if (e === 0)
        return 1;
    if (e === 1)
        return 0;
    const last = Math.floor(n * (1 - e));
    let logC = 0;
    let logCComp = 0;
    let sum = 0;
    for (let v = 0; v <= last; v++) {
        const evn = e + v / n;
        const rest = n - v;
        let term;
        if (rest === 0)
            term = Math.exp(logC + (v - 1) * Math.log(evn));
        else if (evn >= 1)
            term = 0;
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
function kolmogorovSf(x) {
    if (x <= 0)
        return 1;
    const eps = Number.EPSILON;
    if (x >= 1) {
        const alpha = -2 * x * x;
        let sign = 1;
        let p = 0;
        for (let r = 1;; r++) {
            const t = Math.exp(alpha * r * r);
            p += sign * t;
            if (t === 0 || t / p <= eps)
                break;
            sign = -sign;
        }
        return clip(2 * p);
    }
    const alpha = (-Math.PI * Math.PI) / (8 * x * x);
    let p = 0;
    for (let r = 1;; r += 2) {
        const t = Math.exp(alpha * r * r);
        p += t;
        if (t === 0 || t / p < eps)
            break;
    }
    return clip(1 - (p * Math.sqrt(2 * Math.PI)) / x);
}
const EP128 = 2 ** 128;
const EM128 = 2 ** -128;
/** Durbin's matrix method, Marsaglia–Tsang–Wang variant: exact P(D_n ≤ d). */
function durbinCdf(n, d) {
    const nd = n * d;
    if (nd <= 0.5)
        return 0;
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
    let H = new Float64Array(m * m);
    for (let i = 1; i < m; i++) {
        for (let r = i - 1; r < m; r++)
            H[r * m + i] = w[r - (i - 1)];
    }
    for (let r = 0; r < m; r++)
        H[r * m] = v[r];
    for (let c = 0; c < m; c++)
        H[(m - 1) * m + c] = v[m - 1 - c];
    const multiply = (a, b) => {
        const out = new Float64Array(m * m);
        for (let i = 0; i < m; i++) {
            for (let l = 0; l < m; l++) {
                const ail = a[i * m + l];
                if (ail === 0)
                    continue;
                for (let j = 0; j < m; j++)
                    out[i * m + j] += ail * b[l * m + j];
            }
        }
        return out;
    };
    let power = new Float64Array(m * m);
    for (let i = 0; i < m; i++)
        power[i * m + i] = 1;
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
        if (Math.abs(H[(k - 1) * m + (k - 1)]) > EP128) {
            for (let i = 0; i < H.length; i++)
                H[i] /= EP128;
            hExponent += 128;
        }
        nn = Math.floor(nn / 2);
    }
    let p = power[(k - 1) * m + (k - 1)];
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
function pelzGoodCdf(n, x) {
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
    if (qlog < -708)
        return 0;
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
        for (let i = 0; i < 4; i++)
            K[i] = K[i] * qpower + coeffs[i];
    }
    const divisors = [z, 6 * z4, 72 * z ** 7, 6480 * z ** 10];
    for (let i = 0; i < 4; i++) {
        K[i] = K[i] * q;
        K[i] = K[i] * SQRT2PI;
        K[i] = K[i] / divisors[i];
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
    K[2] += (k2extra * PI2 * SQRT2PI) / (-36 * z3);
    K[3] += (k3extra * PI2 * SQRT2PI) / (216 * z6);
    let sum = 0;
    for (let i = 0; i < 4; i++)
        sum += K[i] / n ** (i / 2);
    return sum;
}
/** ln(n!/nⁿ) by Stirling's series with n·ln n removed up front. */
function logFactorialOverPower(n) {
    return logGamma(n + 1) - n * Math.log(n);
}
/** Survival function of D_n: P(D_n ≥ x), scipy `kstwo.sf(x, n)`. */
function kolmogorovSmirnovSf(n, x) {
    if (!Number.isInteger(n) || n <= 0 || Number.isNaN(x))
        return Number.NaN;
    if (x >= 1)
        return 0;
    if (x <= 0)
        return 1;
    const t = n * x;
    if (t <= 1) {
        if (t <= 0.5)
            return 1;
        let prob;
        if (n <= 140) {
            prob = 1;
            for (let i = 1; i <= n; i++)
                prob *= i * (1 / n) * (2 * t - 1);
        }
        else
            prob = Math.exp(logFactorialOverPower(n) + n * Math.log(2 * t - 1));
        return clip(1 - prob);
    }
    if (t >= n - 1)
        return clip(2 * (1 - x) ** n);
    if (x >= 0.5)
        return clip(2 * smirnovSf(n, x));
    const nx2 = t * x;
    if (n <= 140) {
        if (nx2 <= 4)
            return clip(1 - durbinCdf(n, x));
        return clip(2 * smirnovSf(n, x));
    }
    if (nx2 >= 370)
        return 0;
    if (nx2 >= 2.2)
        return clip(2 * smirnovSf(n, x));
    if (nx2 >= 18)
        return 0;
    const cdf = n <= 100000 && n * x ** 1.5 <= 1.4 ? durbinCdf(n, x) : pelzGoodCdf(n, x);
    return clip(1 - cdf);
}

;// CONCATENATED MODULE: ./node_modules/.cache/mlops-build/js/src/core/drift/stats/ks.js
/**
 * Two-sample two-sided Kolmogorov–Smirnov test as scipy's `ks_2samp(method='auto')`: exact p-value when
 * max(n₁, n₂) ≤ 10 000, else the asymptotic one from the D_n distribution with n = round(n₁n₂/(n₁+n₂)).
 */

const KS_MAX_EXACT_N = 10_000;
/** numpy's round: half to even. */
function roundHalfEven(x) {
    const r = Math.round(x);
    return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}
function gcd(a, b) {
    while (b !== 0)
        [a, b] = [b, a % b];
    return a;
}
/** D = max |F₁ − F₂| over all sample points, each ECDF value formed as count/n like numpy's searchsorted/n. */
function ksStatistic(a, b) {
    const n1 = a.length;
    const n2 = b.length;
    let i = 0;
    let j = 0;
    let max = -Infinity;
    let min = Infinity;
    while (i < n1 || j < n2) {
        const v = j >= n2 || (i < n1 && a[i] <= b[j]) ? a[i] : b[j];
        while (i < n1 && a[i] <= v)
            i++;
        while (j < n2 && b[j] <= v)
            j++;
        const diff = i / n1 - j / n2;
        if (diff > max)
            max = diff;
        if (diff < min)
            min = diff;
    }
    const minS = Math.min(1, Math.max(0, -min));
    return minS > max ? minS : max;
}
/**
 * P(D_{n,n} ≥ h/n) for equal sample sizes by the reflection principle:
 * 2·Σ_{k≥1} (−1)^{k−1} C(2n, n−kh)/C(2n, n), each ratio a product of h factors, summed Horner-style
 * from the innermost term outwards so nothing cancels.
 */
function probOutsideSquare(n, h) {
    let p = 0;
    for (let k = Math.floor(n / h); k >= 0; k--) {
        let ratio = 1;
        for (let j = 0; j < h; j++)
            ratio = ((n - k * h - j) * ratio) / (n + k * h + j + 1);
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
function outerProbInsideMethod(m0, n0, g, h) {
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
        if (maxj <= minj)
            return 1;
        let val = minj === 0 ? 0 : 1;
        for (let jj = 0; jj < maxj - minj; jj++) {
            const j = jj + minj;
            val = (A[jj + minj - lastminj] * i + val * j) / (i + j);
            A[jj] = val;
        }
        curlen = maxj - minj;
        if (lastlen > curlen)
            A.fill(1, maxj - minj, maxj - minj + (lastlen - curlen));
    }
    return A[maxj - minj - 1];
}
/** Exact p-value, or undefined when it cannot be computed (scipy then falls back to asymptotic). */
function exactPValue(n1, n2, d) {
    const g = gcd(n1, n2);
    const lcm = (n1 / g) * n2;
    const h = roundHalfEven(d * lcm);
    const dr = h / lcm;
    if (h === 0)
        return { d: dr, p: 1 };
    const p = n1 === n2 ? probOutsideSquare(n1, h) : outerProbInsideMethod(n1, n2, g, h);
    return { d: dr, p: Number.isFinite(p) && p >= 0 && p <= 1 ? p : undefined };
}
/** Two-sided asymptotic p-value (scipy `kstwo.sf(d, round(n₁n₂/(n₁+n₂)))`). */
function ksAsymptoticPValue(n1, n2, d) {
    const m = Math.max(n1, n2);
    const n = Math.min(n1, n2);
    const en = (m * n) / (m + n);
    return kolmogorovSmirnovSf(roundHalfEven(en), d);
}
/** ks_2samp on two ascending-sorted, NaN-free samples. */
function ksTwoSample(a, b, method = 'auto') {
    if (a.length === 0 || b.length === 0)
        throw new RangeError('ks_2samp needs two non-empty samples');
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

;// CONCATENATED MODULE: ./node_modules/.cache/mlops-build/js/src/core/drift/stats/proportions.js
/** Chi-square goodness of fit and the two-proportion Z-test, on category counts (Evidently's forms). */

/**
 * scipy `chisquare(f_obs=current counts, f_exp=reference counts·n_cur/n_ref)`; a category missing from the
 * reference gives e = 0 → ∞ → p = 0. Returns undefined for one category (0 degrees of freedom).
 */
function chiSquareTest(c) {
    const k = c.keys.length;
    if (k < 2)
        return undefined;
    const norm = c.nCur / c.nRef;
    const terms = new Float64Array(k);
    for (let i = 0; i < k; i++) {
        const expected = c.ref[i] * norm;
        const diff = c.cur[i] - expected;
        terms[i] = (diff * diff) / expected;
    }
    const statistic = pairwiseSum(terms);
    return { statistic, dof: k - 1, pValue: chiSquareSf(statistic, k - 1) };
}
/**
 * Two-proportion Z-test: the first category (ascending) maps to 0, every other to 1; pooled variance;
 * p = 2·(1 − Φ(|z|)) computed exactly in that form. Both samples constant on the same value → p = 1.
 */
function zTest(c) {
    if (c.keys.length === 1) {
        return { z: undefined, pValue: 1 };
    }
    const n1 = c.nRef;
    const n2 = c.nCur;
    const p1 = (n1 - c.ref[0]) / n1;
    const p2 = (n2 - c.cur[0]) / n2;
    const pooled = (p1 * n1 + p2 * n2) / (n1 + n2);
    const z = (p1 - p2) / Math.sqrt(pooled * (1 - pooled) * (1.0 / n1 + 1.0 / n2));
    return { z, pValue: 2 * (1 - normalCdf(Math.abs(z))) };
}

// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/drift/stats/wasserstein.js
var wasserstein = __webpack_require__(3667);
;// CONCATENATED MODULE: ./node_modules/.cache/mlops-build/js/src/core/drift/stat-tests.js
/**
 * The drift tests by name, Evidently's default choice among them, and running one on a column sample.
 */







const TEST_NAMES = drift_test_names/* DRIFT_TEST_NAMES */.s;
const TESTS = {
    ks: {
        name: 'ks',
        label: 'K-S p-value',
        kind: 'p-value',
        threshold: 0.05,
        operator: '<=',
        numericalOnly: true,
    },
    chisquare: {
        name: 'chisquare',
        label: 'chi-square p-value',
        kind: 'p-value',
        threshold: 0.05,
        operator: '<',
        numericalOnly: false,
    },
    z: {
        name: 'z',
        label: 'Z-test p-value',
        kind: 'p-value',
        threshold: 0.05,
        operator: '<',
        numericalOnly: false,
    },
    wasserstein: {
        name: 'wasserstein',
        label: 'Wasserstein distance (normed)',
        kind: 'distance',
        threshold: 0.1,
        operator: '>=',
        numericalOnly: true,
    },
    jensenshannon: {
        name: 'jensenshannon',
        label: 'Jensen-Shannon distance',
        kind: 'distance',
        threshold: 0.1,
        operator: '>=',
        numericalOnly: false,
    },
    psi: { name: 'psi', label: 'PSI', kind: 'distance', threshold: 0.1, operator: '>=', numericalOnly: false },
    kl: {
        name: 'kl',
        label: 'Kullback-Leibler divergence',
        kind: 'distance',
        threshold: 0.1,
        operator: '>=',
        numericalOnly: false,
    },
};
function isDrift(operator, score, threshold) {
    if (operator === '<=')
        return score <= threshold;
    if (operator === '<')
        return score < threshold;
    return score >= threshold;
}
/** Reference ≤ 1000 rows → p-value tests; larger → distances (Evidently's `_get_default_stattest`). */
const SMALL_REFERENCE_ROWS = 1000;
function defaultTest(type, referenceRows, distinct) {
    if (referenceRows <= SMALL_REFERENCE_ROWS) {
        if (type === 'numerical' && distinct > 5)
            return 'ks';
        return distinct > 2 ? 'chisquare' : 'z';
    }
    if (type === 'numerical' && distinct > 5)
        return 'wasserstein';
    return 'jensenshannon';
}
function sampleCounts(sample) {
    return sample.type === 'numerical' ? (0,categories/* countSortedValues */.jk)(sample.ref, sample.cur) : sample.counts;
}
function sampleBins(sample, counts) {
    return sample.type === 'numerical'
        ? binNumerical(sample.ref, sample.cur, counts)
        : binCategorical(sample.counts);
}
/**
 * Run one test; `counts`/`bins` are computed lazily and shared with the report's charts. `scored`: the
 * Wasserstein result for exactly this sample when another thread already computed it.
 */
function runTest(test, sample, counts, bins, scored) {
    switch (test) {
        case 'ks': {
            if (sample.type !== 'numerical')
                throw new Error('ks needs numbers');
            const r = ksTwoSample(sample.ref, sample.cur);
            return { score: r.pValue, details: { statistic: r.statistic, method: r.method } };
        }
        case 'wasserstein': {
            if (sample.type !== 'numerical')
                throw new Error('wasserstein needs numbers');
            const r = scored?.() ?? (0,wasserstein/* wassersteinNormed */.w8)(sample.ref, sample.cur);
            return {
                score: r.value,
                details: { distance: r.distance, referenceStd: r.refStd },
                distinct: r.distinct,
            };
        }
        case 'chisquare': {
            const r = chiSquareTest(counts());
            if (!r)
                throw new Error('chi-square needs two categories');
            return { score: r.pValue, details: { statistic: r.statistic, dof: r.dof } };
        }
        case 'z': {
            const r = zTest(counts());
            return { score: r.pValue, details: r.z === undefined ? {} : { z: r.z } };
        }
        case 'jensenshannon': {
            const b = bins();
            return {
                score: jensenShannon(shares(b.refCounts, b.nRef, false), shares(b.curCounts, b.nCur, false)),
                details: { bins: b.labels.length },
            };
        }
        case 'psi': {
            const b = bins();
            const r = psi(shares(b.refCounts, b.nRef, true), shares(b.curCounts, b.nCur, true));
            return { score: r.value, details: { bins: b.labels.length } };
        }
        case 'kl': {
            const b = bins();
            return {
                score: klDivergence(shares(b.refCounts, b.nRef, true), shares(b.curCounts, b.nCur, true)),
                details: { bins: b.labels.length },
            };
        }
    }
}


/***/ }),

/***/ 589:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vl: () => (/* binding */ countMaps),
/* harmony export */   YD: () => (/* binding */ compareKeys),
/* harmony export */   jk: () => (/* binding */ countSortedValues)
/* harmony export */ });
/** Value counts over the union of categories of two samples, in ascending key order. */
/** Ascending order as Python's sorted() gives for keys of one kind (numbers numerically, text by code point). */
function compareKeys(a, b) {
    if (typeof a === 'number' && typeof b === 'number')
        return a - b;
    const sa = String(a);
    const sb = String(b);
    return sa < sb ? -1 : sa > sb ? 1 : 0;
}
/** Run-length value counts of two ascending numeric samples, merged over the union of values. */
function countSortedValues(ref, cur) {
    const keys = [];
    const refCounts = [];
    const curCounts = [];
    let i = 0;
    let j = 0;
    while (i < ref.length || j < cur.length) {
        const v = j >= cur.length || (i < ref.length && ref[i] <= cur[j]) ? ref[i] : cur[j];
        let r = 0;
        let c = 0;
        while (i < ref.length && ref[i] === v) {
            i++;
            r++;
        }
        while (j < cur.length && cur[j] === v) {
            j++;
            c++;
        }
        keys.push(v);
        refCounts.push(r);
        curCounts.push(c);
    }
    return {
        keys,
        ref: Float64Array.from(refCounts),
        cur: Float64Array.from(curCounts),
        nRef: ref.length,
        nCur: cur.length,
    };
}
/** Merge two key → count maps into ascending union order. */
function countMaps(ref, cur) {
    const keys = [...new Set([...ref.keys(), ...cur.keys()])].sort(compareKeys);
    let nRef = 0;
    let nCur = 0;
    for (const v of ref.values())
        nRef += v;
    for (const v of cur.values())
        nCur += v;
    return {
        keys,
        ref: Float64Array.from(keys, (k) => ref.get(k) ?? 0),
        cur: Float64Array.from(keys, (k) => cur.get(k) ?? 0),
        nRef,
        nCur,
    };
}


/***/ }),

/***/ 8783:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ pairwiseFactory)
/* harmony export */ });
/**
 * Sums like numpy's `add.reduce` on a contiguous float64 array: pairwise, with 8-way unrolled blocks of up
 * to 128 elements, so our sums round exactly as Evidently's (numpy's) do. A self-contained factory (it
 * references nothing outside its body): the drift kernel worker is started from its source text
 * (kernel-worker.ts), so both threads add in the same order and get the same bits.
 */
function pairwiseFactory() {
    // numpy's pairwise_sum: below 8 terms a plain loop; up to 128, eight running sums combined as
    // ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7)) plus the tail; above, split at half rounded down to
    // a multiple of 8. Locals rather than an array: the same additions in the same order, no allocation.
    function pairwiseSum(values, start = 0, length = values.length - start) {
        if (length < 8) {
            let sum = 0;
            for (let i = start; i < start + length; i++)
                sum += values[i];
            return sum;
        }
        if (length <= 128) {
            let r0 = values[start];
            let r1 = values[start + 1];
            let r2 = values[start + 2];
            let r3 = values[start + 3];
            let r4 = values[start + 4];
            let r5 = values[start + 5];
            let r6 = values[start + 6];
            let r7 = values[start + 7];
            let i = 8;
            for (; i < length - (length % 8); i += 8) {
                const at = start + i;
                r0 += values[at];
                r1 += values[at + 1];
                r2 += values[at + 2];
                r3 += values[at + 3];
                r4 += values[at + 4];
                r5 += values[at + 5];
                r6 += values[at + 6];
                r7 += values[at + 7];
            }
            let sum = r0 + r1 + (r2 + r3) + (r4 + r5 + (r6 + r7));
            for (; i < length; i++)
                sum += values[start + i];
            return sum;
        }
        let half = Math.floor(length / 2);
        half -= half % 8;
        return pairwiseSum(values, start, half) + pairwiseSum(values, start + half, length - half);
    }
    function pairwiseSumSquares(values, shift, start = 0, length = values.length - start) {
        let at = start;
        return pairwiseStream(length, (block, count) => {
            for (let i = 0; i < count; i++) {
                const d = values[at++] - shift;
                block[i] = d * d;
            }
        });
    }
    // The recursion splits exactly where pairwiseSum's does; a leaf (≤ 128 terms) is filled in one call and
    // summed with pairwiseSum's leaf arithmetic.
    const block = new Float64Array(128);
    function pairwiseStream(n, fill) {
        if (n <= 128) {
            fill(block, n);
            return pairwiseSum(block, 0, n);
        }
        let half = Math.floor(n / 2);
        half -= half % 8;
        const left = pairwiseStream(half, fill);
        return left + pairwiseStream(n - half, fill);
    }
    function pairwisePlan(n) {
        const plan = [];
        const visit = (len) => {
            if (len <= 128) {
                plan.push(len + 1);
                return;
            }
            let half = Math.floor(len / 2);
            half -= half % 8;
            visit(half);
            visit(len - half);
            plan.push(0);
        };
        visit(n);
        return Int32Array.from(plan);
    }
    return { pairwiseSum, pairwiseSumSquares, pairwiseStream, pairwisePlan };
}


/***/ }),

/***/ 3667:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P3: () => (/* binding */ wassersteinFactory),
/* harmony export */   w8: () => (/* binding */ wassersteinNormed)
/* harmony export */ });
/* unused harmony exports wassersteinWalk, populationStd, wassersteinDistance */
/* harmony import */ var _pairwise_sum_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8783);
/**
 * Wasserstein-1 distance between two empirical samples (scipy `wasserstein_distance`) and its normed form.
 * A self-contained factory over the pairwise sums (see pairwise-sum.ts): the drift kernel worker runs the
 * same source, so a column scored there has the same bits as one scored here.
 */

function wassersteinFactory(sums) {
    /**
     * W1 = Σ |F_u − F_v|·Δ over the merged sorted sample; both inputs ascending and NaN-free. The terms are
     * summed as they are walked (numpy's pairwise grouping over the whole sequence, no array of them).
     */
    function wassersteinWalk(u, v) {
        const total = u.length + v.length;
        if (total < 2)
            return { distance: 0, distinct: total };
        const nu = u.length;
        const nv = v.length;
        // The terms are summed leaf by leaf as the walk makes them, in pairwiseSum's grouping (pairwisePlan).
        const plan = sums.pairwisePlan(total - 1);
        const block = new Float64Array(128);
        const stack = new Float64Array(64);
        let sp = 0;
        let op = 0;
        let leaf = plan[0] - 1;
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
            const value = j >= nv || (i < nu && u[i] <= v[j]) ? u[i++] : v[j++];
            if (k > 0) {
                block[filled++] = gap * (value - prev);
                if (filled === leaf) {
                    stack[sp++] = sums.pairwiseSum(block, 0, leaf);
                    filled = 0;
                    // Combine what the grouping combines here, up to the next leaf.
                    while (++op < plan.length && plan[op] === 0) {
                        const right = stack[--sp];
                        const left = stack[--sp];
                        stack[sp++] = left + right;
                    }
                    if (op < plan.length)
                        leaf = plan[op] - 1;
                }
            }
            if (value !== prev) {
                distinct++;
                let uc = i;
                while (uc < nu && u[uc] === value)
                    uc++;
                let vc = j;
                while (vc < nv && v[vc] === value)
                    vc++;
                gap = Math.abs(uc / nu - vc / nv);
            }
            prev = value;
            k++;
        }
        return { distance: stack[0], distinct };
    }
    /** Population (ddof = 0) standard deviation, numpy's two-pass form. */
    function populationStd(values) {
        const n = values.length;
        if (n === 0)
            return NaN;
        const mean = sums.pairwiseSum(values) / n;
        return Math.sqrt(sums.pairwiseSumSquares(values, mean) / n);
    }
    function normed(walk, refStd) {
        const norm = Math.max(refStd, 0.001);
        return { distance: walk.distance, distinct: walk.distinct, refStd, value: walk.distance / norm };
    }
    return { wassersteinWalk, populationStd, normed };
}
const kernels = wassersteinFactory((0,_pairwise_sum_js__WEBPACK_IMPORTED_MODULE_0__/* .pairwiseFactory */ .x)());
const { wassersteinWalk, populationStd } = kernels;
function wassersteinDistance(u, v) {
    return wassersteinWalk(u, v).distance;
}
/** Evidently's Wasserstein distance normed by max(std(reference), 0.001). */
function wassersteinNormed(ref, cur, refStd = populationStd(ref)) {
    return kernels.normed(wassersteinWalk(ref, cur), refStd);
}


/***/ }),

/***/ 6390:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ DRIFT_TEST_NAMES)
/* harmony export */ });
/**
 * The statistical tests a drift record can name (drift-report's stat tests, Evidently's names). A module
 * of its own so `.mlops.yml`'s schema can name them without loading the record schema and its store.
 */
const DRIFT_TEST_NAMES = [
    'ks',
    'chisquare',
    'z',
    'wasserstein',
    'jensenshannon',
    'psi',
    'kl',
];


/***/ })

};
