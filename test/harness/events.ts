/**
 * Event payload builders shaped like the webhooks GitHub writes to GITHUB_EVENT_PATH, carrying the fields
 * actions read (pull_request.number/head/base, repository.full_name/default_branch/html_url, sender, …).
 * Each returns `{ name, payload }` for runAction's `event` option. Defaults match run-action's runner
 * variables (GITHUB_REPOSITORY=octo-org/ml-project, actor octocat).
 */
import { createHash } from 'node:crypto';
import type { EventSpec } from './run-action.js';

const WEB = 'https://github.com';
const API = 'https://api.github.com';
const NOW = '2026-11-26T12:00:00Z';

export interface RepoRef {
  /** owner/name (default octo-org/ml-project). */
  fullName?: string;
  defaultBranch?: string;
  private?: boolean;
  fork?: boolean;
}

/** A stable fake id per name, so payloads are deterministic. */
function idFor(name: string): number {
  return createHash('sha1').update(name).digest().readUInt32BE(0) % 900_000_000;
}

export function fakeSha(seed: string): string {
  return createHash('sha1').update(seed).digest('hex');
}

export function userPayload(
  login: string,
  type: 'User' | 'Bot' | 'Organization' = 'User',
): Record<string, unknown> {
  const id = idFor(`user:${login}`);
  return {
    login,
    id,
    node_id: Buffer.from(`04:User${id}`).toString('base64'),
    avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
    gravatar_id: '',
    url: `${API}/users/${login}`,
    html_url: `${WEB}/${login}`,
    type,
    user_view_type: 'public',
    site_admin: false,
  };
}

export function repositoryPayload(repo: RepoRef = {}): Record<string, unknown> {
  const fullName = repo.fullName ?? 'octo-org/ml-project';
  const [owner = '', name = ''] = fullName.split('/');
  const id = idFor(`repo:${fullName}`);
  return {
    id,
    node_id: Buffer.from(`010:Repository${id}`).toString('base64'),
    name,
    full_name: fullName,
    private: repo.private ?? false,
    owner: userPayload(owner, owner === 'octo-org' ? 'Organization' : 'User'),
    html_url: `${WEB}/${fullName}`,
    description: null,
    fork: repo.fork ?? false,
    url: `${API}/repos/${fullName}`,
    pulls_url: `${API}/repos/${fullName}/pulls{/number}`,
    issues_url: `${API}/repos/${fullName}/issues{/number}`,
    git_url: `git://github.com/${fullName}.git`,
    ssh_url: `git@github.com:${fullName}.git`,
    clone_url: `${WEB}/${fullName}.git`,
    created_at: '2024-01-01T00:00:00Z',
    updated_at: NOW,
    pushed_at: NOW,
    visibility: repo.private ? 'private' : 'public',
    default_branch: repo.defaultBranch ?? 'main',
    archived: false,
    disabled: false,
  };
}

export interface PullRequestEventOptions {
  action?: 'opened' | 'synchronize' | 'reopened' | 'edited' | 'closed' | 'labeled';
  repo?: RepoRef;
  number?: number;
  head?: { ref?: string; sha?: string };
  base?: { ref?: string; sha?: string };
  title?: string;
  body?: string | null;
  /** Author of the PR and sender of the event (default octocat). */
  sender?: string;
  /** Makes head.repo a fork owned by this login (the read-only-token case). */
  forkOwner?: string;
  /** For synchronize: the previous head sha (top-level `before`). */
  before?: string;
  labels?: string[];
}

