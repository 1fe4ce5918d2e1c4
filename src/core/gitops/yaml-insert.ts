/**
 * Insertions that follow the file's own layout: new keys at the column of their siblings, new sequence
 * items at the column of the existing dashes (or, for a new sequence, the dash offset the document uses
 * elsewhere), the file's line ending, and flow collections kept flow.
 */
import { type Document, isPair, isScalar, isSeq, type Node, visit, type YAMLMap, type YAMLSeq } from 'yaml';
import { ConfigurationError } from '../errors.js';
import type { Edit } from './yaml-source.js';

/** A new sequence item: a mapping of already-rendered scalars, or one rendered scalar. */
export type NewItem = { pairs: readonly (readonly [string, string])[] } | { scalar: string };

export function lineEnding(text: string): string {
  const lf = text.indexOf('\n');
  return lf > 0 && text[lf - 1] === '\r' ? '\r\n' : '\n';
}

export function columnOf(text: string, offset: number): number {
  return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}

/** Start of the line after the one holding `text[end - 1]` (end itself when it already starts a line). */
function lineStartAfter(text: string, end: number): number {
  if (end > 0 && text[end - 1] === '\n') return end;
  const lf = text.indexOf('\n', end);
  return lf < 0 ? text.length : lf + 1;
}

/** An edit inserting whole lines after the line where `end` falls. */
function insertLines(text: string, end: number, lines: readonly string[]): Edit {
  const at = lineStartAfter(text, end);
  const eol = lineEnding(text);
  const atEofWithoutNewline = at === text.length && text.length > 0 && !text.endsWith('\n');
  const body = atEofWithoutNewline ? eol + lines.join(eol) : lines.join(eol) + eol;
  return { start: at, end: at, text: body };
}

function nodeEnd(node: Node | null | undefined, fallback: number): number {
  return node?.range?.[1] ?? fallback;
}

function flowItem(item: NewItem): string {
  return 'scalar' in item ? item.scalar : `{${item.pairs.map(([k, v]) => `${k}: ${v}`).join(', ')}}`;
}

function blockItemLines(item: NewItem, dashCol: number, keyCol: number): string[] {
  const first = ' '.repeat(dashCol) + '-' + ' '.repeat(Math.max(1, keyCol - dashCol - 1));
  if ('scalar' in item) return [first + item.scalar];
  return item.pairs.map(([k, v], i) => (i === 0 ? first : ' '.repeat(keyCol)) + `${k}: ${v}`);
}

/** Text before a flow collection's closing bracket, checked so a surprise layout fails loudly. */
function beforeClosing(text: string, node: YAMLMap | YAMLSeq, bracket: string, where: string): number {
  const close = (node.range?.[1] ?? 0) - 1;
  if (text[close] !== bracket)
    throw new ConfigurationError(`${where}: unexpected layout of a flow collection.`);
  return close;
}

/** Add keys (with rendered values) at the end of a mapping. */
export function addPairs(
  text: string,
  map: YAMLMap,
  pairs: readonly (readonly [string, string])[],
  where: string,
): Edit {
  if (map.flow) {
    const at = beforeClosing(text, map, '}', where);
    const sep = map.items.length > 0 ? ', ' : '';
    return { start: at, end: at, text: sep + pairs.map(([k, v]) => `${k}: ${v}`).join(', ') };
  }
  const first = map.items[0];
  const last = map.items.at(-1);
  if (!first || !last || !isPair(first) || !isPair(last)) throw new ConfigurationError(`${where} is empty.`);
  const col = columnOf(text, (first.key as Node).range![0]);
  const end = nodeEnd(last.value as Node | null, nodeEnd(last.key as Node, 0));
  return insertLines(
    text,
    end,
    pairs.map(([k, v]) => ' '.repeat(col) + `${k}: ${v}`),
  );
}

/** Append an item to an existing sequence, in its style. */
export function appendItem(text: string, seq: YAMLSeq, item: NewItem, where: string): Edit {
  if (seq.flow) {
    const at = beforeClosing(text, seq, ']', where);
    return { start: at, end: at, text: (seq.items.length > 0 ? ', ' : '') + flowItem(item) };
  }
  const first = seq.items[0] as Node;
  const last = seq.items.at(-1) as Node;
  const contentStart = first.range![0];
  const dash = text.lastIndexOf('-', contentStart - 1);
  const dashCol = columnOf(text, dash);
  const sameLine = !text.slice(dash, contentStart).includes('\n');
  const keyCol = sameLine ? columnOf(text, contentStart) : dashCol + 2;
  return insertLines(text, last.range![1], blockItemLines(item, dashCol, keyCol));
}

/**
 * How far the document indents a block sequence under its key (`key:\n- a` is 0, `key:\n  - a` is 2),
 * read from the first such sequence; 0 (kustomize's own style) when there is none.
 */
export function sequenceIndent(text: string, doc: Document): number {
  let found: number | undefined;
  visit(doc, {
    Pair(_, pair) {
      if (found !== undefined) return visit.BREAK;
      const key = pair.key as Node | null;
      const value = pair.value as Node | null;
      if (isScalar(key) && isSeq(value) && !value.flow && value.items.length > 0 && key.range) {
        const content = (value.items[0] as Node).range![0];
        const dash = text.lastIndexOf('-', content - 1);
        found = columnOf(text, dash) - columnOf(text, key.range[0]);
      }
      return undefined;
    },
  });
  return Math.max(0, found ?? 0);
}

/** Add `key:` holding a new block sequence with one item, at the end of a block mapping. */
export function addSequencePair(
  text: string,
  doc: Document,
  map: YAMLMap,
  key: string,
  item: NewItem,
  where: string,
): Edit {
  if (map.flow) return addPairs(text, map, [[key, `[${flowItem(item)}]`]], where);
  const first = map.items[0];
  const last = map.items.at(-1);
  if (!first || !last || !isPair(first) || !isPair(last)) throw new ConfigurationError(`${where} is empty.`);
  const col = columnOf(text, (first.key as Node).range![0]);
  const dashCol = col + sequenceIndent(text, doc);
  const end = nodeEnd(last.value as Node | null, nodeEnd(last.key as Node, 0));
  return insertLines(text, end, [' '.repeat(col) + `${key}:`, ...blockItemLines(item, dashCol, dashCol + 2)]);
}

/**
 * Give an empty key (`images:`, `images: ~`) a block sequence with one item: the text after the colon up
 * to the end of the empty value becomes the new lines, so the key's own line ending stays where it was.
 */
export function fillEmptyPair(
  text: string,
  doc: Document,
  keyNode: Node,
  value: Node | null | undefined,
  item: NewItem,
  where: string,
): Edit {
  const keyStart = keyNode.range![0];
  const colon = text.indexOf(':', keyNode.range![1]);
  if (colon < 0) throw new ConfigurationError(`${where}: unexpected layout.`);
  const end = isScalar(value) && value.range ? value.range[1] : colon + 1;
  const dashCol = columnOf(text, keyStart) + sequenceIndent(text, doc);
  const eol = lineEnding(text);
  return {
    start: colon + 1,
    end,
    text: eol + blockItemLines(item, dashCol, dashCol + 2).join(eol),
  };
}
