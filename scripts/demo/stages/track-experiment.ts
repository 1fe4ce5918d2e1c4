/**
 * Demo stage for track-experiment: record a baseline run on main (as on a push), then a run with a changed
 * learning rate on a branch (as on a pull request, with `comment: never` since there is no GitHub here),
 * print the report the PR comment would carry, and the leaderboard from the registry branch.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DemoContext } from '../context.js';

const REPOSITORY = 'example/churn-model';
const SERIES = ['loss', 'val_loss', 'val_accuracy'].map((s) => `dvclive/plots/metrics/${s}.tsv`);

function trackArgs(extra: string[]): string[] {
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
    ...extra,
  ];
}

export async function trackExperimentStage(ctx: DemoContext): Promise<void> {
  const scratch = await mkdtemp(join(tmpdir(), 'mlops-demo-track-'));
  try {
    const node = process.execPath;
    const eventFile = join(scratch, 'event.json');
    const summaryFile = join(scratch, 'summary.md');
    const mainSha = (await ctx.exec('git', ['rev-parse', 'HEAD'])).trim();

    // 1. Baseline: train on main and record it as a push to main would.
    await ctx.exec(node, ['train.mjs']);
    await writeFile(
      eventFile,
      JSON.stringify({ ref: 'refs/heads/main', after: mainSha, repository: { full_name: REPOSITORY } }),
    );
    const pushEnv = {
      GITHUB_EVENT_NAME: 'push',
      GITHUB_EVENT_PATH: eventFile,
      GITHUB_SHA: mainSha,
      GITHUB_REF: 'refs/heads/main',
      GITHUB_REPOSITORY: REPOSITORY,
      GITHUB_RUN_ID: '1001',
      GITHUB_JOB: 'train',
    };
    const baseline = await ctx.run(trackArgs(['--tags', 'trigger=push', '--quiet', 'true']), pushEnv);
    if (baseline.exitCode !== 0) throw new Error(`track-experiment on main failed:\n${baseline.stderr}`);
    ctx.print('recorded the baseline run on main', JSON.stringify(baseline.outputs, null, 2));

    // 2. A pull request that raises the learning rate: branch, train, record with a pull_request context.
    await ctx.exec('git', ['checkout', '-q', '-b', 'tune-learning-rate']);
    const params = await readFile(join(ctx.repo, 'params.yaml'), 'utf8');
    await writeFile(
      join(ctx.repo, 'params.yaml'),
      params.replace(/learning_rate: [\d.]+/, 'learning_rate: 0.2'),
    );
    await ctx.exec('git', ['commit', '-q', '-m', 'Raise the learning rate', '--', 'params.yaml']);
    await ctx.exec('git', ['push', '-q', 'origin', 'tune-learning-rate']);
    const headSha = (await ctx.exec('git', ['rev-parse', 'HEAD'])).trim();
    await ctx.exec(node, ['train.mjs']);
    const repo = { full_name: REPOSITORY };
    await writeFile(
      eventFile,
      JSON.stringify({
        action: 'synchronize',
        number: 1,
        pull_request: {
          number: 1,
          base: { ref: 'main', sha: mainSha, repo },
          head: { ref: 'tune-learning-rate', sha: headSha, repo },
        },
        repository: repo,
      }),
    );
    const pr = await ctx.run(trackArgs(['--comment', 'never', '--summary', summaryFile, '--quiet', 'true']), {
      ...pushEnv,
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_SHA: headSha,
      GITHUB_REF: 'refs/pull/1/merge',
      GITHUB_RUN_ID: '1002',
    });
    if (pr.exitCode !== 0) throw new Error(`track-experiment on the pull request failed:\n${pr.stderr}`);
    ctx.print('recorded the pull-request run', JSON.stringify(pr.outputs, null, 2));
    const comment = await readFile(summaryFile, 'utf8');
    ctx.print('job summary = the pull-request comment (markdown)', comment);
    await ctx.saveReport('pr-comment.md', comment);

    // 3. The leaderboard, read from the registry branch without any server.
    ctx.print(
      'mlops experiments list',
      await ctx.exec(node, [
        join(import.meta.dirname, '..', '..', '..', 'dist', 'mlops.js'),
        'experiments',
        'list',
      ]),
    );
    ctx.print(
      'mlops experiments best --metric auc',
      await ctx.exec(node, [
        join(import.meta.dirname, '..', '..', '..', 'dist', 'mlops.js'),
        'experiments',
        'best',
        '--metric',
        'auc',
      ]),
    );

    // Leave the repository as later stages expect it: main checked out, trained on main's params.
    await ctx.exec('git', ['checkout', '-q', 'main']);
    await ctx.exec(node, ['train.mjs']);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

export default trackExperimentStage;
