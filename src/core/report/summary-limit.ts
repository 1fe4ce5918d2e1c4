/**
 * The runner refuses a step summary over 1 MiB — measured in bytes of the file, not characters — and then
 * shows none of it. Every action's summary goes through `fitSummary` (the runner host calls it), which
 * cuts at a line break, closes what the cut left open, and says what was left out and where the full
 * report is.
 */
import { formatBytes } from './format-bytes.js';

export const STEP_SUMMARY_LIMIT_BYTES = 1024 * 1024;

const bytes = (text: string): number => Buffer.byteLength(text, 'utf8');

function cutNote(linesLeft: number, bytesLeft: number, fullReport: string | undefined): string {
  const where = fullReport ? ` The full report: ${fullReport}.` : '';
  return [
    '',
    '> [!WARNING]',
    '> GitHub refuses a step summary over 1 MiB (1,048,576 bytes), so this one stops here: ' +
      `the last ${linesLeft.toLocaleString('en-US')} lines (${formatBytes(bytesLeft)}) are left out.${where}`,
  ].join('\n');
}

/** Tracks the code fence and `<details>` blocks open at a point of the text, to close them after a cut. */
class OpenBlocks {
  private fence: string | undefined;
  private details = 0;

  see(line: string): void {
    const fence = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence !== undefined) {
      if (this.fence === undefined) this.fence = fence;
      else if (fence.startsWith(this.fence[0]!) && fence.length >= this.fence.length) this.fence = undefined;
      return;
    }
    if (this.fence !== undefined) return;
    this.details += (line.match(/<details[\s>]/g) ?? []).length;
    this.details -= (line.match(/<\/details>/g) ?? []).length;
    if (this.details < 0) this.details = 0;
  }

  closers(): string {
    const parts: string[] = [];
    if (this.fence !== undefined) parts.push(this.fence);
    for (let i = 0; i < this.details; i++) parts.push('', '</details>');
    return parts.length > 0 ? `\n${parts.join('\n')}` : '';
  }
}

/** How a budget is counted and what the note after a cut says. */
export interface FitRules {
  /** Size of a piece of text in the budget's unit (bytes for summaries, characters for PR bodies). */
  measure: (text: string) => number;
  /** The note after a cut, given how many lines and how much (in the budget's unit) were left out. */
  note: (linesLeft: number, sizeLeft: number) => string;
}

/**
 * `markdown` unchanged when it fits in `budget`; otherwise its longest prefix of whole lines that fits
 * together with the closers and the note. An empty string when not even the note fits.
 */
export function fitMarkdown(markdown: string, budget: number, rules: FitRules): string {
  const { measure } = rules;
  const total = measure(markdown);
  if (total <= budget) return markdown;
  const lines = markdown.split('\n');
  // The note's size with the largest numbers it can carry, so the final note always fits.
  const noteRoom = measure(rules.note(lines.length, total)) + 16;
  const open = new OpenBlocks();
  let used = 0;
  let kept = 0;
  let best = { kept: 0, used: 0, closers: '' };
  for (const line of lines) {
    const size = measure(line) + (kept > 0 ? 1 : 0);
    open.see(line);
    const closers = open.closers();
    if (used + size + measure(closers) + noteRoom > budget) break;
    used += size;
    kept++;
    // A cut right after a table row, list item or paragraph line is fine; remember every fitting point.
    best = { kept, used, closers };
  }
  const head = lines.slice(0, best.kept).join('\n');
  const text = `${head}${best.closers}\n${rules.note(lines.length - best.kept, total - best.used)}`;
  return measure(text) <= budget ? text : '';
}

/**
 * `markdown` unchanged when it fits in `budgetBytes`; otherwise its longest prefix of whole lines that fits
 * together with the closers and a note naming how much was left out and `fullReport` (markdown, e.g. a
 * code span with a path). An empty string when not even the note fits.
 */
export function fitSummary(markdown: string, budgetBytes: number, fullReport?: string): string {
  return fitMarkdown(markdown, budgetBytes, {
    measure: bytes,
    note: (linesLeft, bytesLeft) => cutNote(linesLeft, bytesLeft, fullReport),
  });
}
