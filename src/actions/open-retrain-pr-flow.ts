/**
 * What open-retrain-pr does once the inputs are checked and the decision is made: a dry run that shows the
 * pull request it would open; with a trigger, the data snapshot, the branch and the one pull request (and
 * the alert issue); without one, the open pull request told that its trigger cleared. Every GitHub write is
 * here, after every check; deciding itself needs no token and no network.
 */

import type { ActionContext } from '../adapter/action.js';
import { upsertAlertIssue } from '../adapter/alert-issue.js';
import type { GitHubClient } from '../adapter/octokit.js';
import {
  listBranchPullRequests,
  type PullRequestInfo,
  type RepoName,
  updatePullRequestBody,
  upsertPullRequest,
} from '../adapter/pull-request.js';
import { gitWithPushToken } from '../adapter/push-token-git.js';
import { WORKFLOW_TOKEN_LOGIN } from '../adapter/sticky-comment.js';
import { ConfigurationError, errorMessage } from '../core/errors.js';
import type { PathOrigin } from '../core/fs/path-policy.js';
import { PathPolicy } from '../core/fs/path-policy.js';
import { GitCommands } from '../core/git/commands.js';
import { PushRejectedError } from '../core/git/push.js';
import { ModelRegistry } from '../core/registry/gto/model-registry.js';
import { fetchRegistryTags } from '../core/registry/gto/read-tags.js';
import { code, escapeMarkdown } from '../core/report/markdown.js';
import { publishRetrainBranch, retrainBranch } from '../core/retrain/branch.js';
import type { Decision } from '../core/retrain/decide.js';
import { describeDuration } from '../core/retrain/duration.js';
import type { DriftEvidence } from '../core/retrain/evidence.js';
import type { DecayEvidence } from '../core/retrain/metric.js';
import type { RetrainPolicy } from '../core/retrain/policy.js';
import {
  alertBody,
  alertMarker,
  alertTitle,
  clearedBody,
  closedWhenClear,
  link,
  pullRequestBody,
  pullRequestTitle,
} from '../core/retrain/pr-body.js';
import { buildRequest, type RetrainRequest, requestPath, serializeRequest } from '../core/retrain/request.js';
import { addAndPushSnapshot, type SnapshotTarget } from '../core/retrain/snapshot.js';

export interface Checked {
  model: string;
  policy: RetrainPolicy;
  targets: SnapshotTarget[];
  remoteFrom: PathOrigin;
  evidence: DriftEvidence | undefined;
  decay: DecayEvidence | undefined;
  decision: Decision;
}

export interface Outcome {
  operation: 'created' | 'updated' | 'unchanged' | 'none' | 'closed';
  pull?: { number: number; url: string };
  headSha?: string;
  reason: string;
  issueUrl?: string;
}

function repoName(ctx: ActionContext): RepoName {
  const [owner, repo] = (ctx.env.repository ?? '').split('/');
  if (!owner || !repo) {
    throw new ConfigurationError(
      'GITHUB_REPOSITORY is not set: open-retrain-pr needs the repository (owner/name) to open the pull request in.',
    );
  }
  return { owner, repo };
}

/** The version `stage` shows in the GTO tags (fetched first unless offline), or null. */
async function productionVersion(
  git: GitCommands,
  model: string,
  stage: string,
  fetch: boolean,
): Promise<RetrainRequest['production']> {
  try {
    if (fetch) await fetchRegistryTags(git, 'origin', model);
    const shown = (await ModelRegistry.read(git, model)).inStage(model, stage);
    return shown ? { stage, version: shown.version, commit: shown.commit } : null;
  } catch (error) {
    if (fetch) throw error;
    return null; // a dry run outside a git repository: no registry to read
  }
}

