/**
 * Text inside Mermaid charts (GitHub draws ```mermaid blocks itself): user text goes into quoted strings
 * only after `mermaidText`, which keeps letters, digits and a few harmless marks. What it replaces could
 * close the string or the fence (quotes, backticks), start HTML or a hidden `<!--` marker (angle
 * brackets), an entity (`#`, `&`), a link or a mention (`@`, brackets), or break the line.
 */

/** Text safe inside a quoted Mermaid string: no quotes, brackets, HTML or line breaks. */
export function mermaidText(text: string, max = 40): string {
  const clean = text.replace(/[^\p{L}\p{N} _.,:;+\-…()/%=]/gu, '_');
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}
