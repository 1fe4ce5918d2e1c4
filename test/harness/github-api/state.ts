/** The double's in-memory world: repositories, identities, issues/PRs, comments, refs, deployments, releases. */

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

export interface PullRecord {
  number: number;
  id: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  draft: boolean;
  maintainerCanModify: boolean;
  head: { ref: string; sha: string; repoFullName: string };
  base: { ref: string; sha: string };
  user: string;
  labels: string[];
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
}

export interface LabelRecord {
  id: number;
  name: string;
  color: string;
  description: string | null;
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

export interface RepoOptions {
  defaultBranch?: string;
  private?: boolean;
  /** false models the repository setting that makes GITHUB_TOKEN PR creation fail with 403. */
  actionsCanCreatePullRequests?: boolean;
}

export interface RepoRecord {
  id: number;
  owner: string;
  name: string;
  fullName: string;
  defaultBranch: string;
  private: boolean;
  /** The repository setting "Allow GitHub Actions to create and approve pull requests". */
  actionsCanCreatePullRequests: boolean;
  createdAt: string;
  /** Issue and PR numbers share one sequence, as on GitHub. */
  issueNumbers: Set<number>;
  pulls: Map<number, PullRecord>;
  comments: StoredComment[];
  labels: Map<string, LabelRecord>;
  issueLabels: Map<number, string[]>;
  refs: Map<string, string>;
  deployments: DeploymentRecord[];
  releases: ReleaseRecord[];
}

/** GitHub timestamps are second-precision ISO strings. */
export function timestamp(date = new Date()): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export class ApiState {
  readonly repos = new Map<string, RepoRecord>();
  readonly tokens = new Map<string, Identity>();
  readonly users = new Map<string, UserRecord>();
  private nextId = 1000;

  id(): number {
    return ++this.nextId;
  }

  user(login: string, type?: 'Bot' | 'User'): UserRecord {
    let user = this.users.get(login);
    if (!user) {
      user = {
        id: 10_000 + this.users.size + 1,
        login,
        type: type ?? (login.endsWith('[bot]') ? 'Bot' : 'User'),
      };
      this.users.set(login, user);
    }
    return user;
  }

  addRepo(fullName: string, opts: RepoOptions = {}): RepoRecord {
    const [owner, name, ...rest] = fullName.split('/');
    if (!owner || !name || rest.length > 0) throw new Error(`addRepo: "${fullName}" is not owner/name`);
    const existing = this.repos.get(fullName.toLowerCase());
    if (existing) {
      if (opts.defaultBranch) existing.defaultBranch = opts.defaultBranch;
      if (opts.private !== undefined) existing.private = opts.private;
      if (opts.actionsCanCreatePullRequests !== undefined) {
        existing.actionsCanCreatePullRequests = opts.actionsCanCreatePullRequests;
      }
      return existing;
    }
    this.user(owner, 'User');
    const repo: RepoRecord = {
      id: this.id(),
      owner,
      name,
      fullName,
      defaultBranch: opts.defaultBranch ?? 'main',
      private: opts.private ?? false,
      actionsCanCreatePullRequests: opts.actionsCanCreatePullRequests ?? true,
      createdAt: timestamp(),
      issueNumbers: new Set(),
      pulls: new Map(),
      comments: [],
      labels: new Map(),
      issueLabels: new Map(),
      refs: new Map(),
      deployments: [],
      releases: [],
    };
    this.repos.set(fullName.toLowerCase(), repo);
    return repo;
  }

  repo(owner: string, name: string): RepoRecord | undefined {
    return this.repos.get(`${owner}/${name}`.toLowerCase());
  }

  nextIssueNumber(repo: RepoRecord): number {
    return Math.max(0, ...repo.issueNumbers) + 1;
  }
}