async function defaultBranch(ctx: ActionContext, git: GitCommands, gh: GitHubClient, repo: RepoName) {
  const fromEvent = (ctx.env.payload.repository as { default_branch?: unknown } | undefined)?.default_branch;
  if (typeof fromEvent === 'string' && fromEvent !== '') return fromEvent;
  const symref = await git.exec(['ls-remote', '--symref', 'origin', 'HEAD'], { allowFailure: true });
  const head = /^ref: refs\/heads\/(\S+)\tHEAD$/m.exec(symref.stdout)?.[1];
  if (head) return head;
  return (await gh.rest.repos.get({ owner: repo.owner, repo: repo.repo })).data.default_branch;
}

function requestOf(
  ctx: ActionContext,
  c: Checked,
  data: RetrainRequest['data'],
  production: RetrainRequest['production'],
) {
  return buildRequest({
    model: c.model,
    branch: retrainBranch(c.model),
    now: new Date(),
    decision: c.decision,
    evidence: c.evidence,
    decay: c.decay,
    watchColumns: c.policy.watchColumns,
    minDriftShare: c.policy.minDriftShare,
    data,
    production,
    run: {
      url: ctx.env.runUrl,
      repository: ctx.env.repository,
      commit: ctx.env.sha,
      ref: ctx.env.ref,
      actor: ctx.env.actor,
    },
  });
}

function bodyOf(
  ctx: ActionContext,
  c: Checked,
  base: string | undefined,
  request: RetrainRequest,
  text: string,
  productionUnknown?: string,
) {
  const branch = retrainBranch(c.model);
  const repository = ctx.env.repository;
  return pullRequestBody({
    model: c.model,
    branch,
    base,
    request,
    requestText: text,
    evidence: c.evidence,
    coolDown: c.policy.coolDown,
    productionUnknown,
    links: {
      // The run that made the request on the branch (an identical rerun keeps the first one's).
      run: request.run.url,
      request: repository
        ? `${ctx.env.serverUrl}/${repository}/blob/${branch}/${requestPath(c.model)}`
        : undefined,
    },
  });
}

/** `when: never`: say what would happen, show the pull request it would open; write nothing, reach nothing. */
export async function dryRunPreview(ctx: ActionContext, c: Checked): Promise<Outcome> {
  const branch = retrainBranch(c.model);
  if (!c.decision.triggered) {
    await ctx.host.appendSummary(
      `### open-retrain-pr dry run: ${code(c.model)}\n\n${escapeMarkdown(c.decision.summary)}: nothing to do.\n`,
    );
    return { operation: 'none', reason: `dry run (when: never): ${c.decision.summary}; nothing to do` };
  }
  const production = await productionVersion(new GitCommands(ctx.git()), c.model, c.policy.stage, false);
  const request = requestOf(ctx, c, [], production);
  const body = bodyOf(
    ctx,
    c,
    c.policy.base,
    request,
    serializeRequest(request),
    `not known offline: no local GTO tag puts ${code(c.model)} in ${code(c.policy.stage)} (\`git fetch --tags\` to see them)`,
  );
  const data =
    c.targets.length > 0 ? ` with the new data ${c.targets.map((t) => t.treePath).join(', ')}` : '';
  const reason = `dry run (when: never): would open or update the retrain pull request on ${branch}${data}: ${c.decision.summary}`;
  await ctx.host.appendSummary(
    [
      `### open-retrain-pr dry run: ${code(c.model)}`,
      '',
      `Would push ${code(branch)}${c.targets.length > 0 ? ` with the new data (${c.targets.map((t) => code(t.treePath)).join(', ')})` : ''} and open or update this pull request (\`when: never\` writes nothing):`,
      '',
      `> **${escapeMarkdown(pullRequestTitle(c.model, c.decision))}**`,
      '',
      '---',
      '',
      body,
    ].join('\n'),
  );
  return { operation: 'none', reason };
}

