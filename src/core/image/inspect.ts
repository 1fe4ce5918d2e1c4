/**
 * Looking at a pushed image without pulling it: does the digest exist (HEAD on the manifest), and what labels
 * does its config carry (for an index, the first linux/amd64 image, else the first image). Uses the same
 * registry client as build-model-image: anonymous, Basic or the Bearer token flow, retries on 5xx.
 */

import type { Logger } from '../logger.js';
import { fetchConfig } from './base-image.js';
import { MANIFEST_ACCEPT } from './media-types.js';
import { parseImageReference } from '../oci/reference.js';
import { type Credentials, RegistryClient } from './registry-client.js';

/** What the image gate learns from the registry. */
export interface ImageFacts {
  exists: boolean;
  /** The image config's labels (of the first platform's image for an index); undefined when not read. */
  labels: Record<string, string> | undefined;
}

/** A pinned image: the reference as written and its `sha256:` digest (core/gitops's PinImage fits). */
export interface DigestReference {
  reference: string;
  digest: string;
}

export interface ImageInspector {
  inspect(image: DigestReference): Promise<ImageFacts>;
}

export interface ManifestJson {
  config?: { digest?: string };
  manifests?: { digest: string; platform?: { os?: string; architecture?: string } }[];
}

/** The image of an index whose labels are reported: the linux/amd64 one, else the first. */
export function labelledChild(manifests: NonNullable<ManifestJson['manifests']>): string | undefined {
  return (
    manifests.find((m) => m.platform?.os === 'linux' && m.platform.architecture === 'amd64') ?? manifests[0]
  )?.digest;
}

/** The labels of an image config (`config.Labels`), {} when it has none. */
export function configLabels(config: Record<string, unknown>): Record<string, string> {
  return (config.config as { Labels?: Record<string, string> | null } | undefined)?.Labels ?? {};
}

export interface InspectorOptions {
  credentials: Credentials | undefined;
  logger: Logger;
  retryBaseMs?: number;
  /** Attempts per request (default 5); a look-up that may do without the answer asks fewer. */
  attempts?: number;
}

export function registryImageInspector(options: InspectorOptions): ImageInspector {
  return {
    async inspect(image: DigestReference): Promise<ImageFacts> {
      const ref = parseImageReference(image.reference, 'image');
      const repo = ref.repository;
      const client = new RegistryClient({
        registry: ref.registry,
        credentials: options.credentials,
        logger: options.logger,
        access: { [repo]: 'pull' },
        retryBaseMs: options.retryBaseMs,
        attempts: options.attempts,
      });
      const path = `/v2/${repo}/manifests/${image.digest}`;
      const head = await client.send('HEAD', path, { headers: { Accept: MANIFEST_ACCEPT } });
      if (head.status === 404) return { exists: false, labels: undefined };
      if (head.status !== 200) return client.fail('checking the image manifest', repo, head, false);
      let manifest = await getJson(client, repo, image.digest);
      if (manifest.manifests) {
        const child = labelledChild(manifest.manifests);
        if (!child) return { exists: true, labels: {} };
        manifest = await getJson(client, repo, child);
      }
      if (!manifest.config?.digest) return { exists: true, labels: {} };
      const config = await fetchConfig(client, repo, manifest.config.digest, 'reading the image config');
      return { exists: true, labels: configLabels(config) };
    },
  };
}

async function getJson(client: RegistryClient, repo: string, digest: string): Promise<ManifestJson> {
  const response = await client.send('GET', `/v2/${repo}/manifests/${digest}`, {
    headers: { Accept: MANIFEST_ACCEPT },
  });
  if (response.status !== 200) return client.fail('reading the image manifest', repo, response, false);
  return JSON.parse(response.body.toString('utf8')) as ManifestJson;
}
