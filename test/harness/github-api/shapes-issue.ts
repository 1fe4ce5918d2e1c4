/** JSON shapes for issues and pull requests (`issue`, `pull-request-simple`, `pull-request`). */
import { pullShas } from './repo-refs.js';
import { label, reactions } from './shapes.js';
import { nodeId, repository, simpleUser, stableId, type Links } from './shapes-repo.js';
import type { ApiState, IssueFields, PullRecord, RepoRecord } from './state.js';

function labelsOf(repo: RepoRecord, item: IssueFields, links: Links): Record<string, unknown>[] {
  return item.labels
    .map((key) => repo.labels.get(key))
    .filter((l) => l !== undefined)
    .map((l) => label(repo, l, links));
}

function users(state: ApiState, logins: string[], links: Links): Record<string, unknown>[] {
  return logins.map((login) => simpleUser(state.user(login), links));
}

function association(repo: RepoRecord, state: ApiState, login: string): string {
  if (login.toLowerCase() === repo.owner.toLowerCase()) return 'OWNER';
  return state.user(login).type === 'Bot' ? 'NONE' : 'CONTRIBUTOR';
}

/** A team named by its slug (teams exist only as review requests in the double). */
function team(repo: RepoRecord, slug: string, links: Links): Record<string, unknown> {
  const id = stableId(`team:${slug}`);
  const url = `${links.api}/organizations/${repo.id}/team/${id}`;
  return {
    id,
    node_id: nodeId('Team', id),
    url,
    members_url: `${url}/members{/member}`,
    name: slug,
    slug,
    description: null,
    privacy: 'closed',
    notification_setting: 'notifications_enabled',
    permission: 'pull',
    html_url: `${links.web}/orgs/${repo.owner}/teams/${slug}`,
    repositories_url: `${url}/repos`,
    parent: null,
    type: 'organization',
  };
}

/** The `issue` shape; a pull request seen through the issues API carries `pull_request`. */
export function issue(
  state: ApiState,
  repo: RepoRecord,
  item: IssueFields,
  links: Links,
): Record<string, unknown> {
  const api = `${links.api}/repos/${repo.fullName}`;
  const url = `${api}/issues/${item.number}`;
  const pr = repo.pulls.get(item.number);
  const html = `${links.web}/${repo.fullName}/${pr ? 'pull' : 'issues'}/${item.number}`;
  const shape: Record<string, unknown> = {
    id: item.id,
    node_id: nodeId(pr ? 'PullRequest' : 'Issue', item.id),
    url,
    repository_url: api,
    labels_url: `${url}/labels{/name}`,
    comments_url: `${url}/comments`,
    events_url: `${url}/events`,
    html_url: html,
    number: item.number,
    state: item.state,
    state_reason: item.stateReason,
    title: item.title,
    body: item.body,
    user: simpleUser(state.user(item.user), links),
    labels: labelsOf(repo, item, links),
    assignee: item.assignees[0] ? simpleUser(state.user(item.assignees[0]), links) : null,
    assignees: users(state, item.assignees, links),
    milestone: null,
    locked: false,
    active_lock_reason: null,
    comments: repo.comments.filter((c) => c.issueNumber === item.number).length,
    closed_at: item.closedAt,
    created_at: item.createdAt,
    updated_at: item.updatedAt,
    closed_by: item.closedBy ? simpleUser(state.user(item.closedBy), links) : null,
    timeline_url: `${url}/timeline`,
    author_association: association(repo, state, item.user),
    performed_via_github_app: null,
    reactions: reactions(url),
  };
  if (pr) {
    shape.draft = pr.draft;
    shape.pull_request = {
      url: `${api}/pulls/${pr.number}`,
      html_url: html,
      diff_url: `${html}.diff`,
      patch_url: `${html}.patch`,
      merged_at: pr.mergedAt,
    };
  }
  return shape;
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
  const headRepo = state.repoByName(pr.head.repoFullName) ?? repo;
  const shas = pullShas(state, repo, pr);
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
    statuses_url: `${api}/statuses/${shas.head}`,
    number: pr.number,
    state: pr.state,
    locked: false,
    title: pr.title,
    user: simpleUser(state.user(pr.user), links),
    body: pr.body,
    // GitHub's description of pull-request labels has `description: string` (not nullable, unlike issue
    // labels): a label without one is answered with '' here, so the double stays inside the schema.
    labels: labelsOf(repo, pr, links).map((l) => ({ ...l, description: l.description ?? '' })),
    milestone: null,
    active_lock_reason: null,
    created_at: pr.createdAt,
    updated_at: pr.updatedAt,
    closed_at: pr.closedAt,
    merged_at: pr.mergedAt,
    merge_commit_sha: pr.mergeCommitSha,
    assignee: pr.assignees[0] ? simpleUser(state.user(pr.assignees[0]), links) : null,
    assignees: users(state, pr.assignees, links),
    requested_reviewers: users(state, pr.requestedReviewers, links),
    requested_teams: pr.requestedTeams.map((slug) => team(repo, slug, links)),
    head: branch(state, headRepo, pr.head.ref, shas.head, links),
    base: branch(state, repo, pr.base.ref, shas.base, links),
    _links: {
      self: { href: url },
      html: { href: html },
      issue: { href: `${api}/issues/${pr.number}` },
      comments: { href: `${api}/issues/${pr.number}/comments` },
      review_comments: { href: `${url}/comments` },
      review_comment: { href: `${api}/pulls/comments{/number}` },
      commits: { href: `${url}/commits` },
      statuses: { href: `${api}/statuses/${shas.head}` },
    },
    author_association: association(repo, state, pr.user),
    auto_merge: null,
    draft: pr.draft,
  };
  if (!full) return simple;
  const commits = repo.refs.ahead(shas.base, shas.head) ?? 1;
  return {
    ...simple,
    merged: pr.mergedAt !== null,
    mergeable: pr.state === 'open' ? true : null,
    rebaseable: pr.state === 'open' ? true : null,
    mergeable_state: pr.state === 'open' ? 'clean' : 'unknown',
    merged_by: pr.mergedBy ? simpleUser(state.user(pr.mergedBy), links) : null,
    comments: repo.comments.filter((c) => c.issueNumber === pr.number).length,
    review_comments: 0,
    maintainer_can_modify: pr.maintainerCanModify,
    commits,
    additions: commits,
    deletions: 0,
    changed_files: commits,
  };
}
