/** JSON shapes for comments, labels and git refs, with the fields GitHub's OpenAPI description requires. */
import type { RefTarget } from './refs.js';
import { nodeId, simpleUser, type Links } from './shapes-repo.js';
import type { ApiState, LabelRecord, RepoRecord, StoredComment } from './state.js';

export function reactions(url: string): Record<string, unknown> {
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

export function gitRef(
  repo: RepoRecord,
  ref: string,
  target: RefTarget,
  links: Links,
): Record<string, unknown> {
  const api = `${links.api}/repos/${repo.fullName}`;
  return {
    ref,
    node_id: Buffer.from(`REF_${repo.id}:${ref}`).toString('base64url'),
    url: `${api}/git/${ref}`,
    object: { sha: target.sha, type: target.type, url: `${api}/git/${target.type}s/${target.sha}` },
  };
}
