import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { Octokit } from '@octokit/rest';
import { startGitHubApi, type GitHubApiDouble } from './index.js';

const OWNER = 'octo-org';
const REPO = 'ml-project';
const FULL = `${OWNER}/${REPO}`;
const BOT = 'ghs_workflow_token';
const MAIN = '1'.repeat(40);
let api: GitHubApiDouble;
let gh: Octokit;

before(async () => {
  api = await startGitHubApi();
  api.addRepo(FULL, { defaultBranch: 'main' });
  api.addToken(BOT, { login: 'github-actions[bot]', type: 'Bot', kind: 'installation' });
  api.setRef(FULL, 'refs/heads/main', MAIN);
  // Plain Octokit (no retry/throttle plugins): what the routes answer, not how the factory copes.
  const quiet = () => undefined;
  gh = new Octokit({
    auth: BOT,
    baseUrl: api.url,
    log: { debug: quiet, info: quiet, warn: quiet, error: quiet },
  });
});

after(async () => {
  await api.close();
  assert.deepEqual(api.responseErrors, []);
});

async function status(p: Promise<unknown>): Promise<{ status: number; message: string }> {
  try {
    await p;
    return { status: 0, message: '' };
  } catch (e) {
    const err = e as { status: number; message: string };
    return { status: err.status, message: err.message };
  }
}

test('pull requests: create, duplicate head/base 422, list by head, update, labels', async () => {
  api.setRef(FULL, 'refs/heads/retrain', '2'.repeat(40));
  const created = await gh.rest.pulls.create({
    owner: OWNER,
    repo: REPO,
    head: 'retrain',
    base: 'main',
    title: 'Retrain',
  });
  assert.equal(created.status, 201);
  assert.equal(created.data.head.sha, '2'.repeat(40));
  assert.equal(created.data.base.sha, MAIN);
  assert.equal(created.data.user.login, 'github-actions[bot]');
  const dup = await status(
    gh.rest.pulls.create({
      owner: OWNER,
      repo: REPO,
      head: `${OWNER}:retrain`,
      base: 'main',
      title: 'Again',
    }),
  );
  assert.equal(dup.status, 422);
  assert.match(dup.message, /A pull request already exists for octo-org:retrain\./);

  const listed = await gh.rest.pulls.list({
    owner: OWNER,
    repo: REPO,
    head: `${OWNER}:retrain`,
    state: 'open',
  });
  assert.deepEqual(
    listed.data.map((p) => p.number),
    [created.data.number],
  );
  assert.equal(
    (await gh.rest.pulls.list({ owner: OWNER, repo: REPO, head: `${OWNER}:other` })).data.length,
    0,
  );

  const updated = await gh.rest.pulls.update({
    owner: OWNER,
    repo: REPO,
    pull_number: created.data.number,
    body: 'new body',
    state: 'closed',
  });
  assert.equal(updated.data.body, 'new body');
  assert.equal(updated.data.state, 'closed');
  assert.equal((await gh.rest.pulls.list({ owner: OWNER, repo: REPO, state: 'closed' })).data.length, 1);

  const labels = await gh.rest.issues.addLabels({
    owner: OWNER,
    repo: REPO,
    issue_number: created.data.number,
    labels: ['retrain', 'ml'],
  });
  assert.deepEqual(
    labels.data.map((l) => l.name),
    ['retrain', 'ml'],
  );
  const got = await gh.rest.pulls.get({ owner: OWNER, repo: REPO, pull_number: created.data.number });
  assert.deepEqual(
    got.data.labels.map((l) => l.name),
    ['retrain', 'ml'],
  );
});

