import type { Hash } from 'node:crypto';
import { nodeCrypto } from '../lazy-crypto.js';
import { open } from 'node:fs/promises';

/**
 * File content hashes as DVC computes them. `md5` (DVC 3, `hash: md5`) is md5 of the bytes, like md5sum.
 * `md5-dos2unix` (DVC 2.x entries without `hash:`) turns CRLF into LF per 1 MiB chunk when the first 512
 * bytes look like text (dvc_data.hashfile.hash / istextfile); a CRLF split across two chunks stays.
 */
export type HashAlgorithm = 'md5' | 'md5-dos2unix';

export const CHUNK_SIZE = 1024 * 1024;
const TEXT_PROBE = 512;

/** dvc_data.hashfile.istextfile.istextblock: no NUL, at most 30% bytes outside printable ASCII + \n\r\t\f\b. */
export function isTextBlock(block: Uint8Array): boolean {
  if (block.length === 0) return true;
  let nonText = 0;
  for (const byte of block) {
    if (byte === 0) return false;
    if (
      (byte < 0x20 || byte > 0x7e) &&
      byte !== 0x0a &&
      byte !== 0x0d &&
      byte !== 0x09 &&
      byte !== 0x0c &&
      byte !== 0x08
    )
      nonText++;
  }
  return nonText / block.length <= 0.3;
}

/** CRLF → LF within one chunk. */
export function dos2unix(chunk: Uint8Array): Uint8Array {
  if (chunk.indexOf(0x0d) === -1) return chunk;
  const out = Buffer.allocUnsafe(chunk.length);
  let n = 0;
  for (let i = 0; i < chunk.length; i++) {
    const byte = chunk[i]!;
    if (byte === 0x0d && chunk[i + 1] === 0x0a) continue;
    out[n++] = byte;
  }
  return out.subarray(0, n);
}

/** An incremental hasher fed with chunks of any size; dos2unix mode re-chunks to DVC's 1 MiB reads. */
export class ContentHasher {
  private readonly md5: Hash = nodeCrypto().createHash('md5');
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private text: boolean | undefined;
  size = 0;

  constructor(readonly algorithm: HashAlgorithm) {}

  update(chunk: Uint8Array): void {
    this.size += chunk.length;
    if (this.algorithm === 'md5') {
      this.md5.update(chunk);
      return;
    }
    let rest = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    while (rest.length > 0) {
      const take = Math.min(CHUNK_SIZE - this.pendingBytes, rest.length);
      this.pending.push(Buffer.from(rest.subarray(0, take)));
      this.pendingBytes += take;
      rest = rest.subarray(take);
      if (this.pendingBytes === CHUNK_SIZE) this.flush();
    }
  }

  private flush(): void {
    if (this.pendingBytes === 0) return;
    const chunk = Buffer.concat(this.pending, this.pendingBytes);
    this.pending = [];
    this.pendingBytes = 0;
    if (this.text === undefined) this.text = isTextBlock(chunk.subarray(0, TEXT_PROBE));
    this.md5.update(this.text ? dos2unix(chunk) : chunk);
  }

  digest(): string {
    if (this.algorithm === 'md5-dos2unix') this.flush();
    return this.md5.digest('hex');
  }
}

/** Hash bytes already in memory. */
export function hashBytes(data: Uint8Array, algorithm: HashAlgorithm = 'md5'): string {
  const hasher = new ContentHasher(algorithm);
  hasher.update(data);
  return hasher.digest();
}

const READ_SIZE = 4 * CHUNK_SIZE;

/**
 * Stream a file through the hasher with bounded memory (two 4 MiB buffers). The next read runs on the
 * libuv thread pool while this thread hashes the previous chunk, so reading and hashing overlap.
 */
export async function hashFile(
  path: string,
  algorithm: HashAlgorithm,
): Promise<{ md5: string; size: number }> {
  const handle = await open(path, 'r');
  try {
    const hasher = new ContentHasher(algorithm);
    const buffers = [Buffer.allocUnsafe(READ_SIZE), Buffer.allocUnsafe(READ_SIZE)];
    let turn = 0;
    let pending = handle.read(buffers[0]!, 0, READ_SIZE, null);
    for (;;) {
      const { bytesRead, buffer } = await pending;
      if (bytesRead === 0) break;
      turn ^= 1;
      pending = handle.read(buffers[turn]!, 0, READ_SIZE, null);
      hasher.update(buffer.subarray(0, bytesRead));
    }
    return { md5: hasher.digest(), size: hasher.size };
  } finally {
    await handle.close();
  }
}
