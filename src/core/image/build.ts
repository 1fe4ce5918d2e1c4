import type { Logger } from '../logger.js';
import type { BaseImage } from './base-image.js';
import type { BlobStore } from './blob-store.js';
import {
  buildConfig,
  buildIndex,
  buildManifest,
  jsonBytes,
  layerDescriptor,
  type RuntimeSettings,
} from './image-config.js';
import { planLayers, type Compression } from './layer-plan.js';
import { writeLayers, type BuiltLayer } from './layer-writer.js';
import { configType, formatPlatform, type Descriptor, type MediaFamily } from './media-types.js';
import type { ModelFile } from './model-files.js';

export interface BuildOptions {
  files: readonly ModelFile[];
  compression: Compression;
  maxLayerBytes: number;
  /** Seconds since the epoch: tar mtimes and every `created` field. */
  epoch: number;
  /** One per requested platform. */
  bases: readonly BaseImage[];
  settings: RuntimeSettings;
  annotations: Record<string, string>;
  store: BlobStore;
  concurrency: number;
  /** Keep every blob in the store (an OCI layout is written), not only the ones costly to redo. */
  persist: boolean;
  /** Called as each model layer is finished (e.g. to start its upload while the next is built). */
  onLayer?: (blob: ImageBlob) => void;
  logger: Logger;
}

/** A blob the image needs and where it comes from. */
export interface ImageBlob {
  digest: string;
  size: number;
  /** Set for base-image layers not built here (fetched or mounted when needed). */
  base?: BaseImage;
  /** Set for model layers (an unstored one is streamed again from the model files). */
  layer?: BuiltLayer;
}

export interface ManifestBlob extends Descriptor {
  bytes: Uint8Array;
}

export interface BuiltImage {
  /** The image's own manifest (or index for several platforms): its digest is the image digest. */
  top: ManifestBlob;
  /** Per-platform manifests below an index (empty for a single platform). */
  children: ManifestBlob[];
  blobs: ImageBlob[];
  layers: BuiltLayer[];
  family: MediaFamily;
  /** Config + layers of all platforms, each blob counted once. */
  size: number;
}

/**
 * Build the image: model layers once (shared by every platform), then per platform a config and a
 * manifest appended to that platform's base, and an index when there are several platforms. Configs and
 * manifests are stored as blobs too, so the store is a complete OCI layout `blobs/` directory.
 */
export async function buildImage(options: BuildOptions): Promise<BuiltImage> {
  const plans = await planLayers(options.files, options.compression, options.maxLayerBytes);
  options.logger.info(
    `Building ${plans.length} model layer(s) from ${options.files.length} file(s): ${plans.filter((p) => p.encoding !== 'none').length} gzip, ${plans.filter((p) => p.encoding === 'none').length} uncompressed.`,
  );
  const layers = await writeLayers(
    plans,
    options.epoch,
    options.store,
    options.concurrency,
    options.persist,
    (layer) => options.onLayer?.({ digest: layer.digest, size: layer.size, layer }),
  );
  const created = new Date(options.epoch * 1000).toISOString().replace('.000Z', 'Z');
  const blobs = new Map<string, ImageBlob>();
  const manifests: ManifestBlob[] = [];
  for (const base of options.bases) {
    const config = buildConfig(base.config, base.platform, layers, options.settings, created);
    const configBytes = jsonBytes(config);
    const configDigest = await options.store.putBytes(configBytes);
    const configDescriptor: Descriptor = {
      mediaType: configType(base.family),
      digest: configDigest,
      size: configBytes.length,
    };
    const layerDescriptors = [...base.layers, ...layers.map((l) => layerDescriptor(base.family, l))];
    for (const layer of base.layers)
      blobs.set(layer.digest, { digest: layer.digest, size: layer.size, base });
    for (const layer of layers) blobs.set(layer.digest, { digest: layer.digest, size: layer.size, layer });
    blobs.set(configDigest, { digest: configDigest, size: configBytes.length });
    const manifest = buildManifest(base.family, configDescriptor, layerDescriptors, options.annotations);
    const bytes = jsonBytes(manifest);
    const digest = await options.store.putBytes(bytes);
    manifests.push({
      mediaType: manifest.mediaType as string,
      digest,
      size: bytes.length,
      platform: base.platform,
      bytes,
    });
    options.logger.debug(`${formatPlatform(base.platform)}: manifest ${digest}`);
  }
  const family = options.bases[0]!.family;
  const size = [...blobs.values()].reduce((sum, blob) => sum + blob.size, 0);
  if (manifests.length === 1) {
    const { platform: _platform, ...top } = manifests[0]!;
    return { top, children: [], blobs: [...blobs.values()], layers, family, size };
  }
  const index = buildIndex(
    family,
    manifests.map(({ bytes: _bytes, ...descriptor }) => descriptor),
    options.annotations,
  );
  const bytes = jsonBytes(index);
  const digest = await options.store.putBytes(bytes);
  return {
    top: { mediaType: index.mediaType as string, digest, size: bytes.length, bytes },
    children: manifests,
    blobs: [...blobs.values()],
    layers,
    family,
    size,
  };
}
