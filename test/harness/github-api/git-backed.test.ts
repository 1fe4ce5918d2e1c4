import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createRepoWithOrigin, git, type RepoWithOrigin } from '../git-fixtures.js';
import { startGitHubApi } from './index.js';
import { doubleWithClient, failure, FULL, OWNER, REPO, type DoubleWithClient } from './testing.js';

let d: DoubleWithClient;
let origin: RepoWithOrigin;
const base = { owner: OWNER, repo: REPO };

before(async () => {
  origin = await createRepoWithOrigin({ 'README.md': '# model\n', 'params.yaml': 'lr: 0.1\n' });
  d = await doubleWithClient({ gitDir: origin.origin });
});

after(() => d.close());

const tipOf = (ref: string) => git(origin.origin, 'rev-parse', ref);

test('branch tips are read from the bare repository and follow pushes the double is never told about', async () => {
  const before = await tipOf('main');
  const branch = await d.gh.rest.repos.getBranch({ ...base, branch: 'main' });
  assert.equal(branch.data.commit.sha, before);
  assert.equal(branch.data.commit.commit.message, 'initial commit');
  assert.equal(branch.data.commit.commit.author?.email, 'test@example.com');

  const pushed = await origin.commit({ 'params.yaml': 'lr: 0.05\n' }, 'tune lr');
  const after = await d.gh.rest.repos.getBranch({ ...base, branch: 'main' });
  assert.equal(after.data.commit.sha, pushed);
  assert.deepEqual(
    after.data.commit.parents.map((p) => p.sha),
    [before],
  );
  const ref = await d.gh.rest.git.getRef({ ...base, ref: 'heads/main' });
  assert.equal(ref.data.object.sha, pushed);
  const missing = await failure(d.gh.rest.repos.getBranch({ ...base, branch: 'nope' }));
  assert.equal(missing.status, 404);
  assert.match(missing.message, /Branch not found/);
});

test('PRs: head and base shas come from git and follow force-pushes; "No commits between" uses ancestry', async () => {
  const mainTip = await tipOf('main');
  const first = await origin.commit({ 'data.dvc': 'md5: 1\n' }, 'new data', 'mlops/retrain/churn');
  const pr = await d.gh.rest.pulls.create({
    ...base,
    head: 'mlops/retrain/churn',
    base: 'main',
    title: 'Retrain',
  });
  assert.equal(pr.data.head.sha, first);
  assert.equal(pr.data.base.sha, mainTip);
  assert.equal(pr.data.commits, 1);
  const second = await origin.commit({ 'data.dvc': 'md5: 2\n' }, 'newer data', 'mlops/retrain/churn');
  const got = await d.gh.rest.pulls.get({ ...base, pull_number: pr.data.number });
  assert.equal(got.data.head.sha, second);
  assert.equal(got.data.commits, 2);

  // A branch at main's tip, and one behind main: nothing to merge either way.
  await git(origin.origin, 'branch', 'same', mainTip);
  await git(origin.origin, 'branch', 'behind', `${mainTip}~1`);
  for (const head of ['same', 'behind']) {
    const none = await failure(d.gh.rest.pulls.create({ ...base, head, base: 'main', title: head }));
    assert.equal(none.status, 422, head);
    assert.match(none.message, new RegExp(`No commits between main and ${head}`));
  }
  // Closed, then its branch deleted: GitHub cannot reopen it; with the branch back, it can.
  await d.gh.rest.pulls.update({ ...base, pull_number: pr.data.number, state: 'closed' });
  await git(origin.origin, 'branch', '-D', 'mlops/retrain/churn');
  const reopen = await failure(
    d.gh.rest.pulls.update({ ...base, pull_number: pr.data.number, state: 'open' }),
  );
  assert.equal(reopen.status, 422);
  assert.match(reopen.message, /The pull request cannot be reopened/);
  await git(origin.origin, 'branch', 'mlops/retrain/churn', second);
  const reopened = await d.gh.rest.pulls.update({ ...base, pull_number: pr.data.number, state: 'open' });
  assert.equal(reopened.data.state, 'open');

  const noBranch = await failure(
    d.gh.rest.pulls.create({ ...base, head: 'ghost', base: 'main', title: 'x' }),
  );
  assert.equal(noBranch.status, 422);
  assert.match(noBranch.message, /"field":"head","code":"invalid"/);
});

