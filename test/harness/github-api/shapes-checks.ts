/** JSON shapes for check runs, commit statuses and branches (with their commit). */
import type { CommitInfo } from './refs.js';
import { nodeId, repository, simpleUser, stableId, type Links } from './shapes-repo.js';
import type { ApiState, CheckRunRecord, CommitStatusRecord, RepoRecord } from './state.js';

/** The GitHub App behind a check run: GitHub Actions (id 15368) unless the seed names another slug. */
function app(state: ApiState, slug: string, links: Links): Record<string, unknown> {
  const actions = slug === 'github-actions';
  const id = actions ? 15368 : stableId(`app:${slug}`);
  return {
    id,
    slug,
    node_id: nodeId('Integration', id),
    owner: simpleUser(state.user(actions ? 'github' : slug, 'User'), links),
    name: actions ? 'GitHub Actions' : slug,
    description: actions ? 'Automate your workflow from idea to production' : null,
    external_url: actions ? 'https://help.github.com/en/actions' : `https://example.com/${slug}`,
    html_url: `${links.web}/apps/${slug}`,
    created_at: '2018-07-30T09:30:17Z',
    updated_at: '2024-04-10T20:33:16Z',
    permissions: { checks: 'write', contents: 'write', metadata: 'read', statuses: 'write' },
    events: ['check_run', 'check_suite', 'push'],
  };
}

export function checkRun(
  state: ApiState,
  repo: RepoRecord,
  run: CheckRunRecord,
  links: Links,
): Record<string, unknown> {
  const url = `${links.api}/repos/${repo.fullName}/check-runs/${run.id}`;
  const html = `${links.web}/${repo.fullName}/runs/${run.id}`;
  return {
    id: run.id,
    head_sha: run.headSha,
    node_id: nodeId('CheckRun', run.id),
    external_id: '',
    url,
    html_url: html,
    details_url: run.detailsUrl ?? html,
    status: run.status,
    conclusion: run.conclusion,
    started_at: run.startedAt,
    completed_at: run.completedAt,
    output: {
      title: null,
      summary: null,
      text: null,
      annotations_count: 0,
      annotations_url: `${url}/annotations`,
    },
    name: run.name,
    check_suite: { id: run.id + 500_000 },
    app: app(state, run.appSlug, links),
    pull_requests: [],
  };
}

/** `status` (list) and, with `simple`, `simple-commit-status` (inside the combined status). */
export function commitStatus(
  state: ApiState,
  repo: RepoRecord,
  s: CommitStatusRecord,
  links: Links,
  simple = false,
): Record<string, unknown> {
  const creator = state.user(s.creator);
  const shape: Record<string, unknown> = {
    url: `${links.api}/repos/${repo.fullName}/statuses/${s.sha}`,
    avatar_url: `https://avatars.githubusercontent.com/u/${creator.id}?v=4`,
    id: s.id,
    node_id: nodeId('StatusContext', s.id),
    state: s.state,
    description: s.description,
    target_url: s.targetUrl,
    context: s.context,
    created_at: s.createdAt,
    updated_at: s.createdAt,
  };
  if (!simple) shape.creator = simpleUser(creator, links);
  return shape;
}

export function combinedStatus(
  state: ApiState,
  repo: RepoRecord,
  sha: string,
  overall: string,
  latest: CommitStatusRecord[],
  links: Links,
): Record<string, unknown> {
  const api = `${links.api}/repos/${repo.fullName}`;
  return {
    state: overall,
    statuses: latest.map((s) => commitStatus(state, repo, s, links, true)),
    sha,
    total_count: latest.length,
    repository: repository(state, repo, links),
    commit_url: `${api}/commits/${sha}`,
    url: `${api}/commits/${sha}/status`,
  };
}

/** The `commit` shape for a branch tip, from git's own record of it (or the in-memory stand-in). */
function commit(repo: RepoRecord, info: CommitInfo, links: Links): Record<string, unknown> {
  const api = `${links.api}/repos/${repo.fullName}`;
  const html = `${links.web}/${repo.fullName}/commit/${info.sha}`;
  return {
    url: `${api}/commits/${info.sha}`,
    sha: info.sha,
    node_id: nodeId('Commit', parseInt(info.sha.slice(0, 8), 16)),
    html_url: html,
    comments_url: `${api}/commits/${info.sha}/comments`,
    commit: {
      url: `${api}/git/commits/${info.sha}`,
      author: info.author,
      committer: info.committer,
      message: info.message,
      comment_count: 0,
      tree: { sha: info.tree, url: `${api}/git/trees/${info.tree}` },
      verification: {
        verified: false,
        reason: 'unsigned',
        signature: null,
        payload: null,
        verified_at: null,
      },
    },
    author: null,
    committer: null,
    parents: info.parents.map((p) => ({
      sha: p,
      url: `${api}/commits/${p}`,
      html_url: `${links.web}/${repo.fullName}/commit/${p}`,
    })),
  };
}

/** `branch-with-protection` for an unprotected branch. */
export function branchShape(
  repo: RepoRecord,
  name: string,
  info: CommitInfo,
  links: Links,
): Record<string, unknown> {
  const url = `${links.api}/repos/${repo.fullName}/branches/${encodeURIComponent(name)}`;
  return {
    name,
    commit: commit(repo, info, links),
    _links: { self: url, html: `${links.web}/${repo.fullName}/tree/${name}` },
    protected: false,
    protection: {
      enabled: false,
      required_status_checks: { enforcement_level: 'off', contexts: [], checks: [] },
    },
    protection_url: `${url}/protection`,
  };
}
