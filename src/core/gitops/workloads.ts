/**
 * Container images in Kubernetes workloads (and KServe components, which embed a pod spec): which pod
 * spec a kind has, and which of its containers and initContainers the pin targets.
 *
 * Selection: with a container name, the containers and initContainers of that name (whatever image they
 * run now); without one, those whose current image names the pin's repository. Others are never touched.
 */
import { type Document, isAlias, type Node } from 'yaml';
import { pinnedReference, sameRepository } from '../oci/image-ref.js';
import { ConfigurationError } from '../errors.js';
import { type PinContext, placeName, setScalar } from './targets.js';
import { child, childAt, items, stringValue } from './yaml-source.js';

const TEMPLATE = ['spec', 'template', 'spec'];

/** Pod spec location by kind; groups are checked where a kind name is not unique to Kubernetes. */
export function podSpecPath(apiVersion: string, kind: string): readonly string[] | undefined {
  const group = apiVersion.includes('/') ? apiVersion.slice(0, apiVersion.indexOf('/')) : '';
  switch (kind) {
    case 'Pod':
      return group === '' ? ['spec'] : undefined;
    case 'ReplicationController':
      return group === '' ? TEMPLATE : undefined;
    case 'Deployment':
    case 'StatefulSet':
    case 'DaemonSet':
    case 'ReplicaSet':
      return group === 'apps' || group === 'extensions' ? TEMPLATE : undefined;
    case 'Job':
      return group === 'batch' ? TEMPLATE : undefined;
    case 'CronJob':
      return group === 'batch' ? ['spec', 'jobTemplate', 'spec', 'template', 'spec'] : undefined;
    case 'Rollout':
      return group === 'argoproj.io' ? TEMPLATE : undefined;
    default:
      return undefined;
  }
}

/** The string an image node holds, through an alias if it is one (so an aliased match fails loudly). */
function imageText(doc: Document, node: Node | undefined): string | undefined {
  if (isAlias(node)) return stringValue(node.resolve(doc));
  return stringValue(node);
}

/**
 * Pin the selected containers of one pod spec (any map with `containers` / `initContainers`).
 * `owner` names the object in messages, e.g. `Deployment/churn`.
 */
export function pinPodSpec(
  ctx: PinContext,
  document: number,
  doc: Document,
  podSpec: unknown,
  path: readonly string[],
  owner: string,
): void {
  for (const list of ['initContainers', 'containers'] as const) {
    const init = list === 'initContainers';
    items(child(podSpec, list)).forEach((container, index) => {
      const name = stringValue(child(container, 'name')) ?? '';
      const node = child(container, 'image');
      const image = imageText(doc, node);
      ctx.seen.push({ owner, name, image, init });
      const selected =
        ctx.container !== undefined
          ? name === ctx.container
          : image !== undefined && sameRepository(image, ctx.pin);
      if (!selected) return;
      const where = [...path, `${list}[${index}]`, 'image'].join('.');
      if (node === undefined) {
        throw new ConfigurationError(`${placeName(ctx, document, where)}: container '${name}' has no image.`);
      }
      setScalar(
        ctx,
        document,
        where,
        init ? 'init-container' : 'container',
        node,
        image ?? '',
        pinnedReference(image, ctx.pin),
        name,
      );
    });
  }
}

/** A workload document: its pod spec's containers. */
export function pinWorkload(
  ctx: PinContext,
  document: number,
  doc: Document,
  specPath: readonly string[],
  owner: string,
): void {
  const podSpec = childAt(doc.contents, specPath);
  pinPodSpec(ctx, document, doc, podSpec, specPath, owner);
}
