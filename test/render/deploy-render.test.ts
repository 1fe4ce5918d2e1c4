/**
 * gated-deploy's markdown as a reader sees it: the job summary of a blocked production promotion, the deploy
 * pull request's body and the release notes, parsed as GitHub-flavoured markdown (marked) and drawn in
 * Chromium, light and dark. The verdict is the first thing (a heading), then one line of facts, then one
 * table with a row per gate check and five cells in every row. Screenshots are kept for a person to look at:
 * $MLOPS_RENDER_DIR (default <tmpdir>/mlops-rendered/deploy-*.png).
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Decision } from '../../src/core/deploy/decision.js';
import { renderReleaseNotes } from '../../src/core/deploy/release-notes.js';
import { type Outcome, outcomeOf, renderPullBody, renderSummary } from '../../src/core/deploy/render.js';
import type { DeployRecord, GateResult } from '../../src/core/registry/deploy-records.js';
import type { RunRecord } from '../../src/core/registry/run-records.js';
import { runRecord } from '../core/deploy/run-fixture.js';
import { CHROMIUM, MarkdownRenderer, markdownToHtml } from '../harness/render-markdown.js';

const OUT = process.env.MLOPS_RENDER_DIR || join(tmpdir(), 'mlops-rendered');
const missing = !existsSync(CHROMIUM);
if (missing && process.env.CI === 'true') throw new Error(`${CHROMIUM} is required on CI`);

const gates: GateResult[] = [
  {
    gate: 'metrics',
    subject: 'auc',
    status: 'pass',
    observed: '0.842',
    limit: '≥ 0.8',
    reason: 'meets the threshold',
  },
  {
    gate: 'no-regression',
    subject: 'auc',
    status: 'pass',
    observed: '0.842 (v1.3.0: 0.845)',
    limit: '≥ 0.84 (0.005 below v1.3.0)',
    reason: 'no regression beyond the tolerance',
  },
  {
    gate: 'no-regression',
    subject: 'latency_ms',
    status: 'fail',
    observed: '61 (v1.3.0: 48)',
    limit: '≤ 52.8 (10% above v1.3.0)',
    reason: 'regressed beyond the tolerance (lower is better)',
  },
  {
    gate: 'after',
    subject: 'staging',
    status: 'pass',
    observed: 'v1.4.0',
    limit: 'v1.4.0 active in staging',
    reason: 'v1.4.0 is active in staging',
  },
  {
    gate: 'drift',
    subject: 'churn-batch',
    status: 'pass',
    observed: 'share 0.1 (1 of 10 columns)',
    limit: 'share ≤ 0.3',
    reason: 'within the limit (record 20261125T030000Z-88-drift.json)',
  },
  {
    gate: 'drift',
    subject: 'churn-batch age',
    status: 'pass',
    observed: '1.4 d',
    limit: '≤ 7d',
    reason: 'recent enough',
  },
  {
    gate: 'data',
    subject: '',
    status: 'pass',
    observed: '2 of 2 match',
    limit: 'run hashes = pointers at 9f8e7d6',
    reason: 'every recorded hash matches (data/train.csv.dvc)',
  },
  {
    gate: 'image',
    subject: 'digest',
    status: 'pass',
    observed: 'found',
    limit: 'in the registry',
    reason: 'ghcr.io/acme/churn@sha256:4f2a… exists',
  },
  {
    gate: 'checks',
    subject: 'test',
    status: 'skip',
    observed: '',
    limit: 'success',
    reason: 'not required for this environment',
  },
];

const decision: Decision = {
  schema: 1,
  model: 'churn',
  environment: 'production',
  command: 'promote',
  decision: 'blocked',
  version: 'v1.4.0',
  commit: '9f8e7d6c5b4a39281706f5e4d3c2b1a098765432',
  run: {
    experiment: 'churn',
    id: '20261124T101500Z-9f8e7d6-a1b2',
    url: 'https://github.com/acme/ml/actions/runs/88',
  },
  image: `ghcr.io/acme/churn@sha256:${'4f2a'.repeat(16)}`,
  current: { version: 'v1.3.0', commit: '1'.repeat(40) },
  gates,
  decidedAt: '2026-11-26T12:00:00Z',
};

const outcome = (over: Partial<Outcome>): Outcome => ({ ...outcomeOf(decision, 'blocked'), ...over });

function run(id: string, metrics: Record<string, number>, lr: number): RunRecord {
  return runRecord(id, '', {
    params: { lr, 'model.depth': 6 },
    metrics,
    data: [{ path: 'data/train.csv', md5: '0123456789abcdef0123456789abcdef', source: 'data/train.csv.dvc' }],
  });
}

const record: DeployRecord = {
  schema: 1,
  status: 'deployed',
  model: 'churn',
  environment: 'production',
  sequence: 4,
  action: 'promote',
  version: 'v1.4.0',
  commit: decision.commit!,
  image: decision.image,
  digest: `sha256:${'4f2a'.repeat(16)}`,
  run: decision.run,
  previous: { version: 'v1.3.0', commit: '1'.repeat(40) },
  tags: ['churn#production#9', 'churn#production!#10'],
  pin: { mode: 'push', branch: 'main', commit: '2'.repeat(40), files: ['deploy/production/churn.yaml'] },
  gates: gates.map((g) => (g.status === 'fail' ? { ...g, status: 'pass' as const } : g)),
  recordedAt: '2026-11-26T12:00:00Z',
  runUrl: 'https://github.com/acme/ml/actions/runs/99',
};

const documents: Record<string, string> = {
  'deploy-summary-blocked': renderSummary(outcome({})),
  'deploy-pull-request': renderPullBody(
    outcome({
      state: 'proposed',
      decision: { ...decision, decision: 'allowed', gates: record.gates },
      pinned: [{ file: 'deploy/production/churn.yaml', changed: true }],
    }),
    'The run on the merge finds the manifests pinned and records the assignment.',
  ),
  'deploy-release-notes': renderReleaseNotes({
    record,
    run: run('new', { auc: 0.842, latency_ms: 47, f1: 0.71 }, 0.05),
    previousRun: run('old', { auc: 0.845, latency_ms: 48, f1: 0.7 }, 0.1),
  }),
};

describe('gated-deploy markdown, as a reader sees it', () => {
  it('the verdict first, one facts line, one gate table with five cells in every row', () => {
    for (const name of ['deploy-summary-blocked', 'deploy-pull-request']) {
      const html = markdownToHtml(documents[name]!);
      assert.match(html, /^<h3>/, `${name}: starts with the verdict heading`);
      const tables = html.match(/<table>[\s\S]*?<\/table>/g) ?? [];
      assert.equal(tables.length, 1, `${name}: one table`);
      const rows = tables[0].match(/<tr>[\s\S]*?<\/tr>/g)!;
      assert.equal(rows.length, 1 + (name === 'deploy-summary-blocked' ? gates.length : record.gates.length));
      for (const row of rows) assert.equal(row.match(/<t[dh]( [^>]*)?>/g)!.length, 5, row);
    }
    const summary = markdownToHtml(documents['deploy-summary-blocked']!);
    assert.match(
      summary,
      /^<h3>⛔ <code>churn<\/code> <code>v1\.4\.0<\/code> → <code>production<\/code>: blocked by no-regression <code>latency_ms<\/code> \(7 pass, 1 fail, 1 skip\)<\/h3>/,
    );
    const notes = markdownToHtml(documents['deploy-release-notes']!);
    assert.equal((notes.match(/<table>/g) ?? []).length, 4, 'metrics, changed params, data, gates');
    assert.match(
      notes,
      /<td><code>lr<\/code><\/td>\s*<td><code>0\.1<\/code><\/td>\s*<td><code>0\.05<\/code><\/td>/,
    );
  });

  describe('drawn in Chromium', { skip: missing && `${CHROMIUM} not installed` }, () => {
    let renderer: MarkdownRenderer;
    before(async () => {
      renderer = await MarkdownRenderer.launch();
    });
    after(() => renderer?.close());
    for (const name of Object.keys(documents)) {
      it(`${name}: light and dark`, async () => {
        for (const theme of ['light', 'dark'] as const) {
          const result = await renderer.render(documents[name]!, theme, join(OUT, `${name}-${theme}.png`));
          assert.deepEqual(result.errors, []);
          assert.ok(existsSync(result.png));
        }
      });
    }
  });
});
