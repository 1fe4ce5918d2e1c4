import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { doubleWithClient, failure, FULL, MAIN, OWNER, REPO, sha, type DoubleWithClient } from './testing.js';

let d: DoubleWithClient;

before(async () => {
  d = await doubleWithClient();
});

after(() => d.close());

test('check runs for a ref: by sha or branch, check_name filter, latest vs all, pagination', async () => {
  const commit = sha(2);
  d.api.setRef(FULL, 'refs/heads/train', commit);
  d.api.addCheckRun(FULL, commit, { name: 'test', conclusion: 'failure' });
  d.api.addCheckRun(FULL, commit, { name: 'test', conclusion: 'success' }); // a re-run of the same job
  d.api.addCheckRun(FULL, commit, { name: 'lint', conclusion: 'success' });
  d.api.addCheckRun(FULL, 'train', { name: 'deploy', status: 'in_progress' });

  const bySha = await d.gh.rest.checks.listForRef({ owner: OWNER, repo: REPO, ref: commit });
  assert.equal(bySha.data.total_count, 3);
  assert.deepEqual(bySha.data.check_runs.map((r) => [r.name, r.status, r.conclusion]).sort(), [
    ['deploy', 'in_progress', null],
    ['lint', 'completed', 'success'],
    ['test', 'completed', 'success'],
  ]);
  const byBranch = await d.gh.rest.checks.listForRef({ owner: OWNER, repo: REPO, ref: 'train' });
  assert.equal(byBranch.data.total_count, 3);
  assert.ok(byBranch.data.check_runs.every((r) => r.head_sha === commit));

  const named = await d.gh.rest.checks.listForRef({
    owner: OWNER,
    repo: REPO,
    ref: commit,
    check_name: 'test',
  });
  assert.deepEqual(
    named.data.check_runs.map((r) => r.conclusion),
    ['success'],
  );
  const all = await d.gh.rest.checks.listForRef({
    owner: OWNER,
    repo: REPO,
    ref: commit,
    check_name: 'test',
    filter: 'all',
  });
  assert.deepEqual(
    all.data.check_runs.map((r) => r.conclusion),
    ['success', 'failure'],
  );
  assert.equal(all.data.check_runs[0]!.app?.slug, 'github-actions');

  const page = await d.gh.rest.checks.listForRef({ owner: OWNER, repo: REPO, ref: commit, per_page: 2 });
  assert.equal(page.data.total_count, 3);
  assert.equal(page.data.check_runs.length, 2);
  assert.match(page.headers.link ?? '', /rel="next"/);
  const paged = await d.gh.paginate(d.gh.rest.checks.listForRef, {
    owner: OWNER,
    repo: REPO,
    ref: commit,
    per_page: 1,
  });
  assert.deepEqual(paged.map((r) => r.name).sort(), ['deploy', 'lint', 'test']);

  const none = await d.gh.rest.checks.listForRef({ owner: OWNER, repo: REPO, ref: sha(9) });
  assert.deepEqual(none.data, { total_count: 0, check_runs: [] });
});

test('a check run seed needs a conclusion exactly when completed', () => {
  assert.throws(() => d.api.addCheckRun(FULL, MAIN, { name: 'x', status: 'completed' }), /conclusion/);
  assert.throws(
    () => d.api.addCheckRun(FULL, MAIN, { name: 'x', status: 'queued', conclusion: 'success' }),
    /conclusion/,
  );
});

test('commit statuses: create (shape, 140-character description), list newest first, refs by branch', async () => {
  const commit = sha(3);
  d.api.setRef(FULL, 'refs/heads/eval', commit);
  const created = await d.gh.rest.repos.createCommitStatus({
    owner: OWNER,
    repo: REPO,
    sha: commit,
    state: 'pending',
    context: 'ml/eval',
    description: 'evaluating',
    target_url: 'https://ci.example.com/1',
  });
  assert.equal(created.status, 201);
  assert.equal(created.data.context, 'ml/eval');
  assert.equal(created.data.creator?.login, 'github-actions[bot]');
  await d.gh.rest.repos.createCommitStatus({ owner: OWNER, repo: REPO, sha: commit, state: 'success' });
  const listed = await d.gh.rest.repos.listCommitStatusesForRef({ owner: OWNER, repo: REPO, ref: 'eval' });
  assert.deepEqual(
    listed.data.map((s) => [s.context, s.state]),
    [
      ['default', 'success'],
      ['ml/eval', 'pending'],
    ],
  );
  const long = await failure(
    d.gh.rest.repos.createCommitStatus({
      owner: OWNER,
      repo: REPO,
      sha: commit,
      state: 'success',
      description: 'd'.repeat(141),
    }),
  );
  assert.equal(long.status, 422);
  assert.match(long.message, /description is too long \(maximum is 140 characters\)/);
  const exact = await d.gh.rest.repos.createCommitStatus({
    owner: OWNER,
    repo: REPO,
    sha: commit,
    state: 'success',
    context: 'exact',
    description: 'd'.repeat(140),
  });
  assert.equal(exact.status, 201);
});

test('combined status follows GitHub rule: failure > pending (or none) > success, newest per context', async () => {
  const combined = async (ref: string) =>
    (await d.gh.rest.repos.getCombinedStatusForRef({ owner: OWNER, repo: REPO, ref })).data;
  const commit = sha(4);
  d.api.setRef(FULL, 'refs/heads/combo', commit);

  const none = await combined(commit);
  assert.equal(none.state, 'pending');
  assert.equal(none.total_count, 0);

  d.api.addCommitStatus(FULL, commit, { context: 'ci/test', state: 'failure' });
  d.api.addCommitStatus(FULL, commit, { context: 'ci/test', state: 'success' }); // newer wins
  d.api.addCommitStatus(FULL, commit, { context: 'ci/lint', state: 'success' });
  const green = await combined('combo');
  assert.equal(green.state, 'success');
  assert.equal(green.sha, commit);
  assert.deepEqual(green.statuses.map((s) => `${s.context}=${s.state}`).sort(), [
    'ci/lint=success',
    'ci/test=success',
  ]);

  d.api.addCommitStatus(FULL, commit, { context: 'ci/eval', state: 'pending' });
  assert.equal((await combined(commit)).state, 'pending');
  d.api.addCommitStatus(FULL, commit, { context: 'ci/data', state: 'error' });
  assert.equal((await combined(commit)).state, 'failure');

  // Check runs are a separate API: a failing check run does not change the combined status.
  const other = sha(5);
  d.api.addCommitStatus(FULL, other, { context: 'ci/test', state: 'success' });
  d.api.addCheckRun(FULL, other, { name: 'build', conclusion: 'failure' });
  assert.equal((await combined(other)).state, 'success');
});
