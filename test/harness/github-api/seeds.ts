/** Seeding helpers behind the double's test API: PRs, issues, comments, check runs, commit statuses. */
import { closeItem, type CloseOptions } from './lifecycle.js';
import { branchTip, commitOf } from './repo-refs.js';
import {
  timestamp,
  type ApiState,
  type CheckRunRecord,
  type CommitStatusRecord,
  type IssueRecord,
  type PullRecord,
  type RepoRecord,
} from './state.js';

export interface PullRequestSeed {
  number: number;
  head: { ref: string; sha: string; repoFullName?: string };
  base: { ref: string; sha: string };
  title?: string;
  body?: string;
  user?: string;
  state?: 'open' | 'closed';
  /** With state 'closed': merged (merged_at = closedAt) or closed unmerged (the default). */
  merged?: boolean;
  draft?: boolean;
  labels?: string[];
  assignees?: string[];
  /** ISO timestamps (default now). */
  createdAt?: string;
  closedAt?: string;
}

export interface IssueSeed {
  number?: number;
  title: string;
  body?: string;
  user?: string;
  labels?: string[];
  assignees?: string[];
  state?: 'open' | 'closed';
  createdAt?: string;
  closedAt?: string;
}

export interface CommentSeed {
  body: string;
  login: string;
  type?: 'Bot' | 'User';
}

export interface CheckRunSeed {
  name: string;
  /** Default: completed when a conclusion is given, else in_progress. */
  status?: CheckRunRecord['status'];
  conclusion?: NonNullable<CheckRunRecord['conclusion']>;
  /** The app owning the run (default github-actions, i.e. an Actions job). */
  app?: string;
  detailsUrl?: string;
  startedAt?: string;
  completedAt?: string;
}

export interface CommitStatusSeed {
  context: string;
  state: CommitStatusRecord['state'];
  description?: string;
  targetUrl?: string;
  creator?: string;
}

export function repoFor(state: ApiState, fullName: string): RepoRecord {
  return state.repoByName(fullName) ?? state.addRepo(fullName);
}

function labelKeys(state: ApiState, repo: RepoRecord, names: string[] = []): string[] {
  return names.map((name) => {
    const key = name.toLowerCase();
    if (!repo.labels.has(key))
      repo.labels.set(key, { id: state.id(), name, color: 'ededed', description: null });
    return key;
  });
}

export function seedPull(state: ApiState, fullName: string, seed: PullRequestSeed): void {
  const repo = repoFor(state, fullName);
  const headRepo = seed.head.repoFullName ? repoFor(state, seed.head.repoFullName) : repo;
  const created = seed.createdAt ?? timestamp();
  const user = seed.user ?? headRepo.owner;
  state.user(user);
  const pr: PullRecord = {
    number: seed.number,
    id: state.id(),
    title: seed.title ?? `PR #${seed.number}`,
    body: seed.body ?? null,
    state: 'open',
    stateReason: null,
    draft: seed.draft ?? false,
    maintainerCanModify: true,
    head: { ref: seed.head.ref, sha: seed.head.sha, repoFullName: headRepo.fullName },
    base: { ref: seed.base.ref, sha: seed.base.sha ?? branchTip(repo, seed.base.ref) },
    user,
    labels: labelKeys(state, repo, seed.labels),
    assignees: [...(seed.assignees ?? [])],
    requestedReviewers: [],
    requestedTeams: [],
    createdAt: created,
    updatedAt: created,
    closedAt: null,
    closedBy: null,
    mergedAt: null,
    mergeCommitSha: null,
    mergedBy: null,
    unresolvedCalls: 0,
  };
  repo.pulls.set(seed.number, pr);
  if (seed.state === 'closed') {
    // The seeded shas are the ones the PR had when it closed.
    pr.state = 'closed';
    closeItem(state, repo, pr, { at: seed.closedAt ?? created, merged: seed.merged });
  }
}

