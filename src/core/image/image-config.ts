import type { BuiltLayer } from './layer-writer.js';
import type { Descriptor, MediaFamily, Platform } from './media-types.js';
import { configType, indexType, layerType, manifestType } from './media-types.js';

/** What the image runs with; only given fields override the base image's. */
export interface RuntimeSettings {
  env: Record<string, string>;
  entrypoint?: string[];
  cmd?: string[];
  workdir?: string;
  user?: string;
  labels: Record<string, string>;
}

type Json = Record<string, unknown>;

function mergeEnv(base: unknown, extra: Record<string, string>): string[] {
  const list = Array.isArray(base) ? base.map(String) : [];
  const keys = new Map(list.map((item, i) => [item.split('=')[0]!, i]));
  for (const [key, value] of Object.entries(extra)) {
    const index = keys.get(key);
    if (index === undefined) {
      keys.set(key, list.length);
      list.push(`${key}=${value}`);
    } else list[index] = `${key}=${value}`;
  }
  return list;
}

/**
 * The image config: the base's config (unknown fields kept) with our layers' diff_ids and history
 * appended, runtime settings applied, and every time field set to the one fixed build time.
 */
export function buildConfig(
  base: Json | undefined,
  platform: Platform,
  layers: readonly BuiltLayer[],
  settings: RuntimeSettings,
  created: string,
): Json {
  const config: Json = { ...(base ?? {}) };
  config.created = created;
  config.architecture = base?.architecture ?? platform.architecture;
  config.os = base?.os ?? platform.os;
  if (!base && platform.variant) config.variant = platform.variant;
  const runtime: Json = { ...((base?.config as Json | undefined) ?? {}) };
  const env = mergeEnv(runtime.Env, settings.env);
  if (env.length > 0) runtime.Env = env;
  if (settings.entrypoint) {
    runtime.Entrypoint = settings.entrypoint;
    // Like a Dockerfile ENTRYPOINT: the base's Cmd was meant for the base's entrypoint.
    if (!settings.cmd) delete runtime.Cmd;
  }
  if (settings.cmd) runtime.Cmd = settings.cmd;
  if (settings.workdir) runtime.WorkingDir = settings.workdir;
  if (settings.user) runtime.User = settings.user;
  const labels = { ...((runtime.Labels as Record<string, string> | undefined) ?? {}), ...settings.labels };
  if (Object.keys(labels).length > 0) runtime.Labels = labels;
  config.config = runtime;
  const rootfs = (base?.rootfs as { diff_ids?: string[] } | undefined) ?? {};
  config.rootfs = { type: 'layers', diff_ids: [...(rootfs.diff_ids ?? []), ...layers.map((l) => l.diffId)] };
  const history = Array.isArray(base?.history) ? [...(base.history as Json[])] : [];
  layers.forEach((layer, i) => {
    history.push({
      created,
      created_by: `mlops build-model-image: model layer ${i + 1}/${layers.length} (${layer.files} files${layer.gzip ? ', gzip' : ''})`,
    });
  });
  config.history = history;
  return config;
}

/** JSON bytes as pushed; the digest is over exactly these bytes. */
export function jsonBytes(value: unknown): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(value));
}

export function layerDescriptor(family: MediaFamily, layer: BuiltLayer): Descriptor {
  return { mediaType: layerType(family, layer.gzip), digest: layer.digest, size: layer.size };
}

export function buildManifest(
  family: MediaFamily,
  config: Descriptor,
  layers: readonly Descriptor[],
  annotations: Record<string, string>,
): Json {
  const manifest: Json = {
    schemaVersion: 2,
    mediaType: manifestType(family),
    config: { mediaType: configType(family), digest: config.digest, size: config.size },
    layers,
  };
  // Docker v2 schema 2 has no annotations field; OCI manifests carry the org.opencontainers labels too.
  if (family === 'oci' && Object.keys(annotations).length > 0) manifest.annotations = annotations;
  return manifest;
}

export function buildIndex(
  family: MediaFamily,
  manifests: readonly Descriptor[],
  annotations: Record<string, string>,
): Json {
  const index: Json = { schemaVersion: 2, mediaType: indexType(family), manifests };
  if (family === 'oci' && Object.keys(annotations).length > 0) index.annotations = annotations;
  return index;
}
