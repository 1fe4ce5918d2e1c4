import { z } from 'zod';
import { defineAction } from '../adapter/action.js';
import { inputs } from '../adapter/inputs.js';
import { ConfigurationError } from '../core/errors.js';
import { pushMetrics } from '../core/drift/pushgateway.js';
import { runDriftReport } from '../core/drift/run-report.js';
import { mergeSettings, type Correction } from '../core/drift/settings.js';

export const driftReportSchema = z.object({
  reference: inputs.string(),
  current: inputs.string(),
  columns: inputs.list({ splitSpaces: true }),
  'column-types': inputs.keyValues(),
  tests: inputs.keyValues(),
  thresholds: inputs.keyValues(),
  'drift-share': inputs.number(0, 1),
  correction: inputs.choice(['none', 'bonferroni', 'benjamini-hochberg'], 'none'),
  'report-dir': inputs.optionalString(),
  'fail-on-drift': inputs.boolean(false),
  'pushgateway-url': inputs.optionalString(),
  'pushgateway-job': inputs.optionalString(),
});

export const driftReport = defineAction({
  name: 'drift-report',
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
    const settings = mergeSettings(ctx.config.drift, {
      columns: input.columns,
      columnTypes: input['column-types'],
      tests: input.tests,
      thresholds: input.thresholds,
      driftShare: input['drift-share'],
      // The input's default 'none' must not hide a correction set in .mlops.yml.
      correction: input.correction === 'none' ? undefined : (input.correction as Correction),
    });
    const result = await runDriftReport({
      workspace: ctx.env.workspace,
      reference: input.reference,
      current: input.current,
      reportDir: input['report-dir'] ?? 'drift-report',
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
      ctx.host.warning(`drift-report: column '${f.column}': ${f.message}`);
    if (warnings.length > 10)
      ctx.host.warning(
        `drift-report: ${warnings.length - 10} more data-quality warnings in ${result.files.json}.`,
      );
    await ctx.host.appendSummary(result.markdown);
    if (pushUrl) {
      const target = await pushMetrics(result.metrics, {
        url: pushUrl,
        job: input['pushgateway-job'] ?? 'mlops_drift_report',
        grouping: ctx.env.repository ? { repository: ctx.env.repository } : {},
      });
      ctx.host.info(`Pushed drift metrics to ${new URL(target).origin}.`);
    }
    if (input['fail-on-drift'] && summary.datasetDrift) {
      throw new ConfigurationError(
        `Dataset drift detected: ${summary.drifted} of ${summary.tested} columns drifted (${(summary.share * 100).toFixed(1)}% ≥ ${(result.report.settings.driftShare * 100).toFixed(1)}%): ${drifted.join(', ')}. See ${result.files.markdown}.`,
      );
    }
  },
});
