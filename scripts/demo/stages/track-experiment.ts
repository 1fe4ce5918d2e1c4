/**
 * Demo stage for track-experiment: record a baseline run on main (a push), then open a pull request that
 * lowers the L2 penalty, train on GitHub's merge-preview commit and record that run as the pull_request
 * workflow would: track-experiment posts its sticky comment to "GitHub" (the API double), and the comment
 * is read back from the double's REST API. Then the leaderboard from the registry branch.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { compactMarkdown } from '../compact.js';
import type { DemoContext } from '../context.js';
import { pushStep } from '../events.js';

const SERIES = ['loss', 'val_loss', 'val_accuracy'].map((s) => `dvclive/plots/metrics/${s}.tsv`);
const BRANCH = 'lower-l2';

/** The track-experiment step of the demo's workflows (train-on-pr, and on push to main). */
export function trackArgs(): string[] {
  return [
    'track-experiment',
    '--name',
    'churn',
    '--metrics',
    'metrics.json',
    ...SERIES.flatMap((s) => ['--metrics', s]),
    '--params',
    'params.yaml',
    '--artifacts',
    'model',
    '--quiet',
    'true',
  ];
}

export async function trackExperimentStage(ctx: DemoContext): Promise<void> {
  const node = process.execPath;
  const mainSha = (await ctx.exec('git', ['rev-parse', 'HEAD'])).trim();
  const parent = (await ctx.exec('git', ['rev-parse', 'HEAD~1'])).trim();

  // 1. Baseline: train on main and record it, as the push to main did.
  await ctx.exec(node, ['train.mjs']);
  const baseline = await ctx.run(
    trackArgs(),
    await ctx.runner(pushStep(ctx, { before: parent, after: mainSha }, { runId: 1001, job: 'train' })),
  );
  if (baseline.exitCode !== 0) throw new Error(`track-experiment on main failed:\n${baseline.stderr}`);
  ctx.line(`push to main → train → mlops track-experiment: run ${baseline.outputs['run-id']}`);

  // 2. A pull request lowering the L2 penalty; GitHub opens it and makes refs/pull/1/merge.
  await ctx.exec('git', ['checkout', '-q', '-b', BRANCH]);
  const params = await readFile(join(ctx.repo, 'params.yaml'), 'utf8');
  await writeFile(join(ctx.repo, 'params.yaml'), params.replace(/\bl2: [\d.]+/, 'l2: 0.0001'));
  await ctx.exec('git', ['commit', '-q', '-m', 'Lower the L2 penalty to 0.0001', '--', 'params.yaml']);
  await ctx.exec('git', ['push', '-q', 'origin', BRANCH]);
  const headSha = (await ctx.exec('git', ['rev-parse', 'HEAD'])).trim();
  const number = 1;
  ctx.github.openPullRequest({
    number,
    title: 'Lower the L2 penalty',
    head: BRANCH,
    headSha,
    baseSha: mainSha,
  });
  const mergePreview = (
    await ctx.exec('git', [
      'commit-tree',
      `${headSha}^{tree}`,
      '-p',
      mainSha,
      '-p',
      headSha,
      '-m',
      `Merge ${headSha} into ${mainSha}`,
    ])
  ).trim();
  await ctx.exec('git', ['push', '-q', 'origin', `${mergePreview}:refs/pull/${number}/merge`]);
  ctx.state.prNumber = number;

  // 3. The pull_request workflow: actions/checkout checks out the merge preview, trains, tracks, comments.
  await ctx.exec('git', ['checkout', '-q', '--detach', mergePreview]);
  await ctx.exec(node, ['train.mjs']);
  const repository = { full_name: ctx.github.repository, default_branch: 'main' };
  const pr = await ctx.run(
    trackArgs(),
    await ctx.runner({
      event: 'pull_request',
      payload: {
        action: 'opened',
        number,
        pull_request: {
          number,
          head: { ref: BRANCH, sha: headSha, repo: repository },
          base: { ref: 'main', sha: mainSha, repo: repository },
        },
        repository,
      },
      sha: mergePreview,
      ref: `refs/pull/${number}/merge`,
      runId: 1002,
      job: 'train',
    }),
  );
  if (pr.exitCode !== 0) throw new Error(`track-experiment on the pull request failed:\n${pr.stderr}`);
  ctx.line(
    `pull request #${number} → train on refs/pull/${number}/merge → mlops track-experiment: run ${pr.outputs['run-id']}, comment ${pr.outputs['comment-url']}`,
  );

  const comments = await ctx.github.get<{ body: string; user: { login: string } }[]>(
    `/repos/${ctx.github.repository}/issues/${number}/comments`,
  );
  if (comments.length !== 1) throw new Error(`expected one comment on #${number}, found ${comments.length}`);
  const body = comments[0]!.body;
  ctx.print(
    `the PR comment (GET /repos/${ctx.github.repository}/issues/${number}/comments, by ${comments[0]!.user.login}; charts shortened)`,
    compactMarkdown(body, 45),
  );
  await ctx.saveReport('pr-comment.md', body);

  // 4. The leaderboard, read from the registry branch without any server.
  const best = await ctx.mlops(['experiments', 'best', '--metric', 'auc']);
  if (best.exitCode !== 0) throw new Error(`mlops experiments best failed:\n${best.stderr}`);
  ctx.print('$ mlops experiments best --metric auc   (the leaderboard)', best.stdout);

  await ctx.exec('git', ['checkout', '-q', 'main']);
}
