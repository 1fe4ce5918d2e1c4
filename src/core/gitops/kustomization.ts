/**
 * Kustomize `images:` entries `{name, newName, newTag, digest}` (kustomization.yaml, a Component, or a
 * Flux Kustomization's `spec.images`, which has the same shape).
 *
 * An entry matches when its `name` or `newName` names the pin's repository (docker's normalisation, so
 * `nginx` matches `docker.io/library/nginx`). Pinning sets `digest`; a tag in the pin also sets `newTag`,
 * and without one an existing `newTag` stays: kustomize 5.5 then renders `newName-or-name:newTag@digest`
 * (checked with `kubectl kustomize`), which pulls by digest. `name`/`newName` are never changed (a
 * mirror in `newName` holds the same digest). No matching entry: one is added
 * (`name` = the repository as the pin spells it, since kustomize matches names literally), and the
 * `images:` key too when missing, in the layout the file already uses.
 */
import { type Document, isMap, isPair, isScalar, isSeq, type Node, type Pair, type YAMLMap } from 'yaml';
import { ConfigurationError } from '../errors.js';
import { sameRepository } from '../oci/image-ref.js';
import { addInserted, type PinContext, placeName, setScalar } from './targets.js';
import { addPairs, addSequencePair, appendItem, fillEmptyPair, type NewItem } from './yaml-insert.js';
import { child, childAt, renderNew, scalarText, stringValue } from './yaml-source.js';

/** Where a document keeps `images:` if it is a kustomization; undefined when it is not one. */
export function kustomizationImagesAt(
  apiVersion: string | undefined,
  kind: string | undefined,
  namedKustomization: boolean,
): readonly string[] | undefined {
  if (
    apiVersion?.startsWith('kustomize.config.k8s.io/') &&
    (kind === 'Kustomization' || kind === 'Component')
  )
    return [];
  if (apiVersion?.startsWith('kustomize.toolkit.fluxcd.io/') && kind === 'Kustomization') return ['spec'];
  if (namedKustomization && kind === undefined) return [];
  return undefined;
}

function prefix(holderPath: readonly string[]): string {
  return holderPath.length > 0 ? `${holderPath.join('.')}.` : '';
}

function pinEntry(ctx: PinContext, document: number, entry: YAMLMap, path: string): void {
  const { pin } = ctx;
  const added: [string, string][] = [];
  // newTag only when the pin names a tag (else an existing one stays for readers); digest always.
  const fields: [string, string | undefined][] = [
    ['newTag', pin.tag],
    ['digest', pin.digest],
  ];
  for (const [key, value] of fields) {
    if (value === undefined) continue;
    const node = child(entry, key);
    if (node)
      setScalar(ctx, document, `${path}.${key}`, 'kustomize-image', node, scalarText(node) ?? '', value);
    else added.push([key, value]);
  }
  if (added.length === 0) return;
  const edit = addPairs(
    ctx.source.text,
    entry,
    added.map(([k, v]) => [k, renderNew(v)] as const),
    placeName(ctx, document, path),
  );
  addInserted(
    ctx,
    document,
    'kustomize-image',
    edit,
    added.map(([k, v]) => [`${path}.${k}`, v] as const),
  );
}

export function pinKustomization(
  ctx: PinContext,
  document: number,
  doc: Document,
  holderPath: readonly string[],
): void {
  const { pin, source } = ctx;
  const holder = childAt(doc.contents, holderPath);
  const base = prefix(holderPath);
  if (!isMap(holder)) {
    throw new ConfigurationError(
      `${placeName(ctx, document, base || '(top level)')} is not a mapping; cannot add images: to it.`,
    );
  }
  const pair = (holder.items as Pair<Node, Node>[]).find((p) => isPair(p) && stringValue(p.key) === 'images');
  const seq = pair?.value;
  const entries = isSeq(seq) ? (seq.items as Node[]) : [];
  let matched = false;
  entries.forEach((entry, index) => {
    if (!isMap(entry)) return;
    const name = stringValue(child(entry, 'name'));
    const newName = stringValue(child(entry, 'newName'));
    if (!(name && sameRepository(name, pin)) && !(newName && sameRepository(newName, pin))) return;
    matched = true;
    pinEntry(ctx, document, entry, `${base}images[${index}]`);
  });
  if (matched) return;

  const fields: [string, string][] = [['name', pin.name]];
  if (pin.tag !== undefined) fields.push(['newTag', pin.tag]);
  fields.push(['digest', pin.digest]);
  const item: NewItem = { pairs: fields.map(([k, v]) => [k, renderNew(v)] as const) };
  const where = placeName(ctx, document, `${base}images`);
  let edit;
  if (isSeq(seq)) edit = appendItem(source.text, seq, item, where);
  else if (pair && (seq === null || (isScalar(seq) && seq.value === null)))
    edit = fillEmptyPair(source.text, doc, pair.key, seq, item, where);
  else if (!pair) edit = addSequencePair(source.text, doc, holder, 'images', item, where);
  else throw new ConfigurationError(`${where} is not a list.`);
  const path = `${base}images[${entries.length}]`;
  addInserted(
    ctx,
    document,
    'kustomize-image',
    edit,
    fields.map(([k, v]) => [`${path}.${k}`, v] as const),
  );
}
