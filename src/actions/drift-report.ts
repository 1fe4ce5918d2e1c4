import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { code } from '../core/report/markdown.js';
import { defineAction } from '../adapter/action.js';
import { fromConfig } from '../adapter/config-inputs.js';
import { inputs } from '../adapter/inputs.js';
import { gitWithPushToken } from '../adapter/push-token-git.js';
import { ConfigurationError } from '../core/errors.js';
import { logValue } from '../core/log-text.js';
import { driftGrouping, pushMetrics } from '../core/drift/pushgateway.js';
import { runDriftReport } from '../core/drift/run-report.js';
import { CORRECTIONS, DEFAULT_DRIFT_SHARE, mergeSettings } from '../core/drift/settings.js';
import { buildDriftRecord, driftRunKey, identifyInput } from '../core/drift/build-drift-record.js';
import { GitCommands } from '../core/git/commands.js';
import { checkBranchName, DEFAULT_REGISTRY_BRANCH } from '../core/registry/branch.js';
import { checkSegment, storeDriftRecord } from '../core/registry/drift-records.js';
import type { ActionContext } from '../adapter/action.js';
import type { DriftRunResult } from '../core/drift/run-report.js';

export const driftReportSchema = z.object({
  reference: inputs.string(),
  current: inputs.string(),
  columns: inputs.list({ splitSpaces: true }),
  'column-types': inputs.keyValues(),
  tests: inputs.keyValues(),
  thresholds: inputs.keyValues(),
  'drift-share': fromConfig('drift.drift-share', inputs.number(0, 1, DEFAULT_DRIFT_SHARE)),
  correction: fromConfig('drift.correction', inputs.choice(CORRECTIONS, 'none')),
  'report-dir': inputs.text('drift-report'),
  'fail-on-drift': inputs.boolean(false),
  'pushgateway-url': inputs.optionalString(),
  'pushgateway-job': inputs.text('mlops_drift_report'),
  record: inputs.boolean(false),
  token: inputs.optionalString(),
  'registry-branch': fromConfig('registry.branch', inputs.text(DEFAULT_REGISTRY_BRANCH)),
  'dataset-name': inputs.text('default'),
});

type DriftReportInputs = z.infer<typeof driftReportSchema>;

/** Where the drift record goes; checked before the report runs, so a bad name writes nothing. */
function recordTarget(input: DriftReportInputs, ctx: ActionContext): { branch: string; dataset: string } {
  return {
    branch: checkBranchName(
      input['registry-branch'],
      ctx.inputSource('registry-branch') === 'config' ? '.mlops.yml registry.branch' : 'registry-branch',
    ),
    dataset: checkSegment(input['dataset-name'], 'dataset-name'),
  };
}

/** `record: true`: append the compact drift record to the registry branch; returns its path there. */
async function recordDrift(
  input: DriftReportInputs,
  ctx: ActionContext,
  result: DriftRunResult,
  { branch, dataset }: { branch: string; dataset: string },
): Promise<string> {
  const git = new GitCommands(await gitWithPushToken(ctx, input.token));
  const head = await git.revParse('HEAD');
  const { workspace } = ctx.env;
  const record = buildDriftRecord(
    result.report,
    {
      reference: await identifyInput(workspace, input.reference, 'reference', result.report.reference.rows),
      current: await identifyInput(workspace, input.current, 'current', result.report.current.rows),
    },
    {
      dataset,
      run: driftRunKey(ctx.env.runId, ctx.env.job, randomBytes(3).toString('hex')),
      commit: ctx.env.sha ?? head,
      ref: ctx.env.ref,
      repository: ctx.env.repository,
      runUrl: ctx.env.runUrl,
    },
  );
  const stored = await storeDriftRecord(git, record, {
    location: { remote: 'origin', branch },
    tempDir: ctx.env.temp,
    logger: ctx.host,
  });
  if (!stored.unchanged) {
    ctx.host.info(`Recorded drift at ${stored.path} on '${branch}' (${stored.commit!.slice(0, 7)}).`);
  }
  return stored.path;
}

export const driftReport = defineAction({
  name: 'drift-report',
  github: false, // never calls the GitHub API: its runs skip loading the client
  schema: driftReportSchema,
  async run(input, ctx) {
    const pushUrl = input['pushgateway-url'];
    if (pushUrl) {
      try {
        const password = new URL(pushUrl).password;
        if (password) ctx.host.setSecret(decodeURIComponent(password));
      } catch {
        // an invalid URL is reported by the push below, after the report is written
      }
    }
    const target = input.record ? recordTarget(input, ctx) : undefined;
    const settings = mergeSettings(ctx.config.drift, {
      columns: input.columns,
      columnTypes: input['column-types'],
      tests: input.tests,
      thresholds: input.thresholds,
      driftShare: input['drift-share'],
      correction: input.correction,
    });
    const result = await runDriftReport({
      workspace: ctx.env.workspace,
      reference: input.reference,
      current: input.current,
      reportDir: input['report-dir'],
      settings,
      logger: ctx.host,
    });
    const { summary } = result.report;
    const drifted = result.report.columns.filter((c) => c.drifted).map((c) => c.name);
    ctx.host.setOutput('drift-detected', summary.datasetDrift);
    ctx.host.setOutput('drift-share', summary.share);
    ctx.host.setOutput('drifted-columns', drifted);
    ctx.host.setOutput('report-json', result.files.json);
    ctx.host.setOutput('report-markdown', result.files.markdown);
    ctx.host.setOutput('metrics-file', result.files.metrics);
    ctx.host.info(
      `Drift: ${summary.drifted} of ${summary.tested} columns drifted (share ${summary.share}); dataset drift: ${summary.datasetDrift}. Report in ${result.files.markdown}.`,
    );
    const warnings = result.report.findings.filter((f) => f.severity === 'warning');
    for (const f of warnings.slice(0, 10))
      ctx.host.warning(`drift-report: column '${logValue(f.column)}': ${logValue(f.message)}`);
    if (warnings.length > 10)
      ctx.host.warning(
        `drift-report: ${warnings.length - 10} more data-quality warnings in ${result.files.json}.`,
      );
    await ctx.host.appendSummary(
      result.markdown,
      `${code(result.files.markdown)} and ${code(result.files.json)} in the workspace (keep them with actions/upload-artifact)`,
    );
    ctx.host.setOutput('record-path', target ? await recordDrift(input, ctx, result, target) : '');
    if (pushUrl) {
      const target = await pushMetrics(result.metrics, {
        url: pushUrl,
        job: input['pushgateway-job'],
        grouping: driftGrouping(ctx.env.repository, input['dataset-name']),
      });
      ctx.host.info(`Pushed drift metrics to ${new URL(target).origin}.`);
    }
    if (input['fail-on-drift'] && summary.datasetDrift) {
      throw new ConfigurationError(
        `Dataset drift detected: ${summary.drifted} of ${summary.tested} columns drifted (${(summary.share * 100).toFixed(1)}% ≥ ${(result.report.settings.driftShare * 100).toFixed(1)}%): ${drifted.map(logValue).join(', ')}. See ${result.files.markdown}.`,
      );
    }
  },
});
