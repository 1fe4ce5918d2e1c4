import { availableParallelism } from 'node:os';
import { exec } from '@actions/exec';
import { z } from 'zod';
import { code } from '../core/report/markdown.js';
import { defineAction } from '../adapter/action.js';
import { fromConfig } from '../adapter/config-inputs.js';
import { inputs } from '../adapter/inputs.js';
import { registryCredentials } from '../adapter/registry-credentials.js';
import { ConfigurationError } from '../core/errors.js';
import { PathPolicy } from '../core/fs/path-policy.js';
import { GitCommands } from '../core/git/commands.js';
import type { GitRunner } from '../core/git/runner.js';
import { parseCommand } from '../core/image/command.js';
import { packageWithDocker } from '../core/image/docker-package.js';
import { packageModel, type PackageModelOptions } from '../core/image/package-model.js';
import { parseImageReference } from '../core/oci/reference.js';
import { imageSummary } from '../core/image/summary.js';
import { resolveRegistryBranch } from '../core/registry/branch.js';

export const buildModelImageSchema = z.object({
  model: inputs.list(),
  name: inputs.string(),
  'model-dir': inputs.optionalString(),
  'base-image': fromConfig('image.base-image', inputs.text('scratch')),
  image: fromConfig('image.image', inputs.optionalString(), {
    otherwise: 'none (only oci-layout is written)',
  }),
  tags: inputs.list({ splitSpaces: true }),
  platform: inputs.list({ splitSpaces: true, fallback: ['linux/amd64'] }),
  entrypoint: inputs.raw(),
  cmd: inputs.raw(),
  env: inputs.keyValues(),
  workdir: inputs.optionalString(),
  user: inputs.optionalString(),
  labels: inputs.keyValues({ singleLineValues: true }),
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
async function buildEpoch(given: string | undefined, git: GitRunner): Promise<number> {
  if (given) {
    if (!/^\d+$/.test(given))
      throw new ConfigurationError(`SOURCE_DATE_EPOCH must be whole seconds since 1970, got '${given}'.`);
    return Number(given);
  }
  try {
    const time = await new GitCommands(git).commitTime('HEAD');
    return Number.isInteger(time) && time >= 0 ? time : 0;
  } catch {
    return 0; // not a git checkout: a fixed time still keeps builds reproducible
  }
}

export const buildModelImage = defineAction({
  name: 'build-model-image',
  github: false, // never calls the GitHub API: its runs skip loading the client
  schema: buildModelImageSchema,
  run: async (input, ctx) => {
    const { env, host } = ctx;
    const image = input.image;
    const registry = image ? parseImageReference(image, 'image').registry : undefined;
    // The GitHub token only ever goes to ghcr.io; other registries get exactly what the user passed.
    const credentials = registryCredentials(ctx, registry, {
      username: input['registry-username'],
      password: input['registry-password'],
      githubToken: input['github-token'],
    });
    const metricsFile = PathPolicy.forWorkspace(env.workspace).resolveInput(
      input.metrics ?? 'metrics.json',
      'metrics',
    );
    const options: PackageModelOptions = {
      workspace: env.workspace,
      tempDir: env.temp,
      model: input.model,
      name: input.name,
      modelDir: input['model-dir'],
      baseImage: input['base-image'],
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
      compression: input.compression,
      maxLayerBytes: input['max-layer-size'] * 1024 * 1024,
      credentials,
      epoch: await buildEpoch(env.sourceDateEpoch, ctx.git()),
      version: input.version,
      description: input.description,
      runId: input['run-id'],
      metricsFile,
      registry: { git: ctx.git(), branch: resolveRegistryBranch(undefined, ctx.config.registry) },
      sourceUrl: env.repository ? `${env.serverUrl}/${env.repository}` : undefined,
      sha: env.sha,
      ref: env.ref,
      concurrency: Math.max(2, availableParallelism()),
      retryBaseMs: env.tuning.httpRetryBaseMs,
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
