import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { analyzeDrift } from '../../../src/core/drift/analyze.js';
import { driftGrouping, pushMetrics, pushTarget } from '../../../src/core/drift/pushgateway.js';
import { renderMarkdown } from '../../../src/core/drift/render-markdown.js';
import { renderPrometheus } from '../../../src/core/drift/render-prometheus.js';
import { mergeSettings } from '../../../src/core/drift/settings.js';
import { requireTool, startPushgateway } from '../../harness/prometheus.js';
import { NO_INPUTS, table } from './tables.js';

const EVIL = 'x|y <script>@octocat "q"\\ `b`\nz';

function sampleReport() {
  const n = 2000;
  const ref = table('data/ref.csv', {
    steady: Array.from({ length: n }, (_, i) => (i % 97) / 10),
    shifted: Array.from({ length: n }, (_, i) => (i % 89) / 10),
    [EVIL]: Array.from({ length: n }, (_, i) => ['a', 'b', 'c'][i % 3]!),
  });
  const cur = table('data/cur.csv', {
    steady: Array.from({ length: n }, (_, i) => (i % 97) / 10),
    shifted: Array.from({ length: n }, (_, i) => (i % 89) / 10 + 3),
    [EVIL]: Array.from({ length: n }, (_, i) => ['a', 'b', 'c', '<img src=x>'][i % 4]!),
  });
  return analyzeDrift(ref, cur, mergeSettings(undefined, NO_INPUTS), new Date('2026-01-02T03:04:05Z'));
}

describe('markdown report', () => {
  const report = sampleReport();
  const md = renderMarkdown(report);

  it('puts the verdict first and sorts columns most severe first', () => {
    assert.match(md.split('\n')[0]!, /^## 🔴 Dataset drift: 2 of 3 columns drifted/);
    const rows = md.split('\n').filter((l) => /^\| (🔴|🟢|⚪)/u.test(l));
    assert.equal(rows.length, 3);
    // The verdict is the first cell, before a column name of any length.
    assert.match(rows[0]!, /^\| 🔴\u00a0drift \| `shifted`/);
    assert.match(rows[0]!, /`shifted`/);
    assert.match(rows[2]!, /^\| 🟢\u00a0no\u00a0drift \| `steady`/);
  });

  it('escapes user text everywhere, including Mermaid labels', () => {
    // Outside code spans (where GitHub renders text literally) no HTML and no live @mention remain.
    const prose = md.replace(/```mermaid[\s\S]*?```/g, '').replace(/(`+)[\s\S]*?\1/g, '');
    assert.ok(!/<(script|img)/.test(prose), prose);
    assert.ok(!/@octocat/.test(prose));
    assert.ok(md.includes('&lt;img src=x&gt;'), 'the unseen category is escaped in the findings');
    // The column name in a code span: the line break a space, the pipe escaped for the table, and a
    // double-backtick fence because the name holds single backticks.
    assert.ok(md.includes('| ``x\\|y <script>@octocat "q"\\ `b` z`` |'), 'column name in a code span');
    const mermaid = md
      .split('```mermaid')
      .slice(1)
      .map((block) => block.split('```')[0]!);
    assert.ok(mermaid.length >= 2);
    for (const block of mermaid) {
      // Quoted strings may only hold safe characters (the init directive is ours, not user text;
      // ·, → and – are the report's own separators).
      for (const line of block.split('\n').filter((l) => l.includes('"') && !l.startsWith('%%{init'))) {
        for (const quoted of line.match(/"[^"]*"/g) ?? [])
          assert.match(quoted, /^"[\p{L}\p{N} _.,:;+\-…()/%=·→–]*"$/u);
      }
      assert.match(block, /xychart-beta/);
      assert.match(block, /bar \[/);
      assert.match(block, /line \[/);
    }
  });
});

describe('Prometheus exposition', () => {
  const report = sampleReport();
  const text = renderPrometheus(report);

  it('has score, verdict, share and timestamp with escaped label values', () => {
    assert.match(text, /^mlops_drift_dataset_drift_share 0\.6666666666666666$/m);
    assert.match(text, /^mlops_drift_dataset_drifted 1$/m);
    assert.match(text, /^mlops_drift_report_timestamp_seconds 1767323045$/m);
    assert.ok(text.includes('column="x|y <script>@octocat \\"q\\"\\\\ `b`\\nz"'));
  });

  it('passes promtool check metrics', (t) => {
    if (!requireTool(t, 'promtool')) return;
    const result = spawnSync('promtool', ['check', 'metrics'], { input: text, encoding: 'utf8' });
    assert.equal(result.status, 0, `promtool: ${result.stdout}${result.stderr}`);
  });
});

describe('Pushgateway', () => {
  it('groups by job, repository and dataset_name (outside Actions: job and dataset_name)', () => {
    assert.deepEqual(driftGrouping('octo/repo', 'churn-batch'), {
      repository: 'octo/repo',
      dataset_name: 'churn-batch',
    });
    assert.deepEqual(driftGrouping(undefined, 'default'), { dataset_name: 'default' });
    // Two datasets of one repository push to two groups: neither replaces the other.
    const url = (dataset: string) =>
      pushTarget({ url: 'http://127.0.0.1:9091', job: 'j', grouping: driftGrouping('o/r', dataset) }).url;
    assert.equal(
      url('a'),
      'http://127.0.0.1:9091/metrics/job@base64/ag/repository@base64/by9y/dataset_name@base64/YQ',
    );
    assert.notEqual(url('a'), url('b'));
  });

  it('builds the grouping path and Basic auth from the URL', () => {
    const target = pushTarget({
      url: 'http://user:p%40ss@127.0.0.1:9091/',
      job: 'drift',
      grouping: { repository: 'o/r' },
    });
    assert.equal(target.url, 'http://127.0.0.1:9091/metrics/job@base64/ZHJpZnQ/repository@base64/by9y');
    assert.equal(target.headers.authorization, `Basic ${Buffer.from('user:p@ss').toString('base64')}`);
  });

  it('pushes to a real prometheus-pushgateway on 127.0.0.1', async (t) => {
    if (!requireTool(t, 'prometheus-pushgateway')) return;
    const base = await startPushgateway(t);
    const report = sampleReport();
    await pushMetrics(renderPrometheus(report), {
      url: base,
      job: 'mlops_drift_report',
      grouping: { repository: 'octo/repo' },
    });
    // A rerun replaces the group (PUT), so pushing twice is idempotent.
    await pushMetrics(renderPrometheus(report), {
      url: base,
      job: 'mlops_drift_report',
      grouping: { repository: 'octo/repo' },
    });
    const scraped = await (await fetch(`${base}/metrics`)).text();
    assert.match(
      scraped,
      /mlops_drift_dataset_drift_share\{instance="",job="mlops_drift_report",repository="octo\/repo"\} 0\.6666666666666666/,
    );
    assert.match(
      scraped,
      /mlops_drift_column_score\{column="shifted",instance="",job="mlops_drift_report",repository="octo\/repo",test="wasserstein",type="numerical"\} /,
    );
    await assert.rejects(
      pushMetrics('bad metric line\n', { url: base, job: 'x' }),
      /Pushgateway refused the metrics: HTTP 400/,
    );
  });
});
