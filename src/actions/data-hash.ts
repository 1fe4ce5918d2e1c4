import { existsSync, realpathSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { z } from 'zod';
import { code } from '../core/report/markdown.js';
import { defineAction } from '../adapter/action.js';
import { fromConfig } from '../adapter/config-inputs.js';
import { inputs } from '../adapter/inputs.js';
import { ConfigurationError } from '../core/errors.js';
import { PathPolicy, type PathOrigin } from '../core/fs/path-policy.js';
import { GitCommands } from '../core/git/commands.js';
import { runDataHash } from '../core/hashing/data-hash.js';
import { refuseGitTracked } from '../core/hashing/scm-tracked.js';
import { logValue } from '../core/log-text.js';
import { dataHashSummary } from '../core/hashing/summary.js';

export const dataHashSchema = z.object({
  command: inputs.choice(['add', 'status', 'verify', 'push', 'pull'], 'status'),
  paths: fromConfig('data.paths', inputs.list({ splitSpaces: true }), {
    otherwise: 'every *.dvc pointer in the repository',
  }),
  'cache-dir': fromConfig('data.cache-dir', inputs.optionalString(), {
    otherwise: 'the cache configured in .dvc/config, else .dvc/cache',
  }),
  remote: fromConfig('data.remote', inputs.optionalString(), {
    otherwise: 'the default remote in .dvc/config',
  }),
  'endpoint-url': inputs.optionalString(),
  jobs: fromConfig('data.jobs', inputs.integer(4, 1, 64)),
  'working-directory': inputs.optionalString(),
});

export const dataHash = defineAction({
  name: 'data-hash',
  github: false, // never calls the GitHub API: its runs skip loading the client
  schema: dataHashSchema,
  run: async (input, ctx) => {
    // The workflow author's working directory may be anywhere (e.g. a second checkout in RUNNER_TEMP).
    const root = input['working-directory']
      ? PathPolicy.forWorkspace(ctx.env.workspace).resolveInput(
          input['working-directory'],
          'working-directory',
        )
      : ctx.env.workspace;
    const from = (name: string): PathOrigin =>
      ctx.inputSource(name) === 'config' ? { file: '.mlops.yml', what: `data.${name}` } : { input: name };
    if (input.command === 'add') {
      const git = new GitCommands(ctx.git(root));
      const top = await git.topLevel().catch(() => undefined);
      if (top) {
        const what = ctx.inputSource('paths') === 'config' ? '.mlops.yml data.paths' : "Input 'paths'";
        await refuseGitTracked(
          git,
          top,
          input.paths.map((p) => resolve(root, p)),
          what,
        );
      }
    }
    const reportPath = join(ctx.env.temp, 'mlops-data-hash', `${input.command}-report-${process.pid}.json`);
    let failure: unknown;
    const result = await runDataHash({
      command: input.command,
      root,
      paths: input.paths,
      pathsFrom: from('paths'),
      cacheDir: input['cache-dir'],
      cacheDirFrom: from('cache-dir'),
      remote: input.remote,
      remoteFrom: from('remote'),
      endpointUrl: input['endpoint-url'] ?? ctx.env.aws.endpointUrl,
      region: ctx.env.aws.region,
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
        ctx.host.info(
          `${logValue(added.path)}: unchanged DVC 2.x entry in ${logValue(added.pointer)} kept as it is.`,
        );
    }
    const bad = result.statuses.filter((s) => s.status !== 'unchanged');
    for (const s of bad) {
      const message = `${logValue(s.path)}: ${s.status} — ${logValue(s.detail)}`;
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
          .map((s) => `${logValue(s.path)}: ${s.status}`)
          .join('; ')}).`,
      );
    }
  },
});
