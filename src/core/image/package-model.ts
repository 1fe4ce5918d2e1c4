import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { ConfigurationError } from '../errors.js';
import { PathPolicy } from '../fs/path-policy.js';
import type { Logger } from '../logger.js';
import { fetchBaseImages, parsePlatform, scratchBase, type BaseImage } from './base-image.js';
import { BlobStore } from './blob-store.js';
import { buildImage } from './build.js';
import type { RuntimeSettings } from './image-config.js';
import type { Compression } from './layer-plan.js';
import type { BuiltLayer } from './layer-writer.js';
import { formatPlatform } from './media-types.js';
import { collectModelFiles, modelSources, normaliseImageDir } from './model-files.js';
import { writeOciLayout } from './oci-layout.js';
import { provenanceLabels } from './provenance.js';
import type { GitRunner } from '../git/runner.js';
import { BlobPusher, fetchBaseBlob, pushImage, type PushResult } from './push.js';
import { parseImageReference } from '../oci/reference.js';
import { RegistryClient, type Credentials } from './registry-client.js';
import { detectVersion, imageTags } from './tags.js';

export interface PackageModelOptions {
  workspace: string;
  tempDir: string;
  model: readonly string[];
  name: string;
  modelDir: string | undefined;
  baseImage: string;
  image: string | undefined;
  tags: readonly string[];
  platforms: readonly string[];
  settings: RuntimeSettings;
  ociLayout: string | undefined;
  compression: Compression;
  maxLayerBytes: number;
  /** Target registry credentials (also used for a base image on the same registry). */
  credentials: Credentials | undefined;
  /** Seconds since the epoch for every timestamp in the image. */
  epoch: number;
  version: string | undefined;
  description: string | undefined;
  runId: string | undefined;
  metricsFile: string | undefined;
  /** Where track-experiment keeps run records, for provenance when `runId` is not given. */
  registry?: { git: GitRunner; branch: string };
  sourceUrl: string | undefined;
  sha: string | undefined;
  ref: string | undefined;
  concurrency: number;
  retryBaseMs: number | undefined;
  logger: Logger;
}

export interface PackageModelResult {
  digest: string;
  mediaType: string;
  imageRef: string | undefined;
  layout: string | undefined;
  tags: string[];
  size: number;
  platforms: string[];
  layers: BuiltLayer[];
  labels: Record<string, string>;
  pushed: PushResult | undefined;
}

/** Read inputs that need no I/O first, so bad input fails before anything is fetched or written. */
export function validate(options: PackageModelOptions) {
  if (!options.image && !options.ociLayout) {
    throw new ConfigurationError(
      "Input 'image' is required unless 'oci-layout' is given (push target or local layout).",
    );
  }
  if (options.model.length === 0)
    throw new ConfigurationError("Input 'model' is required: the model files or directories.");
  const target = options.image ? parseImageReference(options.image, 'image') : undefined;
  if (target?.digest)
    throw new ConfigurationError(`Input 'image': '${options.image}' must not contain a digest.`);
  const base =
    options.baseImage.trim() === '' || options.baseImage.trim() === 'scratch'
      ? undefined
      : parseImageReference(options.baseImage, 'base-image');
  const platforms = (options.platforms.length > 0 ? options.platforms : ['linux/amd64']).map(parsePlatform);
  const imageDir = normaliseImageDir(options.modelDir ?? `/models/${options.name}`, 'model-dir');
  const tags = imageTags({
    given: [...options.tags, ...(target?.tag ? [target.tag] : [])],
    name: options.name,
    version: options.version,
    sha: options.sha,
    ref: options.ref,
  });
  return { target, base, platforms, imageDir, tags };
}

/**
 * Package a model as an OCI image: collect the files, fetch the base, build reproducible layers and
 * the config/manifest, then write an OCI layout and/or push to the registry.
 */
