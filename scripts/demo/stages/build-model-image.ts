/**
 * Demo stage for build-model-image: package the example's trained model/ into a local OCI image layout
 * (no registry, no Docker), then show the digest, the provenance labels, and what skopeo reads back.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { DemoContext } from '../context.js';

const execFileAsync = promisify(execFile);

interface Descriptor {
  digest: string;
}

async function blob<T>(layout: string, digest: string): Promise<T> {
  return JSON.parse(await readFile(join(layout, 'blobs', ...digest.split(':')), 'utf8')) as T;
}

export default async function buildModelImageStage(ctx: DemoContext): Promise<void> {
  if (!existsSync(join(ctx.repo, 'model'))) {
    // Earlier stages normally trained the model; train it here when run on its own.
    await ctx.exec(process.execPath, ['train.mjs']);
  }
  const args = [
    'build-model-image',
    '--model',
    'model',
    '--name',
    'churn',
    '--oci-layout',
    'build/model-image',
    '--metrics',
    'metrics.json',
    '--description',
    'Churn classifier (logistic regression) packaged by the mlops-actions demo',
  ];
  const result = await ctx.run(args);
  if (result.exitCode !== 0) throw new Error(`build-model-image failed:\n${result.stderr}`);
  ctx.print(`$ mlops ${args.join(' ')}`, result.stderr.split('\n### Model image')[0] ?? '');
  ctx.print('outputs', JSON.stringify(result.outputs, null, 2));

  const layout = join(ctx.repo, 'build', 'model-image');
  const manifest = await blob<{ config: Descriptor; layers: Descriptor[] }>(layout, result.outputs.digest!);
  const config = await blob<{ config: { Labels?: Record<string, string> } }>(layout, manifest.config.digest);
  ctx.print('image labels (provenance)', JSON.stringify(config.config.Labels ?? {}, null, 2));

  const tag = (JSON.parse(result.outputs.tags ?? '[]') as string[])[0] ?? 'latest';
  try {
    const { stdout } = await execFileAsync('skopeo', ['inspect', `oci:${layout}:${tag}`]);
    ctx.print(`$ skopeo inspect oci:build/model-image:${tag}`, stdout);
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    ctx.print(
      'skopeo',
      e.code === 'ENOENT' ? '(skopeo is not installed; skipped)' : `skopeo failed: ${e.message}`,
    );
  }
}
