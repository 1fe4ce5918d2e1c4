/** What the per-format finders share: the pin being applied, and how a found target is recorded. */
import type { Node } from 'yaml';
import type { PinImage } from '../oci/image-ref.js';
import { type Edit, scalarEdit, type SourceFile } from './yaml-source.js';

export type TargetKind =
  | 'container'
  | 'init-container'
  | 'storage-uri'
  | 'kustomize-image'
  | 'key'
  | 'argocd-kustomize-image'
  | 'argocd-helm-parameter';

/** One targeted value, in original-text offsets (UTF-16 code units). */
export interface Found {
  /** 0-based index of the YAML document in the file. */
  document: number;
  /** Where the value is, e.g. `spec.template.spec.containers[0].image`. */
  path: string;
  target: TargetKind;
  /** The container's name, for container targets. */
  container?: string;
  /** The value before (null when the key or entry is added). */
  old: string | null;
  new: string;
  /** The old value's source range (start === end for an insertion). */
  range: [number, number];
}

/** A container the finders saw, so "not found" errors can list what exists. */
export interface SeenContainer {
  owner: string;
  name: string;
  image: string | undefined;
  init: boolean;
}

export interface PinContext {
  source: SourceFile;
  pin: PinImage;
  container: string | undefined;
  keys: readonly string[] | undefined;
  found: Found[];
  edits: Edit[];
  seen: SeenContainer[];
}

/** `file` or `file (document N)` for messages about a place in a multi-document file. */
export function placeName(ctx: PinContext, document: number, path: string): string {
  const docs = ctx.source.documents.length;
  return `${ctx.source.file}${docs > 1 ? ` (document ${document + 1})` : ''}: ${path}`;
}

/** Record a scalar target, and its edit when the value changes. */
export function setScalar(
  ctx: PinContext,
  document: number,
  path: string,
  target: TargetKind,
  node: Node | undefined,
  old: string,
  value: string,
  container?: string,
): void {
  const range = node?.range
    ? ([node.range[0], node.range[1]] as [number, number])
    : ([0, 0] as [number, number]);
  ctx.found.push({
    document,
    path,
    target,
    ...(container === undefined ? {} : { container }),
    old,
    new: value,
    range,
  });
  if (old !== value) ctx.edits.push(scalarEdit(node, value, placeName(ctx, document, path)));
}

/** Record keys or entries added by one insertion edit. */
export function addInserted(
  ctx: PinContext,
  document: number,
  target: TargetKind,
  edit: Edit,
  values: readonly (readonly [string, string])[],
): void {
  for (const [path, value] of values) {
    ctx.found.push({ document, path, target, old: null, new: value, range: [edit.start, edit.start] });
  }
  ctx.edits.push(edit);
}