test('git refs API writes the real repository: missing objects and non-fast-forward moves are refused', async () => {
  const mainTip = await tipOf('main');
  const parent = await tipOf('main~1');
  const bogus = await failure(
    d.gh.rest.git.createRef({ ...base, ref: 'refs/heads/bogus', sha: 'f'.repeat(40) }),
  );
  assert.equal(bogus.status, 422);
  assert.match(bogus.message, /Object does not exist/);
  await d.gh.rest.git.createRef({ ...base, ref: 'refs/heads/runs/exp-1', sha: mainTip });
  assert.equal(await tipOf('refs/heads/runs/exp-1'), mainTip);
  const backwards = await failure(d.gh.rest.git.updateRef({ ...base, ref: 'heads/runs/exp-1', sha: parent }));
  assert.equal(backwards.status, 422);
  assert.match(backwards.message, /Update is not a fast forward/);
  await d.gh.rest.git.updateRef({ ...base, ref: 'heads/runs/exp-1', sha: parent, force: true });
  assert.equal(await tipOf('refs/heads/runs/exp-1'), parent);
  await d.gh.rest.git.deleteRef({ ...base, ref: 'heads/runs/exp-1' });
  assert.equal(await git(origin.origin, 'for-each-ref', 'refs/heads/runs/'), '');

  await git(origin.work, 'tag', '-a', 'churn@v1.0.0', '-m', 'Registering artifact churn version v1.0.0');
  await git(origin.work, 'push', '-q', 'origin', 'churn@v1.0.0');
  const tag = await d.gh.rest.git.getRef({ ...base, ref: 'tags/churn@v1.0.0' });
  assert.equal(tag.data.object.type, 'tag');
  assert.equal(tag.data.object.sha, await tipOf('refs/tags/churn@v1.0.0'));
  // A deployment of the GTO tag records the commit the annotated tag points at.
  const byTag = await d.gh.rest.repos.createDeployment({
    ...base,
    ref: 'churn@v1.0.0',
    auto_merge: false,
    required_contexts: [],
  });
  assert.equal((byTag.data as { sha: string }).sha, await tipOf('churn@v1.0.0^{commit}'));
  const matching = await d.gh.rest.git.listMatchingRefs({ ...base, ref: 'tags/churn@' });
  assert.deepEqual(
    matching.data.map((r) => r.ref),
    ['refs/tags/churn@v1.0.0'],
  );
});

test('a release for a missing tag creates a lightweight tag in the bare repository at target_commitish', async () => {
  const target = await tipOf('main~1');
  await git(origin.origin, 'branch', 'release-base', target);
  await d.gh.rest.repos.createRelease({
    ...base,
    tag_name: 'churn@v1.1.0',
    target_commitish: 'release-base',
  });
  assert.equal(await tipOf('refs/tags/churn@v1.1.0'), target);
  assert.equal(await git(origin.origin, 'cat-file', '-t', 'refs/tags/churn@v1.1.0'), 'commit');
  const unknown = await failure(
    d.gh.rest.repos.createRelease({ ...base, tag_name: 'x@v0.0.1', target_commitish: 'no-such-branch' }),
  );
  assert.equal(unknown.status, 422);
  assert.match(unknown.message, /"field":"target_commitish"/);
});

test('deployment auto-merge with git: the default branch is merged into the ref (202), then it deploys; 409 on conflict', async () => {
  const fork = await tipOf('main');
  await git(origin.origin, 'branch', 'topic', fork);
  await git(origin.origin, 'branch', 'clash', fork);
  const advanced = await origin.commit({ 'params.yaml': 'lr: 0.01\n' }, 'tune again');
  // topic changes another file; clash changes the same line as main did.
  await git(origin.work, 'fetch', '-q', 'origin');
  await git(origin.work, 'checkout', '-q', '-B', 'topic', 'origin/topic');
  const topicTip = await origin.commit({ 'notes.md': 'topic\n' }, 'topic work', 'topic');
  await git(origin.work, 'checkout', '-q', '-B', 'clash', 'origin/clash');
  await origin.commit({ 'params.yaml': 'lr: 0.5\n' }, 'clash work', 'clash');
  await git(origin.work, 'checkout', '-q', 'main');

  const merged = await d.gh.rest.repos.createDeployment({ ...base, ref: 'topic', required_contexts: [] });
  assert.equal(merged.status, 202);
  assert.deepEqual(merged.data, { message: 'Auto-merged main into topic on deployment.' });
  const parents = (await git(origin.origin, 'rev-list', '--parents', '-n', '1', 'topic')).split(' ').slice(1);
  assert.deepEqual(parents, [topicTip, advanced]);
  const deployed = await d.gh.rest.repos.createDeployment({ ...base, ref: 'topic', required_contexts: [] });
  assert.equal(deployed.status, 201);
  assert.equal((deployed.data as { sha: string }).sha, await tipOf('topic'));

  const clash = await failure(
    d.gh.rest.repos.createDeployment({ ...base, ref: 'clash', required_contexts: [] }),
  );
  assert.equal(clash.status, 409);
  assert.match(clash.message, /Conflict merging main into clash\./);
});

test('check runs and statuses resolve branch names through git; an unknown ref is 422', async () => {
  const tip = await tipOf('main');
  d.api.addCheckRun(FULL, 'main', { name: 'train', conclusion: 'success' });
  const runs = await d.gh.rest.checks.listForRef({ ...base, ref: tip });
  assert.deepEqual(
    runs.data.check_runs.map((r) => r.name),
    ['train'],
  );
  const unknown = await failure(d.gh.rest.repos.getCombinedStatusForRef({ ...base, ref: 'no-such-ref' }));
  assert.equal(unknown.status, 422);
  assert.match(unknown.message, /No commit found for SHA: no-such-ref/);
});

test('addRepo refuses a gitDir that is not a repository', async () => {
  const api = await startGitHubApi();
  try {
    assert.throws(
      () => api.addRepo('octo/none', { gitDir: '/nonexistent/origin.git' }),
      /not a git repository/,
    );
  } finally {
    await api.close();
  }
});
