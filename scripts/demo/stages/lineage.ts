/**
 * Demo stage for `mlops lineage`: the production model traced back from git alone — data md5s, the run,
 * the image digest and labels, GTO versions and stages, deployments and releases, drift since. A build
 * without the subcommand (exit 2, "unknown command") gets one line instead.
 */
import type { DemoContext } from '../context.js';

export async function lineageStage(ctx: DemoContext): Promise<void> {
  await ctx.exec('git', ['fetch', '-q', '--tags', 'origin']);
  // GITHUB_API_URL and the token, so that releases can be read from "GitHub" when lineage asks for them.
  const env = {
    GITHUB_API_URL: ctx.github.url,
    GITHUB_REPOSITORY: ctx.github.repository,
    GITHUB_TOKEN: ctx.github.workflowToken,
  };
  const result = await ctx.mlops(['lineage', 'churn#production'], env);
  if (result.exitCode === 2 && /unknown command/i.test(result.stderr)) {
    ctx.line('lineage: not available in this build');
    return;
  }
  if (result.exitCode !== 0)
    throw new Error(`mlops lineage failed (exit ${result.exitCode}):\n${result.stderr}`);
  ctx.print('$ mlops lineage churn#production', result.stdout);
}
