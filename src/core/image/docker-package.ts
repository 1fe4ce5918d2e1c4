import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { ConfigurationError } from '../errors.js';
import { dockerBuildPlan } from './docker-engine.js';
import { formatPlatform } from './media-types.js';
import { collectModelFiles, modelSources } from './model-files.js';
import { imageLabels, validate, type PackageModelOptions, type PackageModelResult } from './package-model.js';

/** Runs `docker <args>` and resolves with its exit code (the action passes @actions/exec). */
export type DockerRunner = (args: string[]) => Promise<number>;

/**
 * `engine: docker`: stage the model files and a generated Dockerfile, then `docker buildx build --push`.
 * Needs a runner with Docker and a prior `docker login` (e.g. docker/login-action).
 */
export async function packageWithDocker(
  options: PackageModelOptions,
  docker: DockerRunner,
): Promise<PackageModelResult> {
  const { target, base, platforms, imageDir, tags } = validate(options);
  if (!target) throw new ConfigurationError("Input 'image' is required with engine: docker.");
  if (options.ociLayout)
    throw new ConfigurationError(
      "Input 'oci-layout' is not supported with engine: docker; use engine: native.",
    );
  const files = await collectModelFiles(
    modelSources(options.workspace, options.model),
    imageDir,
    options.workspace,
  );
  const labels = await imageLabels(options);
  const contextDir = join(options.tempDir, `mlops-docker-${randomBytes(6).toString('hex')}`);
  const repository = `${target.registry}/${target.repository}`;
  const plan = dockerBuildPlan({
    files,
    imageDir,
    baseImage: base ? options.baseImage : 'scratch',
    settings: { ...options.settings, labels },
    platforms: platforms.map(formatPlatform),
    refs: tags.map((tag) => `${repository}:${tag}`),
    push: true,
    contextDir,
    metadataFile: join(contextDir, 'metadata.json'),
  });
  try {
    for (const item of plan.stage) {
      const dest = join(contextDir, item.contextPath);
      await mkdir(dirname(dest), { recursive: true });
      await copyFile(item.source, dest);
    }
    await writeFile(join(contextDir, 'Dockerfile'), plan.dockerfile);
    const code = await docker(plan.args);
    if (code !== 0)
      throw new ConfigurationError(`docker buildx build failed (exit ${code}); see the log above.`);
    const metadata = JSON.parse(await readFile(join(contextDir, 'metadata.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    const reported = metadata['containerimage.digest'];
    const digest = typeof reported === 'string' ? reported : '';
    const size = files.reduce((sum, file) => sum + file.size, 0);
    return {
      digest,
      mediaType: '',
      imageRef: digest ? `${repository}@${digest}` : undefined,
      layout: undefined,
      tags,
      size,
      platforms: platforms.map(formatPlatform),
      layers: [],
      labels,
      pushed: undefined,
    };
  } finally {
    await rm(contextDir, { recursive: true, force: true });
  }
}
