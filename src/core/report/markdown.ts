/**
 * Markdown building blocks shared by every report. Anything user-controlled (column names, metric keys,
 * params, file names) goes through `escapeMarkdown`, `code` or `details` before it reaches a PR comment or
 * summary: then it cannot add links, HTML, @mentions or table breaks, cannot fake a hidden marker
 * (`<!-- … -->`, which identifies our sticky comments), and shows control characters visibly.
 */

import { printable } from './printable.js';

const SPECIAL = /[\\`*_{}[\]()#+\-.!|<>~&@]/g;

/** Escape text so GitHub renders it literally (no links, mentions, HTML or table breaks). */
export function escapeMarkdown(text: string): string {
  return printable(text).replace(SPECIAL, (ch) => {
    if (ch === '<') return '&lt;';
    if (ch === '>') return '&gt;';
    if (ch === '&') return '&amp;';
    if (ch === '@') return '@\u200b'; // break @mentions without changing what the reader sees
    return `\\${ch}`;
  });
}

/** Text for HTML contexts (`<summary>`), where markdown escapes would show their backslashes. */
export function escapeHtml(text: string): string {
  return printable(text).replace(/[&<>"'@]/g, (ch) => {
    if (ch === '@') return '@\u200b';
    return ch === '&' ? '&amp;' : ch === '<' ? '&lt;' : ch === '>' ? '&gt;' : ch === '"' ? '&quot;' : '&#39;';
  });
}

/**
 * Inline code span that survives backticks and pipes inside the text. GitHub shows a code span literally
 * (no HTML, no mentions), but the raw body still holds the text: `<!--` gets a zero-width space so no
 * reader of raw bodies (ours, another version's, another bot's) can take it for a hidden marker.
 */
export function code(text: string): string {
  const clean = printable(text).replace(/\|/g, '\\|').replace(/<!--/g, '<!-\u200b-');
  const longest = Math.max(0, ...(clean.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = clean.startsWith('`') || clean.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${clean}${pad}${fence}`;
}

export type Align = 'left' | 'right' | 'center';

/** A GitHub table; cells are used as given, so escape user text before passing it. */
export function table(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  align?: readonly Align[],
): string {
  const rule = header.map((_, i) => {
    const a = align?.[i] ?? 'left';
    return a === 'right' ? '---:' : a === 'center' ? ':---:' : '---';
  });
  const line = (cells: readonly string[]) => `| ${cells.map((c) => c.replace(/\r?\n/g, ' ')).join(' | ')} |`;
  return [line(header), line(rule), ...rows.map(line)].join('\n');
}

/** A collapsed block; the summary text is escaped here (as HTML: GitHub shows `<summary>` as HTML). */
export function details(summary: string, body: string): string {
  return `<details><summary>${escapeHtml(summary)}</summary>\n\n${body}\n\n</details>`;
}
