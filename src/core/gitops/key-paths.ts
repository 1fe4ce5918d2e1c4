/**
 * Helm values (and any YAML the user points into with `--keys`): key paths such as `image.repository`,
 * `image.tag`, whose roles (roles.ts) say what each gets.
 *
 * Path syntax: segments joined by `.`; `\.` is a literal dot; `[N]` indexes a list (`a.b[0].c`).
 */
import { type Document, isSeq, type Node } from 'yaml';
import { ConfigurationError } from '../errors.js';
import { roleOf, valuesForRoles } from './roles.js';
import { type PinContext, setScalar } from './targets.js';
import { child, scalarText } from './yaml-source.js';

export const DEFAULT_KEYS = ['image.repository', 'image.tag'] as const;

/** `a.b[0].c\.d` → ['a', 'b', 0, 'c.d']. */
export function parseKeyPath(key: string): (string | number)[] {
  const segments: (string | number)[] = [];
  let current = '';
  let pendingKey = true;
  for (let i = 0; i < key.length; i++) {
    const c = key[i]!;
    if (c === '\\' && key[i + 1] === '.') {
      current += '.';
      i++;
    } else if (c === '.') {
      if (pendingKey) segments.push(current);
      current = '';
      pendingKey = true;
    } else if (c === '[') {
      const close = key.indexOf(']', i);
      const index = close < 0 ? NaN : Number(key.slice(i + 1, close));
      if (!Number.isInteger(index) || index < 0)
        throw new ConfigurationError(`Key path '${key}': bad index.`);
      if (pendingKey) segments.push(current);
      segments.push(index);
      current = '';
      pendingKey = false;
      i = close;
    } else {
      if (!pendingKey) throw new ConfigurationError(`Key path '${key}': expected '.' after ']'.`);
      current += c;
    }
  }
  if (pendingKey) segments.push(current);
  if (segments.some((s) => s === '')) throw new ConfigurationError(`Key path '${key}' has an empty segment.`);
  return segments;
}

function nodeAt(root: unknown, segments: readonly (string | number)[]): Node | undefined {
  let node: unknown = root;
  for (const segment of segments) {
    if (typeof segment === 'number') node = isSeq(node) ? node.items[segment] : undefined;
    else node = child(node, segment);
    if (node === undefined || node === null) return undefined;
  }
  return node as Node;
}

/**
 * Pin one document by key paths. Returns false when none of the keys exist in it (the document is not
 * about this image); a document with some but not all of them is an error naming the missing ones.
 */
export function pinKeyPaths(
  ctx: PinContext,
  document: number,
  doc: Document,
  keys: readonly string[],
): boolean {
  const located = keys.map((key) => ({ key, node: nodeAt(doc.contents, parseKeyPath(key)) }));
  const present = located.filter((l) => l.node !== undefined);
  if (present.length === 0) return false;
  if (present.length < located.length) {
    const missing = located.filter((l) => l.node === undefined).map((l) => l.key);
    throw new ConfigurationError(
      `${ctx.source.file}${ctx.source.documents.length > 1 ? ` (document ${document + 1})` : ''}: ${missing.join(', ')} not found (found ${present.map((p) => p.key).join(', ')}).`,
    );
  }
  const slots = located.map(({ key, node }) => ({ key, role: roleOf(key), current: scalarText(node) }));
  const values = valuesForRoles(slots, ctx.pin, ctx.source.file);
  located.forEach(({ key, node }, i) => {
    setScalar(ctx, document, key, 'key', node, slots[i]!.current ?? '', values[i]!);
  });
  return true;
}