export function pullRequestEvent(options: PullRequestEventOptions = {}): EventSpec {
  const action = options.action ?? 'opened';
  const number = options.number ?? 1;
  const base = repositoryPayload(options.repo);
  const fullName = base.full_name as string;
  const sender = options.forkOwner ?? options.sender ?? 'octocat';
  const headRepo = options.forkOwner
    ? repositoryPayload({ fullName: `${options.forkOwner}/${base.name as string}`, fork: true })
    : base;
  const headRef = options.head?.ref ?? 'feature';
  const headSha = options.head?.sha ?? fakeSha(`${fullName}#${number}:head`);
  const baseRef = options.base?.ref ?? (base.default_branch as string);
  const baseSha = options.base?.sha ?? fakeSha(`${fullName}:${baseRef}`);
  const html = `${WEB}/${fullName}/pull/${number}`;
  const url = `${API}/repos/${fullName}/pulls/${number}`;
  const pullRequest = {
    url,
    id: idFor(`pr:${fullName}#${number}`),
    node_id: Buffer.from(`011:PullRequest${number}`).toString('base64'),
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: `${API}/repos/${fullName}/issues/${number}`,
    comments_url: `${API}/repos/${fullName}/issues/${number}/comments`,
    statuses_url: `${API}/repos/${fullName}/statuses/${headSha}`,
    number,
    state: action === 'closed' ? 'closed' : 'open',
    locked: false,
    title: options.title ?? 'Improve the model',
    user: userPayload(sender),
    body: options.body ?? null,
    labels: (options.labels ?? []).map((name) => ({
      id: idFor(`label:${name}`),
      name,
      color: 'ededed',
      default: false,
    })),
    created_at: NOW,
    updated_at: NOW,
    closed_at: action === 'closed' ? NOW : null,
    merged_at: null,
    merge_commit_sha: null,
    draft: false,
    head: {
      label: `${(headRepo.owner as { login: string }).login}:${headRef}`,
      ref: headRef,
      sha: headSha,
      user: headRepo.owner,
      repo: headRepo,
    },
    base: {
      label: `${(base.owner as { login: string }).login}:${baseRef}`,
      ref: baseRef,
      sha: baseSha,
      user: base.owner,
      repo: base,
    },
    author_association: options.forkOwner ? 'CONTRIBUTOR' : 'MEMBER',
    merged: false,
    mergeable: null,
    comments: 0,
    commits: 1,
    additions: 1,
    deletions: 0,
    changed_files: 1,
  };
  const payload: Record<string, unknown> = {
    action,
    number,
    pull_request: pullRequest,
    repository: base,
    sender: userPayload(sender),
  };
  if (action === 'synchronize') {
    payload.before = options.before ?? fakeSha(`${fullName}#${number}:before`);
    payload.after = headSha;
  }
  return { name: 'pull_request', payload };
}

export interface PushEventOptions {
  repo?: RepoRef;
  /** Full ref (default refs/heads/<default branch>). */
  ref?: string;
  before?: string;
  after?: string;
  sender?: string;
  message?: string;
}

export function pushEvent(options: PushEventOptions = {}): EventSpec {
  const repository = repositoryPayload(options.repo);
  const fullName = repository.full_name as string;
  const ref = options.ref ?? `refs/heads/${repository.default_branch as string}`;
  const before = options.before ?? fakeSha(`${fullName}:${ref}:before`);
  const after = options.after ?? fakeSha(`${fullName}:${ref}:after`);
  const sender = options.sender ?? 'octocat';
  const commit = {
    id: after,
    tree_id: fakeSha(`${after}:tree`),
    distinct: true,
    message: options.message ?? 'Retrain on new data',
    timestamp: NOW,
    url: `${WEB}/${fullName}/commit/${after}`,
    author: { name: sender, email: `${sender}@users.noreply.github.com`, username: sender },
    committer: { name: sender, email: `${sender}@users.noreply.github.com`, username: sender },
    added: [],
    removed: [],
    modified: ['params.yaml'],
  };
  return {
    name: 'push',
    payload: {
      ref,
      before,
      after,
      created: false,
      deleted: false,
      forced: false,
      base_ref: null,
      compare: `${WEB}/${fullName}/compare/${before.slice(0, 12)}...${after.slice(0, 12)}`,
      commits: [commit],
      head_commit: commit,
      repository,
      pusher: { name: sender, email: `${sender}@users.noreply.github.com` },
      sender: userPayload(sender),
    },
  };
}

/** GitHub's schedule payload is just the cron line and the workflow file: no repository, no sender. */
export function scheduleEvent(cron = '0 3 * * 1', workflow = '.github/workflows/retrain.yml'): EventSpec {
  return { name: 'schedule', payload: { schedule: cron, workflow } };
}

export interface WorkflowDispatchOptions {
  repo?: RepoRef;
  ref?: string;
  inputs?: Record<string, string | boolean | number>;
  sender?: string;
  workflow?: string;
}

export function workflowDispatchEvent(options: WorkflowDispatchOptions = {}): EventSpec {
  const repository = repositoryPayload(options.repo);
  return {
    name: 'workflow_dispatch',
    payload: {
      inputs: options.inputs ?? {},
      ref: options.ref ?? `refs/heads/${repository.default_branch as string}`,
      repository,
      sender: userPayload(options.sender ?? 'octocat'),
      workflow: options.workflow ?? '.github/workflows/train.yml',
    },
  };
}
