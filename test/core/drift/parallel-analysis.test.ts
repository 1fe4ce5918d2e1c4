/**
 * The drift analysis on two threads gives the same bits as on one: the numpy-grouped sums computed as the
 * walk goes (no array of terms) against the array form, the worker's Wasserstein scores against this
 * thread's, and a whole report read from CSV with threads = 2 against threads = 1.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { test } from 'node:test';
import { mulberry32 } from '../../../scripts/mulberry32.js';
import { analyzeDrift } from '../../../src/core/drift/analyze.js';
import { readCsv } from '../../../src/core/drift/readers/csv.js';
import type { CompactNumbers } from '../../../src/core/drift/readers/column-builder.js';
import { mergeSettings } from '../../../src/core/drift/settings.js';
import { pairwiseSum, pairwiseStream } from '../../../src/core/drift/stats/special.js';
import { wassersteinNormed, wassersteinWalk } from '../../../src/core/drift/stats/wasserstein.js';
import { WassersteinPrefetch } from '../../../src/core/drift/wasserstein-prefetch.js';
import { tempDir } from '../../harness/temp-dir.js';
import { NO_INPUTS } from './tables.js';

const random = mulberry32(2026);

/** numpy's pairwise sum written out plainly (an array of the values, eight sums per leaf, split at half). */
function numpySum(a: Float64Array, start = 0, n = a.length): number {
  if (n < 8) {
    let s = 0;
    for (let i = start; i < start + n; i++) s += a[i]!;
    return s;
  }
  if (n <= 128) {
    const r = Array.from(a.subarray(start, start + 8));
    let i = 8;
    for (; i < n - (n % 8); i += 8) for (let j = 0; j < 8; j++) r[j]! += a[start + i + j]!;
    let s = r[0]! + r[1]! + (r[2]! + r[3]!) + (r[4]! + r[5]! + (r[6]! + r[7]!));
    for (; i < n; i++) s += a[start + i]!;
    return s;
  }
  let half = Math.floor(n / 2);
  half -= half % 8;
  return numpySum(a, start, half) + numpySum(a, start + half, n - half);
}

/** scipy's W1 the way it reads: the array of |F_u − F_v|·Δ terms over the merged sample, then one sum. */
function referenceWalk(u: Float64Array, v: Float64Array): { distance: number; distinct: number } {
  const all = Float64Array.from([...u, ...v]).sort();
  const cdf = (s: Float64Array, x: number) => {
    let lo = 0;
    let hi = s.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (s[mid]! <= x) lo = mid + 1;
      else hi = mid;
    }
    return lo / s.length;
  };
  const terms = new Float64Array(Math.max(0, all.length - 1));
  for (let k = 0; k + 1 < all.length; k++)
    terms[k] = Math.abs(cdf(u, all[k]!) - cdf(v, all[k]!)) * (all[k + 1]! - all[k]!);
  return { distance: numpySum(terms), distinct: new Set(all).size };
}

const sorted = (n: number, f: () => number) => Float64Array.from({ length: n }, f).sort();

test('sums made leaf by leaf group exactly like the array sum, at every leaf boundary', () => {
  for (const n of [0, 1, 7, 8, 9, 127, 128, 129, 136, 137, 255, 256, 257, 1000, 4097, 100_003]) {
    const values = Float64Array.from({ length: n }, () => (random() - 0.3) * 10 ** Math.floor(random() * 12));
    let at = 0;
    const streamed = pairwiseStream(n, (block, count) => {
      for (let i = 0; i < count; i++) block[i] = values[at++]!;
    });
    assert.ok(Object.is(streamed, numpySum(values)), `n=${n}`);
    assert.ok(Object.is(pairwiseSum(values), numpySum(values)), `n=${n}`);
  }
});

test('the Wasserstein walk sums its terms as scipy (numpy) does, ties and signed zeros included', () => {
  const cases: [Float64Array, Float64Array][] = [
    [Float64Array.of(1), Float64Array.of(2)],
    [Float64Array.of(-0, 0, 0, 1), Float64Array.of(0, -0, 2)],
    [sorted(64, () => Math.floor(random() * 5)), sorted(65, () => Math.floor(random() * 6))],
  ];
  for (const n of [3, 60, 64, 65, 128, 129, 500, 5000])
    cases.push([sorted(n, () => random() * 3), sorted(n + 7, () => random() * 3 + 0.5)]);
  for (const [u, v] of cases) {
    const got = wassersteinWalk(u, v);
    const want = referenceWalk(u, v);
    assert.ok(
      Object.is(got.distance, want.distance),
      `${u.length}+${v.length}: ${got.distance} vs ${want.distance}`,
    );
    assert.equal(got.distinct, want.distinct);
  }
});

function sharedColumn(n: number, shift: number, scale: number): CompactNumbers {
  const mantissas = new Int32Array(new SharedArrayBuffer(4 * n));
  for (let i = 0; i < n; i++) mantissas[i] = Math.round((random() * 4 + shift) * 10 ** scale);
  mantissas.sort();
  return { mantissas, scale, negativeZeros: 0 };
}

function decoded(c: CompactNumbers): Float64Array {
  return Float64Array.from(c.mantissas, (m) => m / 10 ** c.scale);
}

test('a worker scores big shared columns with the same bits as this thread', async () => {
  const candidates = [
    { name: 'a', ref: sharedColumn(1_000_000, 0, 6), cur: sharedColumn(1_000_000, 0.1, 6), integer: false },
    { name: 'b', ref: sharedColumn(1_000_000, 1, 3), cur: sharedColumn(1_000_000, 1, 4), integer: false },
  ];
  const prefetch = WassersteinPrefetch.start(candidates);
  assert.ok(prefetch, 'enough values for a worker');
  try {
    for (let waited = 0; ['a', 'b'].some((n) => prefetch.status(n) !== 'done'); waited += 50) {
      assert.ok(waited < 60_000, 'the worker scores both columns');
      await sleep(50);
    }
    for (const c of candidates) {
      const here = wassersteinNormed(decoded(c.ref), decoded(c.cur));
      const there = prefetch.take(c.name);
      assert.ok(there, `${c.name} was scored by the worker`);
      for (const key of ['distance', 'distinct', 'refStd', 'value'] as const)
        assert.ok(Object.is(there[key], here[key]), `${c.name}.${key}: ${there[key]} vs ${here[key]}`);
      assert.equal(prefetch.status(c.name), 'done');
    }
  } finally {
    prefetch.close();
  }
});

test('a report analysed on two threads equals the one analysed on one', async () => {
  const dir = await tempDir('mlops-drift-threads-');
  const write = (file: string, shift: number) => {
    const rows = ['x,y,label'];
    for (let i = 0; i < 1_000_000; i++)
      rows.push(`${(random() + shift).toFixed(6)},${(random() * 100).toFixed(3)},${i % 7}`);
    writeFileSync(join(dir, file), `${rows.join('\n')}\n`);
  };
  write('ref.csv', 0);
  write('cur.csv', 0.05);
  const read = (file: string) =>
    readCsv(join(dir, file), file, { label: file, workers: 2, parallelMinBytes: 1 });
  const ref = await read('ref.csv');
  const cur = await read('cur.csv');
  const settings = mergeSettings(undefined, NO_INPUTS);
  const now = new Date('2026-12-01T00:00:00Z');
  const one = analyzeDrift(ref, cur, settings, now, undefined, 1);
  const two = analyzeDrift(ref, cur, settings, now, undefined, 2);
  assert.deepEqual(two, one);
  assert.equal(one.columns.find((c) => c.name === 'x')!.test, 'wasserstein');
});
