/**
 * Every number in test/fixtures/drift/expected.json (computed with scipy/numpy, the Evidently formulas)
 * that corresponds to something we compute, for the full 5,000-row files and their first 1,000 rows,
 * to 1e-12 relative. Hellinger is not computed by drift-report and is the only field not checked.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { analyzeDrift } from '../../../src/core/drift/analyze.js';
import { distinctUnion, prepareColumn } from '../../../src/core/drift/column-sample.js';
import { readCsv } from '../../../src/core/drift/readers/csv.js';
import type { Table } from '../../../src/core/drift/readers/table.js';
import { mergeSettings } from '../../../src/core/drift/settings.js';
import {
  TESTS,
  defaultTest,
  isDrift,
  sampleCounts,
  type TestName,
} from '../../../src/core/drift/stat-tests.js';
import { histogramCounts, sturgesEdges, shares } from '../../../src/core/drift/stats/binning.js';
import { jensenShannon, klDivergence, psi } from '../../../src/core/drift/stats/divergence.js';
import { ksAsymptoticPValue, ksTwoSample } from '../../../src/core/drift/stats/ks.js';
import { chiSquareTest, zTest } from '../../../src/core/drift/stats/proportions.js';
import { NO_INPUTS } from './tables.js';
import {
  populationStd,
  wassersteinDistance,
  wassersteinNormed,
} from '../../../src/core/drift/stats/wasserstein.js';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'drift');
const RTOL = 1e-12;

function close(actual: number, expected: number | string, what: string): void {
  if (expected === 'inf') {
    assert.equal(actual, Infinity, what);
    return;
  }
  const e = Number(expected);
  if (e === 0) {
    assert.equal(actual, 0, `${what}: expected 0, got ${actual}`);
    return;
  }
  const rel = Math.abs(actual - e) / Math.abs(e);
  assert.ok(rel <= RTOL, `${what}: expected ${e}, got ${actual} (relative error ${rel})`);
}

function closeAll(actual: ArrayLike<number>, expected: (number | string)[], what: string): void {
  assert.equal(actual.length, expected.length, `${what}: length`);
  expected.forEach((e, i) => close(actual[i]!, e, `${what}[${i}]`));
}

interface ExpectedColumn {
  column: string;
  kind: 'num' | 'cat';
  n_ref: number;
  n_cur: number;
  n_unique_combined: number;
  ks?: { statistic: number; pvalue_default_method: number; pvalue_asymp: number };
  wasserstein?: { distance: number; ref_std_ddof0: number; normed: number };
  bins?: {
    n_bins: number;
    edges: number[];
    ref_counts: number[];
    cur_counts: number[];
    ref_pct_filled: number[];
    cur_pct_filled: number[];
    psi_terms: number[];
  };
  chisquare?: {
    statistic: number | string;
    pvalue: number;
    keys: string[];
    f_obs: number[];
    f_exp: number[];
  };
  z?: { z: number; pvalue: number; key_mapped_to_0: string };
  categories?: {
    keys: string[];
    ref_counts: number[];
    cur_counts: number[];
    ref_pct_filled: number[];
    cur_pct_filled: number[];
    psi_terms: number[];
  };
  scores: Record<string, number>;
  drift_if_used: Record<string, boolean>;
  default_test: string;
  default_threshold: number;
  default_score: number;
  default_drift: boolean;
}

interface ExpectedCase {
  columns: ExpectedColumn[];
  number_of_columns: number;
  number_of_drifted_columns: number;
  share_of_drifted_columns: number;
  'dataset_drift(share>=0.5)': boolean;
}

const expected = JSON.parse(readFileSync(join(FIXTURES, 'expected.json'), 'utf8')) as Record<
  string,
  ExpectedCase
>;

const TEST_FOR: Record<string, TestName> = {
  ks: 'ks',
  wasserstein: 'wasserstein',
  psi: 'psi',
  jensenshannon: 'jensenshannon',
  kl_div: 'kl',
  chisquare: 'chisquare',
  z: 'z',
};

const CASES = [
  { key: 'full_5000', ref: 'reference.csv', cur: 'current.csv' },
  { key: 'head_1000', ref: 'reference-head1000.csv', cur: 'current-head1000.csv' },
];

async function load(file: string, workers: number): Promise<Table> {
  return readCsv(join(FIXTURES, file), file, { label: file, workers, parallelMinBytes: 1 });
}

for (const c of CASES) {
  const exp = expected[c.key]!;
  describe(`fixture ${c.key}`, () => {
    for (const workers of [1, 2]) {
      it(`reproduces every statistic (${workers} parse thread${workers > 1 ? 's' : ''})`, async () => {
        const ref = await load(c.ref, workers);
        const cur = await load(c.cur, workers);
        for (const col of exp.columns) {
          const name = col.column;
          const r = ref.columns.find((x) => x.name === name)!;
          const k = cur.columns.find((x) => x.name === name)!;
          const prepared = prepareColumn(r, k);
          assert.equal(prepared.type, col.kind === 'num' ? 'numerical' : 'categorical', `${name}: type`);
          assert.equal(prepared.used.reference, col.n_ref, `${name}: n_ref`);
          assert.equal(prepared.used.current, col.n_cur, `${name}: n_cur`);
          const sample = prepared.sample;
          const distinct =
            prepared.distinct ?? (sample.type === 'numerical' ? distinctUnion(sample.ref, sample.cur) : NaN);
          assert.equal(distinct, col.n_unique_combined, `${name}: n_unique_combined`);
          const counts = sampleCounts(sample);
          const scores: Partial<Record<TestName, number>> = {};
          if (sample.type === 'numerical') {
            const ks = ksTwoSample(sample.ref, sample.cur);
            close(ks.statistic, col.ks!.statistic, `${name}: KS D`);
            close(ks.pValue, col.ks!.pvalue_default_method, `${name}: KS p (auto)`);
            close(
              ksAsymptoticPValue(sample.ref.length, sample.cur.length, ks.statistic),
              col.ks!.pvalue_asymp,
              `${name}: KS p (asymp)`,
            );
            scores.ks = ks.pValue;
            close(wassersteinDistance(sample.ref, sample.cur), col.wasserstein!.distance, `${name}: W1`);
            close(populationStd(sample.ref), col.wasserstein!.ref_std_ddof0, `${name}: reference std`);
            scores.wasserstein = wassersteinNormed(sample.ref, sample.cur).value;
            close(scores.wasserstein, col.wasserstein!.normed, `${name}: W1 normed`);
            const b = col.bins!;
            const min = Math.min(sample.ref[0]!, sample.cur[0]!);
            const max = Math.max(sample.ref.at(-1)!, sample.cur.at(-1)!);
            const edges = sturgesEdges(min, max, sample.ref.length + sample.cur.length);
            assert.equal(edges.length - 1, b.n_bins, `${name}: Sturges bin count`);
            closeAll(edges, b.edges, `${name}: edges`);
            const refCounts = histogramCounts(sample.ref, edges);
            const curCounts = histogramCounts(sample.cur, edges);
            assert.deepEqual(Array.from(refCounts), b.ref_counts, `${name}: reference bin counts`);
            assert.deepEqual(Array.from(curCounts), b.cur_counts, `${name}: current bin counts`);
            const rf = shares(refCounts, sample.ref.length, true);
            const cf = shares(curCounts, sample.cur.length, true);
            closeAll(rf, b.ref_pct_filled, `${name}: reference filled shares`);
            closeAll(cf, b.cur_pct_filled, `${name}: current filled shares`);
            const p = psi(rf, cf);
            closeAll(p.terms, b.psi_terms, `${name}: PSI terms`);
            scores.psi = p.value;
            scores.kl = klDivergence(rf, cf);
            scores.jensenshannon = jensenShannon(
              shares(refCounts, sample.ref.length, false),
              shares(curCounts, sample.cur.length, false),
            );
          } else {
            const cat = col.categories!;
            assert.deepEqual(counts.keys, cat.keys, `${name}: categories`);
            assert.deepEqual(Array.from(counts.ref), cat.ref_counts, `${name}: reference counts`);
            assert.deepEqual(Array.from(counts.cur), cat.cur_counts, `${name}: current counts`);
            const rf = shares(counts.ref, counts.nRef, true);
            const cf = shares(counts.cur, counts.nCur, true);
            closeAll(rf, cat.ref_pct_filled, `${name}: reference filled shares`);
            closeAll(cf, cat.cur_pct_filled, `${name}: current filled shares`);
            const p = psi(rf, cf);
            closeAll(p.terms, cat.psi_terms, `${name}: PSI terms`);
            scores.psi = p.value;
            scores.kl = klDivergence(rf, cf);
            scores.jensenshannon = jensenShannon(
              shares(counts.ref, counts.nRef, false),
              shares(counts.cur, counts.nCur, false),
            );
            const chi = chiSquareTest(counts)!;
            const ce = col.chisquare!;
            assert.deepEqual(counts.keys, ce.keys, `${name}: chi-square keys`);
            assert.deepEqual(Array.from(counts.cur), ce.f_obs, `${name}: f_obs`);
            closeAll(
              Array.from(counts.ref, (x) => x * (counts.nCur / counts.nRef)),
              ce.f_exp,
              `${name}: f_exp`,
            );
            close(chi.statistic, ce.statistic, `${name}: chi-square statistic`);
            close(chi.pValue, ce.pvalue, `${name}: chi-square p`);
            scores.chisquare = chi.pValue;
            if (col.z) {
              assert.equal(counts.keys[0], col.z.key_mapped_to_0, `${name}: Z key mapped to 0`);
              const z = zTest(counts);
              close(z.z!, col.z.z, `${name}: z`);
              close(z.pValue, col.z.pvalue, `${name}: Z p`);
              scores.z = z.pValue;
            }
          }
          for (const [key, value] of Object.entries(col.scores)) {
            const test = TEST_FOR[key];
            if (!test) continue; // hellinger: not computed by drift-report
            close(scores[test]!, value, `${name}: score ${key}`);
            assert.equal(
              isDrift(TESTS[test].operator, scores[test]!, TESTS[test].threshold),
              col.drift_if_used[key],
              `${name}: drift if ${key} used`,
            );
          }
          const chosen = defaultTest(prepared.type, prepared.used.reference, prepared.distinctAtLeast);
          assert.equal(chosen, TEST_FOR[col.default_test], `${name}: default test`);
          assert.equal(TESTS[chosen].threshold, col.default_threshold, `${name}: default threshold`);
          close(scores[chosen]!, col.default_score, `${name}: default score`);
        }
        // The whole pipeline with defaults: same verdicts, same share.
        const report = analyzeDrift(ref, cur, mergeSettings(undefined, NO_INPUTS));
        for (const col of exp.columns) {
          const got = report.columns.find((x) => x.name === col.column)!;
          assert.equal(got.test, TEST_FOR[col.default_test], `${col.column}: report test`);
          assert.equal(got.threshold, col.default_threshold, `${col.column}: report threshold`);
          close(got.score!, col.default_score, `${col.column}: report score`);
          assert.equal(got.drifted, col.default_drift, `${col.column}: report verdict`);
          assert.equal(got.distinct, col.n_unique_combined, `${col.column}: report distinct`);
        }
        assert.equal(report.summary.tested, exp.number_of_columns);
        assert.equal(report.summary.drifted, exp.number_of_drifted_columns);
        close(report.summary.share, exp.share_of_drifted_columns, 'share of drifted columns');
        assert.equal(report.summary.datasetDrift, exp['dataset_drift(share>=0.5)']);
      });
    }
  });
}
