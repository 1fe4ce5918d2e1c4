/**
 * The product's proof: the four workflow templates, run as written (workflows-templates/*.yml, `OWNER/…@v1`
 * mapped to this repository's bundles), carry the example project around the whole loop — pull request,
 * sweep, merge, deploy to staging, deploy to production, a new batch that drifts, the retraining pull
 * request, its run, and promotion again — and afterwards git and GitHub hold one consistent story:
 *
 * - run records, GTO tags that `mlops models` reports as GTO would (the tables written out by hand), pinned
 *   manifests, GitHub deployments and releases, one retraining pull request, drift records and Pushgateway
 *   metrics;
 * - a provenance chain that closes: data md5 → run → image digest (its labels, read with skopeo) →
 *   deployment record → the drift records made after it, and the retraining request between the versions.
 *
 * Each step is what GitHub would do (lifecycle-scene.ts): an event, its `paths:` filters decide whether a
 * template runs at all, then its jobs (workflow-run.ts) with `${{ }}` evaluated by workflow-expressions.ts —
 * github.*, github.event.*, needs.*.outputs, matrix.*, steps.*.outputs, secrets.*, vars.*, runner.temp, and
 * the status functions. The required reviewers of `environment: production` are the test approving the job.
 */
import assert from 'node:assert/strict';
import { cp, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { git } from '../harness/git-fixtures.js';
import { parseExposition } from '../harness/prometheus.js';
import { haveTool } from '../harness/registry.js';
import { runCli } from '../harness/run-action.js';
import { tempDir } from '../harness/temp-dir.js';
import type { WorkflowRun } from '../harness/workflow-run.js';
import { assertGtoState } from './lifecycle-gto.js';
import { assertLineage } from './lifecycle-lineage.js';
import { assertChainCloses } from './lifecycle-provenance.js';
import {
  assertInDataRemote,
  type DeployRecord,
  type DriftRecord,
  md5sum,
  md5sumOf,
  readJson,
  registryFiles,
  registryRecords,
  type RetrainRequest,
  type RunRecord,
} from './lifecycle-records.js';
import { FIRST_BATCH, FULL, lifecycleScene, SECOND_BATCH, TRAIN_DATA } from './lifecycle-scene.js';

const TOOLS = ['docker-registry', 'skopeo', 'prometheus-pushgateway', 'md5sum'];
const missing = TOOLS.filter((tool) => !haveTool(tool));
if (missing.length > 0 && process.env.CI === 'true') {
  throw new Error(`the lifecycle test needs ${missing.join(', ')} (installed by .ci/run)`);
}
const skip = missing.length > 0 ? `needs ${missing.join(', ')}` : false;
const [OWNER, REPO] = FULL.split('/') as [string, string];
const CRON = '17 6 * * *';

/** Every job of a run and whether it ran: `{ build: 'success', … }`. */
const jobResults = (run: WorkflowRun) =>
  Object.fromEntries(Object.entries(run.jobs).map(([id, job]) => [id, job.result]));

/** Data rows of a CSV fixture (lines after the header). */
const csvRows = async (file: string) => (await readFile(file, 'utf8')).trimEnd().split('\n').length - 1;

test(
  'the lifecycle: PR → sweep → merge → staging → production → drift → retrain PR → promote again',
  { skip },
  async (t) => {
    const started = Date.now();
    // The data's md5s, computed by md5sum from the fixtures; the retraining snapshot is the training data plus
    // the drifted batch's rows, concatenated here by bash as scheduled-drift.yml's `run:` step describes it.
    const md5 = {
      train: await md5sum(TRAIN_DATA),
      first: await md5sum(FIRST_BATCH),
      second: await md5sum(SECOND_BATCH),
      snapshot: await md5sumOf(
        'cat "$2" > "$1" && tail -n +2 "$3" >> "$1"',
        join(await tempDir('md5-'), 's'),
        [TRAIN_DATA, SECOND_BATCH],
      ),
    };
    const s = await lifecycleScene(t);
    t.after(() => s.close());
    const original = {
      staging: await s.show('main', 'deploy/staging/churn.yaml'),
      production: await s.show('main', 'deploy/production/churn.yaml'),
    };

    // ── 1. A pull request raises the learning rate: trained, recorded, commented; the sweep ranks three runs ──
    const params = (await s.show('main', 'params.yaml')).replace('learning_rate: 0.05', 'learning_rate: 0.1');
    const pr = await s.openPullRequest(
      'tune-lr',
      { 'params.yaml': `${params}\n` },
      'Raise the learning rate',
    );
    const prEvent = await s.pullRequest(pr);
    assert.deepEqual(prEvent.changedFiles, ['params.yaml']);
    assert.equal((await s.run('retrain.yml', prEvent)).triggered, false, 'retrain.yml: no retrain/** change');
    const prRun = await s.run('train-on-pr.yml', prEvent);
    assert.deepEqual(jobResults(prRun), { train: 'success', sweep: 'success', leaderboard: 'success' });
    assert.deepEqual(
      prRun.jobs.sweep!.runs.map((r) => r.matrix),
      [{ learning_rate: 0.02 }, { learning_rate: 0.05 }, { learning_rate: 0.1 }],
    );
    const prComments = s.api.comments(FULL, pr);
    assert.deepEqual(
      prComments.map((c) => [c.login, c.body.split('\n')[0]]),
      [
        ['github-actions[bot]', '<!-- mlops-actions:track-experiment:churn -->'],
        ['github-actions[bot]', '<!-- mlops-actions:leaderboard:churn -->'],
      ],
      'one run comment and ONE leaderboard comment',
    );
    const sweepRuns = (await registryRecords<RunRecord>(s, 'runs/churn/')).filter((r) =>
      r.parentRunId?.startsWith(`pr-${pr}-sweep-`),
    );
    assert.equal(sweepRuns.length, 3);
    for (const run of sweepRuns) {
      // Every run of the sweep is linked from the leaderboard, to its record on the registry branch.
      assert.ok(
        prComments[1]!.body.includes(
          `(https://github.com/${FULL}/blob/mlops/registry/runs/churn/${run.id}.json)`,
        ),
        `the leaderboard links ${run.id}`,
      );
      assert.equal(run.git.pullRequest?.number, pr);
      assert.equal(run.git.commit, prEvent.sha, 'recorded at the merge preview GitHub checks out');
    }
    assert.match(
      prComments[1]!.body,
      /^\| 1 \| \[`\d+-sweep-[0-9a-f]{8}`\]\(.*\) \| 0\.815949 \| `train\.learning_rate=0\.05` \|/m,
    );
    assert.deepEqual(
      s.artifacts.map((a) => a.name),
      ['model-image'],
      'the pull request built its image as an OCI layout artifact',
    );

    // ── 2. Merged: deploy trains the merged commit, pushes the image, promotes to staging, then production ──
    const merge1 = await s.merge(pr);
    assert.equal((await s.run('train-on-pr.yml', merge1)).triggered, false);
    const deploy1 = await s.run('merge-to-deploy.yml', merge1);
    assert.deepEqual(jobResults(deploy1), { build: 'success', staging: 'success', production: 'success' });
    assert.deepEqual(s.approvals, ['production → production'], 'production waited for its reviewers');
    const image1 = deploy1.jobs.build!.outputs.image!;
    assert.match(image1, new RegExp(`^${s.imageRepository}@sha256:[0-9a-f]{64}$`));

    // gated-deploy's manifest commits change deploy/ only: they would not start the deploy workflow again.
    const pinned1 = await s.mainTip();
    const pinPush = {
      ...merge1,
      changedFiles: (await git(s.origin, 'diff', '--name-only', merge1.sha, pinned1)).split('\n'),
    };
    assert.deepEqual(pinPush.changedFiles, ['deploy/production/churn.yaml', 'deploy/staging/churn.yaml']);
    assert.equal((await s.run('merge-to-deploy.yml', pinPush)).triggered, false, 'no retraining loop');

    // ── 3. The daily drift check: the first batch looks like the training data, nothing to do ──
    const drift1 = await s.run('scheduled-drift.yml', await s.schedule(CRON));
    assert.deepEqual(
      drift1.jobs.drift!.runs[0]!.log.filter((l) => l.startsWith('skipped')),
      ['skipped The new training snapshot, the training data plus the labelled batch'],
    );
    assert.equal((await s.gh.rest.pulls.list({ owner: OWNER, repo: REPO, state: 'all' })).data.length, 1);

    // ── 4. A new batch lands (the data pipeline's commit): not a model change, so no deploy run ──
    await cp(SECOND_BATCH, join(s.work, 'data', 'batch.csv'));
    for (const args of [['add', '--paths', 'data/batch.csv'], ['push']]) {
      const step = await runCli(['data-hash', ...args, '--quiet'], { cwd: s.work });
      assert.equal(step.exitCode, 0, step.stderr);
    }
    const batch = await s.pushToMain({}, 'New scoring batch');
    assert.deepEqual(batch.changedFiles, ['data/batch.csv.dvc']);
    assert.equal((await s.run('merge-to-deploy.yml', batch)).triggered, false);

    // ── 5. The drift check again: the batch drifted, so ONE retraining pull request, opened with the App ──
    const drift2 = await s.run('scheduled-drift.yml', await s.schedule(CRON));
    assert.deepEqual(jobResults(drift2), { drift: 'success' });
    const pulls = (await s.gh.rest.pulls.list({ owner: OWNER, repo: REPO, state: 'all' })).data;
    const retrainPull = pulls.find((p) => p.head.ref === 'mlops/retrain/churn')!;
    assert.ok(retrainPull, 'a retrain pull request');
    assert.equal(
      retrainPull.user?.login,
      'mlops-retrain[bot]',
      'opened with the App token, so workflows run',
    );

    // ── 6. Its run: retrain.yml trains the snapshot and compares with production; train-on-pr stays out ──
    const retrainEvent = await s.pullRequest(retrainPull.number);
    assert.deepEqual(retrainEvent.changedFiles, ['data/train.csv.dvc', 'retrain/churn/request.json']);
    const skipped = await s.run('train-on-pr.yml', retrainEvent);
    assert.deepEqual(jobResults(skipped), { train: 'skipped', sweep: 'skipped', leaderboard: 'skipped' });
    const retrainRun = await s.run('retrain.yml', retrainEvent);
    assert.deepEqual(jobResults(retrainRun), { retrain: 'success' });
    const retrainComment = s.api.comments(FULL, retrainPull.number);
    assert.equal(retrainComment.length, 1);

    // ── 7. Merged: trained and promoted again; then the drift check finds the new model's data close ──
    const merge2 = await s.merge(retrainPull.number);
    assert.deepEqual(merge2.changedFiles, ['data/train.csv.dvc', 'retrain/churn/request.json']);
    const deploy2 = await s.run('merge-to-deploy.yml', merge2);
    assert.deepEqual(jobResults(deploy2), { build: 'success', staging: 'success', production: 'success' });
    const image2 = deploy2.jobs.build!.outputs.image!;
    const drift3 = await s.run('scheduled-drift.yml', await s.schedule(CRON));
    assert.deepEqual(jobResults(drift3), { drift: 'success' });
    t.diagnostic(`the loop ran in ${((Date.now() - started) / 1000).toFixed(1)} s`);

    // ══ What the repository holds afterwards ══

    await assertGtoState(s, merge1.sha, merge2.sha);

    // Pinned manifests: only the server's image line changed, to the image promoted last.
    for (const env of ['staging', 'production'] as const) {
      assert.equal(
        await s.show('main', `deploy/${env}/churn.yaml`),
        original[env].replace('image: ghcr.io/example/churn-model:latest #', `image: ${image2} #`),
        `deploy/${env}/churn.yaml`,
      );
    }

    // Run records: the pull request's run and its sweep, one per merge, the retraining pull request's.
    const runs = await registryRecords<RunRecord>(s, 'runs/churn/');
    assert.equal(runs.length, 7);
    const runOf = (id: string) => runs.find((r) => r.id === id)!;
    const R1 = runOf(deploy1.jobs.build!.outputs['run-id']!);
    const R2 = runOf(deploy2.jobs.build!.outputs['run-id']!);
    assert.deepEqual([R1.git.commit, R1.git.branch], [merge1.sha, 'main']);
    assert.deepEqual([R2.git.commit, R2.git.branch], [merge2.sha, 'main']);
    const retrained = runs.find((r) => r.git.pullRequest?.number === retrainPull.number)!;
    assert.deepEqual(retrained.tags, { trigger: 'retrain' });
    assert.equal(retrainRun.jobs.retrain!.runs[0]!.log.length, 5);

    // Deployment records: staging and production, twice each; the second replaced the first.
    const staging = await registryRecords<DeployRecord>(s, 'deployments/churn/staging/');
    const production = await registryRecords<DeployRecord>(s, 'deployments/churn/production/');
    for (const records of [staging, production]) {
      assert.deepEqual(
        records.map((r) => [r.version, r.commit, r.run.id, r.image, r.previous?.version ?? null]),
        [
          ['v0.0.1', merge1.sha, R1.id, image1, null],
          ['v0.0.2', merge2.sha, R2.id, image2, 'v0.0.1'],
        ],
      );
      for (const record of records) assert.equal(record.pin.mode, 'push');
    }
    const gates = (record: DeployRecord) =>
      record.gates.map((g) => `${g.gate}${g.subject ? ` ${g.subject}` : ''}: ${g.status}`);
    const STAGING_GATES = ['metrics auc: pass', 'data: pass', 'image digest: pass', 'image provenance: pass'];
    const productionGates = (noRegression: string) => [
      'metrics auc: pass',
      `no-regression auc: ${noRegression}`,
      'after staging: pass',
      'data: pass',
      'image digest: pass',
      'image provenance: pass',
    ];
    assert.deepEqual(staging.map(gates), [STAGING_GATES, STAGING_GATES]);
    // The first production version had nothing to regress against.
    assert.deepEqual(production.map(gates), [productionGates('skip'), productionGates('pass')]);

    // GitHub: the deployments gated-deploy made (staging, of the commits carrying the pins; production's is
    // the environment's own), the releases of production, the two pull requests.
    const githubDeployments = (await s.gh.rest.repos.listDeployments({ owner: OWNER, repo: REPO })).data;
    assert.deepEqual(
      githubDeployments.map((d) => [d.environment, d.sha]).sort(),
      [
        ['staging', staging[0]!.pin.commit],
        ['staging', staging[1]!.pin.commit],
      ].sort(),
    );
    for (const d of githubDeployments) {
      const [status] = (
        await s.gh.rest.repos.listDeploymentStatuses({ owner: OWNER, repo: REPO, deployment_id: d.id })
      ).data;
      assert.equal(
        status!.state,
        d.sha === staging[1]!.pin.commit ? 'success' : 'inactive',
        `deployment of ${d.sha}`,
      );
    }
    const releases = (await s.gh.rest.repos.listReleases({ owner: OWNER, repo: REPO })).data;
    assert.deepEqual(releases.map((r) => r.tag_name).sort(), ['churn@v0.0.1', 'churn@v0.0.2']);
    const latest = (await s.gh.rest.repos.getLatestRelease({ owner: OWNER, repo: REPO })).data;
    assert.equal(latest.tag_name, 'churn@v0.0.2');
    assert.deepEqual(
      pulls.map((p) => [p.number, p.head.ref, p.user?.login]).sort(),
      [
        [pr, 'tune-lr', 'octocat'],
        [retrainPull.number, 'mlops/retrain/churn', 'mlops-retrain[bot]'],
      ].sort(),
      'one retraining pull request',
    );

    // Drift records: one per daily check, each naming the batch it read by md5sum and row count; the second
    // (the new batch against the first model's training data) drifted.
    const drifts = await registryRecords<DriftRecord>(s, 'drift/churn-batch/');
    const [firstRows, secondRows] = [await csvRows(FIRST_BATCH), await csvRows(SECOND_BATCH)];
    assert.deepEqual(
      drifts.map((d) => [d.current.path, d.current.md5, d.current.rows, d.summary.datasetDrift]),
      [
        ['data/batch.csv.dvc', md5.first, firstRows, false],
        ['data/batch.csv.dvc', md5.second, secondRows, true],
        ['data/batch.csv.dvc', md5.second, secondRows, false],
      ],
    );
    for (const batchMd5 of [md5.first, md5.second]) await assertInDataRemote(s, batchMd5);
    // …and the Pushgateway holds the newest report's metrics, grouped by repository and dataset.
    const group = parseExposition(await (await fetch(`${s.pushgateway}/metrics`)).text()).filter(
      (sample) => sample.labels.dataset_name === 'churn-batch' && sample.labels.repository === FULL,
    );
    assert.equal(group.find((sample) => sample.name === 'mlops_drift_dataset_drifted')?.value, '0');
    assert.ok(group.some((sample) => sample.name === 'push_time_seconds'));

    // ══ Provenance: data md5 → run → image → deployment → drift, for both versions ══
    // Version 1 was trained on the fixture's training data, version 2 on the retraining snapshot; each was
    // deployed to staging and production (the same image, pinned in each environment's manifest); the drift
    // check after version 1 is the one that drifted, the one after version 2 the last.
    const versions = [
      { run: R1, trainingMd5: md5.train, driftAfter: drifts[1]! },
      { run: R2, trainingMd5: md5.snapshot, driftAfter: drifts[2]! },
    ];
    for (const records of [staging, production]) {
      for (const [i, version] of versions.entries()) {
        const deployment = records[i]!;
        await assertChainCloses(s, { ...version, deployment, imageRepository: s.imageRepository });
      }
    }

    // Between the versions: the drift record that triggered retraining, the request it made, the snapshot the
    // retrained run used, and the baseline it was compared with (the run of the version in production then).
    const request = await readJson<RetrainRequest>(s, merge2.sha, 'retrain/churn/request.json');
    const driftPaths = await registryFiles(s, 'drift/churn-batch/');
    assert.equal(request.drift.source.path, driftPaths[1]);
    assert.deepEqual(request.production, { stage: 'production', version: 'v0.0.1', commit: merge1.sha });
    assert.deepEqual(
      request.data.map((d) => [d.path, d.md5]),
      [['data/train.csv', md5.snapshot]],
    );
    assert.equal(retrained.data.find((d) => d.path === 'data/train.csv')?.md5, md5.snapshot);
    assert.equal(retrained.git.commit, retrainEvent.sha, 'the retrain run is of its merge preview');
    assert.equal(
      retrainRun.jobs
        .retrain!.runs[0]!.summaries.join('')
        .includes(`run \`${R1.id}\` of \`churn v0.0.1 (in production)\``),
      true,
    );

    // `mlops lineage` of the image production runs, from a depth-1 clone, names what the chain above checked
    // from the records: R2 on the snapshot, image2, both deployments of v0.0.2, and the one drift check since.
    assert.equal(driftPaths.length, 3);
    await assertLineage(s, {
      image: image2,
      runId: R2.id,
      commit: merge2.sha,
      trainingMd5: md5.snapshot,
      batchMd5: md5.second,
      driftPaths: driftPaths.slice(2),
    });
  },
);
