import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { compareRuns, diffManifests } from '../../../src/core/experiments/compare.js';
import { parseDataPointer, readDirManifest } from '../../../src/core/experiments/data-versions.js';
import { directionResolver } from '../../../src/core/experiments/directions.js';
import { stepChart } from '../../../src/core/experiments/mermaid-chart.js';
import type { RunRecord } from '../../../src/core/registry/run-records.js';
import {
  COMMENT_LIMIT,
  commentMarker,
  renderReport,
  type ReportInput,
} from '../../../src/core/experiments/report.js';
import { makeRecord } from './records.js';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'experiments');

describe('metric directions', () => {
  it('defaults by the words of the key, from the last', () => {
    const d = directionResolver();
    assert.equal(d('loss'), 'lower');
    assert.equal(d('train.loss'), 'lower');
    assert.equal(d('val_rmse'), 'lower');
    assert.equal(d('latency_ms'), 'lower');
    assert.equal(d('test.accuracy'), 'higher');
    assert.equal(d('roc_auc'), 'higher');
    assert.equal(d('eval/f1'), 'higher');
    assert.equal(d('r2'), 'higher');
    assert.equal(d('throughput'), undefined);
  });

  it('lets .mlops.yml override by exact key, then by the longest glob', () => {
    const d = directionResolver({ loss: 'higher', 'eval.*': 'lower', 'eval.good.*': 'higher' });
    assert.equal(d('loss'), 'higher');
    assert.equal(d('eval.accuracy'), 'lower');
    assert.equal(d('eval.good.x'), 'higher');
  });
});

describe('compareRuns', () => {
  const baseline = makeRecord({
    id: 'base',
    metrics: { acc: 0.8, loss: 0.5, throughput: 100, gone: 1, zero: 0 },
    params: { lr: 0.1, depth: 3, removed: 'x' },
    data: [
      { path: 'data/a.csv', md5: 'a'.repeat(32), source: 'data/a.csv.dvc' },
      { path: 'data/b.csv', md5: 'b'.repeat(32), source: 'data/b.csv.dvc' },
    ],
    series: {
      loss: [
        [0, 1],
        [1, 0.5],
      ],
    },
  });
  const current = makeRecord({
    id: 'cur',
    metrics: { acc: 0.9, loss: 0.6, throughput: 120, fresh: 2, zero: 1 },
    params: { lr: 0.2, depth: 3, added: [1] },
    data: [
      { path: 'data/a.csv', md5: 'a'.repeat(32), source: 'data/a.csv.dvc' },
      { path: 'data/b.csv', md5: 'c'.repeat(32), source: 'data/b.csv.dvc' },
      { path: 'data/new', md5: `${'d'.repeat(32)}.dir`, source: 'dvc.lock:prepare' },
    ],
    series: {
      loss: [
        [0, 1],
        [1, 0.4],
      ],
    },
  });

  it('marks improvements and regressions by direction, with change and percent', () => {
    const c = compareRuns(current, baseline, directionResolver());
    const row = (k: string) => c.metrics.find((m) => m.key === k)!;
    assert.equal(row('acc').verdict, 'improved');
    assert.ok(Math.abs(row('acc').change! - 0.1) < 1e-12);
    assert.ok(Math.abs(row('acc').percent! - 12.5) < 1e-9);
    assert.equal(row('loss').verdict, 'regressed');
    assert.ok(Math.abs(row('loss').percent! - 20) < 1e-9);
    assert.equal(row('throughput').verdict, 'changed');
    assert.equal(row('fresh').verdict, 'new');
    assert.equal(row('gone').verdict, 'removed');
    assert.equal(row('zero').percent, undefined);
    assert.deepEqual(c.improved, ['acc']);
    assert.deepEqual(c.regressed, ['loss']);
  });

  it('lists changed params, data and series', () => {
    const c = compareRuns(current, baseline, directionResolver());
    assert.deepEqual(
      c.params.filter((p) => p.changed).map((p) => p.key),
      ['added', 'lr', 'removed'],
    );
    assert.deepEqual(
      c.data.map((d) => [d.path, d.status]),
      [
        ['data/a.csv', 'unchanged'],
        ['data/b.csv', 'modified'],
        ['data/new', 'added'],
      ],
    );
    assert.deepEqual(
      c.series.map((s) => s.key),
      ['loss'],
    );
  });

  it('without a baseline every metric is new and nothing is improved or regressed', () => {
    const c = compareRuns(current, undefined, directionResolver());
    assert.ok(c.metrics.every((m) => m.verdict === 'new'));
    assert.deepEqual([c.improved, c.regressed], [[], []]);
    assert.ok(c.params.every((p) => !p.changed));
  });
});