function coolDownHold(c: Checked, pulls: PullRequestInfo[], now = Date.now()): string | undefined {
  const last = pulls[0];
  if (!last || last.state !== 'closed' || last.merged || closedWhenClear(last.body) || !last.closedAt)
    return undefined;
  const closed = Date.parse(last.closedAt);
  const until = closed + c.policy.coolDown.ms;
  if (!(now < until)) return undefined;
  return (
    `the retrain pull request #${last.number} for ${c.model} was closed without merging on ${last.closedAt}, ` +
    `within the cool-down of ${describeDuration(c.policy.coolDown)} (until ${new Date(until).toISOString().replace(/\.\d{3}Z$/, 'Z')}), ` +
    `so no new one is opened (${c.decision.summary})`
  );
}

async function alertIssue(
  ctx: ActionContext,
  gh: GitHubClient,
  repo: RepoName,
  c: Checked,
  pull: { number: number; url: string } | undefined,
  close: boolean,
): Promise<string | undefined> {
  if (!c.policy.issue) return undefined;
  const state = c.decision.triggered ? { reasons: c.decision.reasons } : { cleared: c.decision.summary };
  const result = await upsertAlertIssue(
    gh,
    repo,
    {
      marker: alertMarker(c.model),
      title: alertTitle(c.model, c.decision),
      body: alertBody(c.model, state, pull),
      labels: c.policy.labels,
      assignees: c.policy.assignees,
    },
    { close, logger: ctx.host },
  );
  if (result.operation !== 'unchanged' && result.operation !== 'none') {
    ctx.host.info(`Alert issue ${result.operation}: ${result.url}`);
  }
  return result.url || undefined;
}

async function summary(ctx: ActionContext, c: Checked, outcome: Outcome): Promise<void> {
  const rows = [
    `### open-retrain-pr: ${code(c.model)} — ${outcome.operation}${outcome.pull ? ` ${link(`#${outcome.pull.number}`, outcome.pull.url)}` : ''}`,
    '',
    escapeMarkdown(outcome.reason),
  ];
  if (outcome.headSha)
    rows.push('', `Branch ${code(retrainBranch(c.model))} at ${code(outcome.headSha.slice(0, 7))}.`);
  if (outcome.issueUrl) rows.push('', `Alert issue: ${outcome.issueUrl}`);
  await ctx.host.appendSummary(`${rows.join('\n')}\n`);
}

