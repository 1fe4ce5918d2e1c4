import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../fs/atomic-write.js';
import { ConfigurationError } from '../errors.js';
import { MEDIA, type Descriptor } from './media-types.js';

const REF_NAME = 'org.opencontainers.image.ref.name';

/**
 * Record an image in an OCI image layout (blobs are already under `<dir>/blobs`): write `oci-layout` and
 * add one index.json entry per tag, replacing entries with the same tag so reruns stay idempotent.
 */
export async function writeOciLayout(dir: string, image: Descriptor, tags: readonly string[]): Promise<void> {
  const indexPath = join(dir, 'index.json');
  let manifests: Descriptor[] = [];
  try {
    const existing = JSON.parse(await readFile(indexPath, 'utf8')) as { manifests?: Descriptor[] };
    manifests = existing.manifests ?? [];
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      throw new ConfigurationError(
        `Input 'oci-layout': ${indexPath} exists but is not a readable OCI index: ${(error as Error).message}`,
      );
    }
  }
  const names = new Set(tags);
  manifests = manifests.filter((m) => !names.has(m.annotations?.[REF_NAME] ?? '\0'));
  for (const tag of tags) {
    manifests.push({
      mediaType: image.mediaType,
      digest: image.digest,
      size: image.size,
      annotations: { [REF_NAME]: tag },
    });
  }
  await writeFileAtomic(join(dir, 'oci-layout'), `${JSON.stringify({ imageLayoutVersion: '1.0.0' })}\n`);
  await writeFileAtomic(
    indexPath,
    `${JSON.stringify({ schemaVersion: 2, mediaType: MEDIA.ociIndex, manifests }, null, 2)}\n`,
  );
}
