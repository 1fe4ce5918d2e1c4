import { createHash, randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';

/** sha256 digest of bytes, `sha256:<hex>`. */
export function sha256Digest(bytes: Uint8Array): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}

/**
 * Content-addressed blobs on disk (`<dir>/sha256/<hex>`), the layout of an OCI image layout's `blobs/`.
 * Blobs are written to a temporary file while hashed and renamed into place once complete, so a blob
 * path never holds partial content.
 */
export class BlobStore {
  constructor(readonly dir: string) {}

  path(digest: string): string {
    const [algorithm, hex] = digest.split(':');
    return join(this.dir, algorithm!, hex!);
  }

  async size(digest: string): Promise<number | undefined> {
    try {
      return (await stat(this.path(digest))).size;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  }

  async createTemp(): Promise<{ path: string; handle: FileHandle }> {
    await mkdir(join(this.dir, 'sha256'), { recursive: true });
    const path = join(this.dir, 'sha256', `.tmp-${randomBytes(8).toString('hex')}`);
    return { path, handle: await open(path, 'wx') };
  }

  /** Move a finished temporary file to its digest's path (same content already there is fine). */
  async commit(tempPath: string, digest: string): Promise<void> {
    await rename(tempPath, this.path(digest));
  }

  async discard(tempPath: string): Promise<void> {
    await rm(tempPath, { force: true });
  }

  async putBytes(bytes: Uint8Array): Promise<string> {
    const digest = sha256Digest(bytes);
    if ((await this.size(digest)) === bytes.length) return digest;
    const temp = await this.createTemp();
    try {
      await temp.handle.writeFile(bytes);
      await temp.handle.close();
      await this.commit(temp.path, digest);
    } catch (error) {
      await temp.handle.close().catch(() => undefined);
      await this.discard(temp.path);
      throw error;
    }
    return digest;
  }
}
