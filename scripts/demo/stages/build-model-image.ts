/**
 * Demo stage for build-model-image, as the merge-to-deploy workflow runs it on the merge commit: package
 * model/ into an OCI image with provenance labels (the run of the commit, its data hashes and metrics) and
 * push it to the local docker-registry — or, without one, write the OCI layout only; gated-deploy then pins
 * the digest the layout holds, under the name the image would have in a real registry.
 */
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { DemoContext } from '../context.js';
import { mergePushStep } from '../events.js';

const execFileAsync = promisify(execFile);
const LAYOUT = 'build/model-image';
/** Where the image would live without the local registry (nothing is pushed there). */
const FALLBACK_REPOSITORY = 'ghcr.io/example/churn-model';

async function layoutLabels(repo: string, digest: string): Promise<Record<string, string>> {
  const blob = async <T>(d: string) =>
    JSON.parse(await readFile(join(repo, LAYOUT, 'blobs', ...d.split(':')), 'utf8')) as T;
  const manifest = await blob<{ config: { digest: string } }>(digest);
  const config = await blob<{ config: { Labels?: Record<string, string> } }>(manifest.config.digest);
  return config.config.Labels ?? {};
}

export async function buildModelImageStage(ctx: DemoContext): Promise<void> {
  const merge = ctx.state.mergeSha;
  if (!merge) throw new Error('the merge stage did not run');
  const host = ctx.registry.host;
  const args = [
    'build-model-image',
    '--model',
    'model',
    '--name',
    'churn',
    '--oci-layout',
    LAYOUT,
    ...(host ? ['--image', `${host}/example/churn-model`, '--tags', merge.slice(0, 7)] : []),
    '--metrics',
    'metrics.json',
    '--description',
    'Churn classifier (logistic regression) packaged by the mlops-actions demo',
  ];
  const result = await ctx.run(args, await ctx.runner(mergePushStep(ctx, { runId: 1003, job: 'image' })));
  if (result.exitCode !== 0) throw new Error(`build-model-image failed:\n${result.stderr}`);
  const digest = result.outputs.digest!;
  const image = host ? result.outputs['image-ref']! : `${FALLBACK_REPOSITORY}@${digest}`;
  ctx.state.image = image;
  const labels = await layoutLabels(ctx.repo, digest);
  const shown = ['run-id', 'experiment', 'data.data/train.csv', 'metric.auc'].map(
    (k) => `${k}=${labels[`org.mlops-actions.${k}`] ?? '(none)'}`,
  );
  ctx.line(
    `$ mlops build-model-image --model model --name churn ${host ? `--image ${host}/example/churn-model ` : ''}--oci-layout ${LAYOUT} …`,
  );
  ctx.line(`  ${image}`);
  ctx.line(`  provenance labels: ${shown.join(' · ')}`);
  if (host) await inspectWithSkopeo(ctx, `${host}/example/churn-model`, digest);
}

/** An independent reader: skopeo sees the pushed image and its labels in the registry (when installed). */
async function inspectWithSkopeo(ctx: DemoContext, repository: string, digest: string): Promise<void> {
  let stdout: string;
  try {
    ({ stdout } = await execFileAsync('skopeo', [
      'inspect',
      '--tls-verify=false',
      `docker://${repository}@${digest}`,
    ]));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  const inspected = JSON.parse(stdout) as { Digest: string; Labels?: Record<string, string> };
  const same = inspected.Digest === digest ? 'the same digest' : `ANOTHER digest ${inspected.Digest}`;
  ctx.line(
    `  $ skopeo inspect docker://${repository}@${digest.slice(0, 19)}… → ${same}, ${Object.keys(inspected.Labels ?? {}).length} labels`,
  );
}
