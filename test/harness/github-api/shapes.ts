/** JSON shapes for the resources the double stores, with the fields GitHub's OpenAPI description requires. */
import { nodeId, repository, simpleUser, type Links } from './shapes-repo.js';
import type {
  ApiState,
  DeploymentRecord,
  DeploymentStatusRecord,
  LabelRecord,
  PullRecord,
  ReleaseRecord,
  RepoRecord,
  StoredComment,
} from './state.js';

function reactions(url: string): Record<string, unknown> {
  return {
    url: `${url}/reactions`,
    total_count: 0,
    '+1': 0,
    '-1': 0,
    laugh: 0,
    hooray: 0,
    confused: 0,
    heart: 0,
    rocket: 0,
    eyes: 0,
  };
}

export function comment(
  state: ApiState,
  repo: RepoRecord,
  c: StoredComment,
  links: Links,
): Record<string, unknown> {
  const api = `${links.api}/repos/${repo.fullName}`;
  const kind = repo.pulls.has(c.issueNumber) ? 'pull' : 'issues';
  const url = `${api}/issues/comments/${c.id}`;
  return {
    id: c.id,
    node_id: nodeId('IssueComment', c.id),
    url,
    html_url: `${links.web}/${repo.fullName}/${kind}/${c.issueNumber}#issuecomment-${c.id}`,
    body: c.body,
    user: simpleUser(state.user(c.login, c.type), links),
    created_at: c.createdAt,
    updated_at: c.updatedAt,
    issue_url: `${api}/issues/${c.issueNumber}`,
    author_association: c.login === repo.owner ? 'OWNER' : c.type === 'Bot' ? 'NONE' : 'CONTRIBUTOR',
    performed_via_github_app: null,
    reactions: reactions(url),
  };
}

export function label(repo: RepoRecord, l: LabelRecord, links: Links): Record<string, unknown> {
  return {
    id: l.id,
    node_id: nodeId('Label', l.id),
    url: `${links.api}/repos/${repo.fullName}/labels/${encodeURIComponent(l.name)}`,
    name: l.name,
    color: l.color,
    default: false,
    description: l.description,
  };
}

function branch(
  state: ApiState,
  repo: RepoRecord,
  ref: string,
  sha: string,
  links: Links,
): Record<string, unknown> {
  return {
    label: `${repo.owner}:${ref}`,
    ref,
    sha,
    user: simpleUser(state.user(repo.owner), links),
    repo: repository(state, repo, links),
  };
}

/** `pull-request-simple` (list) or, with `full`, `pull-request` (get/create/update). */
export function pull(
  state: ApiState,
  repo: RepoRecord,
  pr: PullRecord,
  links: Links,
  full: boolean,
): Record<string, unknown> {
  const api = `${links.api}/repos/${repo.fullName}`;
  const html = `${links.web}/${repo.fullName}/pull/${pr.number}`;
  const url = `${api}/pulls/${pr.number}`;
  const headRepo = state.repos.get(pr.head.repoFullName.toLowerCase()) ?? repo;
  const labels = pr.labels.map((name) => repo.labels.get(name)).filter((l) => l !== undefined);
  const simple: Record<string, unknown> = {
    url,
    id: pr.id,
    node_id: nodeId('PullRequest', pr.id),
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: `${api}/issues/${pr.number}`,
    commits_url: `${url}/commits`,
    review_comments_url: `${url}/comments`,
    review_comment_url: `${api}/pulls/comments{/number}`,
    comments_url: `${api}/issues/${pr.number}/comments`,
    statuses_url: `${api}/statuses/${pr.head.sha}`,
    number: pr.number,
    state: pr.state,
    locked: false,
    title: pr.title,
    user: simpleUser(state.user(pr.user), links),
    body: pr.body,
    labels: labels.map((l) => label(repo, l, links)),
    milestone: null,
    active_lock_reason: null,
    created_at: pr.createdAt,
    updated_at: pr.updatedAt,
    closed_at: pr.closedAt,
    merged_at: null,
    merge_commit_sha: null,
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    head: branch(state, headRepo, pr.head.ref, pr.head.sha, links),
    base: branch(state, repo, pr.base.ref, pr.base.sha, links),
    _links: {
      self: { href: url },
      html: { href: html },
      issue: { href: `${api}/issues/${pr.number}` },
      comments: { href: `${api}/issues/${pr.number}/comments` },
      review_comments: { href: `${url}/comments` },
      review_comment: { href: `${api}/pulls/comments{/number}` },
      commits: { href: `${url}/commits` },
      statuses: { href: `${api}/statuses/${pr.head.sha}` },
    },
    author_association: pr.user === repo.owner ? 'OWNER' : 'CONTRIBUTOR',
    auto_merge: null,
    draft: pr.draft,
  };
  if (!full) return simple;
  return {
    ...simple,
    merged: false,
    mergeable: true,
    rebaseable: true,
    mergeable_state: 'clean',
    merged_by: null,
    comments: repo.comments.filter((c) => c.issueNumber === pr.number).length,
    review_comments: 0,
    maintainer_can_modify: pr.maintainerCanModify,
    commits: 1,
    additions: 1,
    deletions: 0,
    changed_files: 1,
  };
}

