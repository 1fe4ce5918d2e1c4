import { z } from 'zod';
import { type ActionContext, defineAction } from '../adapter/action.js';
import { fromConfig } from '../adapter/config-inputs.js';
import { inputs } from '../adapter/inputs.js';
import { gitWithPushToken } from '../adapter/push-token-git.js';
import type { RunnerEnv } from '../adapter/runner-env.js';
import { CommentNotPermittedError, upsertStickyComment } from '../adapter/sticky-comment.js';
import { errorMessage, isConfigurationError } from '../core/errors.js';
import { PathPolicy } from '../core/fs/path-policy.js';
import { logValue } from '../core/log-text.js';
import {
  COMMENT_LIMIT,
  commentMarker,
  recordPlace,
  renderReport,
  SUMMARY_LIMIT,
} from '../core/experiments/report.js';
import { type RunContext, trackRun } from '../core/experiments/track.js';
import { GitCommands } from '../core/git/commands.js';
import { checkBranchName, DEFAULT_REGISTRY_BRANCH } from '../core/registry/branch.js';
import { parseModelReference } from '../core/registry/gto/reference.js';
import type { PullRequestRef } from '../core/registry/run-records.js';

const REMOTE = 'origin';

export const trackExperimentSchema = z.object({
  name: inputs.string(),
  metrics: inputs.list(),
  params: inputs.list(),
  tags: inputs.keyValues(),
  artifacts: inputs.list(),
  'run-id': inputs.optionalString(),
  'parent-run-id': inputs.optionalString(),
  baseline: inputs.optionalString(),
  'registry-branch': fromConfig('registry.branch', inputs.text(DEFAULT_REGISTRY_BRANCH)),
  comment: inputs.choice(['auto', 'always', 'never'], 'auto'),
  token: inputs.optionalString(),
});

interface PayloadPull {
  number?: unknown;
  base?: { ref?: unknown; sha?: unknown; repo?: { full_name?: unknown } };
  head?: { ref?: unknown; sha?: unknown; repo?: { full_name?: unknown } | null };
}

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' ? value : undefined;

function pullRequestOf(env: RunnerEnv): { ref: PullRequestRef; fromFork: boolean } | undefined {
  const pr = env.payload.pull_request as PayloadPull | undefined;
  if (!pr || typeof pr.number !== 'number') return undefined;
  const baseRepo = text(pr.base?.repo?.full_name);
  const headRepo = text(pr.head?.repo?.full_name);
  return {
    ref: {
      number: pr.number,
      baseRef: text(pr.base?.ref) ?? '',
      baseSha: text(pr.base?.sha) ?? '',
      headRef: text(pr.head?.ref) ?? '',
      headSha: text(pr.head?.sha) ?? '',
    },
    // A deleted fork has head.repo null: treat it as a fork too.
    fromFork:
      pr.head !== undefined && (pr.head.repo === null || (baseRepo !== undefined && headRepo !== baseRepo)),
  };
}

/** Commit, ref and branch from the runner, or from the local repository when run as the CLI. */
async function runContext(ctx: ActionContext): Promise<RunContext> {
  const { env } = ctx;
  const git = new GitCommands(ctx.git());
  const pr = pullRequestOf(env);
  const commit = env.sha ?? (await git.revParse('HEAD'));
  const ref = env.ref || (await git.headRef());
  const branch = pr
    ? pr.ref.headRef
    : ref?.startsWith('refs/heads/')
      ? ref.slice('refs/heads/'.length)
      : undefined;
  return {
    event: env.eventName || undefined,
    commit,
    ref,
    branch,
    pullRequest: pr?.ref,
    fromFork: pr?.fromFork ?? false,
    repository: env.repository,
    runUrl: env.runUrl,
    actor: env.actor,
    workflowRunId: env.runId,
    job: env.job,
  };
}

/** Why a refused comment was refused, and what (if anything) the user can change. */
const FORK_COMMENT_HINT =
  'This pull request comes from a fork, and GitHub gives workflows of fork pull requests a read-only token, ' +
  'so no `permissions:` setting can let this job comment; the job summary carries the report.';
const PERMISSION_COMMENT_HINT =
  'Give the job `permissions: pull-requests: write` to get the comment; meanwhile the job summary carries the report.';

