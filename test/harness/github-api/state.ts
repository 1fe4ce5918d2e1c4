/** The double's in-memory world: repositories, identities, and per repository its issues, PRs, refs and more. */
import type {
  CheckRunRecord,
  CommitStatusRecord,
  DeploymentRecord,
  Identity,
  IssueRecord,
  LabelRecord,
  PullRecord,
  ReleaseRecord,
  StoredComment,
  UserRecord,
} from './records.js';
import { MemoryRefs, type RefStore } from './refs.js';
import { GitRefs } from './refs-git.js';

export type * from './records.js';

export interface RepoOptions {
  defaultBranch?: string;
  private?: boolean;
  /**
   * The setting "Allow GitHub Actions to create and approve pull requests"; false makes POST /pulls with the
   * workflow's GITHUB_TOKEN (login github-actions[bot]) answer 403. App and personal tokens are not affected.
   */
  actionsCanCreatePullRequests?: boolean;
  /**
   * A real (bare) repository: branch tips, tags, ancestry and commit details are then read from it with git,
   * and ref writes through the API (git refs, release tags, auto-merge) land in it. Only when the repo is added.
   */
  gitDir?: string;
  /** Logins that may be requested as reviewers or assigned; any login when omitted. */
  collaborators?: string[];
}

export interface RepoRecord {
  id: number;
  owner: string;
  name: string;
  fullName: string;
  defaultBranch: string;
  private: boolean;
  actionsCanCreatePullRequests: boolean;
  collaborators: string[] | undefined;
  createdAt: string;
  issues: Map<number, IssueRecord>;
  pulls: Map<number, PullRecord>;
  comments: StoredComment[];
  /** Keyed by lower-cased name: GitHub label names are case-insensitive. */
  labels: Map<string, LabelRecord>;
  refs: RefStore;
  checkRuns: CheckRunRecord[];
  statuses: CommitStatusRecord[];
  deployments: DeploymentRecord[];
  releases: ReleaseRecord[];
  /** The release made latest (make_latest); undefined = GitHub's legacy rule decides; null = none is. */
  latestReleaseId: number | null | undefined;
}

/** GitHub timestamps are second-precision ISO strings. */
export function timestamp(date = new Date()): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export class ApiState {
  readonly repos = new Map<string, RepoRecord>();
  readonly tokens = new Map<string, Identity>();
  readonly users = new Map<string, UserRecord>();
  /** How many label/assignee/reviewer writes on each newly created PR answer "Could not resolve to a node". */
  nodeLag = 0;
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
      if (opts.gitDir) throw new Error(`addRepo: ${fullName} exists; attach gitDir when it is first added`);
      if (opts.defaultBranch) existing.defaultBranch = opts.defaultBranch;
      if (opts.private !== undefined) existing.private = opts.private;
      if (opts.actionsCanCreatePullRequests !== undefined) {
        existing.actionsCanCreatePullRequests = opts.actionsCanCreatePullRequests;
      }
      if (opts.collaborators) existing.collaborators = [...opts.collaborators];
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
      collaborators: opts.collaborators ? [...opts.collaborators] : undefined,
      createdAt: timestamp(),
      issues: new Map(),
      pulls: new Map(),
      comments: [],
      labels: new Map(),
      refs: opts.gitDir ? new GitRefs(opts.gitDir) : new MemoryRefs(),
      checkRuns: [],
      statuses: [],
      deployments: [],
      releases: [],
      latestReleaseId: undefined,
    };
    this.repos.set(fullName.toLowerCase(), repo);
    return repo;
  }

  repo(owner: string, name: string): RepoRecord | undefined {
    return this.repos.get(`${owner}/${name}`.toLowerCase());
  }

  repoByName(fullName: string): RepoRecord | undefined {
    return this.repos.get(fullName.toLowerCase());
  }

  /** Issue and PR numbers share one sequence, as on GitHub. */
  nextIssueNumber(repo: RepoRecord): number {
    return Math.max(0, ...repo.issues.keys(), ...repo.pulls.keys()) + 1;
  }
}