export async function packageModel(options: PackageModelOptions): Promise<PackageModelResult> {
  const { target, base, platforms, imageDir, tags } = validate(options);
  const sources = modelSources(options.workspace, options.model);
  // The layout may be anywhere the workflow author says (e.g. runner.temp), never in .git.
  const layoutDir = options.ociLayout
    ? PathPolicy.forWorkspace(options.workspace).resolveInput(options.ociLayout, 'oci-layout', 'write')
    : undefined;
  const files = await collectModelFiles(sources, imageDir, options.workspace);

  const clientFor = (
    registry: string,
    access: Record<string, string>,
    credentials: Credentials | undefined,
  ) =>
    new RegistryClient({
      registry,
      access,
      credentials,
      logger: options.logger,
      retryBaseMs: options.retryBaseMs,
    });
  const sameRegistry = base && target && base.registry === target.registry;
  const targetAccess: Record<string, string> = target ? { [target.repository]: 'pull,push' } : {};
  if (sameRegistry && base.repository !== target.repository) targetAccess[base.repository] = 'pull';
  const targetClient = target ? clientFor(target.registry, targetAccess, options.credentials) : undefined;
  let bases: BaseImage[];
  if (base) {
    const baseClient =
      sameRegistry && targetClient
        ? targetClient
        : clientFor(base.registry, { [base.repository]: 'pull' }, undefined);
    options.logger.info(`Base image ${options.baseImage} for ${platforms.map(formatPlatform).join(', ')}`);
    bases = await fetchBaseImages(base, baseClient, platforms);
  } else {
    bases = platforms.map(scratchBase);
  }

  const labels = await imageLabels(options);
  const annotations = Object.fromEntries(
    Object.entries(labels).filter(([key]) => key.startsWith('org.opencontainers.image.')),
  );

  const scratchDir = join(options.tempDir, `mlops-image-${randomBytes(6).toString('hex')}`);
  const store = new BlobStore(layoutDir ? join(layoutDir, 'blobs') : join(scratchDir, 'blobs'));
  const pusher =
    target && targetClient
      ? new BlobPusher(targetClient, target.repository, store, options.logger)
      : undefined;
  const started = Date.now();
  try {
    const image = await buildImage({
      files,
      compression: options.compression,
      maxLayerBytes: options.maxLayerBytes,
      epoch: options.epoch,
      bases,
      settings: { ...options.settings, labels },
      annotations,
      store,
      concurrency: options.concurrency,
      persist: layoutDir !== undefined,
      // Upload each layer while the next ones are built (not when a layout is written: it comes first).
      onLayer: pusher && !layoutDir ? (blob) => void pusher.push(blob) : undefined,
      logger: options.logger,
    });
    options.logger.debug(`layers built in ${Date.now() - started} ms`);
    if (layoutDir) {
      for (const blob of image.blobs) if (blob.base) await fetchBaseBlob(blob, store);
      await writeOciLayout(layoutDir, image.top, tags);
      options.logger.info(
        `Wrote ${image.top.digest} to the OCI layout ${options.ociLayout} (${tags.join(', ')}).`,
      );
    }
    let pushed: PushResult | undefined;
    if (target && targetClient && pusher) {
      pushed = await pushImage(image, targetClient, target.repository, tags, pusher);
      options.logger.debug(`pushed ${Date.now() - started} ms after the build started`);
      options.logger.info(
        `Pushed ${target.registry}/${target.repository}@${image.top.digest} (${tags.join(', ')}).`,
      );
    }
    return {
      digest: image.top.digest,
      mediaType: image.top.mediaType,
      imageRef: target ? `${target.registry}/${target.repository}@${image.top.digest}` : undefined,
      layout: options.ociLayout,
      tags,
      size: image.size,
      platforms: platforms.map(formatPlatform),
      layers: image.layers,
      labels,
      pushed,
    };
  } finally {
    await rm(scratchDir, { recursive: true, force: true });
  }
}

/** Provenance labels with the user's labels on top. */
export async function imageLabels(options: PackageModelOptions): Promise<Record<string, string>> {
  return {
    ...(await provenanceLabels({
      workspace: options.workspace,
      name: options.name,
      version: detectVersionFrom(options),
      description: options.description,
      sourceUrl: options.sourceUrl,
      revision: options.sha,
      created: new Date(options.epoch * 1000).toISOString().replace('.000Z', 'Z'),
      runId: options.runId,
      metricsFile: options.metricsFile,
      registry: options.registry,
      logger: options.logger,
    })),
    ...options.settings.labels,
  };
}

function detectVersionFrom(options: PackageModelOptions): string | undefined {
  return detectVersion({ version: options.version, ref: options.ref, name: options.name });
}