export function gitRef(repo: RepoRecord, ref: string, sha: string, links: Links): Record<string, unknown> {
  const api = `${links.api}/repos/${repo.fullName}`;
  return {
    ref,
    node_id: Buffer.from(`REF_${repo.id}:${ref}`).toString('base64url'),
    url: `${api}/git/${ref}`,
    object: { sha, type: 'commit', url: `${api}/git/commits/${sha}` },
  };
}

export function deployment(
  state: ApiState,
  repo: RepoRecord,
  d: DeploymentRecord,
  links: Links,
): Record<string, unknown> {
  const url = `${links.api}/repos/${repo.fullName}/deployments/${d.id}`;
  return {
    url,
    id: d.id,
    node_id: nodeId('Deployment', d.id),
    sha: d.sha,
    ref: d.ref,
    task: d.task,
    payload: d.payload,
    original_environment: d.originalEnvironment,
    environment: d.environment,
    description: d.description,
    creator: simpleUser(state.user(d.creator), links),
    created_at: d.createdAt,
    updated_at: d.updatedAt,
    statuses_url: `${url}/statuses`,
    repository_url: `${links.api}/repos/${repo.fullName}`,
    transient_environment: d.transientEnvironment,
    production_environment: d.productionEnvironment,
    performed_via_github_app: null,
  };
}

export function deploymentStatus(
  state: ApiState,
  repo: RepoRecord,
  d: DeploymentRecord,
  s: DeploymentStatusRecord,
  links: Links,
): Record<string, unknown> {
  const deploymentUrl = `${links.api}/repos/${repo.fullName}/deployments/${d.id}`;
  return {
    url: `${deploymentUrl}/statuses/${s.id}`,
    id: s.id,
    node_id: nodeId('DeploymentStatus', s.id),
    state: s.state,
    creator: simpleUser(state.user(s.creator), links),
    description: s.description,
    environment: s.environment,
    target_url: s.targetUrl,
    ...(s.logUrl ? { log_url: s.logUrl } : {}),
    ...(s.environmentUrl ? { environment_url: s.environmentUrl } : {}),
    created_at: s.createdAt,
    updated_at: s.createdAt,
    deployment_url: deploymentUrl,
    repository_url: `${links.api}/repos/${repo.fullName}`,
    performed_via_github_app: null,
  };
}

export function release(
  state: ApiState,
  repo: RepoRecord,
  r: ReleaseRecord,
  links: Links,
): Record<string, unknown> {
  const api = `${links.api}/repos/${repo.fullName}`;
  const url = `${api}/releases/${r.id}`;
  const uploads = links.api.replace('://api.', '://uploads.');
  return {
    url,
    html_url: `${links.web}/${repo.fullName}/releases/tag/${encodeURIComponent(r.tagName)}`,
    assets_url: `${url}/assets`,
    upload_url: `${uploads}/repos/${repo.fullName}/releases/${r.id}/assets{?name,label}`,
    tarball_url: `${api}/tarball/${r.tagName}`,
    zipball_url: `${api}/zipball/${r.tagName}`,
    id: r.id,
    node_id: nodeId('Release', r.id),
    tag_name: r.tagName,
    target_commitish: r.targetCommitish,
    name: r.name,
    body: r.body,
    draft: r.draft,
    prerelease: r.prerelease,
    immutable: false,
    created_at: r.createdAt,
    updated_at: r.createdAt,
    published_at: r.publishedAt,
    author: simpleUser(state.user(r.author), links),
    assets: [],
  };
}
