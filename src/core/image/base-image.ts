import { ConfigurationError } from '../errors.js';
import { sha256Digest } from './blob-store.js';
import { header, httpSend } from './http.js';
import type { Descriptor, MediaFamily, Platform } from './media-types.js';
import { familyOf, formatPlatform, isIndexType, MANIFEST_ACCEPT } from './media-types.js';
import type { ImageReference } from '../oci/reference.js';
import type { RegistryClient } from './registry-client.js';

/** The image a platform's build starts from; `undefined` fields mean scratch. */
export interface BaseImage {
  family: MediaFamily;
  platform: Platform;
  layers: Descriptor[];
  config: Record<string, unknown> | undefined;
  /** Where base blobs can be fetched from (absent for scratch). */
  source: { ref: ImageReference; client: RegistryClient } | undefined;
}

/** `linux/arm64/v8` → Platform; refuses anything else with the input named. */
export function parsePlatform(text: string): Platform {
  const parts = text.trim().split('/');
  if (parts.length < 2 || parts.length > 3 || parts.some((p) => !/^[a-z0-9_]+$/.test(p))) {
    throw new ConfigurationError(
      `Input 'platform': '${text}' is not os/architecture[/variant], e.g. linux/amd64.`,
    );
  }
  return { os: parts[0]!, architecture: parts[1]!, ...(parts[2] ? { variant: parts[2] } : {}) };
}

export function scratchBase(platform: Platform): BaseImage {
  return { family: 'oci', platform, layers: [], config: undefined, source: undefined };
}

function matches(candidate: Platform | undefined, wanted: Platform): boolean {
  if (!candidate || candidate.os !== wanted.os || candidate.architecture !== wanted.architecture)
    return false;
  // arm64 images often omit the v8 variant; accept a missing variant on either side.
  return !wanted.variant || !candidate.variant || candidate.variant === wanted.variant;
}

interface ManifestJson {
  mediaType?: string;
  config?: Descriptor;
  layers?: Descriptor[];
  manifests?: Descriptor[];
}

/** Fetch a base image for each platform: index → the platform's manifest → config. */
export async function fetchBaseImages(
  ref: ImageReference,
  client: RegistryClient,
  platforms: readonly Platform[],
): Promise<BaseImage[]> {
  const top = await client.getManifest(ref.repository, ref.digest ?? ref.tag ?? 'latest', MANIFEST_ACCEPT);
  const topJson = JSON.parse(top.bytes.toString('utf8')) as ManifestJson;
  const results: BaseImage[] = [];
  for (const platform of platforms) {
    let manifest = topJson;
    let mediaType = top.mediaType;
    if (isIndexType(top.mediaType) || topJson.manifests) {
      const child = (topJson.manifests ?? []).find((m) => matches(m.platform, platform));
      if (!child) {
        const offered = (topJson.manifests ?? []).flatMap((m) =>
          m.platform ? [formatPlatform(m.platform)] : [],
        );
        throw new ConfigurationError(
          `Input 'base-image': ${ref.registry}/${ref.repository} has no image for platform ${formatPlatform(platform)} (it offers ${offered.join(', ') || 'none'}). Choose another base image or platform.`,
        );
      }
      const fetched = await client.getManifest(ref.repository, child.digest, MANIFEST_ACCEPT);
      manifest = JSON.parse(fetched.bytes.toString('utf8')) as ManifestJson;
      mediaType = fetched.mediaType || child.mediaType;
    }
    if (!manifest.config || !manifest.layers) {
      throw new ConfigurationError(
        `Input 'base-image': ${ref.registry}/${ref.repository} is not an image manifest (${mediaType}).`,
      );
    }
    const config = await fetchConfig(client, ref.repository, manifest.config.digest);
    const configPlatform: Platform = {
      os: text(config.os),
      architecture: text(config.architecture),
      ...(text(config.variant) ? { variant: text(config.variant) } : {}),
    };
    if (!matches(configPlatform, platform)) {
      throw new ConfigurationError(
        `Input 'base-image': ${ref.registry}/${ref.repository} is ${formatPlatform(configPlatform)}, not ${formatPlatform(platform)}; use a multi-platform base or set platform: ${formatPlatform(configPlatform)}.`,
      );
    }
    results.push({
      family: familyOf(mediaType),
      platform,
      layers: manifest.layers,
      config,
      source: { ref, client },
    });
  }
  return results;
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** An image config blob, verified against its digest (`what` names it in errors). */
export async function fetchConfig(
  client: RegistryClient,
  repo: string,
  digest: string,
  what = 'reading the base image config',
): Promise<Record<string, unknown>> {
  let response = await client.send('GET', `/v2/${repo}/blobs/${digest}`);
  const location = header(response.headers, 'location');
  if (response.status >= 300 && response.status < 400 && location) {
    // Blob storage elsewhere (ghcr.io → its CDN): follow without the registry's credentials.
    response = await httpSend({ method: 'GET', url: new URL(location, response.url).toString() });
  }
  if (response.status !== 200 || sha256Digest(response.body) !== digest)
    return client.fail(what, repo, response, false);
  return JSON.parse(response.body.toString('utf8')) as Record<string, unknown>;
}
