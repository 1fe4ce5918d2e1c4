import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../fs/atomic-write.js';
import { ConfigurationError } from '../errors.js';
import { sha256Digest } from './blob-store.js';
import { configLabels, labelledChild, type ManifestJson } from './inspect.js';
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

/** A blob of the layout, verified against its digest; undefined when the layout does not hold it. */
async function readBlob(dir: string, digest: string): Promise<Buffer | undefined> {
  const m = /^sha256:([a-f0-9]{64})$/.exec(digest);
  if (!m) return undefined;
  let bytes: Buffer;
  try {
    bytes = await readFile(join(dir, 'blobs', 'sha256', m[1]!));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  if (sha256Digest(bytes) !== digest) {
    throw new ConfigurationError(
      `The OCI layout ${dir} is damaged: blob ${digest} does not match its digest.`,
    );
  }
  return bytes;
}

function parseBlob(bytes: Buffer, dir: string, digest: string): Record<string, unknown> {
  try {
    return JSON.parse(bytes.toString('utf8')) as Record<string, unknown>;
  } catch {
    throw new ConfigurationError(`The OCI layout ${dir}: blob ${digest} is not JSON.`);
  }
}

/**
 * The labels of the image `digest` (a manifest, or an index: its linux/amd64 image, else its first) in the
 * OCI image layout `dir`, as the registry inspector reads them; undefined when the layout does not hold it.
 */
export async function readLayoutLabels(
  dir: string,
  digest: string,
): Promise<Record<string, string> | undefined> {
  try {
    await readFile(join(dir, 'oci-layout'));
  } catch {
    throw new ConfigurationError(`${dir} is not an OCI image layout (it has no oci-layout file).`);
  }
  let top = await readBlob(dir, digest);
  if (!top) return undefined;
  let manifest = parseBlob(top, dir, digest) as ManifestJson;
  if (manifest.manifests) {
    const child = labelledChild(manifest.manifests);
    top = child ? await readBlob(dir, child) : undefined;
    if (!top) return child ? undefined : {};
    manifest = parseBlob(top, dir, child!);
  }
  const configDigest = manifest.config?.digest;
  if (!configDigest) return {};
  const config = await readBlob(dir, configDigest);
  return config ? configLabels(parseBlob(config, dir, configDigest)) : undefined;
}