/** A trigger fired: snapshot, branch, pull request (unless a declined one is still cooling down). */
export async function proposeRetraining(
  ctx: ActionContext,
  c: Checked & { token: string | undefined; remote: string | undefined },
): Promise<Outcome> {
  const repo = repoName(ctx);
  const gh = ctx.github(c.token);
  const branch = retrainBranch(c.model);
  const pulls = await listBranchPullRequests(gh, repo, branch);
  const open = pulls.find((p) => p.state === 'open');
  const hold = open ? undefined : coolDownHold(c, pulls);
  if (hold) return done(ctx, c, { operation: 'none', reason: hold });
  const git = new GitCommands(await gitWithPushToken(ctx, c.token));
  const base = c.policy.base ?? (await defaultBranch(ctx, git, gh, repo));
  const snapshot =
    c.targets.length === 0
      ? undefined
      : await addAndPushSnapshot({
          policy: PathPolicy.forWorkspace(ctx.env.workspace),
          gitRoot: await git.topLevel(),
          paths: c.policy.data,
          from: c.policy.dataFrom,
          targets: c.targets,
          remote: c.remote,
          remoteFrom: c.remoteFrom,
          cacheDir: ctx.config.data?.['cache-dir'],
          cacheDirFrom: { file: '.mlops.yml', what: 'data.cache-dir' },
          jobs: ctx.config.data?.jobs ?? 4,
          endpointUrl: ctx.env.aws.endpointUrl,
          region: ctx.env.aws.region,
          tempDir: ctx.env.temp,
          logger: ctx.host,
        });
  const production = await productionVersion(git, c.model, c.policy.stage, true);
  const wanted = requestOf(ctx, c, snapshot?.entries ?? [], production);
  let published;
  try {
    published = await publishRetrainBranch(git, {
      remote: 'origin',
      model: c.model,
      base,
      request: wanted,
      snapshot,
      message: `${pullRequestTitle(c.model, c.decision)}\n\n${c.decision.summary}\n`,
      // A closed pull request's branch is history: start again from base.
      restart: !open && pulls.length > 0,
      tempDir: ctx.env.temp,
      logger: ctx.host,
      retry: {
        attempts: ctx.env.tuning.registryPushAttempts,
        baseDelayMs: ctx.env.tuning.registryRetryBaseMs,
      },
    });
  } catch (error) {
    if (!(error instanceof PushRejectedError)) throw error;
    throw new ConfigurationError(
      `${errorMessage(error)}. Check that the token may push to '${branch}' (permissions: contents: write) and that no branch rule protects it.`,
      { cause: error },
    );
  }
  if ('inBase' in published) {
    return done(ctx, c, {
      operation: 'none',
      reason: `'${base}' already holds this request (${requestPath(c.model)} with the same evidence): nothing to propose (${c.decision.summary})`,
    });
  }
  if (published.keptCommits)
    ctx.host.info(`Kept the commits people pushed to ${branch}; the request goes on top.`);
  const result = await upsertPullRequest(
    gh,
    repo,
    {
      branch,
      base,
      title: pullRequestTitle(c.model, c.decision),
      body: bodyOf(ctx, c, base, published.request, published.requestText),
      labels: c.policy.labels,
      reviewers: c.policy.reviewers,
      assignees: c.policy.assignees,
      draft: c.policy.draft,
    },
    {
      open,
      branchMoved: published.pushed,
      logger: ctx.host,
      nodeRetry: { baseDelayMs: ctx.env.tuning.httpRetryBaseMs ?? 1000 },
    },
  );
  if (result.operation !== 'unchanged' && result.pull.author === WORKFLOW_TOKEN_LOGIN) {
    ctx.host.warning(
      `Pull request #${result.pull.number} was made with the workflow's GITHUB_TOKEN, and GitHub starts no workflow ` +
        'for what that token does: your train-on-PR workflow will not run on it. Pass a GitHub App token as `token` ' +
        '(README: "Tokens for open-retrain-pr") so that retraining starts by itself.',
    );
  }
  const pull = { number: result.pull.number, url: result.pull.url };
  return done(ctx, c, {
    operation: result.operation,
    pull,
    headSha: published.head,
    reason: c.decision.summary,
    issueUrl: await alertIssue(ctx, gh, repo, c, pull, false),
  });
}

async function done(ctx: ActionContext, c: Checked, outcome: Outcome): Promise<Outcome> {
  await summary(ctx, c, outcome);
  return outcome;
}

/** No trigger: nothing is written, except telling an open retrain pull request that its trigger cleared. */
export async function reportCleared(
  ctx: ActionContext,
  c: Checked & { token: string | undefined },
): Promise<Outcome> {
  const token = ctx.token(c.token);
  if (!token || !ctx.env.repository) {
    return done(ctx, c, {
      operation: 'none',
      reason: `${c.decision.summary} (no token or repository: an open retrain pull request was not looked up)`,
    });
  }
  const repo = repoName(ctx);
  const gh = ctx.github(token);
  const open = (await listBranchPullRequests(gh, repo, retrainBranch(c.model))).find(
    (p) => p.state === 'open',
  );
  const close = c.policy.closeWhenClear;
  if (!open) {
    return done(ctx, c, {
      operation: 'none',
      reason: c.decision.summary,
      issueUrl: await alertIssue(ctx, gh, repo, c, undefined, close),
    });
  }
  const wrote = await updatePullRequestBody(
    gh,
    repo,
    open,
    clearedBody(open.body, c.model, c.decision.summary, close),
    close,
  );
  const pull = { number: open.number, url: open.url };
  return done(ctx, c, {
    operation: close ? 'closed' : wrote ? 'updated' : 'unchanged',
    pull,
    headSha: open.headSha,
    reason: `trigger cleared: ${c.decision.summary}`,
    issueUrl: await alertIssue(ctx, gh, repo, c, pull, close),
  });
}
