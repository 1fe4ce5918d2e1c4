/**
 * Markdown shown in a terminal, compact: each Mermaid block becomes one line naming its chart (GitHub draws
 * them), a `<details>` block one line naming what is folded (GitHub shows it folded too), and a long body
 * is cut after `maxLines` with a note saying how much was left out. `--save-reports DIR` keeps the whole text.
 */

const FENCE = /^```mermaid\s*$/;
const DETAILS = /^<details>(?:<summary>(.*?)<\/summary>)?/;

/** The line after a `<details>` block starting at `start` (nested blocks included). */
function detailsEnd(lines: readonly string[], start: number): number {
  let depth = 0;
  for (let i = start; i < lines.length; i++) {
    depth += (lines[i]!.match(/<details>/g) ?? []).length;
    depth -= (lines[i]!.match(/<\/details>/g) ?? []).length;
    if (depth <= 0) return i + 1;
  }
  return lines.length;
}

/** `title "…"` of an xychart, else the diagram type (`flowchart LR`). */
function chartName(lines: readonly string[]): string {
  for (const line of lines) {
    const title = /^\s*title\s+"(.*)"\s*$/.exec(line);
    if (title) return title[1]!;
  }
  const kind = lines.find((l) => l.trim() && !l.trim().startsWith('%%'));
  return kind ? kind.trim() : 'chart';
}

export function compactMarkdown(markdown: string, maxLines = 60): string {
  const out: string[] = [];
  const lines = markdown.trimEnd().split('\n');
  for (let i = 0; i < lines.length; i++) {
    const details = DETAILS.exec(lines[i]!);
    if (details) {
      const end = detailsEnd(lines, i);
      const summary = (details[1] ?? 'details').replace(/<[^>]*>/g, '');
      out.push(`▸ ${summary}   [folded: ${end - i} lines]`);
      i = end - 1;
      continue;
    }
    if (!FENCE.test(lines[i]!)) {
      out.push(lines[i]!);
      continue;
    }
    const end = lines.findIndex((l, j) => j > i && l.trim() === '```');
    const body = lines.slice(i + 1, end < 0 ? lines.length : end);
    out.push(`[Mermaid chart: ${chartName(body)}]`);
    i = end < 0 ? lines.length : end;
  }
  // Blank runs left by removed charts collapse to one blank line.
  const squeezed = out.filter((l, i) => l.trim() !== '' || (out[i - 1] ?? '').trim() !== '');
  if (squeezed.length <= maxLines) return squeezed.join('\n');
  const rest = squeezed.length - maxLines;
  return [...squeezed.slice(0, maxLines), `… (${rest} more line${rest === 1 ? '' : 's'} not shown)`].join(
    '\n',
  );
}