async function postComment(
  ctx: ActionContext,
  token: string | undefined,
  pr: { number: number; fromFork: boolean },
  experiment: string,
  body: string,
): Promise<string> {
  const repository = ctx.env.repository;
  const [owner, repo] = (repository ?? '').split('/');
  if (!owner || !repo) {
    ctx.host.warning(
      'GITHUB_REPOSITORY is not set, so the pull-request comment was skipped (the job summary has the report).',
    );
    return '';
  }
  try {
    const result = await upsertStickyComment({
      octokit: ctx.github(token),
      owner,
      repo,
      issueNumber: pr.number,
      marker: commentMarker(experiment),
      body,
      logger: ctx.host,
    });
    ctx.host.info(`Report comment ${result.action}: ${result.url}`);
    return result.url;
  } catch (error) {
    if (error instanceof CommentNotPermittedError) {
      ctx.host.warning(`${error.message} ${pr.fromFork ? FORK_COMMENT_HINT : PERMISSION_COMMENT_HINT}`);
      return '';
    }
    if (isConfigurationError(error)) {
      ctx.host.warning(`${errorMessage(error)} The report is in the job summary.`);
      return '';
    }
    throw error;
  }
}

export const trackExperiment = defineAction({
  name: 'track-experiment',
  schema: trackExperimentSchema,
  run: async (input, ctx) => {
    const branch = checkBranchName(
      input['registry-branch'],
      ctx.inputSource('registry-branch') === 'config' ? '.mlops.yml registry.branch' : 'registry-branch',
    );
    const baseline =
      input.baseline === undefined ? undefined : parseModelReference(input.baseline, "Input 'baseline'");
    const context = await runContext(ctx);
    const result = await trackRun({
      git: await gitWithPushToken(ctx, input.token),
      workspace: ctx.env.workspace,
      tempDir: ctx.env.temp,
      logger: ctx.host,
      experiment: input.name,
      runId: input['run-id'],
      parentRunId: input['parent-run-id'],
      baseline,
      metrics: input.metrics,
      params: input.params,
      artifacts: input.artifacts,
      tags: input.tags,
      location: { remote: REMOTE, branch },
      context,
      directions: ctx.config.metrics?.directions,
      cacheDir: PathPolicy.forWorkspace(ctx.env.workspace).resolveStorage(
        ctx.config.data?.['cache-dir'] ?? '.dvc/cache',
        { file: '.mlops.yml', what: 'data.cache-dir' },
      ),
      push: {
        maxAttempts: ctx.env.tuning.registryPushAttempts,
        backoffMs: ctx.env.tuning.registryRetryBaseMs,
      },
    });

    const { record, comparison } = result;
    ctx.host.setOutput('run-id', record.id);
    ctx.host.setOutput('record-path', result.path);
    ctx.host.setOutput('baseline-run-id', result.baseline?.record.id ?? '');
    ctx.host.setOutput('metrics', record.metrics);
    ctx.host.setOutput('improved', comparison.improved);
    ctx.host.setOutput('regressed', comparison.regressed);

    let commentUrl = '';
    const pr = context.pullRequest;
    const wantComment = input.comment === 'always' || (input.comment === 'auto' && pr !== undefined);
    if (wantComment && !pr) {
      ctx.host.warning(
        'comment: always was set, but this run is not for a pull request; there is nothing to comment on.',
      );
    } else if (wantComment && pr) {
      // Fork pull requests usually get a read-only token, but not always (pull_request_target, or a private
      // repository that sends write tokens to forks): try, and explain a refusal.
      commentUrl = await postComment(
        ctx,
        input.token,
        { number: pr.number, fromFork: context.fromFork },
        record.experiment,
        renderReport(result.report, COMMENT_LIMIT),
      );
    }
    ctx.host.setOutput('comment-url', commentUrl);
    if (comparison.regressed.length > 0) {
      ctx.host.warning(`Regressed against the baseline: ${comparison.regressed.map(logValue).join(', ')}`);
    }
    await ctx.host.appendSummary(
      renderReport(result.report, SUMMARY_LIMIT, 'bytes'),
      recordPlace(result.report.storage),
    );
  },
});