export function seedIssue(state: ApiState, fullName: string, seed: IssueSeed): number {
  const repo = repoFor(state, fullName);
  const number = seed.number ?? state.nextIssueNumber(repo);
  const created = seed.createdAt ?? timestamp();
  const user = seed.user ?? repo.owner;
  state.user(user);
  const issue: IssueRecord = {
    number,
    id: state.id(),
    title: seed.title,
    body: seed.body ?? null,
    state: 'open',
    stateReason: null,
    user,
    labels: labelKeys(state, repo, seed.labels),
    assignees: [...(seed.assignees ?? [])],
    createdAt: created,
    updatedAt: created,
    closedAt: null,
    closedBy: null,
  };
  repo.issues.set(number, issue);
  if (seed.state === 'closed') closeItem(state, repo, issue, { at: seed.closedAt ?? created });
  return number;
}

/** Closes (or merges) a PR or issue at a given time, e.g. a retrain PR closed unmerged three days ago. */
export function closeSeeded(state: ApiState, fullName: string, number: number, opts: CloseOptions): void {
  const repo = repoFor(state, fullName);
  const item = repo.pulls.get(number) ?? repo.issues.get(number);
  if (!item) throw new Error(`close: ${fullName} has no issue or PR #${number}`);
  if (opts.merged && !repo.pulls.has(number)) throw new Error(`close: #${number} is an issue, not a PR`);
  closeItem(state, repo, item, opts);
}

export function seedComments(
  state: ApiState,
  fullName: string,
  issueNumber: number,
  seeds: CommentSeed[],
): void {
  const repo = repoFor(state, fullName);
  if (!repo.pulls.has(issueNumber) && !repo.issues.has(issueNumber)) {
    seedIssue(state, fullName, { number: issueNumber, title: `Issue #${issueNumber}` });
  }
  for (const seed of seeds) {
    const user = state.user(seed.login, seed.type);
    const now = timestamp();
    repo.comments.push({
      id: state.id(),
      issueNumber,
      body: seed.body,
      login: seed.login,
      type: user.type,
      createdAt: now,
      updatedAt: now,
    });
  }
}

function shaFor(repo: RepoRecord, ref: string): string {
  const sha = commitOf(repo, ref);
  if (!sha) throw new Error(`${repo.fullName} has no commit ${ref}`);
  return sha;
}

export function seedCheckRun(state: ApiState, fullName: string, ref: string, seed: CheckRunSeed): number {
  const repo = repoFor(state, fullName);
  const status = seed.status ?? (seed.conclusion ? 'completed' : 'in_progress');
  if ((status === 'completed') !== (seed.conclusion !== undefined)) {
    throw new Error(
      `addCheckRun: a conclusion goes with status completed (got ${status}, ${seed.conclusion})`,
    );
  }
  const now = timestamp();
  const run: CheckRunRecord = {
    id: state.id(),
    headSha: shaFor(repo, ref),
    name: seed.name,
    status,
    conclusion: seed.conclusion ?? null,
    startedAt: seed.startedAt ?? now,
    completedAt: status === 'completed' ? (seed.completedAt ?? now) : null,
    appSlug: seed.app ?? 'github-actions',
    detailsUrl: seed.detailsUrl ?? null,
  };
  repo.checkRuns.push(run);
  return run.id;
}

export function seedCommitStatus(
  state: ApiState,
  fullName: string,
  ref: string,
  seed: CommitStatusSeed,
): number {
  const repo = repoFor(state, fullName);
  const creator = seed.creator ?? 'github-actions[bot]';
  state.user(creator);
  const record: CommitStatusRecord = {
    id: state.id(),
    sha: shaFor(repo, ref),
    state: seed.state,
    context: seed.context,
    description: seed.description ?? null,
    targetUrl: seed.targetUrl ?? null,
    creator,
    createdAt: timestamp(),
  };
  repo.statuses.push(record);
  return record.id;
}
