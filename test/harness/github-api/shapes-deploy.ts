/** JSON shapes for deployments, deployment statuses and releases. */
import { nodeId, simpleUser, type Links } from './shapes-repo.js';
import type {
  ApiState,
  DeploymentRecord,
  DeploymentStatusRecord,
  ReleaseRecord,
  RepoRecord,
} from './state.js';

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
