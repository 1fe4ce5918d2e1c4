/**
 * The reports as a reader sees them: the demo's PR comment, drift report, retrain pull request body and
 * production deploy summary (made by `npm run demo`, i.e. the built CLI on the example project, the first
 * and third read back from the GitHub API double), plus the stress reports, drawn by Mermaid 11 in Debian's
 * Chromium in GitHub's light and dark themes. Fails on any Mermaid error, a duplicate axis label, a chart
 * that is not about 300 px high, bars and lines too faint against the chart's background, or a deploy
 * decision table that lost rows. The screenshots are kept for a person to look at: $MLOPS_RENDER_DIR,
 * default <tmpdir>/mlops-rendered/ (e.g. /tmp/mlops-rendered/pr-comment-light.png,
 * demo-deploy-summary-dark.png), overwritten on each run.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { CHROMIUM, MarkdownRenderer, markdownToHtml, type Theme } from '../harness/render-markdown.js';
import { PROJECT_ROOT } from '../harness/run-action.js';
import { haveTool } from '../harness/registry.js';
import { tempDir } from '../harness/temp-dir.js';
import {
  chartSources,
  stressDriftMarkdown,
  stressExperimentMarkdown,
} from '../core/report/stress-reports.js';

const OUT = process.env.MLOPS_RENDER_DIR || join(tmpdir(), 'mlops-rendered');
const missing = !existsSync(CHROMIUM);
if (missing && process.env.CI === 'true') {
  throw new Error(`${CHROMIUM} is required on CI (Debian package chromium, installed by .ci/run)`);
}

/** The cells of every table row in `html`, as text (tags dropped, the few entities marked writes decoded). */
function tableRows(html: string): string[][] {
  const text = (cell: string) =>
    cell
      .replace(/<[^>]*>/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&')
      .trim();
  return [...html.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((row) =>
    [...row[1]!.matchAll(/<t[dh][^>]*>([\s\S]*?)<\/t[dh]>/g)].map((cell) => text(cell[1]!)),
  );
}

/** WCAG relative luminance of #rrggbb. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** A named colour or #rgb as #rrggbb (Mermaid's themes write backgrounds either way). */
function hex(color: string): string {
  const named: Record<string, string> = { white: '#ffffff', black: '#000000' };
  const c = named[color.toLowerCase()] ?? color;
  return /^#[0-9a-f]{3}$/i.test(c) ? `#${[...c.slice(1)].map((d) => d + d).join('')}` : c.toLowerCase();
}

describe(
  'reports rendered by Mermaid 11 in Chromium',
  { skip: missing && `${CHROMIUM} not installed` },
  () => {
    let renderer: MarkdownRenderer;
    const documents = new Map<string, string>();

    before(async () => {
      const saved = await tempDir('mlops-demo-reports-');
      // The demo drives the built CLI exactly as a user would (npm run build first, as CI does).
      await promisify(execFile)(
        process.execPath,
        ['--import', 'tsx', join(PROJECT_ROOT, 'scripts', 'demo', 'demo.ts'), '--save-reports', saved],
        { cwd: PROJECT_ROOT, maxBuffer: 64 << 20, env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1' } },
      );
      documents.set('pr-comment', await readFile(join(saved, 'pr-comment.md'), 'utf8'));
      documents.set('drift-report', await readFile(join(saved, 'drift-report.md'), 'utf8'));
      documents.set('demo-retrain-pr', await readFile(join(saved, 'retrain-pr.md'), 'utf8'));
      documents.set('demo-deploy-summary', await readFile(join(saved, 'deploy-summary.md'), 'utf8'));
      documents.set('stress-pr-comment', stressExperimentMarkdown());
      documents.set('stress-drift-report', stressDriftMarkdown());
      renderer = await MarkdownRenderer.launch();
    });

    after(async () => {
      await renderer?.close();
    });

    it('the checks see what goes wrong: a Mermaid parse error, a repeated label, pale default colours', async () => {
      const broken = [
        '```mermaid',
        'xychart-beta',
        '    x-axis ["a", "a", "b"]',
        '    bar [1, 2, 3]',
        '```',
        '',
        '```mermaid',
        'xychart-beta',
        '    line [1e-7, 2]',
        '```',
      ].join('\n');
      const result = await renderer.render(broken, 'light', join(OUT, 'self-check.png'));
      assert.equal(result.errors.length, 1);
      assert.match(result.errors[0]!.message, /Parse error/);
      assert.deepEqual(result.charts[0]!.labels, ['a', 'a', 'b']);
      assert.ok(contrast(hex(result.charts[0]!.colors[0]!), hex(result.charts[0]!.background)) < 1.5);
    });

    for (const theme of ['light', 'dark'] as Theme[]) {
      it(`demo-deploy-summary, ${theme} theme: the verdict, the facts, one table row per gate check`, async (t) => {
        const markdown = documents.get('demo-deploy-summary')!;
        const png = join(OUT, `demo-deploy-summary-${theme}.png`);
        const result = await renderer.render(markdown, theme, png);
        t.diagnostic(`screenshot: ${png}`);
        assert.deepEqual(result.errors, []);
        const html = markdownToHtml(markdown);
        assert.match(
          html,
          /<h3>✅ <code>churn<\/code> <code>v0\.0\.1<\/code> → <code>production<\/code>: deployed<\/h3>/,
        );
        // The demo's production policy: metrics, no-regression (skipped: nothing in production yet), after,
        // drift (share and age), data, and, when the demo ran docker-registry, image (digest and provenance).
        const rows = tableRows(html).map((cells) => `${cells[0]} ${cells[1]}`);
        const expected = [
          'Result Gate',
          '✅\u00a0pass metrics auc',
          '⏭️\u00a0skip no-regression auc',
          '✅\u00a0pass after staging',
          '✅\u00a0pass drift churn-batch',
          '✅\u00a0pass drift churn-batch age',
          '✅\u00a0pass data',
          ...(haveTool('docker-registry')
            ? ['✅\u00a0pass image digest', '✅\u00a0pass image provenance']
            : []),
        ];
        assert.deepEqual(rows, expected);
      });
    }

    for (const name of [
      'pr-comment',
      'drift-report',
      'demo-retrain-pr',
      'stress-pr-comment',
      'stress-drift-report',
    ]) {
      for (const theme of ['light', 'dark'] as Theme[]) {
        it(`${name}, ${theme} theme: every chart draws, distinct labels, ~300 px, visible colours`, async (t) => {
          const markdown = documents.get(name)!;
          const png = join(OUT, `${name}-${theme}.png`);
          const result = await renderer.render(markdown, theme, png);
          t.diagnostic(`screenshot: ${png}`);
          assert.deepEqual(result.errors, [], `Mermaid errors in ${name}`);
          const sources = chartSources(markdown);
          assert.ok(sources.length >= 3, `${name} has ${sources.length} charts`);
          assert.equal(result.charts.length, sources.length);
          for (const chart of result.charts) {
            const where = `${name} chart ${chart.index} (${chart.title})`;
            assert.equal(
              new Set(chart.labels).size,
              chart.labels.length,
              `duplicate labels in ${where}: ${chart.labels.join(' | ')}`,
            );
            const categories = sources[chart.index]!.categories;
            if (categories)
              assert.equal(chart.labels.length, categories.length, `${where}: a label was merged or lost`);
            assert.ok(Math.abs(chart.height - 300) <= 20, `${where} is ${chart.height} px high`);
            assert.ok(chart.colors.length >= 1);
            for (const color of chart.colors) {
              const ratio = contrast(hex(color), hex(chart.background));
              // WCAG 1.4.11 asks 3:1 for graphics; Mermaid's default pale bars (#ECECFF on white) have 1.1:1.
              assert.ok(
                ratio >= 3,
                `${where}: ${color} on ${chart.background} has contrast ${ratio.toFixed(2)}`,
              );
            }
          }
        });
      }
    }
  },
);
