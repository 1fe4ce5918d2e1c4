/**
 * Demo stage for open-retrain-pr, as the scheduled-drift workflow runs it after the drifted batch: one
 * retraining pull request on "GitHub" (the API double), opened with a GitHub App token (so that the
 * train-on-pr workflow would run on it), carrying the drift evidence, the version in production and the new
 * data snapshot (data/batch.csv, from .mlops.yml retrain.data, pushed to the data remote). The body is read
 * back from the double's REST API; a rerun with the same evidence changes nothing.
 */
import { join } from 'node:path';
import { compactMarkdown } from '../compact.js';
import type { DemoContext } from '../context.js';
import { scheduleStep } from '../events.js';

interface PullRequest {
  number: number;
  title: string;
  body: string | null;
  head: { ref: string };
  labels: { name: string }[];
  user: { login: string };
}

export async function openRetrainPrStage(ctx: DemoContext): Promise<void> {
  const report = ctx.state.driftReport;
  if (!report) throw new Error('the drift stage did not run');
  const sha = (await ctx.exec('git', ['rev-parse', 'HEAD'])).trim();
  const args = [
    'open-retrain-pr',
    '--name',
    'churn',
    '--drift-report',
    report,
    '--remote',
    join(ctx.repo, '..', 'dvc-remote'),
    '--token',
    ctx.github.appToken,
  ];
  const step = async () =>
    ctx.run(args, await ctx.runner(scheduleStep(ctx, sha, { runId: 2002, job: 'retrain-request' })));
  const opened = await step();
  if (opened.exitCode !== 0) throw new Error(`open-retrain-pr failed:\n${opened.stderr}`);
  const o = opened.outputs;
  ctx.line(
    `$ mlops open-retrain-pr --name churn --drift-report ${report} --remote ../dvc-remote --token <app token>`,
  );
  ctx.line(
    `  ${o['pull-request-operation']} ${o['pull-request-url']} (${o['pull-request-branch']}): ${o.reason}`,
  );

  const pr = await ctx.github.get<PullRequest>(
    `/repos/${ctx.github.repository}/pulls/${o['pull-request-number']}`,
  );
  // The body ends with the drift report itself (shown by the drift stage above): stop at its rule.
  const lines = compactMarkdown(pr.body ?? '', 1000).split('\n');
  const rule = lines.indexOf('---');
  const shown =
    rule > 0
      ? [
          ...lines.slice(0, rule),
          `… then the drift report (as above; ${lines.length - rule - 1} lines not shown)`,
        ]
      : lines;
  ctx.print(
    `the retrain PR (GET /repos/${ctx.github.repository}/pulls/${pr.number}): "${pr.title}" by ${pr.user.login}, labels: ${pr.labels.map((l) => l.name).join(', ')}`,
    shown.join('\n'),
  );
  await ctx.saveReport('retrain-pr.md', pr.body ?? '');

  const rerun = await step();
  if (rerun.exitCode !== 0) throw new Error(`open-retrain-pr rerun failed:\n${rerun.stderr}`);
  ctx.line(
    `the same step again → ${rerun.outputs['pull-request-operation']} (one pull request, nothing rewritten)`,
  );
}
