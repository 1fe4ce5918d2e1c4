/**
 * Demo stages for drift-report, as the scheduled-drift workflow runs it: the training set (the version its
 * .dvc pointer names, from the DVC cache) against a scoring batch, recorded on the registry branch
 * (`record: true`, dataset churn-batch). The first batch, before deployment, looks like the training data
 * (the production drift gate reads that record); the newer one has drifted, and its report is shown.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { compactMarkdown } from '../compact.js';
import type { CliResult, DemoContext } from '../context.js';
import { scheduleStep } from '../events.js';

const DATASET = 'churn-batch';

async function scheduledDrift(ctx: DemoContext, current: string, runId: number): Promise<CliResult> {
  const sha = (await ctx.exec('git', ['rev-parse', 'HEAD'])).trim();
  // customer_id is left out by .mlops.yml (drift.columns.customer_id.ignore).
  const result = await ctx.run(
    [
      'drift-report',
      '--reference',
      'data/train.csv.dvc',
      '--current',
      current,
      '--record',
      'true',
      '--dataset-name',
      DATASET,
    ],
    await ctx.runner(scheduleStep(ctx, sha, { runId, job: 'drift' })),
  );
  if (result.exitCode !== 0) throw new Error(`drift-report on ${current} failed:\n${result.stderr}`);
  return result;
}

const verdict = (o: Record<string, string>) =>
  `${(JSON.parse(o['drifted-columns'] ?? '[]') as string[]).length} column(s) drifted, share ${o['drift-share']}, dataset drift ${o['drift-detected']}`;

export async function firstBatchStage(ctx: DemoContext): Promise<void> {
  const result = await scheduledDrift(ctx, 'data/batch-early.csv', 2001);
  ctx.line(
    `$ mlops drift-report --reference data/train.csv.dvc --current data/batch-early.csv --record true --dataset-name ${DATASET}`,
  );
  ctx.line(`  ${verdict(result.outputs)} → recorded ${result.outputs['record-path']}`);
}

export async function driftReportStage(ctx: DemoContext): Promise<void> {
  await ctx.exec('git', ['pull', '-q', '--ff-only', 'origin', 'main']);
  const result = await scheduledDrift(ctx, 'data/batch.csv', 2002);
  ctx.state.driftReport = result.outputs['report-json'];
  ctx.line(
    `$ mlops drift-report --reference data/train.csv.dvc --current data/batch.csv --record true --dataset-name ${DATASET}`,
  );
  ctx.line(`  ${verdict(result.outputs)} → recorded ${result.outputs['record-path']}`);
  const markdown = await readFile(join(ctx.repo, result.outputs['report-markdown']!), 'utf8');
  ctx.print('drift-report/report.md (the job summary; charts shortened)', compactMarkdown(markdown, 30));
  await ctx.saveReport('drift-report.md', markdown);
  const metrics = await readFile(join(ctx.repo, result.outputs['metrics-file']!), 'utf8');
  const dataset = metrics.split('\n').filter((l) => /^mlops_drift_(dataset|share)/.test(l));
  ctx.print('drift-report/metrics.prom (for a Pushgateway; dataset lines)', dataset.join('\n'));
}
