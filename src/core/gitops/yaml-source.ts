/**
 * Reading YAML for byte-exact edits: the documents with their source ranges (offsets into the original
 * text, in UTF-16 code units as JavaScript strings count them), and edits that splice new text into the
 * original instead of re-serialising a document, so comments, quoting, key order and line endings stay.
 */
import {
  type Document,
  isAlias,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  parse,
  parseAllDocuments,
  type Scalar,
  type YAMLMap,
} from 'yaml';
import { ConfigurationError } from '../errors.js';

/** Replace `text.slice(start, end)` with `text` (start === end inserts). Offsets into the original. */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

export interface SourceFile {
  file: string;
  text: string;
  documents: Document.Parsed[];
  lines: LineCounter;
}

/** Parse every document; a syntax error is one ConfigurationError naming the file, line and column. */
export function parseSource(file: string, text: string): SourceFile {
  const lines = new LineCounter();
  const parsed = parseAllDocuments(text, { lineCounter: lines, prettyErrors: true });
  const documents = Array.isArray(parsed) ? parsed : [];
  for (const doc of documents) {
    const error = doc.errors[0];
    if (error) {
      const pos = error.linePos?.[0] ?? lines.linePos(error.pos[0]);
      const reason = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
      throw new ConfigurationError(
        `${file}:${pos.line}:${pos.col}: YAML syntax error: ${reason}.`.replace(/\.\.$/, '.'),
        { file, line: pos.line },
      );
    }
  }
  return { file, text, documents, lines };
}

export function lineAt(source: SourceFile, offset: number): number {
  return source.lines.linePos(offset).line;
}

/** The value node under `key` of a mapping (undefined for anything else). */
export function child(node: unknown, key: string): Node | undefined {
  if (!isMap(node)) return undefined;
  return (node as YAMLMap<unknown, Node>).get(key, true) ?? undefined;
}

export function childAt(node: unknown, path: readonly string[]): Node | undefined {
  let current: unknown = node;
  for (const key of path) current = child(current, key);
  return current as Node | undefined;
}

/** Items of a sequence node (empty for anything else). */
export function items(node: unknown): Node[] {
  return isSeq(node) ? (node.items as Node[]) : [];
}

/** A scalar's text value: strings as they are, other plain scalars (`1.0`, `true`) as written. */
export function scalarText(node: unknown): string | undefined {
  if (!isScalar(node)) return undefined;
  if (typeof node.value === 'string') return node.value;
  if (node.value === null) return undefined;
  return node.source;
}

export function stringValue(node: unknown): string | undefined {
  return isScalar(node) && typeof node.value === 'string' ? node.value : undefined;
}

/** Values that read back as the same string when written plain, under YAML 1.2 and 1.1 (Kubernetes, Helm). */
function plainSafe(value: string): boolean {
  if (!/^[A-Za-z0-9_./][A-Za-z0-9_./:@+=~-]*$/.test(value) || value.endsWith(':')) return false;
  return parse(value) === value && parse(value, { version: '1.1' }) === value;
}

/**
 * How `value` is written in the style of `node`: plain stays plain when it reads back as the same string
 * (else double quotes), single quotes double any `'`, double quotes escape as JSON does (a subset of
 * YAML's escapes).
 */
export function renderLike(node: Scalar, value: string, where: string): string {
  switch (node.type) {
    case 'QUOTE_SINGLE':
      return `'${value.replaceAll("'", "''")}'`;
    case 'QUOTE_DOUBLE':
      return JSON.stringify(value);
    case 'BLOCK_LITERAL':
    case 'BLOCK_FOLDED':
      throw new ConfigurationError(
        `${where} is a block scalar (| or >); write it as a plain or quoted scalar to pin it.`,
      );
    default:
      return plainSafe(value) ? value : JSON.stringify(value);
  }
}

/** A new scalar in the file's default style: plain when safe, else double-quoted. */
export function renderNew(value: string): string {
  return plainSafe(value) ? value : JSON.stringify(value);
}

/**
 * The edit that writes `value` over a scalar node, keeping its quoting. An empty value (`key:`) gets a
 * space before the new text. Aliases are refused: writing the anchor would change every other use of it.
 */
export function scalarEdit(node: Node | undefined, value: string, where: string): Edit {
  if (isAlias(node)) {
    throw new ConfigurationError(
      `${where} is an alias (*${node.source}); pin the anchored value or write the image here.`,
    );
  }
  if (!isScalar(node) || !node.range) throw new ConfigurationError(`${where} is not a scalar value.`);
  const [start, end] = node.range;
  if (start === end) return { start, end, text: ` ${renderNew(value)}` };
  return { start, end, text: renderLike(node, value, where) };
}

/** Apply non-overlapping edits to the original text. */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let at = 0;
  for (const edit of sorted) {
    if (edit.start < at) throw new Error(`overlapping edits at offset ${edit.start}`);
    out += text.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return out + text.slice(at);
}