test('pull requests: same tip as base is "No commits between", a long body is 422, the Actions setting is 403', async () => {
  api.setRef(FULL, 'refs/heads/same', MAIN);
  const none = await status(
    gh.rest.pulls.create({ owner: OWNER, repo: REPO, head: 'same', base: 'main', title: 'x' }),
  );
  assert.equal(none.status, 422);
  assert.match(none.message, /No commits between main and same/);
  const long = await status(
    gh.rest.pulls.create({
      owner: OWNER,
      repo: REPO,
      head: 'b2',
      base: 'main',
      title: 'x',
      body: 'y'.repeat(65_537),
    }),
  );
  assert.equal(long.status, 422);
  api.addRepo(FULL, { actionsCanCreatePullRequests: false });
  const refused = await status(
    gh.rest.pulls.create({ owner: OWNER, repo: REPO, head: 'b3', base: 'main', title: 'x' }),
  );
  assert.equal(refused.status, 403);
  assert.match(refused.message, /GitHub Actions is not permitted to create or approve pull requests/);
  api.addRepo(FULL, { actionsCanCreatePullRequests: true });
});

test('a fork PR has a head repository other than the base', async () => {
  api.addPullRequest(FULL, {
    number: 40,
    head: { ref: 'patch-1', sha: '4'.repeat(40), repoFullName: `contributor/${REPO}` },
    base: { ref: 'main', sha: MAIN },
    user: 'contributor',
  });
  const pr = await gh.rest.pulls.get({ owner: OWNER, repo: REPO, pull_number: 40 });
  assert.equal(pr.data.head.repo?.full_name, `contributor/${REPO}`);
  assert.equal(pr.data.base.repo.full_name, FULL);
  assert.equal(pr.data.head.label, 'contributor:patch-1');
});

test('git refs: create, get (slashes in names), matching, update, duplicate 422, missing 404', async () => {
  const sha = '3'.repeat(40);
  const created = await gh.rest.git.createRef({
    owner: OWNER,
    repo: REPO,
    ref: 'refs/heads/runs/exp-1',
    sha,
  });
  assert.equal(created.status, 201);
  const got = await gh.rest.git.getRef({ owner: OWNER, repo: REPO, ref: 'heads/runs/exp-1' });
  assert.equal(got.data.object.sha, sha);
  const dup = await status(
    gh.rest.git.createRef({ owner: OWNER, repo: REPO, ref: 'refs/heads/runs/exp-1', sha }),
  );
  assert.equal(dup.status, 422);
  assert.match(dup.message, /Reference already exists/);
  const moved = await gh.rest.git.updateRef({
    owner: OWNER,
    repo: REPO,
    ref: 'heads/runs/exp-1',
    sha: MAIN,
    force: true,
  });
  assert.equal(moved.data.object.sha, MAIN);
  const matching = await gh.rest.git.listMatchingRefs({ owner: OWNER, repo: REPO, ref: 'heads/runs/' });
  assert.deepEqual(
    matching.data.map((r) => r.ref),
    ['refs/heads/runs/exp-1'],
  );
  assert.equal(
    (await status(gh.rest.git.getRef({ owner: OWNER, repo: REPO, ref: 'heads/none' }))).status,
    404,
  );
  const gone = await status(gh.rest.git.updateRef({ owner: OWNER, repo: REPO, ref: 'heads/none', sha }));
  assert.equal(gone.status, 422);
});

