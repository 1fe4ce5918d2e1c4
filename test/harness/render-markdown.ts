/**
 * Renders report markdown the way a reader sees it on GitHub: GFM to HTML (marked), every ```mermaid block
 * drawn by Mermaid 11 in Debian's Chromium (driven by playwright-core, never a downloaded browser), in the
 * light and the dark theme; returns Mermaid's errors, the axis labels of each drawn chart, and PNG
 * screenshots. Nothing leaves the machine: the page is set from a string and Mermaid is loaded from
 * node_modules.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Marked, type Tokens } from 'marked';
import { chromium, type BrowserContext } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

/** The flags the project runs Chromium with: no sandbox (root in CI), no GPU, no network chatter. */
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const MERMAID = createRequire(import.meta.url).resolve('mermaid/dist/mermaid.min.js');

export type Theme = 'light' | 'dark';

export interface RenderedChart {
  /** Index of the ```mermaid block in the document. */
  index: number;
  /** Text of the chart's title. */
  title: string;
  /** Category-axis labels as drawn (bottom axis, or left axis of a horizontal chart). */
  labels: string[];
  /** Height of the drawn SVG in CSS pixels. */
  height: number;
  /** Fill or stroke colours of the plotted bars and lines, in drawing order. */
  colors: string[];
  /** The chart's own background colour (Mermaid's theme). */
  background: string;
  /** Flowcharts: the text of each node as drawn (line breaks as newlines), in drawing order. */
  nodes: string[];
}

export interface RenderResult {
  errors: { index: number; message: string }[];
  charts: RenderedChart[];
  png: string;
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[ch]!);

/** GitHub-flavoured markdown to HTML; mermaid blocks become <pre class="mermaid-source"> for the page script. */
export function markdownToHtml(markdown: string): string {
  const marked = new Marked({ gfm: true });
  marked.use({
    renderer: {
      code(token: Tokens.Code) {
        if (token.lang !== 'mermaid') return false;
        return `<pre class="mermaid-source">${escapeHtml(token.text)}</pre>\n`;
      },
    },
  });
  return marked.parse(markdown, { async: false });
}

const PAGE_CSS = {
  light: 'body{background:#fff;color:#1f2328}a{color:#0969da}table td,table th{border:1px solid #d1d9e0}',
  dark: 'body{background:#0d1117;color:#f0f6fc}a{color:#4493f8}table td,table th{border:1px solid #3d444d}',
};

function page(html: string, theme: Theme): string {
  return `<!doctype html><html><head><meta charset="utf-8"><style>
body{font-family:-apple-system,"Segoe UI","Noto Sans",Helvetica,Arial,sans-serif;font-size:14px;line-height:1.5;
  max-width:880px;margin:0 auto;padding:24px}
table{border-collapse:collapse;display:block;overflow:auto}td,th{padding:6px 13px}
code{font-family:ui-monospace,monospace;font-size:85%}
.mermaid-chart{margin:8px 0}
${PAGE_CSS[theme]}
</style></head><body>${html}</body></html>`;
}

/**
 * In the page: draw every mermaid block, collect errors and what each chart shows. Plain JavaScript in a
 * string, so no transpiler helper leaks into the browser.
 */
const DRAW_CHARTS = `async (theme) => {
  mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', theme: theme === 'dark' ? 'dark' : 'default' });
  // GitHub draws charts in folded <details> too; open them so they are drawn and shown in the screenshot.
  for (const d of document.querySelectorAll('details')) d.open = true;
  const errors = [];
  const charts = [];
  const blocks = Array.from(document.querySelectorAll('pre.mermaid-source'));
  for (const [index, block] of blocks.entries()) {
    const text = block.textContent || '';
    try {
      const { svg } = await mermaid.render('chart' + index, text);
      const holder = document.createElement('div');
      holder.className = 'mermaid-chart';
      holder.innerHTML = svg;
      block.replaceWith(holder);
      const root = holder.querySelector('svg');
      if (root.querySelector('.error-icon, .error-text')) {
        errors.push({ index, message: root.textContent || 'Mermaid drew an error' });
        continue;
      }
      const horizontal = /xychart(-beta)?\\s+horizontal/.test(text);
      const axis = root.querySelector(horizontal ? 'g.left-axis' : 'g.bottom-axis');
      const labels = Array.from(axis ? axis.querySelectorAll('g.label text') : []).map((t) => t.textContent || '');
      const colors = Array.from(root.querySelectorAll('g.plot rect, g.plot path')).map(
        (el) => (el.tagName === 'path' ? el.getAttribute('stroke') : el.getAttribute('fill')) || '',
      );
      const nodes = Array.from(root.querySelectorAll('g.node .nodeLabel')).map((n) => {
        const copy = n.cloneNode(true);
        for (const br of copy.querySelectorAll('br')) br.replaceWith('\\n');
        return copy.textContent || '';
      });
      const title = root.querySelector('g.chart-title text');
      const background = root.querySelector('rect.background');
      charts.push({
        index,
        title: title ? title.textContent : '',
        background: background ? background.getAttribute('fill') || '' : '',
        labels,
        nodes,
        height: root.getBoundingClientRect().height,
        colors: [...new Set(colors)],
      });
    } catch (error) {
      errors.push({ index, message: error && error.message ? error.message : String(error) });
      const leftover = document.getElementById('dchart' + index);
      if (leftover) leftover.remove();
    }
  }
  return { errors, charts };
}`;

export class MarkdownRenderer {
  private constructor(
    private readonly context: BrowserContext,
    private readonly profile: string,
  ) {}

  /** Launch Chromium with a fresh profile. Throws when CHROMIUM is missing (callers decide to skip or fail). */
  static async launch(): Promise<MarkdownRenderer> {
    if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing (apt-get install chromium)`);
    const profile = await mkdtemp(join(tmpdir(), 'mlops-chromium-profile-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: FLAGS,
      viewport: { width: 928, height: 800 },
      deviceScaleFactor: 1,
      offline: true,
    });
    return new MarkdownRenderer(context, profile);
  }

  /** Render `markdown` in `theme`; the screenshot of the whole page is written to `pngPath`. */
  async render(markdown: string, theme: Theme, pngPath: string): Promise<RenderResult> {
    const tab = await this.context.newPage();
    try {
      await tab.setContent(page(markdownToHtml(markdown), theme));
      await tab.addScriptTag({ path: MERMAID });
      const result = await tab.evaluate<Omit<RenderResult, 'png'>>(
        `(${DRAW_CHARTS})(${JSON.stringify(theme)})`,
      );
      await mkdir(join(pngPath, '..'), { recursive: true });
      await tab.screenshot({ path: pngPath, fullPage: true });
      return { ...result, png: pngPath };
    } finally {
      await tab.close();
    }
  }

  async close(): Promise<void> {
    await this.context.close();
    await rm(this.profile, { recursive: true, force: true });
  }
}
