/** The records the double stores: identities, issues and PRs, comments, labels, checks, deployments, releases. */

export interface Identity {
  login: string;
  type: 'Bot' | 'User';
  /** installation = workflow GITHUB_TOKEN or app installation token; pat = personal token; app = GitHub App JWT. */
  kind: 'installation' | 'pat' | 'app';
  readOnly?: boolean;
}

export interface UserRecord {
  id: number;
  login: string;
  type: 'Bot' | 'User';
}

export interface StoredComment {
  id: number;
  issueNumber: number;
  body: string;
  login: string;
  type: 'Bot' | 'User';
  createdAt: string;
  updatedAt: string;
}

/** What issues and pull requests share (on GitHub every PR is also an issue, numbered in one sequence). */
export interface IssueFields {
  number: number;
  id: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  stateReason: 'completed' | 'reopened' | 'not_planned' | 'duplicate' | null;
  user: string;
  /** Lower-cased label names, keys of RepoRecord.labels, in the order they were added. */
  labels: string[];
  assignees: string[];
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  closedBy: string | null;
}

export type IssueRecord = IssueFields;

export interface PullRecord extends IssueFields {
  draft: boolean;
  maintainerCanModify: boolean;
  /** sha = the tip when last seen; open PRs follow the branch's current tip when the double knows it. */
  head: { ref: string; sha: string; repoFullName: string };
  base: { ref: string; sha: string };
  requestedReviewers: string[];
  requestedTeams: string[];
  mergedAt: string | null;
  mergeCommitSha: string | null;
  mergedBy: string | null;
  /** Label/assignee/reviewer writes still to refuse with "Could not resolve to a node" (eventual consistency). */
  unresolvedCalls: number;
}

export interface LabelRecord {
  id: number;
  name: string;
  color: string;
  description: string | null;
}

export interface CheckRunRecord {
  id: number;
  headSha: string;
  name: string;
  status: 'queued' | 'in_progress' | 'completed' | 'waiting' | 'requested' | 'pending';
  conclusion:
    'success' | 'failure' | 'neutral' | 'cancelled' | 'skipped' | 'timed_out' | 'action_required' | null;
  startedAt: string;
  completedAt: string | null;
  /** The app that owns the check run, e.g. github-actions. */
  appSlug: string;
  detailsUrl: string | null;
}

export interface CommitStatusRecord {
  id: number;
  sha: string;
  state: 'error' | 'failure' | 'pending' | 'success';
  context: string;
  description: string | null;
  targetUrl: string | null;
  creator: string;
  createdAt: string;
}

export interface DeploymentStatusRecord {
  id: number;
  state: string;
  description: string;
  environment: string;
  targetUrl: string;
  logUrl: string;
  environmentUrl: string;
  creator: string;
  createdAt: string;
}

export interface DeploymentRecord {
  id: number;
  sha: string;
  ref: string;
  task: string;
  environment: string;
  originalEnvironment: string;
  description: string | null;
  payload: unknown;
  transientEnvironment: boolean;
  productionEnvironment: boolean;
  creator: string;
  createdAt: string;
  updatedAt: string;
  statuses: DeploymentStatusRecord[];
}

export interface ReleaseRecord {
  id: number;
  tagName: string;
  targetCommitish: string;
  name: string | null;
  body: string | null;
  draft: boolean;
  prerelease: boolean;
  author: string;
  createdAt: string;
  publishedAt: string | null;
}
