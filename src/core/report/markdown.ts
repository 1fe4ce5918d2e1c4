/**
 * Markdown building blocks shared by every report. Anything user-controlled (column names, metric keys,
 * params, file names) goes through `escapeMarkdown` or `code` before it reaches a PR comment or summary.
 */

const SPECIAL = /[\\`*_{}[\]()#+\-.!|<>~&@]/g;

/** Escape text so GitHub renders it literally (no links, mentions, HTML or table breaks). */
export function escapeMarkdown(text: string): string {
  return text.replace(/\r?\n/g, ' ').replace(SPECIAL, (ch) => {
    if (ch === '<') return '&lt;';
    if (ch === '>') return '&gt;';
    if (ch === '&') return '&amp;';
    if (ch === '@') return '@\u200b'; // break @mentions without changing what the reader sees
    return `\\${ch}`;
  });
}

/** Inline code span that survives backticks and pipes inside the text. */
export function code(text: string): string {
  const clean = text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
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

/** A collapsed block; the summary text is escaped here. */
export function details(summary: string, body: string): string {
  return `<details><summary>${escapeMarkdown(summary)}</summary>\n\n${body}\n\n</details>`;
}
