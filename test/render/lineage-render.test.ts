/**
 * The lineage flowchart as a reader sees it: drawn by Mermaid 11 in Chromium (light and dark), from
 * `mlops lineage --mermaid`'s input, from hostile record content (quotes, brackets, a fake marker, a
 * mention, an entity, line breaks, a click directive; long lists cut), and inside gated-deploy's job
 * summary. A Mermaid parse error fails the test; the node texts drawn are compared with hand-written ones.
 * Screenshots: $MLOPS_RENDER_DIR (default <tmpdir>/mlops-rendered/lineage-*.png).
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { type Outcome, outcomeOf, renderSummary } from '../../src/core/deploy/render.js';
import { type FlowchartInput, lineageFlowchart } from '../../src/core/report/lineage-flowchart.js';
import { CHROMIUM, MarkdownRenderer } from '../harness/render-markdown.js';

const OUT = process.env.MLOPS_RENDER_DIR || join(tmpdir(), 'mlops-rendered');
const missing = !existsSync(CHROMIUM);
if (missing && process.env.CI === 'true') throw new Error(`${CHROMIUM} is required on CI`);

const DIGEST = `sha256:5f72d32fea03${'a'.repeat(52)}`;

const chain: FlowchartInput = {
  data: [{ path: 'data/train.csv', md5: 'fedcba9876543210fedcba9876543210' }],
  run: { experiment: 'churn', id: 'run-2' },
  images: [DIGEST],
  version: { model: 'churn', version: 'v0.0.2', stages: ['staging', 'production'] },
  deployments: [
    {
      environment: 'staging',
      sequence: 2,
      action: 'promote',
      status: 'deployed',
      at: '2026-11-22T09:00:00.000Z',
    },
    {
      environment: 'production',
      sequence: 2,
      action: 'promote',
      status: 'deployed',
      at: '2026-11-22T09:30:00.000Z',
    },
  ],
  drift: [
    {
      dataset: 'churn-batch',
      at: '2026-11-23T03:00:00.000Z',
      text: 'share 0.3, 3 of 10',
      drifted: false,
    },
    {
      dataset: 'churn-batch',
      at: '2026-11-24T03:00:00.000Z',
      text: 'share 0.6, 6 of 10',
      drifted: true,
    },
  ],
};

const EVIL =
  'data/"x"]\n  click ndata0 "https://evil.example" <!-- mlops:comment --> @octocat #35; `fence`.csv';
const many = <T>(n: number, f: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => f(i));
const hostile: FlowchartInput = {
  data: many(8, (i) => ({
    path: i === 0 ? EVIL : `data/part-${i}.csv`,
    md5: i === 0 ? '"];\nend' : `${i}`.repeat(32),
  })),
  run: { experiment: 'churn', id: 'run-<b>x</b>' },
  images: many(5, (i) => `sha256:${`${i}`.repeat(64)}`),
  version: { model: 'models:churn/v2', version: 'v1.0.0-rc.1+b5', stages: [] },
  deployments: many(8, (i) => ({
    environment: i % 2 ? 'production' : 'staging',
    sequence: i + 1,
    action: i === 7 ? 'rollback' : 'promote',
    status: 'deployed' as const,
    at: `2026-11-2${i}T09:00:00.000Z`,
  })),
  drift: many(7, (i) => ({
    dataset: 'churn-batch',
    at: `2026-11-2${i}T12:00:00.000Z`,
    text: `share 0.${i}`,
    drifted: i > 4,
  })),
};

const decision = {
  schema: 1 as const,
  model: 'churn',
  environment: 'production',
  command: 'promote' as const,
  decision: 'allowed' as const,
  version: 'v0.0.2',
  commit: '9f8e7d6c5b4a39281706f5e4d3c2b1a098765432',
  run: { experiment: 'churn', id: 'run-2', url: 'https://github.com/acme/ml/actions/runs/88' },
  image: `ghcr.io/acme/churn@${DIGEST}`,
  current: { version: 'v0.0.1', commit: '1'.repeat(40) },
  gates: [
    {
      gate: 'drift' as const,
      subject: 'churn-batch',
      status: 'pass' as const,
      observed: 'share 0.1 (1 of 10 columns)',
      limit: 'share ≤ 0.3',
      reason: 'within the limit',
    },
    {
      gate: 'drift' as const,
      subject: 'churn-batch age',
      status: 'pass' as const,
      observed: '1.4 d',
      limit: '≤ 7d',
      reason: 'recent enough',
    },
  ],
  decidedAt: '2026-11-26T12:00:00.000Z',
};
const deployed: Outcome = {
  ...outcomeOf(decision, 'deployed'),
  tags: ['churn#production#5'],
  recordPath: 'deployments/churn/production/000002-v0.0.2.json',
  data: [{ path: 'data/train.csv', md5: 'fedcba9876543210fedcba9876543210', source: 'data/train.csv.dvc' }],
};

const documents: Record<string, { markdown: string; nodes: string[] }> = {
  'lineage-chain': {
    markdown: `### Lineage of churn#production\n\n${lineageFlowchart(chain)}\n`,
    nodes: [
      'data/train.csv\nmd5 fedcba98765…',
      'run\nchurn/run-2',
      'image\nsha256:5f72d32fea03…',
      'churn v0.0.2\nin staging, production',
      'staging no. 2\npromote\n2026-11-22 09:00',
      'production no. 2\npromote\n2026-11-22 09:30',
      'drift churn-batch\nshare 0.3, 3 of 10\n2026-11-23 03:00',
      'drift churn-batch\nshare 0.6, 6 of 10\n2026-11-24 03:00',
    ],
  },
  'lineage-hostile': {
    markdown: lineageFlowchart(hostile),
    nodes: [
      'data/_x___  click ndata0 _https://evil.…\nmd5 __;_end',
      ...many(5, (i) => `data/part-${i + 1}.csv\nmd5 ${`${i + 1}`.repeat(11)}…`),
      '+2 more data files',
      'run\nchurn/run-_b_x_/b_',
      ...many(3, (i) => `image\nsha256:${`${i}`.repeat(12)}…`),
      '+2 more images',
      'models:churn/v2 v1.0.0-rc.1+b5',
      '+2 earlier deployments',
      ...many(
        6,
        (i) =>
          `${i % 2 ? 'production' : 'staging'} no. ${i + 3}\n${i === 5 ? 'rollback' : 'promote'}\n2026-11-2${i + 2} 09:00`,
      ),
      '+2 earlier drift records',
      ...many(5, (i) => `drift churn-batch\nshare 0.${i + 2}\n2026-11-2${i + 2} 12:00`),
    ],
  },
  'lineage-deploy-summary': {
    markdown: renderSummary(deployed),
    nodes: [
      'data/train.csv\nmd5 fedcba98765…',
      'run\nchurn/run-2',
      'image\nsha256:5f72d32fea03…',
      'churn v0.0.2\nin production',
      'production\npromote\n2026-11-26 12:00',
      'drift churn-batch\ngate pass: share 0.1 (1 of 10 columns)',
    ],
  },
};

describe('the lineage flowchart, as a reader sees it', () => {
  it('hostile record content stays text: no marker, mention, HTML, entity, fence or directive', () => {
    const text = documents['lineage-hostile']!.markdown;
    const body = text.split('\n').slice(1, -1); // inside the fence
    for (const bad of ['<!--', '@octocat', '<b>', '#35;', '`', 'click ndata0 "', '"https']) {
      assert.ok(!body.join('\n').includes(bad), `${bad} in\n${text}`);
    }
    // Every line is a directive, a node with one quoted label, an edge or a class line.
    for (const line of body) {
      assert.match(
        line,
        /^(?:flowchart LR| {2}classDef \w+ [^"]+| {2}n\w+\["[^"]*"\]| {2}n\w+ --> n\w+| {2}class [\w,]+ \w+)$/,
        line,
      );
    }
    // The chart does not grow with the chain: a byte-capped summary never cuts it for its own size.
    const huge = lineageFlowchart({
      ...hostile,
      data: many(10_000, (i) => ({ path: `data/${'p'.repeat(1000)}-${i}.csv`, md5: 'f'.repeat(32) })),
      images: many(1000, () => DIGEST),
      deployments: many(1000, (i) => ({
        ...hostile.deployments[0]!,
        environment: 'e'.repeat(500),
        sequence: i,
      })),
      drift: many(1000, () => ({ ...hostile.drift[0]!, dataset: 'd'.repeat(500), text: 't'.repeat(500) })),
    });
    assert.ok(Buffer.byteLength(huge) < 8 * 1024, `${Buffer.byteLength(huge)} bytes`);
    assert.equal(
      renderSummary({ ...deployed, state: 'blocked' }).includes('```mermaid'),
      false,
      'no chart when nothing was deployed',
    );
  });

  describe('drawn in Chromium', { skip: missing && `${CHROMIUM} not installed` }, () => {
    let renderer: MarkdownRenderer;
    before(async () => {
      renderer = await MarkdownRenderer.launch();
    });
    after(() => renderer?.close());
    for (const [name, doc] of Object.entries(documents)) {
      it(`${name}: parses and draws the hand-written nodes, light and dark`, async () => {
        for (const theme of ['light', 'dark'] as const) {
          const result = await renderer.render(doc.markdown, theme, join(OUT, `${name}-${theme}.png`));
          assert.deepEqual(result.errors, []);
          assert.equal(result.charts.length, 1);
          assert.deepEqual([...result.charts[0]!.nodes].sort(), [...doc.nodes].sort());
          assert.ok(existsSync(result.png));
        }
      });
    }
  });
});
