/**
 * Demo stage for data-hash: track the training set the way `dvc add` would, push it to a local-directory
 * remote, commit the pointer in place of the data, and show `verify` failing as a CI gate once the data no
 * longer matches its pointer (then `pull` puts the tracked version back).
 */
import { appendFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DemoContext } from '../context.js';

export async function dataHashStage(ctx: DemoContext): Promise<void> {
  // The example's data came in with its first commit; data-hash add refuses data git tracks (as `dvc add`
  // does), so stop tracking it first, as its error says.
  await ctx.exec('git', ['rm', '-q', '--cached', 'data/train.csv']);
  const added = await ctx.run(['data-hash', 'add', '--paths', 'data/train.csv']);
  if (added.exitCode !== 0) throw new Error(`data-hash add failed:\n${added.stderr}`);
  ctx.print(
    '$ mlops data-hash add --paths data/train.csv   → data/train.csv.dvc',
    await readFile(join(ctx.repo, 'data', 'train.csv.dvc'), 'utf8'),
  );

  const remote = join(ctx.repo, '..', 'dvc-remote');
  const pushed = await ctx.run(['data-hash', 'push', '--remote', remote]);
  if (pushed.exitCode !== 0) throw new Error(`data-hash push failed:\n${pushed.stderr}`);
  await ctx.exec('git', ['add', 'data/train.csv.dvc', 'data/.gitignore', '.dvc/.gitignore']);
  await ctx.exec('git', ['commit', '-q', '-m', 'Track data/train.csv with data-hash']);
  await ctx.exec('git', ['push', '-q', 'origin', 'main']);
  ctx.line(
    `$ mlops data-hash push --remote ../dvc-remote && git commit   (the pointer replaces the data in git)`,
  );

  // New rows arrive: the data no longer matches its pointer, and verify fails the job.
  const batch = (await readFile(join(ctx.repo, 'data', 'batch.csv'), 'utf8')).split('\n').slice(1, 6);
  await appendFile(join(ctx.repo, 'data', 'train.csv'), `${batch.join('\n')}\n`);
  const verify = await ctx.run(['data-hash', 'verify']);
  const error = verify.stderr.split('\n').find((l) => l.startsWith('error')) ?? '';
  ctx.line(`$ mlops data-hash verify   (after appending 5 rows) → exit ${verify.exitCode}: ${error}`);
  const pulled = await ctx.run(['data-hash', 'pull', '--remote', remote]);
  if (pulled.exitCode !== 0) throw new Error(`data-hash pull failed:\n${pulled.stderr}`);
  const again = await ctx.run(['data-hash', 'verify']);
  ctx.line(
    `$ mlops data-hash pull && mlops data-hash verify → exit ${again.exitCode} (the tracked version is back)`,
  );
}
