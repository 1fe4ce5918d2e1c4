/**
 * gated-deploy when things go wrong around it: the origin refuses the push (no tag, no record, no
 * deployment), GitHub's deployment API fails after the push (the error names what was pushed; a rerun only
 * makes what is missing), and two promotions of different versions race for one stage (distinct counters;
 * the tags, the record, the pinned manifest and both runs' outputs tell one story).
 */
import assert from 'node:assert/strict';
import { chmod, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { git } from '../harness/git-fixtures.js';
import {
  deployScene,
  DEPLOYMENT,
  errorOf,
  FULL,
  image,
  pinnedDeployment,
  plain,
  type Scene,
} from './deploy-scene.js';

const [owner, repo] = FULL.split('/') as [string, string];
const CONFIG = `deploy:
  models:
    churn:
      environments:
        staging:
          manifests: [deploy/app.yaml]
`;

describe('gated-deploy: a refused push writes nothing', () => {
  let s: Scene;
  before(async () => {
    s = await deployScene({ '.mlops.yml': CONFIG, 'deploy/app.yaml': DEPLOYMENT });
  });
  after(() => s.close());

  it('a pre-receive hook declines: one error, no tag, no record, no deployment', async () => {
    const c1 = await s.commit({ 'model.txt': '1\n' });
    await s.recordRun(c1, { id: 'run-1', metrics: { auc: 0.9 } });
    const hook = join(s.repo.origin, 'hooks', 'pre-receive');
    await writeFile(hook, '#!/bin/sh\necho "main is protected" >&2\nexit 1\n');
    await chmod(hook, 0o755);
    const refs = await s.originRefs();
    s.api.resetLog();
    const run = await s.deploy({ environment: 'staging', image: image('a') }, { sha: c1 });
    assert.equal(run.exitCode, 1);
    assert.match(
      errorOf(run),
      /^Push of the deployment of churn to staging to 'origin' was refused: .*pre-receive hook declined/s,
    );
    assert.deepEqual(await s.originRefs(), refs);
    assert.deepEqual(await s.tags(), []);
    assert.deepEqual(s.api.writes(), []);
  });
});

describe('gated-deploy: the deployment API fails after the push', () => {
  let s: Scene;
  let c1: string;
  before(async () => {
    s = await deployScene({ '.mlops.yml': CONFIG, 'deploy/app.yaml': DEPLOYMENT });
    c1 = await s.commit({ 'model.txt': '1\n' });
    await s.recordRun(c1, { id: 'run-1', metrics: { auc: 0.9 } });
  });
  after(() => s.close());

  it('the error and the summary say what was pushed; the rerun creates only the deployment', async () => {
    s.api.injectFault({ method: 'POST', path: 'repos/create-deployment', status: 500 });
    const run = await s.deploy({ environment: 'staging', image: image('a') }, { sha: c1 });
    assert.equal(run.exitCode, 1);
    const main = (await s.originRefs())['refs/heads/main']!;
    assert.match(
      errorOf(run),
      new RegExp(
        `^Pushed churn v0\\.0\\.1 to staging \\(tags churn@v0\\.0\\.1, churn#staging#1; record deployments/churn/staging/000001-v0\\.0\\.1\\.json; manifests commit ${main.slice(0, 7)} on main\\), but creating the GitHub deployment failed: .+\\. Rerun the job to finish: the push is already there, so the rerun only creates what is missing on GitHub\\.$`,
        's',
      ),
    );
    assert.equal(run.outputs.deployed, 'true');
    assert.equal(run.outputs['deployment-id'], '');
    assert.ok(
      plain(run.summary).startsWith(
        '### ⚠️ `churn` `v0.0.1` → `staging`: pushed, but the GitHub deployment failed',
      ),
    );
    assert.deepEqual(await s.tags(), ['churn#staging#1', 'churn@v0.0.1']);

    s.api.clearFaults();
    const refs = await s.originRefs();
    s.api.resetLog();
    const rerun = await s.deploy({ environment: 'staging', image: image('a') }, { sha: c1 });
    assert.equal(rerun.exitCode, 0, rerun.stdout + rerun.stderr);
    assert.deepEqual(await s.originRefs(), refs, 'nothing pushed again');
    assert.deepEqual(s.api.countByRoute(s.api.writes()), {
      'repos/create-deployment': 1,
      'repos/create-deployment-status': 2,
    });
    const deployments = await s.gh.rest.repos.listDeployments({ owner, repo, environment: 'staging' });
    assert.equal(deployments.data.length, 1);
    assert.equal(deployments.data[0]!.sha, main);
  });

  it('a failure after the deployment was created marks it failed, saying why', async () => {
    const c2 = await s.commit({ 'model.txt': '2\n' });
    await s.recordRun(c2, { id: 'run-2', metrics: { auc: 0.91 } });
    s.api.injectFault({ method: 'POST', path: 'repos/create-release', status: 500 });
    const run = await s.deploy({ environment: 'staging', image: image('b'), release: 'always' }, { sha: c2 });
    s.api.clearFaults();
    assert.equal(run.exitCode, 1);
    assert.match(
      errorOf(run),
      /^Pushed churn v0\.0\.2 to staging \(tags churn@v0\.0\.2, churn#staging#2, churn#staging!#3;.*but creating the release failed/,
    );
    const id = Number(run.outputs['deployment-id']);
    const statuses = await s.gh.rest.repos.listDeploymentStatuses({ owner, repo, deployment_id: id });
    assert.deepEqual(
      statuses.data.map((x) => x.state),
      ['failure', 'in_progress'],
    );
    assert.match(statuses.data[0]!.description ?? '', /^creating the release failed/);
  });
});

describe('gated-deploy: two promotions of different versions race for one stage', () => {
  let s: Scene;
  before(async () => {
    s = await deployScene({ '.mlops.yml': CONFIG, 'deploy/app.yaml': DEPLOYMENT });
  });
  after(() => s.close());

  it('distinct counters and versions; tags, newest record, pinned manifest and outputs agree', async () => {
    const c1 = await s.commit({ 'model.txt': '1\n' });
    const c2 = await s.commit({ 'model.txt': '2\n' });
    await s.recordRun(c1, { id: 'run-1', metrics: { auc: 0.9 } });
    await s.recordRun(c2, { id: 'run-2', metrics: { auc: 0.91 } });
    const [one, two] = await Promise.all([
      s.deploy({ environment: 'staging', image: image('1') }, { sha: c1, env: { GITHUB_RUN_ID: '101' } }),
      s.deploy({ environment: 'staging', image: image('2') }, { sha: c2, env: { GITHUB_RUN_ID: '102' } }),
    ]);
    assert.equal(one.exitCode, 0, one.stdout + one.stderr);
    assert.equal(two.exitCode, 0, two.stdout + two.stderr);
    // Whichever landed first registered v0.0.1 and took counter 1; the other re-planned on the new state.
    const [first, second] = one.outputs['record-path']!.endsWith('000001-v0.0.1.json')
      ? [one, two]
      : [two, one];
    const firstImage = first === one ? image('1') : image('2');
    const secondImage = first === one ? image('2') : image('1');
    const secondCommit = first === one ? c2 : c1;
    assert.equal(first.outputs.version, 'v0.0.1');
    assert.deepEqual(JSON.parse(first.outputs.tags!), ['churn@v0.0.1', 'churn#staging#1']);
    assert.equal(second.outputs.version, 'v0.0.2');
    assert.deepEqual(JSON.parse(second.outputs.tags!), [
      'churn@v0.0.2',
      'churn#staging#2',
      'churn#staging!#3',
    ]);
    assert.equal(second.outputs['record-path'], 'deployments/churn/staging/000002-v0.0.2.json');
    assert.deepEqual(await s.modelsList(), [
      ['name', 'latest', '#staging'],
      ['churn', 'v0.0.2', 'v0.0.2'],
    ]);
    assert.equal(await git(s.repo.origin, 'rev-parse', 'churn@v0.0.2^{commit}'), secondCommit);
    const main = (await s.originRefs())['refs/heads/main']!;
    assert.equal((await s.show(main, 'deploy/app.yaml')) + '\n', pinnedDeployment(secondImage));
    const newest = JSON.parse(await s.show('mlops/registry', second.outputs['record-path'])) as Record<
      string,
      unknown
    >;
    assert.equal(newest.image, secondImage);
    assert.deepEqual(newest.previous, { version: 'v0.0.1', commit: first === one ? c1 : c2 });
    const older = JSON.parse(await s.show('mlops/registry', first.outputs['record-path']!)) as Record<
      string,
      unknown
    >;
    assert.equal(older.image, firstImage);
    // The manifest history: first pinned to the first image, then to the second, each commit by one run.
    const log = await git(s.repo.origin, 'log', '--format=%s', '-2', main);
    assert.deepEqual(log.split('\n'), ['Deploy churn v0.0.2 to staging', 'Deploy churn v0.0.1 to staging']);
  });
});