describe('data versions', () => {
  it('reads .dvc pointers relative to their directory', () => {
    const entries = parseDataPointer(
      'outs:\n- md5: 1f69c66028c35037e8bf67e5bc4ceb6a.dir\n  size: 8\n  nfiles: 2\n  hash: md5\n  path: images\n',
      'data/images.dvc',
    );
    assert.deepEqual(entries, [
      {
        path: 'data/images',
        md5: '1f69c66028c35037e8bf67e5bc4ceb6a.dir',
        size: 8,
        nfiles: 2,
        source: 'data/images.dvc',
      },
    ]);
  });

  it('reads dvc.lock stage outs and deps', () => {
    const lock = [
      "schema: '2.0'",
      'stages:',
      '  train:',
      '    cmd: python train.py',
      '    deps:',
      '    - path: data/train.csv',
      '      hash: md5',
      '      md5: acbd18db4cc2f85cedef654fccc4a4d8',
      '      size: 3',
      '    outs:',
      '    - path: model.pkl',
      '      hash: md5',
      '      md5: 37b51d194a7513e45b56f6524f2d51f2',
      '      size: 3',
    ].join('\n');
    assert.deepEqual(
      parseDataPointer(lock, 'dvc.lock').map((e) => [e.path, e.md5, e.source]),
      [
        ['model.pkl', '37b51d194a7513e45b56f6524f2d51f2', 'dvc.lock:train'],
        ['data/train.csv', 'acbd18db4cc2f85cedef654fccc4a4d8', 'dvc.lock:train'],
      ],
    );
  });

  it('diffs two .dir manifests from a DVC 3 cache', async () => {
    const cache = join(FIXTURES, 'dvc-cache');
    // DVC's own vector: bar="bar\n", baz="baz\n" → 1f69c66028c35037e8bf67e5bc4ceb6a.dir
    const before = await readDirManifest(cache, '1f69c66028c35037e8bf67e5bc4ceb6a.dir');
    const after = await readDirManifest(cache, 'f976ac415a1072a9ac52e60536b1a73c.dir');
    assert.ok(before && after);
    assert.deepEqual(before[0], { md5: 'c157a79031e1c40f85931829bc5fc552', relpath: 'bar' });
    assert.deepEqual(diffManifests(before, after), { added: ['qux'], removed: ['baz'], modified: ['bar'] });
    assert.equal(await readDirManifest(cache, `${'0'.repeat(32)}.dir`), undefined);
  });
});

