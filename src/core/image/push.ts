import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { createLimiter, type Limiter } from '../async/limit.js';
import type { Logger } from '../logger.js';
import type { BlobStore } from './blob-store.js';
import type { BuiltImage, ImageBlob } from './build.js';
import { tarChunks } from './layer-writer.js';
import type { RegistryClient } from './registry-client.js';

/** Make sure a base-image blob is in the local store (downloaded from the base's registry). */
export async function fetchBaseBlob(blob: ImageBlob, store: BlobStore): Promise<void> {
  if ((await store.size(blob.digest)) === blob.size) return;
  const source = blob.base?.source;
  if (!source) throw new Error(`blob ${blob.digest} is neither built here nor part of a base image`);
  await source.client.downloadBlob(source.ref.repository, blob.digest, store);
}

export interface PushResult {
  digest: string;
  uploaded: number;
  mounted: number;
  existing: number;
}

/**
 * Uploads blobs to one repository, each at most once, with a bounded number in flight: HEAD first;
 * base layers are mounted from the base repository when it is on the same registry, else copied. Model
 * layers can be handed over as soon as they are built, so uploading overlaps building the next ones.
 */
export class BlobPusher {
  readonly counts = { uploaded: 0, mounted: 0, existing: 0 };
  private readonly started = new Map<string, Promise<void>>();
  private readonly limited: Limiter;

  constructor(
    private readonly client: RegistryClient,
    private readonly repository: string,
    private readonly store: BlobStore,
    private readonly logger: Logger,
    concurrency = 3,
  ) {
    this.limited = createLimiter(concurrency);
  }

  push(blob: ImageBlob): Promise<void> {
    let pending = this.started.get(blob.digest);
    if (!pending) {
      pending = this.limited(() => this.transfer(blob));
      this.started.set(blob.digest, pending);
      pending.catch(() => undefined); // awaited by whoever needs it; never an unhandled rejection
    }
    return pending;
  }

  private async transfer(blob: ImageBlob): Promise<void> {
    const { client, repository, store } = this;
    if (await client.blobExists(repository, blob.digest)) {
      this.counts.existing++;
      return;
    }
    let location: string | undefined;
    const source = blob.base?.source;
    if (source && source.client.host === client.host && source.ref.repository !== repository) {
      const mounted = await client.mountBlob(repository, blob.digest, source.ref.repository);
      if (mounted === true) {
        this.counts.mounted++;
        return;
      }
      location = mounted;
    }
    if (blob.base) await fetchBaseBlob(blob, store);
    const layer = blob.layer;
    const open =
      layer && !layer.stored
        ? () => Readable.from(tarChunks(layer.plan, layer.mtime), { objectMode: false })
        : () => createReadStream(store.path(blob.digest));
    await client.uploadBlob(repository, blob.digest, blob.size, open, location);
    this.counts.uploaded++;
    this.logger.debug(`uploaded ${blob.digest} (${blob.size} bytes)`);
  }
}

/**
 * Push in the order that never exposes a broken image: every blob, then per-platform manifests, then
 * the image manifest by digest, and only then the tags.
 */
export async function pushImage(
  image: BuiltImage,
  client: RegistryClient,
  repository: string,
  tags: readonly string[],
  pusher: BlobPusher,
): Promise<PushResult> {
  await Promise.all(image.blobs.map((blob) => pusher.push(blob)));
  for (const child of image.children)
    await client.putManifest(repository, child.digest, child.mediaType, child.bytes);
  await client.putManifest(repository, image.top.digest, image.top.mediaType, image.top.bytes);
  for (const tag of tags) await client.putManifest(repository, tag, image.top.mediaType, image.top.bytes);
  return { digest: image.top.digest, ...pusher.counts };
}
