import { availableParallelism } from 'node:os';
import { exec } from '@actions/exec';
import { z } from 'zod';
import { code } from '../core/report/markdown.js';
import { defineAction } from '../adapter/action.js';
import { inputs } from '../adapter/inputs.js';
import { ConfigurationError } from '../core/errors.js';
import { resolveInWorkspace } from '../core/fs/workspace-path.js';
import { parseCommand } from '../core/image/command.js';
import { packageWithDocker } from '../core/image/docker-package.js';
import { packageModel, type PackageModelOptions } from '../core/image/package-model.js';
import { parseImageReference } from '../core/image/reference.js';
import { imageSummary } from '../core/image/summary.js';

export const buildModelImageSchema = z.object({
  model: inputs.list(),
  name: inputs.string(),
  'model-dir': inputs.optionalString(),
  'base-image': inputs.optionalString(),
  image: inputs.optionalString(),
  tags: inputs.list({ splitSpaces: true }),
  platform: inputs.list({ splitSpaces: true }),
  entrypoint: inputs.raw(),
  cmd: inputs.raw(),
  env: inputs.keyValues(),
  workdir: inputs.optionalString(),
  user: inputs.optionalString(),
  labels: inputs.keyValues(),
  'oci-layout': inputs.optionalString(),
  compression: inputs.choice(['auto', 'gzip', 'none'], 'auto'),
  engine: inputs.choice(['native', 'docker'], 'native'),
  'max-layer-size': inputs.integer(512, 1, 10_000),
  version: inputs.optionalString(),
  description: inputs.optionalString(),
  'run-id': inputs.optionalString(),
  metrics: inputs.optionalString(),
  'registry-username': inputs.optionalString(),
  'registry-password': inputs.optionalString(),
  'github-token': inputs.optionalString(),
});

/** SOURCE_DATE_EPOCH, else the commit time of HEAD, else 0: never the current time. */
async function buildEpoch(git: { text(args: string[]): Promise<string> }): Promise<number> {
  const given = process.env.SOURCE_DATE_EPOCH?.trim();
  if (given) {
    if (!/^\d+$/.test(given))
      throw new ConfigurationError(`SOURCE_DATE_EPOCH must be whole seconds since 1970, got '${given}'.`);
    return Number(given);
  }
  try {
    const time = await git.text(['log', '-1', '--format=%ct', 'HEAD']);
    return /^\d+$/.test(time) ? Number(time) : 0;
  } catch {
    return 0; // not a git checkout: a fixed time still keeps builds reproducible
  }
}

export const buildModelImage = defineAction({
  name: 'build-model-image',
  schema: buildModelImageSchema,
  run: async (input, ctx) => {
    const { env, host } = ctx;
    const image = input.image ?? ctx.config.image?.image;
    const registry = image ? parseImageReference(image, 'image').registry : undefined;
    const ghcr = registry === 'ghcr.io';
    const username = input['registry-username'] ?? (ghcr ? env.actor : undefined);
    // The GitHub token only ever goes to ghcr.io; other registries get exactly what the user passed.
    const githubToken = input['github-token'] ?? process.env.GITHUB_TOKEN;
    if (githubToken) host.setSecret(githubToken);
    const password = input['registry-password'] ?? (ghcr ? githubToken : undefined);
    if (password) host.setSecret(password);
    if (password && !username) {
      throw new ConfigurationError(
        "Input 'registry-username' is required when 'registry-password' is given.",
      );
    }
    let metricsFile: string | undefined;
    if (input.metrics) metricsFile = await resolveInWorkspace(env.workspace, input.metrics, 'metrics');
    else metricsFile = await resolveInWorkspace(env.workspace, 'metrics.json', 'metrics');
    const retry = Number(process.env.MLOPS_HTTP_RETRY_BASE_MS);
    const options: PackageModelOptions = {
      workspace: env.workspace,
      tempDir: env.temp,
      model: input.model,
      name: input.name,
      modelDir: input['model-dir'],
      baseImage: input['base-image'] ?? ctx.config.image?.['base-image'] ?? 'scratch',
      image,
      tags: input.tags,
      platforms: input.platform,
      settings: {
        env: input.env,
        entrypoint: parseCommand(input.entrypoint, 'entrypoint'),
        cmd: parseCommand(input.cmd, 'cmd'),
        workdir: input.workdir,
        user: input.user,
        labels: input.labels,
      },
      ociLayout: input['oci-layout'],
      compression: input.compression as 'auto' | 'gzip' | 'none',
      maxLayerBytes: input['max-layer-size'] * 1024 * 1024,
      credentials: username && password ? { username, password } : undefined,
      epoch: await buildEpoch(ctx.git()),
      version: input.version,
      description: input.description,
      runId: input['run-id'],
      metricsFile,
      registry: { git: ctx.git(), branch: ctx.config.registry?.branch ?? 'mlops/registry' },
      sourceUrl: env.repository ? `${env.serverUrl}/${env.repository}` : undefined,
      sha: env.sha,
      ref: env.ref,
      concurrency: Math.max(2, availableParallelism()),
      retryBaseMs: Number.isFinite(retry) && retry > 0 ? retry : undefined,
      logger: host,
    };
    const result =
      input.engine === 'docker'
        ? await packageWithDocker(options, (args) => exec('docker', args, { ignoreReturnCode: true }))
        : await packageModel(options);
    host.setOutput('digest', result.digest);
    host.setOutput('image-ref', result.imageRef ?? '');
    host.setOutput('tags', result.tags);
    host.setOutput('size', result.size);
    await host.appendSummary(
      imageSummary({ name: input.name, ...result }),
      `the image config of ${code(result.digest)} (every label) and the step's outputs`,
    );
  },
});
