/**
 * Charts a reader can use. Mermaid merges x positions whose labels are equal (bars stack, lines run
 * backwards), stretches every line over the whole numeric axis by its own length, and reads no exponent in
 * numbers; these tests hold every chart of the stress reports (and of the drift fixture) to that.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { chartDistribution, edgeTexts } from '../../../src/core/drift/distribution.js';
import { uniqueLabels } from '../../../src/core/report/xychart.js';
import { chartSources, stressDriftMarkdown, stressExperimentMarkdown } from './stress-reports.js';

const drift = stressDriftMarkdown();
const experiment = stressExperimentMarkdown();
/** What the xychart grammar reads as a number. */
const MERMAID_NUMBER = /^[+-]?(\d+(\.\d+)?|\.\d+)$/;

describe('chart labels are distinct', () => {
  it('bin edges get the digits their width needs: 10000–10002 in steps of 0.5', () => {
    // Three significant digits (the old labels) would print 10000 for all five edges.
    assert.deepEqual(edgeTexts([10000, 10000.5, 10001, 10001.5, 10002]), [
      '10000',
      '10000.5',
      '10001',
      '10001.5',
      '10002',
    ]);
    const d = chartDistribution({
      labels: [
        [10000, 10000.5],
        [10000.5, 10001],
        [10001, 10001.5],
        [10001.5, 10002],
      ],
      refCounts: new Float64Array([1, 1, 1, 1]),
      curCounts: new Float64Array([1, 1, 1, 1]),
      nRef: 4,
      nCur: 4,
      sturges: true,
    });
    assert.deepEqual(d.labels, ['10000…10000.5', '10000.5…10001', '10001…10001.5', '10001.5…10002']);
    assert.deepEqual(d.edges, [10000, 10000.5, 10001, 10001.5, 10002]);
  });

  it('shortens in the middle, keeping the suffix that tells names apart', () => {
    const names = [
      'customer_segment_region_north_west_premium_tier_A0',
      'customer_segment_region_north_west_premium_tier_B1',
    ];
    assert.deepEqual(uniqueLabels(names, 28), [
      'customer_segme…emium_tier_A0',
      'customer_segme…emium_tier_B1',
    ]);
  });

  it('numbers every label by rank when shortened labels would still collide', () => {
    assert.deepEqual(uniqueLabels(['a_b', 'a_b', 'a/b'], 16), ['1. a_b', '2. a_b', '3. a/b']);
  });

  for (const [name, markdown] of [
    ['drift report', drift],
    ['PR comment', experiment],
  ] as const) {
    it(`every chart of the stress ${name} has distinct category labels and Mermaid-readable numbers`, () => {
      const charts = chartSources(markdown);
      assert.ok(charts.length >= 5, `${charts.length} charts`);
      for (const chart of charts) {
        if (chart.categories) {
          assert.equal(new Set(chart.categories).size, chart.categories.length, chart.text);
          for (const s of chart.series) assert.equal(s.length, chart.categories.length, chart.text);
        }
        for (const value of chart.text.matchAll(/^\s*(?:line|bar) \[(.*)\]$/gm)) {
          for (const n of value[1]!.split(', ')) assert.match(n, MERMAID_NUMBER, chart.text);
        }
        assert.match(chart.text, /"height":300/);
      }
    });
  }
});

describe('step curves', () => {
  const charts = chartSources(experiment);

  it('use a numeric step axis, every line as long as the others', () => {
    for (const chart of charts) {
      assert.equal(chart.categories, undefined, chart.text);
      assert.match(chart.text, /^ {2}x-axis "step[^"]*" \d+ --> \d+$/m);
      assert.equal(new Set(chart.series.map((s) => s.length)).size, 1, chart.text);
      assert.ok(chart.series[0]!.length <= 60);
    }
  });

  it('chart regressions first, carry the legend in the title, and fold all after the third', () => {
    const titles = charts.map((c) => /title "([^"]*)"/.exec(c.text)![1]!);
    // accuracy and val_loss regressed, batch_loss improved (f1 and latency_ms have no curve).
    assert.deepEqual(
      titles.slice(0, 3).map((t) => t.split(' · ')[0]),
      ['accuracy', 'val_loss', 'batch_loss'],
    );
    for (const title of titles) assert.match(title, / · grey: baseline · blue: this PR$/);
    const fold = experiment.indexOf('<details><summary>5 more step curves</summary>');
    assert.ok(fold > experiment.indexOf('title "batch_loss'));
    assert.ok(fold < experiment.indexOf('title "aux_metric_0'));
    assert.match(experiment, /\n\n2 more series are in the run record\./);
  });

  it('cut the longer run where the shorter stopped, and say so', () => {
    const batch = charts.find((c) => c.text.includes('title "batch_loss'))!;
    assert.match(batch.text, /x-axis "step \(shown: 0–1199; this PR: steps 0–1999\)" 0 --> 1199/);
  });
});

describe('drift report layout', () => {
  it('puts the verdict first and folds columns without drift beyond 15 rows', () => {
    const header = drift.split('\n').find((l) => l.startsWith('| Verdict |'));
    assert.equal(header, '| Verdict | Column | Type | Test | Threshold | Score | Missing ref → cur |');
    const fold = drift.indexOf('<details><summary>6 more columns without drift</summary>');
    assert.ok(fold > 0);
    const shownRows = drift
      .slice(0, fold)
      .split('\n')
      .filter((l) => /^\| (🔴|🟢|⚪)/u.test(l));
    assert.equal(shownRows.length, 15);
    assert.ok(shownRows.slice(0, 5).every((r) => r.startsWith('| 🔴\u00a0drift |')));
  });

  it('uses short test names', () => {
    assert.ok(drift.includes('| Wasserstein\u00a0\\(normed\\) |'));
    assert.ok(drift.includes('| Jensen\\-Shannon |'));
    assert.ok(!/Wasserstein distance|Shannon distance/.test(drift));
  });

  it('draws categories as horizontal bars without the "others", whose share is in the title', () => {
    const segment = chartSources(drift).find((c) => c.text.includes('title "customer_segment'))!;
    assert.match(segment.text, /^xychart-beta horizontal$/m);
    assert.match(
      segment.text,
      /title "customer_segment · bars: reference, line: current · 18 others not shown: [\d.]+% → [\d.]+%"/,
    );
    assert.equal(segment.categories!.length, 12);
    assert.ok(segment.categories!.every((l) => !/others/.test(l)));
    // The shown shares plus the others' share make the whole reference.
    const others = /others not shown: ([\d.]+)%/.exec(segment.text)![1]!;
    const shown = segment.series[0]!.reduce((a, b) => a + b, 0);
    assert.ok(Math.abs(shown + Number(others) / 100 - 1) < 0.002, `${shown} + ${others}%`);
  });

  it('sets a palette: grey reference bars, blue current line', () => {
    for (const chart of chartSources(drift)) {
      assert.match(chart.text, /"plotColorPalette":"#8c8c8c, #2f81f7"/);
    }
  });

  it('charts the drifted columns, the first three open and the rest folded', () => {
    const fold = drift.indexOf('<details><summary>2 more distributions</summary>');
    assert.ok(fold > 0);
    assert.equal(chartSources(drift.slice(0, fold)).length, 3);
    assert.equal(chartSources(drift).length, 5);
  });
});
