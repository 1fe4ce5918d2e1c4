import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createOctokit } from '../../../src/adapter/octokit.js';
import { silentLogger } from '../../../src/core/logger.js';
import { doubleWithClient, failure, FULL, MAIN, OWNER, REPO, sha, type DoubleWithClient } from './testing.js';

let d: DoubleWithClient;

before(async () => {
  d = await doubleWithClient({ collaborators: ['alice', 'bob'] });
});

after(() => d.close());

async function openPull(branch: string, tip: string): Promise<number> {
  d.api.setRef(FULL, `refs/heads/${branch}`, tip);
  const pr = await d.gh.rest.pulls.create({
    owner: OWNER,
    repo: REPO,
    head: branch,
    base: 'main',
    title: branch,
  });
  return pr.data.number;
}

test('requested reviewers: add and remove; the author and non-collaborators are 422', async () => {
  const n = await openPull('mlops/retrain/churn', sha(2));
  const requested = await d.gh.rest.pulls.requestReviewers({
    owner: OWNER,
    repo: REPO,
    pull_number: n,
    reviewers: ['alice', 'bob'],
    team_reviewers: ['ml-team'],
  });
  assert.equal(requested.status, 201);
  assert.deepEqual(
    requested.data.requested_reviewers?.map((u) => u.login),
    ['alice', 'bob'],
  );
  assert.deepEqual(
    requested.data.requested_teams?.map((t) => t.slug),
    ['ml-team'],
  );
  const removed = await d.gh.rest.pulls.removeRequestedReviewers({
    owner: OWNER,
    repo: REPO,
    pull_number: n,
    reviewers: ['bob'],
  });
  assert.deepEqual(
    removed.data.requested_reviewers?.map((u) => u.login),
    ['alice'],
  );
  const author = await failure(
    d.gh.rest.pulls.requestReviewers({
      owner: OWNER,
      repo: REPO,
      pull_number: n,
      reviewers: ['github-actions[bot]'],
    }),
  );
  assert.equal(author.status, 422);
  assert.match(author.message, /Review cannot be requested from pull request author\./);
  const stranger = await failure(
    d.gh.rest.pulls.requestReviewers({ owner: OWNER, repo: REPO, pull_number: n, reviewers: ['mallory'] }),
  );
  assert.equal(stranger.status, 422);
  assert.match(stranger.message, /not a collaborator of the octo-org\/ml-project repository/);

  await d.gh.rest.issues.addAssignees({ owner: OWNER, repo: REPO, issue_number: n, assignees: ['bob'] });
  const got = await d.gh.rest.pulls.get({ owner: OWNER, repo: REPO, pull_number: n });
  assert.deepEqual(
    got.data.assignees?.map((a) => a.login),
    ['bob'],
  );
  assert.equal(got.data.assignee?.login, 'bob');
});

test('an open PR follows its branch tip; closing it unmerged records closed_at and freezes the shas', async () => {
  const n = await openPull('mlops/retrain/fraud', sha(3));
  d.api.setRef(FULL, 'refs/heads/mlops/retrain/fraud', sha(4)); // a force-push to the PR branch
  const moved = await d.gh.rest.pulls.get({ owner: OWNER, repo: REPO, pull_number: n });
  assert.equal(moved.data.head.sha, sha(4));

  const closed = await d.gh.rest.pulls.update({ owner: OWNER, repo: REPO, pull_number: n, state: 'closed' });
  assert.equal(closed.data.state, 'closed');
  assert.ok(closed.data.closed_at);
  assert.equal(closed.data.merged_at, null);
  assert.equal(closed.data.merged, false);
  d.api.setRef(FULL, 'refs/heads/mlops/retrain/fraud', sha(5));
  const later = await d.gh.rest.pulls.get({ owner: OWNER, repo: REPO, pull_number: n });
  assert.equal(later.data.head.sha, sha(4));

  // A closed PR does not block a new one for the same head.
  const again = await d.gh.rest.pulls.create({
    owner: OWNER,
    repo: REPO,
    head: 'mlops/retrain/fraud',
    base: 'main',
    title: 'again',
  });
  assert.notEqual(again.data.number, n);
});

test('seeding: closed unmerged or merged at a given time, as list and get report it', async () => {
  d.api.addPullRequest(FULL, {
    number: 50,
    head: { ref: 'mlops/retrain/old', sha: sha(6) },
    base: { ref: 'main', sha: MAIN },
    state: 'closed',
    createdAt: '2024-03-01T00:00:00Z',
    closedAt: '2024-03-02T10:00:00Z',
  });
  const n = await openPull('mlops/retrain/merged', sha(7));
  d.api.closeIssueOrPull(FULL, n, { at: '2024-03-04T12:00:00Z', merged: true, by: 'alice' });
  const merged = await d.gh.rest.pulls.get({ owner: OWNER, repo: REPO, pull_number: n });
  assert.equal(merged.data.merged, true);
  assert.equal(merged.data.merged_at, '2024-03-04T12:00:00Z');
  assert.equal(merged.data.closed_at, '2024-03-04T12:00:00Z');
  assert.equal(merged.data.merged_by?.login, 'alice');
  assert.match(merged.data.merge_commit_sha ?? '', /^[0-9a-f]{40}$/);

  const closed = await d.gh.rest.pulls.list({
    owner: OWNER,
    repo: REPO,
    head: `${OWNER}:mlops/retrain/old`,
    state: 'closed',
  });
  assert.deepEqual(
    closed.data.map((p) => [p.number, p.closed_at, p.merged_at]),
    [[50, '2024-03-02T10:00:00Z', null]],
  );
  const reopenMerged = await failure(
    d.gh.rest.pulls.update({ owner: OWNER, repo: REPO, pull_number: n, state: 'open' }),
  );
  assert.equal(reopenMerged.status, 422);
  assert.match(reopenMerged.message, /state cannot be changed\. The pull request cannot be reopened\./);
  const viaIssues = await failure(
    d.gh.rest.issues.update({ owner: OWNER, repo: REPO, issue_number: n, state: 'open', title: 'x' }),
  );
  assert.equal(viaIssues.status, 422);
  assert.equal(
    (await d.gh.rest.pulls.get({ owner: OWNER, repo: REPO, pull_number: n })).data.title,
    'mlops/retrain/merged',
  );

  const asIssue = await d.gh.rest.issues.get({ owner: OWNER, repo: REPO, issue_number: 50 });
  assert.equal(asIssue.data.pull_request?.merged_at, null);
  assert.equal(asIssue.data.closed_at, '2024-03-02T10:00:00Z');
});

