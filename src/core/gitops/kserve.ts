/**
 * KServe InferenceService (`serving.kserve.io`): a modelcar's `storageUri: oci://<repo>@sha256:…` (the
 * model shipped as an OCI image) under `spec.predictor.model` or a framework key
 * (`spec.predictor.sklearn`, …), and the containers of predictor, transformer and explainer, which embed
 * a pod spec.
 *
 * Without a container name, a storageUri naming the pin's repository is pinned, and so are containers
 * running it. With one, only the containers of that name are (a storageUri belongs to no container).
 */
import { type Document, isMap, type Node, type Pair } from 'yaml';
import { pinnedReference, sameRepository } from '../oci/image-ref.js';
import { type PinContext, setScalar } from './targets.js';
import { child, stringValue } from './yaml-source.js';
import { pinPodSpec } from './workloads.js';

const COMPONENTS = ['predictor', 'transformer', 'explainer'] as const;
const OCI = 'oci://';

export function isInferenceService(apiVersion: string, kind: string): boolean {
  return kind === 'InferenceService' && apiVersion.startsWith('serving.kserve.io/');
}

function pinStorageUris(ctx: PinContext, document: number, predictor: unknown): void {
  if (!isMap(predictor)) return;
  for (const pair of predictor.items as Pair<Node, Node>[]) {
    const key = stringValue(pair.key);
    const node = child(pair.value, 'storageUri');
    const uri = stringValue(node);
    if (key === undefined || uri === undefined || !uri.startsWith(OCI)) continue;
    const current = uri.slice(OCI.length);
    if (!sameRepository(current, ctx.pin)) continue;
    const path = `spec.predictor.${key}.storageUri`;
    setScalar(ctx, document, path, 'storage-uri', node, uri, OCI + pinnedReference(current, ctx.pin));
  }
}

export function pinInferenceService(ctx: PinContext, document: number, doc: Document, owner: string): void {
  const spec = child(doc.contents, 'spec');
  if (ctx.container === undefined) pinStorageUris(ctx, document, child(spec, 'predictor'));
  for (const component of COMPONENTS) {
    const podSpec = child(spec, component);
    if (podSpec) pinPodSpec(ctx, document, doc, podSpec, ['spec', component], `${owner} ${component}`);
  }
}
