import { createHash, type Hash } from 'node:crypto';
import { open, type FileHandle } from 'node:fs/promises';
import { AsyncGzip } from 'fflate';
import { mapLimit } from '../async/limit.js';
import { ConfigurationError } from '../errors.js';
import type { BlobStore } from './blob-store.js';
import { HuffmanGzip } from './huffman-gzip.js';
import { layerEntries, type Encoding, type LayerPlan } from './layer-plan.js';
import { encodeHeader, paddedLength, TRAILER } from './tar-header.js';

/** A layer written to the blob store. */
export interface BuiltLayer {
  /** Digest of the blob (compressed bytes for gzip layers). */
  digest: string;
  /** sha256 of the uncompressed tar (the config's rootfs.diff_ids entry). */
  diffId: string;
  size: number;
  uncompressedSize: number;
  gzip: boolean;
  encoding: Encoding;
  files: number;
  /** Whether the blob is in the store; an uncompressed layer may instead be re-streamed from `plan`. */
  stored: boolean;
  plan: LayerPlan;
  mtime: number;
}

const CHUNK = 1024 * 1024;
/** Bytes waiting in the compressor before the reader pauses: bounds memory per layer. */
const MAX_QUEUED = 16 * CHUNK;

/** The uncompressed tar of a layer as a stream of chunks; file content is read, never held whole. */
export async function* tarChunks(plan: LayerPlan, mtime: number): AsyncGenerator<Uint8Array> {
  for (const entry of layerEntries(plan, mtime)) {
    yield encodeHeader(entry);
    if (!entry.file) continue;
    const handle = await open(entry.file.source, 'r');
    try {
      let remaining = entry.size;
      while (remaining > 0) {
        const buffer = Buffer.allocUnsafe(Math.min(CHUNK, remaining));
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
        if (bytesRead === 0) {
          throw new ConfigurationError(
            `Input 'model': ${entry.file.source} shrank while the image was built; do not change model files during the build.`,
          );
        }
        remaining -= bytesRead;
        yield bytesRead === buffer.length ? buffer : buffer.subarray(0, bytesRead);
      }
    } finally {
      await handle.close();
    }
    const pad = paddedLength(entry.size) - entry.size;
    if (pad > 0) yield new Uint8Array(pad);
  }
  yield TRAILER;
}

/** Serialises writes to one file handle while the producer keeps going. */
class OrderedWriter {
  private tail: Promise<void> = Promise.resolve();
  private failure: Error | undefined;
  constructor(
    private readonly handle: FileHandle | undefined,
    private readonly hash: Hash,
  ) {}
  size = 0;
  push(chunk: Uint8Array): void {
    this.hash.update(chunk);
    this.size += chunk.length;
    const handle = this.handle;
    if (!handle) return;
    this.tail = this.tail.then(async () => {
      try {
        await handle.write(chunk);
      } catch (error) {
        this.failure ??= error instanceof Error ? error : new Error(String(error));
      }
    });
  }
  async flush(): Promise<void> {
    await this.tail;
    if (this.failure) throw this.failure;
  }
}

