import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { doubleWithClient, failure, FULL, OWNER, REPO, sha, type DoubleWithClient } from './testing.js';

let d: DoubleWithClient;

before(async () => {
  d = await doubleWithClient({ collaborators: ['alice', 'bob'] });
});

after(() => d.close());

test('labels: create, 422 already_exists (case-insensitive), get, list, invalid color', async () => {
  const created = await d.gh.rest.issues.createLabel({
    owner: OWNER,
    repo: REPO,
    name: 'drift',
    color: 'd73a4a',
    description: 'Data drift found',
  });
  assert.equal(created.status, 201);
  assert.deepEqual([created.data.name, created.data.color], ['drift', 'd73a4a']);
  const dup = await failure(d.gh.rest.issues.createLabel({ owner: OWNER, repo: REPO, name: 'Drift' }));
  assert.equal(dup.status, 422);
  assert.match(dup.message, /"code":"already_exists"/);
  const got = await d.gh.rest.issues.getLabel({ owner: OWNER, repo: REPO, name: 'DRIFT' });
  assert.equal(got.data.name, 'drift');
  assert.equal(
    (await failure(d.gh.rest.issues.getLabel({ owner: OWNER, repo: REPO, name: 'none' }))).status,
    404,
  );
  const badColor = await failure(
    d.gh.rest.issues.createLabel({ owner: OWNER, repo: REPO, name: 'x', color: '#ff0000' }),
  );
  assert.equal(badColor.status, 422);
  await d.gh.rest.issues.createLabel({ owner: OWNER, repo: REPO, name: 'automated' });
  const listed = await d.gh.rest.issues.listLabelsForRepo({ owner: OWNER, repo: REPO });
  assert.deepEqual(
    listed.data.map((l) => l.name),
    ['automated', 'drift'],
  );
});

test('issues: create with labels (missing ones created) and assignees, get, update, 65,536-character body', async () => {
  const issue = await d.gh.rest.issues.create({
    owner: OWNER,
    repo: REPO,
    title: 'Drift alert: churn',
    body: 'share 0.4',
    labels: ['drift', 'model:churn'],
    assignees: ['alice'],
  });
  assert.equal(issue.status, 201);
  assert.deepEqual(
    issue.data.labels.map((l) => (typeof l === 'string' ? l : l.name)),
    ['drift', 'model:churn'],
  );
  assert.deepEqual(
    issue.data.assignees?.map((a) => a.login),
    ['alice'],
  );
  assert.equal(issue.data.user?.login, 'github-actions[bot]');
  assert.equal(issue.data.pull_request, undefined);
  const newLabel = await d.gh.rest.issues.getLabel({ owner: OWNER, repo: REPO, name: 'model:churn' });
  assert.equal(newLabel.data.color, 'ededed');

  const n = issue.data.number;
  const updated = await d.gh.rest.issues.update({
    owner: OWNER,
    repo: REPO,
    issue_number: n,
    title: 'Drift alert: churn (cleared)',
    body: 'share 0.1',
    labels: ['automated'],
    assignees: ['bob'],
    state: 'closed',
    state_reason: 'completed',
  });
  assert.equal(updated.data.title, 'Drift alert: churn (cleared)');
  assert.equal(updated.data.state, 'closed');
  assert.equal(updated.data.state_reason, 'completed');
  assert.ok(updated.data.closed_at);
  assert.equal(updated.data.closed_by?.login, 'github-actions[bot]');
  assert.deepEqual(
    updated.data.labels.map((l) => (typeof l === 'string' ? l : l.name)),
    ['automated'],
  );
  assert.deepEqual(
    updated.data.assignees?.map((a) => a.login),
    ['bob'],
  );
  const reopened = await d.gh.rest.issues.update({
    owner: OWNER,
    repo: REPO,
    issue_number: n,
    state: 'open',
  });
  assert.equal(reopened.data.closed_at, null);
  assert.equal(reopened.data.state_reason, 'reopened');

  const long = await failure(
    d.gh.rest.issues.create({ owner: OWNER, repo: REPO, title: 't', body: 'x'.repeat(65_537) }),
  );
  assert.equal(long.status, 422);
  assert.match(long.message, /body is too long \(maximum is 65536 characters\)/);
  const longEdit = await failure(
    d.gh.rest.issues.update({ owner: OWNER, repo: REPO, issue_number: n, body: 'x'.repeat(65_537) }),
  );
  assert.equal(longEdit.status, 422);
  const fits = await d.gh.rest.issues.create({
    owner: OWNER,
    repo: REPO,
    title: 't',
    body: 'x'.repeat(65_536),
  });
  assert.equal(fits.status, 201);
  const stranger = await failure(
    d.gh.rest.issues.create({ owner: OWNER, repo: REPO, title: 't', assignees: ['mallory'] }),
  );
  assert.equal(stranger.status, 422);
  assert.match(stranger.message, /"field":"assignees"/);
  assert.equal(
    (await failure(d.gh.rest.issues.get({ owner: OWNER, repo: REPO, issue_number: 999 }))).status,
    404,
  );
});

