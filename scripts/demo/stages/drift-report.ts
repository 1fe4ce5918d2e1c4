/**
 * Demo stage for drift-report: the training set (through its .dvc pointer when the data-hash stage made
 * one, i.e. the tracked version from the DVC cache) against the shifted scoring batch; prints the outputs
 * and the markdown report as the job summary would show it.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DemoContext } from '../context.js';

export default async function driftReportStage(ctx: DemoContext): Promise<void> {
  const reference = existsSync(join(ctx.repo, 'data', 'train.csv.dvc'))
    ? 'data/train.csv.dvc'
    : 'data/train.csv';
  // customer_id is a key, not a feature: leave it out.
  const columns =
    'tenure_months,monthly_charges,total_charges,contract,payment_method,support_calls,has_internet,churned';
  const args = [
    'drift-report',
    '--reference',
    reference,
    '--current',
    'data/batch.csv',
    '--columns',
    columns,
  ];
  const result = await ctx.run(args);
  if (result.exitCode !== 0) throw new Error(`drift-report failed:\n${result.stderr}`);
  ctx.print(`$ mlops ${args.join(' ')}`, JSON.stringify(result.outputs, null, 2));
  const markdown = await readFile(
    join(ctx.repo, result.outputs['report-markdown'] ?? 'drift-report/report.md'),
    'utf8',
  );
  ctx.print('drift-report/report.md (the job summary)', markdown);
  await ctx.saveReport('drift-report.md', markdown);
  const metrics = await readFile(
    join(ctx.repo, result.outputs['metrics-file'] ?? 'drift-report/metrics.prom'),
    'utf8',
  );
  ctx.print(
    'drift-report/metrics.prom (first lines)',
    metrics
      .split('\n')
      .filter((line) => !line.startsWith('#'))
      .slice(0, 8)
      .join('\n'),
  );
}
