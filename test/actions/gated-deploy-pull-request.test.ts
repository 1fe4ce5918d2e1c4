/**
 * `pin: pull-request`: the pins go to mlops/deploy/churn/production with one pull request carrying the
 * decision; a newer proposal updates the same branch and pull request; nothing is tagged until the merge.
 * The run on the merge commit (no run record of its own, and a rebuilt image as input) finds the manifests
 * pinned to the proposal and records that assignment: GTO tags at the proposal's commit, the record, the
 * deployment and the release. Reruns change nothing.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { git } from '../harness/git-fixtures.js';
import { deployScene, DEPLOYMENT, FULL, image, pinnedDeployment, plain, type Scene } from './deploy-scene.js';

const [owner, repo] = FULL.split('/') as [string, string];
const BRANCH = 'mlops/deploy/churn/production';
const CONFIG = `deploy:
  models:
    churn:
      environments:
        production:
          manifests: [deploy/production/churn.yaml]
          pin: pull-request
          gates:
            metrics: { auc: ">= 0.80" }
`;

describe('gated-deploy pin: pull-request', () => {
  let s: Scene;
  let c1: string;
  let c2: string;
  let number: number;

  before(async () => {
    s = await deployScene({ '.mlops.yml': CONFIG, 'deploy/production/churn.yaml': DEPLOYMENT });
    c1 = await s.commit({ 'model.txt': '1\n' }, 'model 1');
    await s.recordRun(c1, { id: 'run-1', metrics: { auc: 0.83 } });
  });
  after(() => s.close());

  it('opens one pull request from the deploy branch with the decision table; nothing is tagged', async () => {
    const main = (await s.originRefs())['refs/heads/main'];
    const run = await s.deploy({ environment: 'production', image: image('a') }, { sha: c1 });
    assert.equal(run.exitCode, 0, run.stdout + run.stderr);
    assert.equal(run.outputs.deployed, 'false');
    assert.equal(run.outputs.tags, '[]');
    assert.deepEqual(JSON.parse(run.outputs['pinned-files']!), ['deploy/production/churn.yaml']);
    const refs = await s.originRefs();
    assert.equal(refs['refs/heads/main'], main, 'main is untouched until the merge');
    assert.deepEqual(await s.tags(), []);
    assert.equal(await git(s.repo.origin, 'rev-parse', `${BRANCH}^`), main);
    assert.equal((await s.show(BRANCH, 'deploy/production/churn.yaml')) + '\n', pinnedDeployment(image('a')));
    const proposal = JSON.parse(
      await s.show('mlops/registry', 'deployments/churn/production/proposal.json'),
    ) as Record<string, unknown>;
    assert.equal(proposal.status, 'proposed');
    assert.equal(proposal.commit, c1);
    const pulls = await s.gh.rest.pulls.list({ owner, repo, state: 'open' });
    assert.equal(pulls.data.length, 1);
    const pull = pulls.data[0]!;
    number = pull.number;
    assert.equal(pull.html_url, run.outputs['pull-request-url']);
    assert.equal(pull.title, 'Deploy churn v0.0.1 to production');
    assert.equal(pull.head.ref, BRANCH);
    assert.equal(pull.base.ref, 'main');
    const body = plain(pull.body ?? '');
    assert.ok(body.startsWith('### 🔀 Deploy `churn` `v0.0.1` to `production`\n'), body);
    assert.ok(body.includes('| ✅ pass | metrics `auc` | 0.83 | ≥ 0.8 | meets the threshold |'), body);
    assert.ok(body.includes('**Gates: allowed** (1 pass)'), body);
  });

  it('a rerun pushes nothing and leaves the pull request as it is', async () => {
    const refs = await s.originRefs();
    s.api.resetLog();
    const run = await s.deploy({ environment: 'production', image: image('a') }, { sha: c1 });
    assert.equal(run.exitCode, 0, run.stdout + run.stderr);
    assert.deepEqual(await s.originRefs(), refs);
    assert.deepEqual(s.api.countByRoute(s.api.writes()), {});
    assert.match(run.summary, /pull request already up to date/);
  });

  it('a newer version replaces the proposal: the same branch (one commit on main) and the same pull request', async () => {
    c2 = await s.commit({ 'model.txt': '2\n' }, 'model 2');
    await s.recordRun(c2, { id: 'run-2', metrics: { auc: 0.85 } });
    s.api.resetLog();
    const run = await s.deploy({ environment: 'production', image: image('b') }, { sha: c2 });
    assert.equal(run.exitCode, 0, run.stdout + run.stderr);
    assert.deepEqual(s.api.countByRoute(s.api.writes()), { 'pulls/update': 1 });
    const pulls = await s.gh.rest.pulls.list({ owner, repo, state: 'open' });
    assert.deepEqual(
      pulls.data.map((p) => p.number),
      [number],
    );
    assert.equal(await git(s.repo.origin, 'rev-parse', `${BRANCH}^`), c2);
    assert.equal((await s.show(BRANCH, 'deploy/production/churn.yaml')) + '\n', pinnedDeployment(image('b')));
    assert.match(pulls.data[0]!.body ?? '', /run `churn\/run-2`/);
  });

  it('the run on the merge records the proposal: tags at its commit, record, deployment, release', async () => {
    await git(s.repo.work, 'fetch', '-q', 'origin');
    await git(s.repo.work, 'checkout', '-q', 'main');
    await git(s.repo.work, 'reset', '-q', '--hard', 'origin/main');
    await git(
      s.repo.work,
      'merge',
      '-q',
      '--no-ff',
      '-m',
      `Merge pull request #${number}`,
      `origin/${BRANCH}`,
    );
    await git(s.repo.work, 'push', '-q', 'origin', 'main');
    const merge = await git(s.repo.work, 'rev-parse', 'HEAD');
    s.api.closeIssueOrPull(FULL, number, { merged: true, mergeCommitSha: merge });
    // The merge's own workflow rebuilt an image (another digest): the manifests say what is deployed.
    const run = await s.deploy({ environment: 'production', image: image('c') }, { sha: merge });
    assert.equal(run.exitCode, 0, run.stdout + run.stderr);
    assert.equal(run.outputs.deployed, 'true');
    assert.equal(run.outputs.version, 'v0.0.1');
    assert.equal(run.outputs.image, image('b'));
    assert.deepEqual(JSON.parse(run.outputs.tags!), ['churn@v0.0.1', 'churn#production#1']);
    assert.equal(await git(s.repo.origin, 'rev-parse', 'churn@v0.0.1^{commit}'), c2);
    assert.deepEqual(await s.modelsList(), [
      ['name', 'latest', '#production'],
      ['churn', 'v0.0.1', 'v0.0.1'],
    ]);
    assert.equal((await s.originRefs())['refs/heads/main'], merge, 'nothing more is committed to main');
    const files = await git(
      s.repo.origin,
      'ls-tree',
      '-r',
      '--name-only',
      'mlops/registry',
      'deployments/churn/production/',
    );
    assert.deepEqual(
      files.split('\n'),
      ['deployments/churn/production/000001-v0.0.1.json'],
      'the proposal is gone',
    );
    const record = JSON.parse(await s.show('mlops/registry', run.outputs['record-path']!)) as {
      pin: unknown;
      run: { id: string };
    };
    assert.deepEqual(record.pin, {
      mode: 'pull-request',
      branch: 'main',
      commit: merge,
      files: ['deploy/production/churn.yaml'],
    });
    assert.equal(record.run.id, 'run-2');
    const deployments = await s.gh.rest.repos.listDeployments({ owner, repo, environment: 'production' });
    assert.deepEqual(
      deployments.data.map((d) => [d.sha, d.production_environment]),
      [[merge, true]],
    );
    assert.equal((await s.gh.rest.repos.getLatestRelease({ owner, repo })).data.tag_name, 'churn@v0.0.1');

    const refs = await s.originRefs();
    s.api.resetLog();
    const again = await s.deploy({ environment: 'production', image: image('c') }, { sha: merge });
    assert.equal(again.exitCode, 0, again.stdout + again.stderr);
    assert.deepEqual(await s.originRefs(), refs);
    assert.deepEqual(s.api.countByRoute(s.api.writes()), {});
  });
});
