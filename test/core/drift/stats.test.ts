/**
 * Special functions and tests against scipy 1.10.1 / numpy 1.24.2 (values printed by /usr/bin/python3 on
 * this machine kind: scipy.stats.kstwo/kstwobign/chi2, scipy.special.erfc, ks_2samp,
 * numpy.histogram_bin_edges); corrections against hand-computed values.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { adjustPValues } from '../../../src/core/drift/correction.js';
import { histogramCounts, shares, sturgesEdges } from '../../../src/core/drift/stats/binning.js';
import { kolmogorovSf, kolmogorovSmirnovSf } from '../../../src/core/drift/stats/kolmogorov.js';
import { ksAsymptoticPValue, ksTwoSample } from '../../../src/core/drift/stats/ks.js';
import { chiSquareTest, zTest } from '../../../src/core/drift/stats/proportions.js';
import { sortFloat64 } from '../../../src/core/drift/stats/sort-float64.js';
import { chiSquareSf, erfc } from '../../../src/core/drift/stats/special.js';
import { countSortedValues } from '../../../src/core/drift/stats/categories.js';

function close(actual: number, expected: number, rtol: number, what: string): void {
  const rel = expected === 0 ? Math.abs(actual) : Math.abs(actual - expected) / Math.abs(expected);
  assert.ok(rel <= rtol, `${what}: expected ${expected}, got ${actual} (relative error ${rel})`);
}

describe('special functions (scipy reference values)', () => {
  it('kstwo.sf in every method region', () => {
    const cases: [number, number, number][] = [
      [5, 0.3, 0.664],
      [20, 0.1, 0.976255094592155],
      [60, 0.12, 0.32682301183616835],
      [140, 0.15, 0.0032495604415101703],
      [141, 0.05, 0.8548456930096628],
      [1000, 0.01, 0.9999496745370611],
      [2311, 0.02, 0.3095231059492769],
      [20000, 0.004, 0.9048968240702959],
      [500000, 0.002, 0.036582179671620585],
      [500, 0.083, 0.0019135297414705284],
      [10, 0.75, 2.48650390625e-6],
    ];
    for (const [n, x, p] of cases) close(kolmogorovSmirnovSf(n, x), p, 1e-12, `kstwo.sf(${x}, ${n})`);
  });

  it('kstwobign.sf', () => {
    const cases: [number, number][] = [
      [0.3, 0.9999906941986655],
      [0.8, 0.5441424115741981],
      [1.0, 0.26999967167735456],
      [1.36, 0.049485876755377876],
      [2.5, 7.453306344157342e-6],
    ];
    for (const [x, p] of cases) close(kolmogorovSf(x), p, 1e-12, `kstwobign.sf(${x})`);
  });

  it('erfc and the chi-square survival function', () => {
    const erfcCases: [number, number][] = [
      [0.2, 0.7772974107895215],
      [0.75, 0.2888443663464849],
      [1.7, 0.01620954140922544],
      [3.3, 3.057709796438165e-6],
      [8.0, 1.1224297172982928e-29],
    ];
    for (const [x, v] of erfcCases) close(erfc(x), v, 1e-13, `erfc(${x})`);
    const chiCases: [number, number, number][] = [
      [0.5, 1, 0.47950012218695337],
      [36.66666666666667, 3, 5.4125789509158294e-8],
      [150.0, 120, 0.03307348091130466],
      [12.0, 7, 0.10055886850835878],
      [4000.0, 3000, 5.589996831358726e-32],
    ];
    for (const [s, d, p] of chiCases) close(chiSquareSf(s, d), p, 1e-12, `chi2.sf(${s}, ${d})`);
    assert.equal(chiSquareSf(Infinity, 4), 0);
  });
});

describe('two-sample KS', () => {
  const a = [
    -0.802, -1.324, -0.248, 0.42, 1.136, 0.11, -0.553, -0.785, 0.749, 1.635, 0.273, -1.233, -0.958, 1.6,
    0.203, -1.732, -0.084, -1.163, -0.629, -0.488, -0.713, 0.553, -0.063, -0.589, 0.41, 0.83, -1.643, -0.257,
    -0.981, -0.173, -1.289, 0.021, -0.038, -0.304, -1.048, -0.396, -1.091, -1.355, 0.225, -1.109,
  ];
  const b = [
    1.704, 1.16, -2.097, 0.627, -1.022, 0.34, 0.352, -2.086, 0.02, -0.007, 1.454, -1.118, 1.186, -1.019,
    -0.098, -0.709, 2.038, 0.982, 3.218, 1.07, 1.314, 1.309, -0.428, 0.216, 1.92, -0.176, 0.527, 0.275, 1.031,
    -0.138, 0.117, 0.591, 0.424, -0.738, 1.375, -1.258, -1.141, -1.239, 1.46, -0.133, -0.865, -1.063, 0.805,
    -0.966, -1.226, 1.037, -1.136, -0.087, 0.292, -0.234, 0.235, 1.907, -0.32, -1.211, -1.904,
  ];
  it('exact p for unequal sizes (40 vs 55) matches ks_2samp', () => {
    const r = ksTwoSample(Float64Array.from(a).sort(), Float64Array.from(b).sort());
    assert.equal(r.method, 'exact');
    close(r.statistic, 0.2545454545454545, 1e-15, 'D');
    close(r.pValue, 0.08161035446053247, 1e-12, 'p');
  });
  it('identical samples give D = 0 and p = 1', () => {
    const s = Float64Array.from(a).sort();
    assert.deepEqual(ksTwoSample(s, s), { statistic: 0, pValue: 1, method: 'exact' });
  });
  it('switches to the asymptotic p above 10 000 values (12 000 vs 300 → n = 293, Pelz–Good region)', () => {
    close(ksAsymptoticPValue(12000, 300, 0.055333333333333345), 0.319213675583885, 1e-12, 'asymptotic p');
    const big = new Float64Array(12000).map((_, i) => i);
    const small = new Float64Array(300).map((_, i) => i * 40 + 0.5);
    assert.equal(ksTwoSample(big, small).method, 'asymptotic');
  });
});

describe('binning, shares, categorical tests', () => {
  it('Sturges edges and histogram counts follow numpy, values on edges included', () => {
    const x = Float64Array.from({ length: 31 }, (_, i) => i);
    const y = Float64Array.from([0, 7.5, 10, 20, 30, 30]);
    const edges = sturgesEdges(0, 30, x.length + y.length);
    assert.deepEqual(
      Array.from(edges),
      [
        0.0, 4.285714285714286, 8.571428571428571, 12.857142857142858, 17.142857142857142, 21.428571428571427,
        25.714285714285715, 30.0,
      ],
    );
    assert.deepEqual(Array.from(histogramCounts(x, edges)), [5, 4, 4, 5, 4, 4, 5]);
    assert.deepEqual(Array.from(histogramCounts(y, edges)), [1, 1, 1, 0, 1, 0, 2]);
  });

  it('fills empty bins per distribution (min share / 1e6 when ≤ 1e-4, else 1e-4)', () => {
    assert.deepEqual(Array.from(shares(Float64Array.from([0, 1, 3]), 4, true)), [1e-4, 0.25, 0.75]);
    const tiny = shares(Float64Array.from([0, 1, 99999]), 100000, true);
    assert.equal(tiny[0], 1e-5 / 1e6);
    assert.deepEqual(Array.from(shares(Float64Array.from([0, 1, 3]), 4, false)), [0, 0.25, 0.75]);
  });

  it('chi-square: one category has no test; an unseen category gives p = 0', () => {
    assert.equal(chiSquareTest(countSortedValues([1, 1], [1])), undefined);
    const unseen = chiSquareTest(countSortedValues([1, 1, 2], [1, 2, 3]))!;
    assert.equal(unseen.statistic, Infinity);
    assert.equal(unseen.pValue, 0);
  });

  it('Z-test: both samples constant on the same value → p = 1', () => {
    assert.deepEqual(zTest(countSortedValues([4, 4, 4], [4, 4])), { z: undefined, pValue: 1 });
  });
});

describe('radix sort', () => {
  it('sorts like the numeric comparison sort, signs, zeros and extremes included', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    const values = new Float64Array(50000).map(() => (random() - 0.5) * 10 ** Math.floor(random() * 40 - 20));
    values[0] = -0;
    values[1] = 0;
    values[2] = Number.MAX_VALUE;
    values[3] = -Number.MAX_VALUE;
    values[4] = Number.MIN_VALUE;
    const expected = Array.from(values).sort((p, q) => p - q);
    sortFloat64(values);
    assert.deepEqual(
      Array.from(values, (v) => (v === 0 ? 0 : v)),
      expected.map((v) => (v === 0 ? 0 : v)),
    );
  });
});

describe('multiple-testing correction', () => {
  it('Bonferroni and Benjamini–Hochberg (hand-computed)', () => {
    const p = [0.01, 0.04, 0.03, 0.005];
    assert.deepEqual(adjustPValues(p, 'bonferroni'), [0.04, 0.16, 0.12, 0.02]);
    assert.deepEqual(adjustPValues(p, 'benjamini-hochberg'), [0.02, 0.04, 0.04, 0.02]);
    assert.deepEqual(adjustPValues([0.9, 0.5], 'bonferroni'), [1, 1]);
  });
});
