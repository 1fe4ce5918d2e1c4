/**
 * Pin an image digest into a manifest's text, changing only the targeted scalars' bytes (and, for a
 * kustomization without an entry for the image, inserting one). The text is never re-serialised: every
 * target's source range is found with the yaml library and the new value spliced into the original, so
 * comments, quoting, key order, documents and their markers, CRLF and a BOM stay as they were.
 *
 * What a document is, in this order:
 *   - a file named `.argocd-source.yaml` / `.argocd-source-<app>.yaml`: Argo CD overrides;
 *   - a kustomization (`kind: Kustomization`/`Component` of kustomize.config.k8s.io, a Flux
 *     Kustomization, or any document without `kind` in a file named kustomization.yaml/.yml/Kustomization);
 *   - a workload (Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job,
 *     CronJob, Argo Rollout) or a KServe InferenceService;
 *   - any other document without `apiVersion`/`kind` (Helm values): the key paths (`keys`, default
 *     `image.repository` + `image.tag`); a document with other kinds only when `keys` are given.
 * A file in which nothing is targeted is an error: the caller named it to be pinned.
 */
import { basename } from 'node:path';
import { ConfigurationError } from '../errors.js';
import { isArgoCdSourceFile, pinArgoCdSource } from './argocd-source.js';
import { type PinImage, parsePinImage } from '../oci/image-ref.js';
import { DEFAULT_KEYS, pinKeyPaths } from './key-paths.js';
import { isInferenceService, pinInferenceService } from './kserve.js';
import { kustomizationImagesAt, pinKustomization } from './kustomization.js';
import type { Found, PinContext, SeenContainer } from './targets.js';
import { pinWorkload, podSpecPath } from './workloads.js';
import { applyEdits, child, lineAt, parseSource, stringValue } from './yaml-source.js';

export { type PinImage, parsePinImage } from '../oci/image-ref.js';
export type { Found, TargetKind } from './targets.js';

export interface PinOptions {
  /** The file's path or name: used in messages, and to recognise kustomization / .argocd-source files. */
  file: string;
  /** `repo@sha256:…` or `repo:tag@sha256:…`, or one parsed with parsePinImage. */
  image: string | PinImage;
  /** Pin the containers and initContainers of this name (default: those running the pin's repository). */
  container?: string | undefined;
  /** Key paths for Helm values and other documents (default `image.repository`, `image.tag`). */
  keys?: readonly string[] | undefined;
}

/** One targeted value (see Found for the shared fields: document, path, target, container, old, new). */
export interface PinChange extends Omit<Found, 'range'> {
  changed: boolean;
  /** 1-based line of the old value (of the insertion point for an added key) in the original text. */
  line: number;
  /** UTF-8 byte range [start, end) of the old value's source in the original text; start = end for an insertion. */
  bytes: [number, number];
}

export interface PinResult {
  file: string;
  /** Whether the text changed (false: every target already pinned). */
  changed: boolean;
  /** Every targeted value, changed or not, in file order. */
  changes: PinChange[];
  /** The new text (the input itself when nothing changed). */
  text: string;
}

const KUSTOMIZATION_NAMES = new Set(['kustomization.yaml', 'kustomization.yml', 'Kustomization']);

function dispatch(ctx: PinContext, fileName: string): void {
  const argo = isArgoCdSourceFile(fileName);
  const namedKustomization = KUSTOMIZATION_NAMES.has(fileName);
  ctx.source.documents.forEach((doc, index) => {
    if (doc.contents === null) return;
    if (argo) return pinArgoCdSource(ctx, index, doc);
    const apiVersion = stringValue(child(doc.contents, 'apiVersion'));
    const kind = stringValue(child(doc.contents, 'kind'));
    const holder = kustomizationImagesAt(apiVersion, kind, namedKustomization);
    if (holder) return pinKustomization(ctx, index, doc, holder);
    if (apiVersion !== undefined && kind !== undefined) {
      const owner = `${kind}/${stringValue(child(child(doc.contents, 'metadata'), 'name')) ?? '?'}`;
      const specPath = podSpecPath(apiVersion, kind);
      if (specPath) return pinWorkload(ctx, index, doc, specPath, owner);
      if (isInferenceService(apiVersion, kind)) return pinInferenceService(ctx, index, doc, owner);
      if (ctx.keys) pinKeyPaths(ctx, index, doc, ctx.keys);
      return;
    }
    pinKeyPaths(ctx, index, doc, ctx.keys ?? DEFAULT_KEYS);
  });
}

function describe(seen: readonly SeenContainer[]): string {
  return seen
    .map((c) => `${c.owner} ${c.init ? 'initContainer' : 'container'} '${c.name}' (${c.image ?? 'no image'})`)
    .join(', ');
}

function nothingFound(ctx: PinContext): ConfigurationError {
  const { file } = ctx.source;
  if (ctx.container !== undefined && ctx.seen.length > 0) {
    return new ConfigurationError(
      `${file}: no container named '${ctx.container}'. Containers here: ${describe(ctx.seen)}.`,
      { file },
    );
  }
  if (ctx.seen.length > 0) {
    return new ConfigurationError(
      `${file}: no container runs ${ctx.pin.name}. Containers here: ${describe(ctx.seen)}. Name one with --container.`,
      { file },
    );
  }
  const keys = (ctx.keys ?? DEFAULT_KEYS).join(', ');
  return new ConfigurationError(
    `${file}: nothing to pin for ${ctx.pin.name}: no workload or InferenceService container, no kustomization, and no ${keys} keys.`,
    { file },
  );
}

/** Offsets in UTF-16 code units → UTF-8 bytes, for ranges a caller can apply to the file's bytes. */
function byteOffset(text: string, offset: number): number {
  return Buffer.byteLength(text.slice(0, offset), 'utf8');
}

/** Pin one manifest's text. Throws ConfigurationError (naming the file) for bad YAML or no target. */
export function pinManifest(text: string, options: PinOptions): PinResult {
  const source = parseSource(options.file, text);
  const pin = typeof options.image === 'string' ? parsePinImage(options.image) : options.image;
  const ctx: PinContext = {
    source,
    pin,
    container: options.container,
    keys: options.keys && options.keys.length > 0 ? [...new Set(options.keys)] : undefined,
    found: [],
    edits: [],
    seen: [],
  };
  dispatch(ctx, basename(options.file));
  if (ctx.found.length === 0) throw nothingFound(ctx);
  const out = ctx.edits.length > 0 ? applyEdits(text, ctx.edits) : text;
  const changes = [...ctx.found]
    .sort((a, b) => a.range[0] - b.range[0])
    .map((f: Found): PinChange => ({
      document: f.document,
      path: f.path,
      target: f.target,
      ...(f.container === undefined ? {} : { container: f.container }),
      old: f.old,
      new: f.new,
      changed: f.old !== f.new,
      line: lineAt(source, f.range[0]),
      bytes: [byteOffset(text, f.range[0]), byteOffset(text, f.range[1])],
    }));
  return { file: options.file, changed: out !== text, changes, text: out };
}