test('issue labels: add, remove (404 when absent), set, list; assignees add (strangers ignored) and remove', async () => {
  const n = d.api.addIssue(FULL, { title: 'seeded', labels: ['drift'] });
  const added = await d.gh.rest.issues.addLabels({
    owner: OWNER,
    repo: REPO,
    issue_number: n,
    labels: ['Drift', 'ops'],
  });
  assert.deepEqual(
    added.data.map((l) => l.name),
    ['drift', 'ops'],
  );
  const removed = await d.gh.rest.issues.removeLabel({
    owner: OWNER,
    repo: REPO,
    issue_number: n,
    name: 'drift',
  });
  assert.deepEqual(
    removed.data.map((l) => l.name),
    ['ops'],
  );
  const absent = await failure(
    d.gh.rest.issues.removeLabel({ owner: OWNER, repo: REPO, issue_number: n, name: 'drift' }),
  );
  assert.equal(absent.status, 404);
  assert.match(absent.message, /Label does not exist/);
  const set = await d.gh.rest.issues.setLabels({
    owner: OWNER,
    repo: REPO,
    issue_number: n,
    labels: ['retrain'],
  });
  assert.deepEqual(
    set.data.map((l) => l.name),
    ['retrain'],
  );
  const onIssue = await d.gh.rest.issues.listLabelsOnIssue({ owner: OWNER, repo: REPO, issue_number: n });
  assert.deepEqual(
    onIssue.data.map((l) => l.name),
    ['retrain'],
  );

  const assigned = await d.gh.rest.issues.addAssignees({
    owner: OWNER,
    repo: REPO,
    issue_number: n,
    assignees: ['alice', 'mallory'],
  });
  assert.equal(assigned.status, 201);
  assert.deepEqual(
    assigned.data.assignees?.map((a) => a.login),
    ['alice'],
  );
  const unassigned = await d.gh.rest.issues.removeAssignees({
    owner: OWNER,
    repo: REPO,
    issue_number: n,
    assignees: ['alice'],
  });
  assert.deepEqual(unassigned.data.assignees, []);
});

test('issue list: state, labels (all must match), creator, sort/direction; PRs are listed with pull_request', async () => {
  const api = d.api;
  const repoName = 'octo-org/issues-only';
  api.addRepo(repoName);
  const a = api.addIssue(repoName, {
    title: 'a',
    labels: ['drift', 'churn'],
    user: 'alice',
    createdAt: '2024-01-01T00:00:00Z',
  });
  const b = api.addIssue(repoName, {
    title: 'b',
    labels: ['drift'],
    user: 'bob',
    createdAt: '2024-01-02T00:00:00Z',
  });
  const c = api.addIssue(repoName, {
    title: 'c',
    state: 'closed',
    closedAt: '2024-01-05T00:00:00Z',
    createdAt: '2024-01-03T00:00:00Z',
  });
  api.addPullRequest(repoName, {
    number: 10,
    head: { ref: 'x', sha: sha(6) },
    base: { ref: 'main', sha: sha(7) },
    labels: ['drift'],
  });
  const list = async (q: Record<string, string>) =>
    (await d.gh.rest.issues.listForRepo({ owner: 'octo-org', repo: 'issues-only', ...q })).data;

  assert.deepEqual(
    (await list({})).map((i) => i.number),
    [10, b, a],
  );
  assert.deepEqual(
    (await list({ state: 'all', direction: 'asc' })).map((i) => i.number),
    [a, b, c, 10],
  );
  assert.deepEqual(
    (await list({ state: 'closed' })).map((i) => i.number),
    [c],
  );
  assert.deepEqual(
    (await list({ labels: 'drift,churn' })).map((i) => i.number),
    [a],
  );
  assert.deepEqual(
    (await list({ creator: 'bob' })).map((i) => i.number),
    [b],
  );
  const pr = (await list({})).find((i) => i.number === 10)!;
  assert.ok(pr.pull_request?.url?.endsWith('/pulls/10'));
  assert.deepEqual(
    (await list({ sort: 'updated', direction: 'asc', state: 'all' })).map((i) => i.number).slice(0, 2),
    [a, b],
  );
});
