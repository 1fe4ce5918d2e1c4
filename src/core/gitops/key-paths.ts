/**
 * Helm values (and any YAML the user points into with `--keys`): key paths such as `image.repository`,
 * `image.tag`. A key's role comes from its last segment: `…digest` is the digest (`sha256:…`), `…tag`
 * the tag, `…repository` / `…repo` / `name` / `…imageName` the repository, anything else (`image`,
 * `app.image`) a whole reference. With a digest key the tag key only takes the pin's tag (if it has
 * one); without one the tag becomes `<tag>@sha256:…`, as charts that render `repo:tag` need.
 *
 * Path syntax: segments joined by `.`; `\.` is a literal dot; `[N]` indexes a list (`a.b[0].c`).
 */
import { type Document, isSeq, type Node } from 'yaml';
import { ConfigurationError } from '../errors.js';
import { type PinImage, pinnedReference, splitReference, sameRepository } from './image-ref.js';
import type { PinContext, TargetKind } from './targets.js';
import { setScalar } from './targets.js';
import { child, scalarText } from './yaml-source.js';

export const DEFAULT_KEYS = ['image.repository', 'image.tag'] as const;

export type Role = 'repository' | 'tag' | 'digest' | 'image';

export function roleOf(key: string): Role {
  const segments = parseKeyPath(key);
  const last = String(segments.at(-1)).toLowerCase();
  if (last.endsWith('digest')) return 'digest';
  if (last.endsWith('tag')) return 'tag';
  if (last.endsWith('repository') || last.endsWith('repo') || last === 'name' || last.endsWith('imagename'))
    return 'repository';
  return 'image';
}

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

/** A key with its role and current value (undefined when the key is empty). */
export interface RoleSlot {
  key: string;
  role: Role;
  current: string | undefined;
}

/**
 * New values for a set of keys that together spell one image. Throws when they cannot pin it (only a
 * repository key; a tag key with no tag to keep and none in the pin).
 */
export function valuesForRoles(slots: readonly RoleSlot[], pin: PinImage, where: string): string[] {
  if (!slots.some((s) => s.role !== 'repository')) {
    throw new ConfigurationError(
      `${where}: the keys ${slots.map((s) => s.key).join(', ')} name only a repository; add a tag, digest or image key.`,
    );
  }
  const repo = slots.find((s) => s.role === 'repository');
  const same = repo === undefined || (repo.current !== undefined && sameRepository(repo.current, pin));
  const hasDigestKey = slots.some((s) => s.role === 'digest');
  return slots.map((slot) => {
    switch (slot.role) {
      case 'repository':
        return same && slot.current !== undefined ? slot.current : pin.name;
      case 'digest':
        return pin.digest;
      case 'image':
        return pinnedReference(slot.current, pin);
      case 'tag': {
        const currentTag = slot.current === undefined ? undefined : splitReference(`x:${slot.current}`).tag;
        if (hasDigestKey) return pin.tag ?? slot.current ?? '';
        const tag = pin.tag ?? (same ? currentTag : undefined);
        if (!tag) {
          throw new ConfigurationError(
            `${where}: ${slot.key} has no tag to keep and the image has none; give the image as repo:tag@sha256:… or name a digest key (--keys ${repo?.key ?? 'image.repository'},image.digest).`,
          );
        }
        return `${tag}@${pin.digest}`;
      }
    }
  });
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
  target: TargetKind = 'key',
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
    setScalar(ctx, document, key, target, node, slots[i]!.current ?? '', values[i]!);
  });
  return true;
}