describe('report', () => {
  const baseline = makeRecord({
    id: 'base',
    metrics: { acc: 0.8 },
    series: {
      loss: [
        [0, 1],
        [2, 0.5],
      ],
    },
  });
  const input = (
    current = makeRecord({
      id: 'cur',
      metrics: { acc: 0.9 },
      series: {
        loss: [
          [0, 0.9],
          [1, 0.6],
          [2, 0.4],
        ],
      },
    }),
  ): ReportInput => ({
    record: current,
    baseline: { record: baseline, kind: 'base-commit', reason: 'run `base`' },
    comparison: compareRuns(current, baseline, directionResolver()),
    dirChanges: new Map(),
    storage: { branch: 'mlops/registry', path: 'runs/demo/cur.json' },
    pullRequest: true,
  });

  it('starts with the hidden marker and has the metrics table and a Mermaid chart', () => {
    const text = renderReport(input(), COMMENT_LIMIT);
    assert.ok(text.startsWith(commentMarker('demo')));
    assert.match(text, /\| {2}\| Metric \| Baseline \| This PR \| Change \| % \|/);
    // the verdict first, before a name that may be long
    assert.match(text, /\| ✅ \| `acc` \| 0\.8 \| 0\.9 \| \+0\.1 \| \+12\.5% \|/);
    assert.match(
      text,
      /```mermaid\n[^`]*xychart-beta\n {2}title "loss · grey: baseline · blue: this PR"\n {2}x-axis "step" 0 --> 2\n/,
    );
    // baseline has no point at step 1: interpolated between its steps 0 and 2, not carried flat
    assert.match(text, /line \[1, 0\.75, 0\.5\]\n {2}line \[0\.9, 0\.6, 0\.4\]/);
  });

  it('escapes user-controlled names', () => {
    const current = makeRecord({
      id: 'cur',
      metrics: { 'x|y<img src=a>': 1 },
      params: { '@team `p`': 'a|b' },
    });
    const text = renderReport(input(current), COMMENT_LIMIT);
    // inside code spans HTML and mentions are inert; the pipe is escaped so the table keeps its columns
    const row = text.split('\n').find((l) => l.includes('img'))!;
    assert.equal(row, '| 🆕 | `x\\|y<img src=a>` | - | 1 | - | - |');
    assert.equal(row.split(/(?<!\\)\|/).length - 2, 6);
    assert.ok(text.includes('| `` @team `p` `` |'));
  });

  it('keeps the comment under the limit, dropping whole sections first, with a note', () => {
    const metrics: Record<string, number> = {};
    const series: Record<string, [number, number][]> = {};
    for (let i = 0; i < 3000; i++) metrics[`metric_${i}`] = i;
    for (let i = 0; i < 20; i++)
      series[`curve_${i}`] = Array.from({ length: 500 }, (_, s) => [s, s / 7] as [number, number]);
    const text = renderReport(input(makeRecord({ id: 'cur', metrics, series })), COMMENT_LIMIT);
    assert.ok([...text].length <= COMMENT_LIMIT, `length ${text.length}`);
    assert.match(text, /Report shortened to fit GitHub's 65,536-character limit/);
    assert.ok(text.startsWith(commentMarker('demo')));
  });

  it('down-samples long series to 60 bucket means on a numeric step axis', () => {
    const chart = stepChart('loss', [
      {
        name: 'this run',
        colour: 'blue',
        points: Array.from({ length: 1000 }, (_, s) => [s, 1 / (s + 1)] as [number, number]),
      },
    ]);
    assert.match(chart, /\n {2}x-axis "step" 0 --> 999\n/);
    const values = /line \[(.*)\]/.exec(chart)![1]!.split(', ').map(Number);
    assert.equal(values.length, 60);
    // Position 0 of 60 over 0..999 (spacing 999/59 = 16.93) gathers steps 0..8: the mean of 1/1 … 1/9.
    assert.equal(
      values[0],
      Number(((1 + 1 / 2 + 1 / 3 + 1 / 4 + 1 / 5 + 1 / 6 + 1 / 7 + 1 / 8 + 1 / 9) / 9).toPrecision(6)),
    );
    assert.equal(
      stepChart('t"it`le', [
        {
          name: 'x',
          colour: 'blue',
          points: [
            [0, 1],
            [1, 2],
          ],
        },
      ]).includes('title "t\'it\'le"'),
      true,
    );
  });

  it('averages a noisy curve instead of aliasing it', () => {
    // ±1 alternating every step: picking every 17th point would draw a flat ±1 line; the means of
    // 17-step buckets (9 steps in the end buckets) stay within ±1/9.
    const noisy = Array.from({ length: 1000 }, (_, s) => [s, s % 2 === 0 ? 1 : -1] as [number, number]);
    const chart = stepChart('batch_loss', [{ name: 'this run', colour: 'blue', points: noisy }]);
    const values = /line \[(.*)\]/.exec(chart)![1]!.split(', ').map(Number);
    assert.ok(
      values.every((v) => Math.abs(v) <= 1 / 9 + 1e-6),
      values.join(' '),
    );
  });

  it('cuts the axis where the shorter run stopped and says so, never carrying its last value flat', () => {
    const baselineRun = Array.from({ length: 31 }, (_, s) => [s, 1 - s / 100] as [number, number]);
    const currentRun = Array.from({ length: 61 }, (_, s) => [s, 1 - s / 50] as [number, number]);
    const chart = stepChart('loss', [
      { name: 'baseline', colour: 'grey', points: baselineRun },
      { name: 'this PR', colour: 'blue', points: currentRun },
    ]);
    assert.match(chart, /\n {2}x-axis "step \(shown: 0–30; this PR: steps 0–60\)" 0 --> 30\n/);
    const lines = [...chart.matchAll(/line \[(.*)\]/g)].map((m) => m[1]!.split(', ').map(Number));
    assert.equal(lines.length, 2);
    assert.deepEqual(lines[0]!.slice(-2), [0.71, 0.7]);
    assert.deepEqual(lines[1]!.slice(-2), [0.42, 0.4]);
    assert.equal(lines[1]!.length, 31);
  });

  it('writes tiny and huge values without exponents (the xychart grammar has none)', () => {
    const chart = stepChart('lr', [
      {
        name: 'this run',
        colour: 'blue',
        points: [
          [0, 1.5e-7],
          [1, 3e-8],
          [2, 2e22],
        ],
      },
    ]);
    assert.match(chart, /line \[0\.00000015, 0\.00000003, 20000000000000000000000\]/);
  });

  /** The PR comment for `cur` against `base`, every metric higher-is-better. */
  const commentHigherIsBetter = (cur: RunRecord, base: RunRecord) =>
    renderReport(
      {
        record: cur,
        baseline: { record: base, kind: 'base-commit', reason: 'run `base`' },
        comparison: compareRuns(cur, base, () => 'higher'),
        dirChanges: new Map(),
        storage: { branch: 'mlops/registry', path: 'runs/demo/cur.json' },
        pullRequest: true,
      },
      COMMENT_LIMIT,
    );

  it('folds unchanged metrics into <details> when the table would pass 15 rows', () => {
    const metrics = Object.fromEntries(
      Array.from({ length: 20 }, (_, i) => [`m_${String(i).padStart(2, '0')}`, i]),
    );
    const base = makeRecord({ id: 'base', metrics });
    const cur = makeRecord({ id: 'cur', metrics: { ...metrics, m_05: 50, m_10: 1 } });
    const text = commentHigherIsBetter(cur, base);
    const fold = text.indexOf('<details><summary>18 unchanged metrics</summary>');
    assert.ok(fold > 0, text);
    const before = text
      .slice(0, fold)
      .split('\n')
      .filter((l) => l.includes('| `m_'));
    assert.deepEqual(
      before.map((l) => l.split(' | ').slice(0, 2).join(' | ')),
      ['| ❌ | `m_10`', '| ✅ | `m_05`'],
    );
    assert.equal(
      text
        .slice(fold)
        .split('\n')
        .filter((l) => l.includes('| `m_')).length,
      18,
    );
  });

  it('charts regressed metrics first, then improved, then the rest; after three, in <details>', () => {
    const curve = (k: number) => Array.from({ length: 5 }, (_, s) => [s, k + s] as [number, number]);
    const names = ['a_other', 'b_improved', 'c_regressed', 'd_other', 'e_other'];
    const series = Object.fromEntries(names.map((n, i) => [n, curve(i)]));
    const base = makeRecord({ id: 'base', metrics: { b_improved: 1, c_regressed: 1 }, series });
    const cur = makeRecord({ id: 'cur', metrics: { b_improved: 2, c_regressed: 0 }, series });
    const text = commentHigherIsBetter(cur, base);
    const titles = [...text.matchAll(/title "(\w+) ·/g)].map((m) => m[1]);
    assert.deepEqual(titles, ['c_regressed', 'b_improved', 'a_other', 'd_other', 'e_other']);
    const fold = text.indexOf('<details><summary>2 more step curves</summary>');
    assert.ok(fold > text.indexOf('title "a_other'), 'the first three charts are open');
    assert.ok(fold < text.indexOf('title "d_other'), 'the fourth chart is folded');
    // The metrics table leads with the regression.
    assert.ok(text.indexOf('| ❌ | `c_regressed`') < text.indexOf('| ✅ | `b_improved`'));
  });
});