test('deployments: required_contexts omitted is a 409, statuses list newest first, auto_inactive, 140-char limit', async () => {
  // Inside a workflow the running job is itself an unfinished check run on the commit.
  api.addCheckRun(FULL, MAIN, { name: 'deploy', status: 'in_progress' });
  const blocked = await status(
    gh.rest.repos.createDeployment({ owner: OWNER, repo: REPO, ref: 'main', environment: 'staging' }),
  );
  assert.equal(blocked.status, 409);
  const first = await gh.rest.repos.createDeployment({
    owner: OWNER,
    repo: REPO,
    ref: 'main',
    environment: 'staging',
    required_contexts: [],
    payload: { model: 'churn@v1.0.0' },
  });
  assert.equal(first.status, 201);
  const d1 = first.data as { id: number; sha: string; payload: unknown };
  assert.equal(d1.sha, MAIN);
  assert.deepEqual(d1.payload, { model: 'churn@v1.0.0' });
  await gh.rest.repos.createDeploymentStatus({
    owner: OWNER,
    repo: REPO,
    deployment_id: d1.id,
    state: 'in_progress',
  });
  await gh.rest.repos.createDeploymentStatus({
    owner: OWNER,
    repo: REPO,
    deployment_id: d1.id,
    state: 'success',
    environment_url: 'https://staging.example.com',
  });
  const second = await gh.rest.repos.createDeployment({
    owner: OWNER,
    repo: REPO,
    ref: 'main',
    environment: 'staging',
    required_contexts: [],
  });
  const d2 = second.data as { id: number };
  await gh.rest.repos.createDeploymentStatus({
    owner: OWNER,
    repo: REPO,
    deployment_id: d2.id,
    state: 'success',
  });
  const statuses = await gh.rest.repos.listDeploymentStatuses({
    owner: OWNER,
    repo: REPO,
    deployment_id: d1.id,
  });
  assert.deepEqual(
    statuses.data.map((s) => s.state),
    ['inactive', 'success', 'in_progress'],
  );
  const listed = await gh.rest.repos.listDeployments({ owner: OWNER, repo: REPO, environment: 'staging' });
  assert.deepEqual(
    listed.data.map((d) => d.id),
    [d2.id, d1.id],
  );
  const long = await status(
    gh.rest.repos.createDeploymentStatus({
      owner: OWNER,
      repo: REPO,
      deployment_id: d2.id,
      state: 'failure',
      description: 'd'.repeat(141),
    }),
  );
  assert.equal(long.status, 422);
  const badState = await status(
    // An untyped route, so a state outside GitHub's enum reaches the double's schema check.
    gh.request(`POST /repos/${OWNER}/${REPO}/deployments/${d2.id}/statuses`, { state: 'done' }),
  );
  assert.equal(badState.status, 422);
});

test('releases: create, duplicate tag 422, get by tag (GTO-style names), list, update', async () => {
  const tag = 'models/churn@v1.2.0';
  const created = await gh.rest.repos.createRelease({
    owner: OWNER,
    repo: REPO,
    tag_name: tag,
    body: 'metrics',
  });
  assert.equal(created.status, 201);
  assert.equal(created.data.target_commitish, 'main');
  const dup = await status(gh.rest.repos.createRelease({ owner: OWNER, repo: REPO, tag_name: tag }));
  assert.equal(dup.status, 422);
  const byTag = await gh.rest.repos.getReleaseByTag({ owner: OWNER, repo: REPO, tag });
  assert.equal(byTag.data.id, created.data.id);
  const updated = await gh.rest.repos.updateRelease({
    owner: OWNER,
    repo: REPO,
    release_id: created.data.id,
    name: 'churn 1.2.0',
    prerelease: true,
  });
  assert.equal(updated.data.name, 'churn 1.2.0');
  assert.equal(updated.data.prerelease, true);
  await gh.rest.repos.createRelease({ owner: OWNER, repo: REPO, tag_name: 'draft-1', draft: true });
  assert.equal(
    (await status(gh.rest.repos.getReleaseByTag({ owner: OWNER, repo: REPO, tag: 'draft-1' }))).status,
    404,
  );
  const all = await gh.rest.repos.listReleases({ owner: OWNER, repo: REPO });
  assert.deepEqual(
    all.data.map((r) => r.tag_name),
    ['draft-1', tag],
  );
});

test('repository metadata carries the default branch and GitHub URLs', async () => {
  const repo = await gh.rest.repos.get({ owner: OWNER, repo: REPO });
  assert.equal(repo.data.full_name, FULL);
  assert.equal(repo.data.default_branch, 'main');
  assert.equal(repo.data.html_url, `https://github.com/${FULL}`);
  assert.equal(repo.data.owner.login, OWNER);
});
