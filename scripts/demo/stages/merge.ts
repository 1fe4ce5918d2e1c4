/**
 * Demo stage: the pull request is merged (a merge commit, as GitHub's merge button makes one), and the
 * push to main trains and records the run of the merge commit itself — the choice the merge-to-deploy
 * workflow makes, so build-model-image's provenance and gated-deploy find a run of exactly that commit.
 */
import type { DemoContext } from '../context.js';
import { mergePushStep } from '../events.js';
import { trackArgs } from './track-experiment.js';

export async function mergeStage(ctx: DemoContext): Promise<void> {
  const number = ctx.state.prNumber;
  if (number === undefined) throw new Error('the pull request stage did not run');
  const before = (await ctx.exec('git', ['rev-parse', 'HEAD'])).trim();
  await ctx.exec('git', [
    'merge',
    '-q',
    '--no-ff',
    'lower-l2',
    '-m',
    `Merge pull request #${number} from example/lower-l2`,
  ]);
  await ctx.exec('git', ['push', '-q', 'origin', 'main']);
  ctx.github.mergePullRequest(number);
  const merge = (await ctx.exec('git', ['rev-parse', 'HEAD'])).trim();
  ctx.state.mergeSha = merge;
  ctx.state.mergeBefore = before;

  await ctx.exec(process.execPath, ['train.mjs']);
  const tracked = await ctx.run(
    trackArgs(),
    await ctx.runner(mergePushStep(ctx, { runId: 1003, job: 'train' })),
  );
  if (tracked.exitCode !== 0) throw new Error(`track-experiment on main failed:\n${tracked.stderr}`);
  ctx.line(
    `merged #${number} as ${merge.slice(0, 7)} → train → mlops track-experiment: run ${tracked.outputs['run-id']}`,
  );
}
