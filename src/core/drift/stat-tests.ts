/**
 * The drift tests by name, Evidently's default choice among them, and running one on a column sample.
 */

import { DRIFT_TEST_NAMES } from '../registry/drift-test-names.js';
import { binCategorical, binNumerical, shares, type Binned } from './stats/binning.js';
import { countSortedValues, type CategoryCounts } from './stats/categories.js';
import { jensenShannon, klDivergence, psi } from './stats/divergence.js';
import { ksTwoSample } from './stats/ks.js';
import { chiSquareTest, zTest } from './stats/proportions.js';
import { type WassersteinNormed, wassersteinNormed } from './stats/wasserstein.js';

export const TEST_NAMES = DRIFT_TEST_NAMES;
export type TestName = (typeof TEST_NAMES)[number];
export type ColumnType = 'numerical' | 'categorical';
export type Operator = '<=' | '<' | '>=';

export interface TestSpec {
  name: TestName;
  label: string;
  /** p-value tests flag drift when the p-value is small; distances when the score is large. */
  kind: 'p-value' | 'distance';
  threshold: number;
  operator: Operator;
  numericalOnly: boolean;
}

export const TESTS: Record<TestName, TestSpec> = {
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

export function isDrift(operator: Operator, score: number, threshold: number): boolean {
  if (operator === '<=') return score <= threshold;
  if (operator === '<') return score < threshold;
  return score >= threshold;
}

/** Reference ≤ 1000 rows → p-value tests; larger → distances (Evidently's `_get_default_stattest`). */
export const SMALL_REFERENCE_ROWS = 1000;

export function defaultTest(type: ColumnType, referenceRows: number, distinct: number): TestName {
  if (referenceRows <= SMALL_REFERENCE_ROWS) {
    if (type === 'numerical' && distinct > 5) return 'ks';
    return distinct > 2 ? 'chisquare' : 'z';
  }
  if (type === 'numerical' && distinct > 5) return 'wasserstein';
  return 'jensenshannon';
}

/** A cleaned column: sorted finite numbers, or category counts. */
export type ColumnSample =
  | { type: 'numerical'; ref: Float64Array; cur: Float64Array }
  | { type: 'categorical'; counts: CategoryCounts };

export function sampleCounts(sample: ColumnSample): CategoryCounts {
  return sample.type === 'numerical' ? countSortedValues(sample.ref, sample.cur) : sample.counts;
}

export function sampleBins(sample: ColumnSample, counts: () => CategoryCounts): Binned {
  return sample.type === 'numerical'
    ? binNumerical(sample.ref, sample.cur, counts)
    : binCategorical(sample.counts);
}

export interface TestOutcome {
  score: number;
  details: Record<string, number | string>;
  /** Distinct values of reference ∪ current, when the test's walk counted them. */
  distinct?: number;
}

/**
 * Run one test; `counts`/`bins` are computed lazily and shared with the report's charts. `scored`: the
 * Wasserstein result for exactly this sample when another thread already computed it.
 */
export function runTest(
  test: TestName,
  sample: ColumnSample,
  counts: () => CategoryCounts,
  bins: () => Binned,
  scored?: () => WassersteinNormed | undefined,
): TestOutcome {
  switch (test) {
    case 'ks': {
      if (sample.type !== 'numerical') throw new Error('ks needs numbers');
      const r = ksTwoSample(sample.ref, sample.cur);
      return { score: r.pValue, details: { statistic: r.statistic, method: r.method } };
    }
    case 'wasserstein': {
      if (sample.type !== 'numerical') throw new Error('wasserstein needs numbers');
      const r = scored?.() ?? wassersteinNormed(sample.ref, sample.cur);
      return {
        score: r.value,
        details: { distance: r.distance, referenceStd: r.refStd },
        distinct: r.distinct,
      };
    }
    case 'chisquare': {
      const r = chiSquareTest(counts());
      if (!r) throw new Error('chi-square needs two categories');
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
