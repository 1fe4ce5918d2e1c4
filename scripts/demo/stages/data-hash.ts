/**
 * Demo stage for data-hash: track the training set the way `dvc add` would, show the pointer and outputs,
 * push to a local-directory remote, change the data, and show what `status` reports.
 */
import { appendFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DemoContext } from '../context.js';

function outputs(result: { outputs: Record<string, string> }): string {
  const hashes = result.outputs.hashes ? (JSON.parse(result.outputs.hashes) as unknown) : {};
  return JSON.stringify({ ...result.outputs, hashes }, null, 2);
}

export default async function dataHashStage(ctx: DemoContext): Promise<void> {
  const added = await ctx.run(['data-hash', 'add', '--paths', 'data/train.csv']);
  if (added.exitCode !== 0) throw new Error(`data-hash add failed:\n${added.stderr}`);
  ctx.print('$ mlops data-hash add --paths data/train.csv', added.stderr);
  ctx.print('data/train.csv.dvc', await readFile(join(ctx.repo, 'data', 'train.csv.dvc'), 'utf8'));
  ctx.print('data/.gitignore', await readFile(join(ctx.repo, 'data', '.gitignore'), 'utf8'));
  ctx.print('outputs', outputs(added));

  const remote = join(ctx.repo, '..', 'dvc-remote');
  const pushed = await ctx.run(['data-hash', 'push', '--remote', remote]);
  if (pushed.exitCode !== 0) throw new Error(`data-hash push failed:\n${pushed.stderr}`);
  ctx.print(`$ mlops data-hash push --remote ${remote}`, pushed.stderr);

  await ctx.exec('git', ['add', 'data/train.csv.dvc', 'data/.gitignore', '.dvc/.gitignore']);
  await ctx.exec('git', ['rm', '-q', '--cached', 'data/train.csv']);
  await ctx.exec('git', ['commit', '-q', '-m', 'Track data/train.csv with data-hash']);
  ctx.print('$ git show --stat HEAD', await ctx.exec('git', ['show', '--stat', '--format=%s', 'HEAD']));

  // New rows arrive: the data no longer matches its pointer.
  const batch = (await readFile(join(ctx.repo, 'data', 'batch.csv'), 'utf8'))
    .split('\n')
    .slice(1, 6)
    .join('\n');
  await appendFile(join(ctx.repo, 'data', 'train.csv'), `${batch}\n`);
  const status = await ctx.run(['data-hash', 'status']);
  ctx.print('$ mlops data-hash status   (after appending 5 rows)', status.stderr);
  ctx.print('outputs', outputs(status));
  const verify = await ctx.run(['data-hash', 'verify']);
  ctx.print(
    `$ mlops data-hash verify   → exit ${verify.exitCode} (a CI gate)`,
    verify.stderr
      .split('\n')
      .filter((line) => line.startsWith('error'))
      .join('\n'),
  );

  // Put the committed version back (later stages use the original training set): pull restores from the cache.
  const pulled = await ctx.run(['data-hash', 'pull', '--remote', remote]);
  if (pulled.exitCode !== 0) throw new Error(`data-hash pull failed:\n${pulled.stderr}`);
  const after = await ctx.run(['data-hash', 'status']);
  ctx.print('$ mlops data-hash pull && mlops data-hash status', `${pulled.stderr}\n${after.stderr}`);
}
