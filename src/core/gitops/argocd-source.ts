/**
 * Argo CD parameter override files (`.argocd-source.yaml`, `.argocd-source-<app>.yaml`), which Argo CD
 * Image Updater's git write-back maintains:
 *   kustomize.images: strings `[<name>=]<image>[:<tag>][@<digest>]` (Argo CD passes them to
 *     `kustomize edit set image`). An entry whose name or image names the pin's repository gets the
 *     pinned reference on the right of `=`; with none, the pin is appended as a new entry.
 *   helm.parameters: `{name, value, forcestring}` entries; the parameter names are the key paths
 *     (`--keys`, default `image.repository` or Image Updater's `image.name`, and `image.tag`), with the
 *     roles Helm values files use.
 */
import { type Document, isSeq, type Node } from 'yaml';
import { ConfigurationError } from '../errors.js';
import { pinnedReference, sameRepository } from '../oci/image-ref.js';
import { type RoleSlot, roleOf, valuesForRoles } from './roles.js';
import { addInserted, type PinContext, placeName, setScalar } from './targets.js';
import { appendItem } from './yaml-insert.js';
import { child, childAt, items, renderNew, scalarText, stringValue } from './yaml-source.js';

export function isArgoCdSourceFile(basename: string): boolean {
  return /^\.argocd-source(-.+)?\.ya?ml$/.test(basename);
}

function pinKustomizeImages(ctx: PinContext, document: number, seq: Node): boolean {
  let matched = false;
  items(seq).forEach((node, index) => {
    const entry = stringValue(node);
    if (entry === undefined) return;
    const eq = entry.indexOf('=');
    const name = eq >= 0 ? entry.slice(0, eq) : undefined;
    const image = eq >= 0 ? entry.slice(eq + 1) : entry;
    if (!sameRepository(image, ctx.pin) && !(name !== undefined && sameRepository(name, ctx.pin))) return;
    matched = true;
    const value = `${name === undefined ? '' : `${name}=`}${pinnedReference(image, ctx.pin)}`;
    setScalar(ctx, document, `kustomize.images[${index}]`, 'argocd-kustomize-image', node, entry, value);
  });
  if (matched || !isSeq(seq)) return matched;
  const value = pinnedReference(undefined, ctx.pin);
  const where = placeName(ctx, document, 'kustomize.images');
  const edit = appendItem(ctx.source.text, seq, { scalar: renderNew(value) }, where);
  addInserted(ctx, document, 'argocd-kustomize-image', edit, [
    [`kustomize.images[${seq.items.length}]`, value],
  ]);
  return true;
}

function pinHelmParameters(ctx: PinContext, document: number, seq: Node): boolean {
  const byName = new Map<string, { index: number; node: Node | undefined }>();
  items(seq).forEach((entry, index) => {
    const name = stringValue(child(entry, 'name'));
    if (name !== undefined) byName.set(name, { index, node: child(entry, 'value') });
  });
  let keys = ctx.keys;
  if (keys === undefined) {
    const repository = ['image.repository', 'image.name'].find((k) => byName.has(k));
    keys = repository ? [repository, 'image.tag'] : ['image.repository', 'image.tag'];
  }
  const present = keys.filter((k) => byName.has(k));
  if (present.length === 0) return false;
  if (present.length < keys.length) {
    const missing = keys.filter((k) => !byName.has(k));
    throw new ConfigurationError(
      `${placeName(ctx, document, 'helm.parameters')}: no parameter named ${missing.join(', ')}.`,
    );
  }
  const slots: RoleSlot[] = keys.map((key) => ({
    key,
    role: roleOf(key),
    current: scalarText(byName.get(key)!.node),
  }));
  const values = valuesForRoles(slots, ctx.pin, placeName(ctx, document, 'helm.parameters'));
  keys.forEach((key, i) => {
    const { index, node } = byName.get(key)!;
    const path = `helm.parameters[${index}].value`;
    if (node === undefined) throw new ConfigurationError(`${placeName(ctx, document, path)} is missing.`);
    setScalar(ctx, document, path, 'argocd-helm-parameter', node, slots[i]!.current ?? '', values[i]!);
  });
  return true;
}

export function pinArgoCdSource(ctx: PinContext, document: number, doc: Document): void {
  const images = childAt(doc.contents, ['kustomize', 'images']);
  const parameters = childAt(doc.contents, ['helm', 'parameters']);
  if (images) pinKustomizeImages(ctx, document, images);
  if (parameters) pinHelmParameters(ctx, document, parameters);
}