/** Feed the tar through fflate's gzip (in a worker thread) in fixed-size chunks, so output is stable. */
async function gzipInto(source: AsyncIterable<Uint8Array>, raw: Hash, writer: OrderedWriter): Promise<void> {
  let waiter: (() => void) | undefined;
  let finished!: () => void;
  let failed!: (error: unknown) => void;
  const done = new Promise<void>((resolve, reject) => {
    finished = resolve;
    failed = reject;
  });
  // mtime 0: fflate otherwise writes the current time into the gzip header.
  const gzip = new AsyncGzip({ level: 1, mtime: 0 }, (error, chunk, final) => {
    if (error) failed(error);
    else {
      writer.push(chunk);
      if (final) finished();
    }
  });
  gzip.ondrain = () => {
    if (waiter && gzip.queuedSize < MAX_QUEUED) {
      const wake = waiter;
      waiter = undefined;
      wake();
    }
  };
  let pending = new Uint8Array(CHUNK);
  let filled = 0;
  const send = async (final: boolean) => {
    gzip.push(filled === pending.length ? pending : pending.slice(0, filled), final);
    pending = new Uint8Array(CHUNK);
    filled = 0;
    if (gzip.queuedSize >= MAX_QUEUED) await new Promise<void>((resolve) => (waiter = resolve));
  };
  try {
    for await (const chunk of source) {
      raw.update(chunk);
      let offset = 0;
      while (offset < chunk.length) {
        const take = Math.min(CHUNK - filled, chunk.length - offset);
        pending.set(chunk.subarray(offset, offset + take), filled);
        filled += take;
        offset += take;
        if (filled === CHUNK) await send(false);
      }
    }
    await send(true);
    await done;
  } catch (error) {
    gzip.terminate();
    throw error;
  }
}

/** Huffman-only gzip on this thread (fast enough: it does no match search). */
async function huffmanInto(
  source: AsyncIterable<Uint8Array>,
  raw: Hash,
  writer: OrderedWriter,
): Promise<void> {
  const gzip = new HuffmanGzip((chunk) => writer.push(chunk.slice()));
  for await (const chunk of source) {
    raw.update(chunk);
    gzip.push(chunk);
    await writer.flush(); // bounds memory: never more than one block waiting for the disk
  }
  gzip.finish();
}

/**
 * Build one layer: hash the tar (diff_id) and the blob while writing a temp file in the store. An
 * uncompressed layer that need not be kept (nothing is written locally) is only hashed and streamed
 * again from the model files at upload time, which saves writing the whole model once more.
 */
export async function writeLayer(
  plan: LayerPlan,
  mtime: number,
  store: BlobStore,
  persist: boolean,
): Promise<BuiltLayer> {
  const gzip = plan.encoding !== 'none';
  const keep = persist || gzip;
  const raw = createHash('sha256');
  const blob = gzip ? createHash('sha256') : raw;
  const temp = keep ? await store.createTemp() : undefined;
  let uncompressedSize = 0;
  let size: number;
  try {
    const writer = new OrderedWriter(temp?.handle, blob);
    const counted = async function* (): AsyncGenerator<Uint8Array> {
      for await (const chunk of tarChunks(plan, mtime)) {
        uncompressedSize += chunk.length;
        yield chunk;
      }
    };
    if (plan.encoding === 'deflate') await gzipInto(counted(), raw, writer);
    else if (plan.encoding === 'huffman') await huffmanInto(counted(), raw, writer);
    else {
      for await (const chunk of counted()) {
        writer.push(chunk);
        await writer.flush(); // waiting here bounds memory to one chunk
      }
    }
    await writer.flush();
    size = writer.size;
    await temp?.handle.close();
  } catch (error) {
    if (temp) {
      await temp.handle.close().catch(() => undefined);
      await store.discard(temp.path);
    }
    throw error;
  }
  const diffId = `sha256:${raw.digest('hex')}`;
  const digest = gzip ? `sha256:${blob.digest('hex')}` : diffId;
  if (temp) await store.commit(temp.path, digest);
  return {
    digest,
    diffId,
    size,
    uncompressedSize,
    gzip,
    encoding: plan.encoding,
    files: plan.files.length,
    stored: keep,
    plan,
    mtime,
  };
}

/** Build layers with at most `concurrency` at once (gzip work runs on worker threads), keeping order. */
export async function writeLayers(
  plans: readonly LayerPlan[],
  mtime: number,
  store: BlobStore,
  concurrency: number,
  persist: boolean,
  onLayer?: (layer: BuiltLayer) => void,
): Promise<BuiltLayer[]> {
  return mapLimit(plans, concurrency, async (plan) => {
    const layer = await writeLayer(plan, mtime, store, persist);
    onLayer?.(layer);
    return layer;
  });
}
