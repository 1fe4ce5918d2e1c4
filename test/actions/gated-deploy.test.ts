/**
 * gated-deploy's lifecycle, run as a runner runs it (bundle, INPUT_*, push event payload, depth-1 checkout)
 * against a real bare origin and the GitHub API double: promote to staging (pin: push), the same again (a
 * rerun changes nothing), production after staging (release), a second version, a rollback. After each step
 * the origin's GTO tags, `mlops models list`, the pinned manifests, the deployment records and GitHub's
 * deployments and releases are checked against expectations written here by hand, in GTO's terms.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { workflowDispatchEvent } from '../harness/events.js';
import { checkoutLikeActions } from '../harness/git-fixtures.js';
import { runCli } from '../harness/run-action.js';
import { lineageSchema } from '../../src/core/lineage/schema.js';
import {
  deployScene,
  DEPLOYMENT,
  FULL,
  image,
  MODEL,
  pinnedDeployment,
  plain,
  type Scene,
  validator,
} from './deploy-scene.js';

const [owner, repo] = FULL.split('/') as [string, string];
const TRAIN_MD5 = '0123456789abcdef0123456789abcdef';
const pointer = (md5: string) => `outs:\n- md5: ${md5}\n  size: 12\n  hash: md5\n  path: train.csv\n`;

const CONFIG = `metrics:
  directions: { latency_ms: lower }
deploy:
  models:
    churn:
      environments:
        staging:
          manifests: [deploy/staging/*.yaml]
          environment-url: https://staging.churn.example.com
          gates:
            metrics: { auc: ">= 0.80", latency_ms: "<= 50" }
            checks: [train]
        production:
          production: true
          after: staging
          manifests: [deploy/production/churn.yaml]
          gates:
            no-regression: { auc: "0.005", latency_ms: "10%" }
            data: true
`;

describe('gated-deploy: promote, promote again, production, a second version, roll back', () => {
  let s: Scene;
  let c1: string;
  let c2: string;
  const A = image('a');
  const B = image('b');

  before(async () => {
    s = await deployScene({
      '.mlops.yml': CONFIG,
      'deploy/staging/app.yaml': DEPLOYMENT,
      'deploy/production/churn.yaml': DEPLOYMENT,
      'data/train.csv.dvc': pointer(TRAIN_MD5),
      'params.yaml': 'lr: 0.1\n',
    });
    c1 = await s.commit({ 'src/model.py': 'print(1)\n' }, 'model 1');
    await s.recordRun(c1, {
      id: 'run-1',
      metrics: { auc: 0.84, latency_ms: 40 },
      params: { lr: 0.1 },
      data: [{ path: 'data/train.csv', md5: TRAIN_MD5, source: 'data/train.csv.dvc' }],
    });
    s.api.addCheckRun(FULL, c1, { name: 'train', conclusion: 'success' });
  });
  after(() => s.close());

  it('promotes v0.0.1 to staging: register + assign, manifests pinned on main, record, deployment, in one push', async () => {
    const run = await s.deploy({ environment: 'staging', image: A }, { sha: c1 });
    assert.equal(run.exitCode, 0, run.stdout + run.stderr);
    assert.equal(run.outputs.decision, 'allowed');
    assert.equal(run.outputs.deployed, 'true');
    assert.equal(run.outputs.version, 'v0.0.1');
    assert.deepEqual(JSON.parse(run.outputs.tags!), ['churn@v0.0.1', 'churn#staging#1']);
    assert.deepEqual(JSON.parse(run.outputs['pinned-files']!), ['deploy/staging/app.yaml']);
    assert.equal(run.outputs['record-path'], 'deployments/churn/staging/000001-v0.0.1.json');
    assert.equal(run.outputs.image, A);
    assert.equal(run.outputs['release-url'], '', 'no release for staging');

    assert.deepEqual(await s.tags(), ['churn#staging#1', 'churn@v0.0.1']);
    const refs = await s.originRefs();
    assert.equal(refs['refs/tags/churn@v0.0.1'] !== undefined, true);
    assert.equal(await s.show('churn@v0.0.1^{commit}', 'src/model.py'), 'print(1)');
    // One commit on top of c1, changing only the server's image scalar.
    const main = refs['refs/heads/main']!;
    assert.equal((await s.show(main, 'deploy/staging/app.yaml')) + '\n', pinnedDeployment(A));
    assert.equal((await s.show(main, 'deploy/production/churn.yaml')) + '\n', DEPLOYMENT);
    assert.deepEqual(await s.modelsList(), [
      ['name', 'latest', '#staging'],
      ['churn', 'v0.0.1', 'v0.0.1'],
    ]);
    const record = JSON.parse(await s.show('mlops/registry', run.outputs['record-path'])) as Record<
      string,
      unknown
    >;
    assert.deepEqual((await validator('deploy-record.schema.json'))(record), []);
    assert.equal(record.version, 'v0.0.1');
    assert.equal(record.commit, c1);
    assert.equal(record.digest, `sha256:${'a'.repeat(64)}`);
    assert.deepEqual(record.run, {
      experiment: 'churn',
      id: 'run-1',
      url: `https://github.com/${FULL}/actions/runs/500`,
    });
    assert.deepEqual((record.pin as { commit: string }).commit, main);

    const deployments = await s.gh.rest.repos.listDeployments({ owner, repo, environment: 'staging' });
    assert.equal(deployments.data.length, 1);
    assert.equal(deployments.data[0]!.sha, main);
    assert.equal(deployments.data[0]!.production_environment, false);
    assert.equal(String(deployments.data[0]!.id), run.outputs['deployment-id']);
    const statuses = await s.gh.rest.repos.listDeploymentStatuses({
      owner,
      repo,
      deployment_id: deployments.data[0]!.id,
    });
    assert.deepEqual(statuses.data.map((x) => [x.state, x.log_url, x.environment_url]).reverse(), [
      [
        'in_progress',
        `https://github.com/${FULL}/actions/runs/1234567890`,
        'https://staging.churn.example.com',
      ],
      ['success', `https://github.com/${FULL}/actions/runs/1234567890`, 'https://staging.churn.example.com'],
    ]);
    assert.match(run.summary, /^### ✅ `churn` `v0\.0\.1` → `staging`: deployed\n/);
    assert.ok(plain(run.summary).includes('| ✅ pass | checks `train` | success |'));
  });

  it('a rerun with the same inputs pushes nothing and makes no second deployment', async () => {
    const refs = await s.originRefs();
    s.api.resetLog();
    const run = await s.deploy({ environment: 'staging', image: A }, { sha: c1 });
    assert.equal(run.exitCode, 0, run.stdout + run.stderr);
    assert.equal(run.outputs.deployed, 'true');
    assert.deepEqual(JSON.parse(run.outputs.tags!), []);
    assert.equal(run.outputs['record-path'], 'deployments/churn/staging/000001-v0.0.1.json');
    assert.deepEqual(await s.originRefs(), refs);
    assert.deepEqual(s.api.countByRoute(s.api.writes()), {});
    assert.match(run.summary, /already deployed \(nothing changed\)/);
  });

  it('production after staging: the release is made latest, with notes', async () => {
    const run = await s.deploy({ environment: 'production', image: A }, { sha: c1 });
    assert.equal(run.exitCode, 0, run.stdout + run.stderr);
    assert.deepEqual(JSON.parse(run.outputs.tags!), ['churn#production#2']);
    assert.deepEqual(await s.modelsList(), [
      ['name', 'latest', '#production', '#staging'],
      ['churn', 'v0.0.1', 'v0.0.1', 'v0.0.1'],
    ]);
    const main = (await s.originRefs())['refs/heads/main']!;
    assert.equal((await s.show(main, 'deploy/production/churn.yaml')) + '\n', pinnedDeployment(A));
    const latest = await s.gh.rest.repos.getLatestRelease({ owner, repo });
    assert.equal(latest.data.tag_name, 'churn@v0.0.1');
    assert.equal(latest.data.html_url, run.outputs['release-url']);
    assert.match(latest.data.body ?? '', /The first version in production/);
    const summary = plain(run.summary);
    assert.ok(
      summary.includes(
        '| ⏭️ skip | no-regression `auc, latency_ms` | — | — | nothing is in production yet |',
      ),
      summary,
    );
    assert.ok(summary.includes('| ✅ pass | after `staging` | v0.0.1 | v0.0.1 active in staging |'), summary);
    assert.ok(summary.includes('| ✅ pass | data | 1 of 1 match |'), summary);
  });

  it('v0.0.2 to staging and production: exclusive assignment, notes against v0.0.1, the old deployment inactive', async () => {
    c2 = await s.commit({ 'src/model.py': 'print(2)\n', 'params.yaml': 'lr: 0.05\n' }, 'model 2');
    await s.recordRun(c2, {
      id: 'run-2',
      metrics: { auc: 0.838, latency_ms: 43.5 },
      params: { lr: 0.05 },
      data: [{ path: 'data/train.csv', md5: TRAIN_MD5, source: 'data/train.csv.dvc' }],
    });
    s.api.addCheckRun(FULL, c2, { name: 'train', conclusion: 'success' });
    const staging = await s.deploy({ environment: 'staging', image: B }, { sha: c2 });
    assert.equal(staging.exitCode, 0, staging.stdout + staging.stderr);
    assert.deepEqual(JSON.parse(staging.outputs.tags!), [
      'churn@v0.0.2',
      'churn#staging#3',
      'churn#staging!#4',
    ]);
    const prod = await s.deploy({ environment: 'production', image: B }, { sha: c2 });
    assert.equal(prod.exitCode, 0, prod.stdout + prod.stderr);
    assert.deepEqual(JSON.parse(prod.outputs.tags!), ['churn#production#5', 'churn#production!#6']);
    // auc 0.838 ≥ 0.84 − 0.005; latency 43.5 ≤ 40 + 10 %.
    const summary = plain(prod.summary);
    assert.ok(
      summary.includes(
        '| ✅ pass | no-regression `auc` | 0.838 (v0.0.1: 0.84) | ≥ 0.835 (0.005 below v0.0.1) |',
      ),
      summary,
    );
    assert.ok(
      summary.includes(
        '| ✅ pass | no-regression `latency_ms` | 43.5 (v0.0.1: 40) | ≤ 44 (10% above v0.0.1) |',
      ),
      summary,
    );
    assert.deepEqual(await s.modelsList(), [
      ['name', 'latest', '#production', '#staging'],
      ['churn', 'v0.0.2', 'v0.0.2', 'v0.0.2'],
    ]);
    const release = await s.gh.rest.repos.getLatestRelease({ owner, repo });
    assert.equal(release.data.tag_name, 'churn@v0.0.2');
    const notes = release.data.body ?? '';
    assert.match(notes, /Replaces `v0\.0\.1`/);
    assert.match(notes, /\| `auc` \| 0\.838 \| 0\.84 \| -0\.002 \|/);
    assert.match(notes, /\| `lr` \| `0\.1` \| `0\.05` \|/);
    assert.match(notes, new RegExp(`\\| \`data/train\\.csv\` \\| \`${TRAIN_MD5}\` \\|`));
    assert.ok(notes.includes(B), 'the image digest');
    assert.ok(notes.includes('### Lineage\n\n```mermaid\nflowchart LR\n'), 'the lineage chart');
    assert.ok(prod.summary.includes('**Lineage**'), 'the lineage chart in the job summary');
    assert.match(notes, /mlops gated-deploy rollback --name churn --environment production/);
    const deployments = await s.gh.rest.repos.listDeployments({ owner, repo, environment: 'production' });
    const states = await Promise.all(
      deployments.data.map(
        async (d) =>
          (await s.gh.rest.repos.listDeploymentStatuses({ owner, repo, deployment_id: d.id })).data[0]!.state,
      ),
    );
    assert.deepEqual(states, ['success', 'inactive'], 'newest first: v0.0.2 active, v0.0.1 made inactive');
  });

  it('rolls production back to v0.0.1: assign it, unassign v0.0.2, pin its recorded image, release latest again', async () => {
    // Dispatched by hand (workflow_dispatch on main): GITHUB_SHA is main's tip, which holds the pins.
    const tip = (await s.originRefs())['refs/heads/main']!;
    const dispatch = workflowDispatchEvent({ inputs: { command: 'rollback', environment: 'production' } });
    const run = await s.deploy(
      { environment: 'production', command: 'rollback' },
      { sha: tip, event: dispatch, env: { GITHUB_SHA: tip } },
    );
    assert.equal(run.exitCode, 0, run.stdout + run.stderr);
    assert.equal(run.outputs.version, 'v0.0.1');
    assert.deepEqual(JSON.parse(run.outputs.tags!), ['churn#production#7', 'churn#production!#8']);
    assert.equal(run.outputs.image, A);
    assert.equal(run.outputs['record-path'], 'deployments/churn/production/000003-v0.0.1.json');
    assert.deepEqual(await s.modelsList(), [
      ['name', 'latest', '#production', '#staging'],
      ['churn', 'v0.0.2', 'v0.0.1', 'v0.0.2'],
    ]);
    const main = (await s.originRefs())['refs/heads/main']!;
    assert.equal((await s.show(main, 'deploy/production/churn.yaml')) + '\n', pinnedDeployment(A));
    assert.equal((await s.show(main, 'deploy/staging/app.yaml')) + '\n', pinnedDeployment(B));
    const record = JSON.parse(await s.show('mlops/registry', run.outputs['record-path'])) as {
      action: string;
      previous: unknown;
    };
    assert.equal(record.action, 'rollback');
    assert.deepEqual(record.previous, { version: 'v0.0.2', commit: c2 });
    assert.equal((await s.gh.rest.repos.getLatestRelease({ owner, repo })).data.tag_name, 'churn@v0.0.1');
    assert.match(run.summary, /^### ↩️ `churn` `v0\.0\.1` → `production`: rolled back/);
    // The rerun of the rollback changes nothing.
    const refs = await s.originRefs();
    const again = await s.deploy(
      { environment: 'production', command: 'rollback', version: 'v0.0.1' },
      { sha: tip, event: dispatch, env: { GITHUB_SHA: tip } },
    );
    assert.equal(again.exitCode, 0, again.stdout + again.stderr);
    assert.deepEqual(await s.originRefs(), refs);
  });

  it('a push that trained nothing (no run record) while the manifests carry the deployment: nothing new, exit 0', async () => {
    const docs = await s.commit({ 'README.md': '# churn, documented\n' }, 'docs only');
    const refs = await s.originRefs();
    s.api.resetLog();
    const run = await s.deploy({ environment: 'production', image: image('d') }, { sha: docs });
    assert.equal(run.exitCode, 0, run.stdout + run.stderr);
    assert.equal(run.outputs.version, 'v0.0.1');
    assert.equal(run.outputs.image, A);
    assert.deepEqual(JSON.parse(run.outputs.tags!), []);
    assert.deepEqual(await s.originRefs(), refs);
    assert.deepEqual(s.api.countByRoute(s.api.writes()), {});
    assert.ok(
      plain(run.summary).includes(
        `> No run record for commit ${docs.slice(0, 7)}; production already shows v0.0.1, whose image the manifests carry: nothing new to deploy.`,
      ),
      run.summary,
    );
    assert.ok(
      run.annotations.some((a) => a.level === 'warning' && /No run record for commit/.test(a.message)),
    );
  });

  it('gto show agrees: the model registry reports production v0.0.1 under both of GTO sorts', async () => {
    const history = await s.tags();
    assert.deepEqual(history, [
      'churn#production!#6',
      'churn#production!#8',
      'churn#production#2',
      'churn#production#5',
      'churn#production#7',
      'churn#staging!#4',
      'churn#staging#1',
      'churn#staging#3',
      'churn@v0.0.1',
      'churn@v0.0.2',
    ]);
    assert.deepEqual(await s.modelsList('--sort', 'semver'), [
      ['name', 'latest', '#production', '#staging'],
      [MODEL, 'v0.0.2', 'v0.0.1', 'v0.0.2'],
    ]);
  });

  it('mlops lineage churn#production, from a depth-1 checkout, follows what gated-deploy recorded', async () => {
    const main = (await s.originRefs())['refs/heads/main']!;
    const ws = await checkoutLikeActions(s.repo.originUrl, main, { branch: 'main' });
    const r = await runCli(['lineage', '--fetch', 'churn#production', '--json'], { cwd: ws });
    assert.equal(r.exitCode, 0, r.stderr);
    const c = lineageSchema.parse(JSON.parse(r.stdout));
    assert.deepEqual([c.model, c.version, c.commit], ['churn', 'v0.0.1', c1]);
    assert.deepEqual(c.data, {
      pointersAt: c1,
      status: 'agree',
      entries: [
        {
          path: 'data/train.csv',
          md5: TRAIN_MD5,
          source: 'data/train.csv.dvc',
          pointer: TRAIN_MD5,
          agrees: true,
        },
      ],
    });
    assert.deepEqual(
      [c.run!.id, c.run!.metrics, c.run!.params],
      ['run-1', { auc: 0.84, latency_ms: 40 }, { lr: 0.1 }],
    );
    assert.deepEqual(
      c.images.map((i: { image: string; labels: unknown }) => [i.image, i.labels]),
      [[A, null]],
      'labels: the image is nowhere to be read here',
    );
    assert.deepEqual(
      c.gto!.stages.map((x: { stage: string; active: boolean; shown: boolean }) => [
        x.stage,
        x.active,
        x.shown,
      ]),
      [
        ['staging', false, false],
        ['production', true, true],
      ],
    );
    assert.deepEqual(
      c.gto!.history.map((h: { ref: string }) => h.ref),
      [
        'churn#production#7',
        'churn#production!#6',
        'churn#staging!#4',
        'churn#production#2',
        'churn#staging#1',
        'churn@v0.0.1',
      ],
    );
    assert.deepEqual(
      c.deployments.map((d: { path: string; action: string }) => [d.path, d.action]),
      [
        ['deployments/churn/staging/000001-v0.0.1.json', 'promote'],
        ['deployments/churn/production/000001-v0.0.1.json', 'promote'],
        ['deployments/churn/production/000003-v0.0.1.json', 'rollback'],
      ],
    );
    assert.deepEqual(c.release, { tag: 'churn@v0.0.1', url: null });
    assert.deepEqual([c.drift.from, c.drift.until, c.drift.records], ['all', null, []]);
  });
});