test('pulls list: head filters only as owner:branch (a bare branch is ignored, as on GitHub), base, state', async () => {
  const n = await openPull('feature-x', sha(8));
  const all = await d.gh.paginate(d.gh.rest.pulls.list, { owner: OWNER, repo: REPO, state: 'all' });
  const bare = await d.gh.paginate(d.gh.rest.pulls.list, {
    owner: OWNER,
    repo: REPO,
    state: 'all',
    head: 'feature-x',
  });
  assert.equal(bare.length, all.length);
  assert.ok(all.length > 1);
  const qualified = await d.gh.rest.pulls.list({ owner: OWNER, repo: REPO, head: `${OWNER}:feature-x` });
  assert.deepEqual(
    qualified.data.map((p) => p.number),
    [n],
  );
  assert.equal((await d.gh.rest.pulls.list({ owner: OWNER, repo: REPO, base: 'release' })).data.length, 0);
  const asc = await d.gh.rest.pulls.list({ owner: OWNER, repo: REPO, state: 'all', direction: 'asc' });
  assert.deepEqual(
    asc.data.map((p) => p.number),
    [...asc.data.map((p) => p.number)].sort((a, b) => a - b),
  );
});

test('the Actions setting refuses the workflow token with 403, while a GitHub App token may still create', async () => {
  d.api.addRepo(FULL, { actionsCanCreatePullRequests: false });
  d.api.setRef(FULL, 'refs/heads/app-branch', sha(9));
  const refused = await failure(
    d.gh.rest.pulls.create({ owner: OWNER, repo: REPO, head: 'app-branch', base: 'main', title: 'x' }),
  );
  assert.equal(refused.status, 403);
  assert.equal(
    refused.message,
    'GitHub Actions is not permitted to create or approve pull requests. - https://docs.github.com/rest/pulls/pulls#create-a-pull-request',
  );
  d.api.addToken('ghs_app_token', { login: 'mlops-bot[bot]', type: 'Bot', kind: 'installation' });
  const app = createOctokit({
    token: 'ghs_app_token',
    baseUrl: d.api.url,
    logger: silentLogger,
    retryBaseMs: 10,
  });
  const created = await app.rest.pulls.create({
    owner: OWNER,
    repo: REPO,
    head: 'app-branch',
    base: 'main',
    title: 'x',
  });
  assert.equal(created.data.user.login, 'mlops-bot[bot]');
  d.api.addRepo(FULL, { actionsCanCreatePullRequests: true });
});

test('node lag: right after creation the next N label/reviewer/assignee writes answer 422, then succeed', async () => {
  d.api.setNodeLag(2);
  const n = await openPull('mlops/retrain/lag', 'a'.repeat(40));
  d.api.setNodeLag(0);
  const first = await failure(
    d.gh.rest.issues.addLabels({ owner: OWNER, repo: REPO, issue_number: n, labels: ['retrain'] }),
  );
  assert.equal(first.status, 422);
  assert.match(
    first.message,
    /^Validation Failed: \{"resource":"Label","code":"unprocessable","field":"data","message":"Could not resolve to a node with the global id of '[^']+'\."\}/,
  );
  const second = await failure(
    d.gh.rest.pulls.requestReviewers({ owner: OWNER, repo: REPO, pull_number: n, reviewers: ['alice'] }),
  );
  assert.equal(second.status, 422);
  assert.match(second.message, /^Validation Failed: "Could not resolve to a node with the global id of/);
  const third = await d.gh.rest.issues.addLabels({
    owner: OWNER,
    repo: REPO,
    issue_number: n,
    labels: ['retrain'],
  });
  assert.equal(third.status, 200);
  // PRs created after the lag is switched off are resolvable at once; a lag can target an existing PR too.
  const m = await openPull('mlops/retrain/nolag', 'b'.repeat(40));
  assert.equal(
    (await d.gh.rest.issues.addAssignees({ owner: OWNER, repo: REPO, issue_number: m, assignees: ['bob'] }))
      .status,
    201,
  );
  d.api.setNodeLag(1, { repo: FULL, number: m });
  const lagged = await failure(
    d.gh.rest.issues.addAssignees({ owner: OWNER, repo: REPO, issue_number: m, assignees: ['alice'] }),
  );
  assert.equal(lagged.status, 422);
});
