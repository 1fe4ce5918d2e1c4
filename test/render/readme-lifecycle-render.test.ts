/**
 * README's "Lifecycle" section, which every workflow template's setup note points to: one Mermaid diagram of the
 * loop naming the four templates, a row per template, and the diagram drawn by Mermaid 11 in Debian's Chromium
 * in GitHub's light and dark themes (screenshots in $MLOPS_RENDER_DIR, default
 * <tmpdir>/mlops-rendered/readme-lifecycle-<theme>.png, for a person to look at).
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { CHROMIUM, MarkdownRenderer, type Theme } from '../harness/render-markdown.js';
import { PROJECT_ROOT } from '../harness/run-action.js';

const OUT = process.env.MLOPS_RENDER_DIR || join(tmpdir(), 'mlops-rendered');
const missing = !existsSync(CHROMIUM);
if (missing && process.env.CI === 'true') {
  throw new Error(`${CHROMIUM} is required on CI (Debian package chromium, installed by .ci/run)`);
}

const readme = readFileSync(join(PROJECT_ROOT, 'README.md'), 'utf8');
const start = readme.indexOf('\n## Lifecycle\n');
const section = start < 0 ? '' : readme.slice(start + 1, readme.indexOf('\n## ', start + 1));
const templates = readdirSync(join(PROJECT_ROOT, 'workflows-templates')).filter((f) => f.endsWith('.yml'));

describe('README, "Lifecycle"', () => {
  it('has one Mermaid diagram of the loop that names every template, and a row per template', () => {
    assert.ok(section, 'README.md has a "## Lifecycle" section');
    const diagrams = [...section.matchAll(/```mermaid\n([\s\S]*?)```/g)].map((m) => m[1]!);
    assert.equal(diagrams.length, 1);
    assert.deepEqual(templates.sort(), [
      'merge-to-deploy.yml',
      'retrain.yml',
      'scheduled-drift.yml',
      'train-on-pr.yml',
    ]);
    for (const file of templates) {
      assert.ok(diagrams[0]!.includes(file), `the diagram names ${file}`);
      assert.match(
        section,
        new RegExp(`^\\| \\[\`${file.replace('.', '\\.')}\`\\]`, 'm'),
        `a row for ${file}`,
      );
    }
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
      it(`${theme} theme: the diagram draws`, async (t) => {
        const png = join(OUT, `readme-lifecycle-${theme}.png`);
        const result = await renderer.render(section, theme, png);
        t.diagnostic(`screenshot: ${png}`);
        assert.deepEqual(result.errors, []);
        assert.equal(result.charts.length, 1);
        assert.ok(result.charts[0]!.height > 100, 'the flowchart has a body');
      });
    }
  });
});
