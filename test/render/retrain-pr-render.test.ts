/**
 * The retrain pull request as a reviewer sees it: the body that previewRetrainPullRequest (the demo's entry
 * point, the same modules the action uses) makes from drift-report's own report of the fixture data, drawn
 * by Mermaid 11 in Debian's Chromium in GitHub's light and dark themes. Fails on a Mermaid error or a chart
 * that did not draw; the screenshots are kept for a person to look at ($MLOPS_RENDER_DIR, default
 * <tmpdir>/mlops-rendered/retrain-pr-<theme>.png).
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { previewRetrainPullRequest } from '../../src/core/retrain/preview.js';
import { CHROMIUM, MarkdownRenderer, markdownToHtml, type Theme } from '../harness/render-markdown.js';
import { tempDir } from '../harness/temp-dir.js';
import { realReport } from '../actions/retrain-fixture.js';

const OUT = process.env.MLOPS_RENDER_DIR || join(tmpdir(), 'mlops-rendered');
const missing = !existsSync(CHROMIUM);
if (missing && process.env.CI === 'true') {
  throw new Error(`${CHROMIUM} is required on CI (Debian package chromium, installed by .ci/run)`);
}

async function preview() {
  const ws = await tempDir('mlops-retrain-render-');
  const path = await realReport(ws);
  return previewRetrainPullRequest({
    model: 'churn',
    reportText: await readFile(join(ws, path), 'utf8'),
    reportPath: path,
    production: { stage: 'prod', version: 'v1.4.0', commit: '3f9c2a1b'.padEnd(40, '0') },
    data: [
      {
        path: 'data/current.csv',
        pointer: 'data/current.csv.dvc',
        md5: '6a1e0c2f9b1d4e7a8c3b5d2f1e0a9b8c',
        size: 1_482_113,
        nfiles: 1,
      },
    ],
    runUrl: 'https://github.com/octo-org/ml-project/actions/runs/9876543210',
    repository: 'octo-org/ml-project',
    now: new Date('2026-12-01T06:00:00Z'),
  });
}

describe('the retrain pull request body, read at a glance', () => {
  it('leads with why, what is in production, what is new, and how to retrain; the request folded', async () => {
    const p = await preview();
    assert.ok(p.triggered);
    assert.equal(p.title, 'Retrain churn: dataset drift in 4 of 5 columns');
    const html = markdownToHtml(p.body);
    // The order a reviewer reads in: the reasons, the facts, how to retrain, the request (folded), the report.
    const order = [
      'Dataset drift:',
      'In production:',
      'New data:',
      'How to retrain',
      'The request:',
      'Distributions',
    ];
    const at = order.map((text) => html.indexOf(text));
    assert.ok(
      at.every((i) => i >= 0),
      `${order.filter((_, i) => at[i]! < 0).join(', ')} missing`,
    );
    assert.deepEqual(
      [...at].sort((a, b) => a - b),
      at,
    );
    assert.match(html, /<details><summary>The request: retrain\/churn\/request\.json<\/summary>/);
    assert.doesNotMatch(html, /<h1/, 'no heading bigger than the PR title');
  });

  describe('drawn in Chromium', { skip: missing && `${CHROMIUM} not installed` }, () => {
    let renderer: MarkdownRenderer;
    before(async () => {
      renderer = await MarkdownRenderer.launch();
    });
    after(async () => {
      await renderer?.close();
    });
    for (const theme of ['light', 'dark'] as Theme[]) {
      it(`${theme} theme: every chart draws`, async (t) => {
        const p = await preview();
        const png = join(OUT, `retrain-pr-${theme}.png`);
        const result = await renderer.render(p.body, theme, png);
        t.diagnostic(`screenshot: ${png}`);
        assert.deepEqual(result.errors, []);
        assert.equal(result.charts.length, (p.body.match(/```mermaid/g) ?? []).length);
        assert.ok(result.charts.length >= 3);
      });
    }
  });
});
