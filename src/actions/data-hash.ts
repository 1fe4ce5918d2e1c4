import { existsSync, realpathSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'zod';
import { code } from '../core/report/markdown.js';
import { defineAction } from '../adapter/action.js';
import { inputs } from '../adapter/inputs.js';
import { ConfigurationError } from '../core/errors.js';
import { resolveInWorkspace } from '../core/fs/workspace-path.js';
import { runDataHash } from '../core/hashing/data-hash.js';
import { dataHashSummary } from '../core/hashing/summary.js';

export const dataHashSchema = z.object({
  command: inputs.choice(['add', 'status', 'verify', 'push', 'pull'], 'status'),
  paths: inputs.list({ splitSpaces: true }),
  'cache-dir': inputs.optionalString(),
  remote: inputs.optionalString(),
  'endpoint-url': inputs.optionalString(),
  jobs: inputs.integer(4, 1, 64),
  'working-directory': inputs.optionalString(),
});

export const dataHash = defineAction({
  name: 'data-hash',
  schema: dataHashSchema,
  run: async (input, ctx) => {
    const env = process.env;
    const root = input['working-directory']
      ? await resolveInWorkspace(ctx.env.workspace, input['working-directory'], 'working-directory')
      : ctx.env.workspace;
    const data = ctx.config.data;
    const reportPath = join(ctx.env.temp, 'mlops-data-hash', `${input.command}-report-${process.pid}.json`);
    let failure: unknown;
    const result = await runDataHash({
      command: input.command as 'add' | 'status' | 'verify' | 'push' | 'pull',
      root,
      paths: input.paths.length > 0 ? input.paths : (data?.paths ?? []),
      cacheDir: input['cache-dir'] ?? data?.['cache-dir'],
      remote: input.remote ?? data?.remote,
      endpointUrl: input['endpoint-url'] ?? (env.AWS_ENDPOINT_URL_S3 || env.AWS_ENDPOINT_URL || undefined),
      region: env.AWS_REGION || env.AWS_DEFAULT_REGION || undefined,
      jobs: input.jobs,
      logger: ctx.host,
      reportPath,
    }).catch((error: unknown) => {
      failure = error;
      return undefined;
    });
    if (existsSync(reportPath)) ctx.host.setOutput('report', reportPath);
    if (!result) throw failure;
    ctx.host.setOutput('hashes', result.hashes);
    ctx.host.setOutput('changed', result.changed);
    await ctx.host.appendSummary(
      dataHashSummary(result),
      existsSync(reportPath) ? `${code(reportPath)} (the step's \`report\` output)` : undefined,
    );
    for (const added of result.added) {
      if (added.legacyKept)
        ctx.host.info(`${added.path}: unchanged DVC 2.x entry in ${added.pointer} kept as it is.`);
    }
    const bad = result.statuses.filter((s) => s.status !== 'unchanged');
    for (const s of bad) {
      const message = `${s.path}: ${s.status} — ${s.detail}`;
      if (input.command === 'verify')
        ctx.host.annotate(
          'error',
          message,
          // Annotations name files relative to the workspace, not to working-directory.
          s.pointer
            ? {
                file: relative(realpathSync(ctx.env.workspace), join(realpathSync(root), s.pointer)),
                line: s.line,
              }
            : {},
        );
      else ctx.host.info(message);
    }
    if (input.command === 'verify' && bad.length > 0) {
      throw new ConfigurationError(
        `verify: ${bad.length} of ${result.statuses.length} tracked output(s) do not match their pointers (${bad
          .map((s) => `${s.path}: ${s.status}`)
          .join('; ')}).`,
      );
    }
  },
});
