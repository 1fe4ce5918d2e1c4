/**
 * Demo stage for gated-deploy, as the merge-to-deploy workflow runs it on the merge commit: production
 * first (blocked: the policy wants the version in staging first), then staging, then production. Each
 * decision table is the job summary; the promotions pin the image digest into the manifests (one commit
 * each on main), push the GTO tags and deployment records, and make GitHub deployments and, for
 * production, a release on "GitHub" (the API double). Then the pin commits' diff and the GTO state.
 */
import { readFile } from 'node:fs/promises';
import { compactMarkdown } from '../compact.js';
import type { CliResult, DemoContext } from '../context.js';
import { mergePushStep } from '../events.js';

interface Deployment {
  id: number;
  environment: string;
  statuses_url: string;
}

async function deploy(
  ctx: DemoContext,
  environment: string,
  runId: number,
): Promise<{ result: CliResult; summary: string }> {
  const summaryFile = ctx.summaryFile(`deploy-${environment}`);
  const result = await ctx.run(
    [
      'gated-deploy',
      '--name',
      'churn',
      '--environment',
      environment,
      '--image',
      ctx.state.image!,
      '--summary',
      summaryFile,
    ],
    await ctx.runner(mergePushStep(ctx, { runId, job: `deploy-${environment}` })),
  );
  const summary = await readFile(summaryFile, 'utf8').catch(() => '');
  return { result, summary };
}

/** The command, what it did in one line, and its job summary: the decision table. */
function showDecision(
  ctx: DemoContext,
  environment: string,
  { result, summary }: Awaited<ReturnType<typeof deploy>>,
) {
  const o = result.outputs;
  ctx.line('');
  ctx.line(
    `$ mlops gated-deploy --name churn --environment ${environment} --image ${ctx.state.image!.slice(0, 40)}…`,
  );
  if (result.exitCode !== 0) {
    ctx.line(
      `  exit ${result.exitCode}: ${result.stderr.split('\n').find((l) => l.startsWith('error:')) ?? ''}`,
    );
  } else {
    const tags = (JSON.parse(o.tags ?? '[]') as string[]).join(' ');
    ctx.line(`  exit 0: ${o.decision}, ${o.version}; pushed ${tags} and ${o['record-path']}`);
  }
  ctx.print(`the job summary (${environment})`, compactMarkdown(summary, 30));
}

export async function gatedDeployStage(ctx: DemoContext): Promise<void> {
  const merge = ctx.state.mergeSha;
  if (!merge || !ctx.state.image) throw new Error('the merge and image stages did not run');

  const early = await deploy(ctx, 'production', 1003);
  if (early.result.exitCode === 0) throw new Error('production before staging was not blocked');
  showDecision(ctx, 'production', early);

  const staging = await deploy(ctx, 'staging', 1003);
  if (staging.result.exitCode !== 0) throw new Error(`staging was not deployed:\n${staging.result.stderr}`);
  showDecision(ctx, 'staging', staging);

  const production = await deploy(ctx, 'production', 1004);
  if (production.result.exitCode !== 0)
    throw new Error(`production was not deployed:\n${production.result.stderr}`);
  showDecision(ctx, 'production', production);
  await ctx.saveReport('deploy-summary.md', production.summary);

  const deployments = await ctx.github.get<Deployment[]>(`/repos/${ctx.github.repository}/deployments`);
  const states = await Promise.all(
    deployments.map(async (d) => {
      const [status] = await ctx.github.get<{ state: string }[]>(
        `/repos/${ctx.github.repository}/deployments/${d.id}/statuses`,
      );
      return `${d.environment} #${d.id} ${status?.state ?? 'no status'}`;
    }),
  );
  const release = await ctx.github.get<{ tag_name: string; name: string }>(
    `/repos/${ctx.github.repository}/releases/latest`,
  );
  ctx.line(
    `GitHub: deployments ${states.reverse().join(', ')} · latest release ${release.tag_name} ("${release.name}")`,
  );

  // What the promotions committed: the image digest in each environment's manifests, nothing else.
  await ctx.exec('git', ['pull', '-q', '--ff-only', 'origin', 'main']);
  await ctx.exec('git', ['fetch', '-q', '--tags', 'origin']);
  const log = await ctx.exec('git', ['log', '--format=%h %s', `${merge}..HEAD`]);
  const diff = await ctx.exec('git', ['diff', '--no-color', merge, 'HEAD']);
  ctx.print(
    `$ git log --oneline ${merge.slice(0, 7)}..main && git diff ${merge.slice(0, 7)} main`,
    `${log}\n${diff}`,
  );

  const show = await ctx.mlops(['models', 'show', 'churn']);
  if (show.exitCode !== 0) throw new Error(`mlops models show failed:\n${show.stderr}`);
  ctx.print('$ mlops models show churn   (the GTO state, from the git tags)', show.stdout);
}
