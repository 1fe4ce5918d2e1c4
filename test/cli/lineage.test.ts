/**
 * `mlops lineage` as a user runs it in CI: a depth-1 checkout (as actions/checkout makes one), `--fetch` of
 * the registry branch and the GTO tags, then the chain of the production model. The repository's history is
 * written with the core/registry APIs at fixed times (lineage-scene.ts); the expected chain below is written
 * out by hand from that history: GTO times and event order as `gto history` prints them, drift records of
 * the dataset the drift gate names from the first deployment on, the md5s of the pointers at the version's
 * commit. Every starting point (digest, name@v, name#stage, run id) must give the same chain; what is not
 * found, or ambiguous, is one clear error.
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { BOT_IDENTITY } from '../../src/core/git/runner.js';
import { validator } from '../actions/deploy-scene.js';
import { checkoutLikeActions } from '../harness/git-fixtures.js';
import { runCli } from '../harness/run-action.js';
import { lineageSchema } from '../../src/core/lineage/schema.js';
import { FULL, lineageScene, type LineageScene, MD5_A, MD5_B, PREVIEW } from './lineage-scene.js';

const BOT = { author: BOT_IDENTITY.name, author_email: BOT_IDENTITY.email };
const run = (id: number) => `https://github.com/${FULL}/actions/runs/${id}`;
const driftGate = [
  {
    gate: 'drift',
    subject: 'churn-batch',
    status: 'pass',
    observed: 'share 0.1',
    limit: 'share ≤ 0.5',
    reason: 'within the limit',
  },
  {
    gate: 'drift',
    subject: 'churn-batch age',
    status: 'pass',
    observed: '1 d',
    limit: '≤ 7d',
    reason: 'recent enough',
  },
];

/** The chain of churn v0.0.2, written out by hand from the scene's history. */
function expectedV2(s: LineageScene, registryCommit: string, given: string, kind: string): unknown {
  return {
    schema: 1,
    query: { given, kind },
    registry: { branch: 'mlops/registry', commit: registryCommit },
    model: 'churn',
    version: 'v0.0.2',
    commit: s.m2,
    data: {
      pointersAt: s.m2,
      status: 'agree',
      entries: [
        { path: 'data/train.csv', md5: MD5_B, source: 'data/train.csv.dvc', pointer: MD5_B, agrees: true },
      ],
    },
    run: {
      experiment: 'churn',
      id: 'run-2',
      status: 'FINISHED',
      commit: PREVIEW,
      branch: 'feature',
      pullRequest: 7,
      url: run(202),
      startedAt: '2026-11-21T12:00:00.000Z',
      endedAt: '2026-11-21T12:06:00.000Z',
      metrics: { auc: 0.861, latency_ms: 38.5 },
      params: { lr: 0.05, 'model.depth': 6 },
      path: 'runs/churn/run-2.json',
    },
    images: [
      {
        image: s.refB,
        digest: s.imageB.digest,
        labels: {
          'org.opencontainers.image.revision': s.m2,
          'org.mlops-actions.run-id': 'run-2',
          'org.mlops-actions.model.version': 'v0.0.2',
          'org.mlops-actions.data.data/train.csv': `md5:${MD5_B}`,
        },
        labelsFrom: 'oci-layout',
        labelsNote: null,
      },
    ],
    gto: {
      registered: true,
      active: true,
      registeredAt: '2026-11-22T09:00:00+00:00',
      tag: 'churn@v0.0.2',
      stages: [
        { stage: 'staging', active: true, shown: true, since: '2026-11-22T09:00:00+00:00' },
        { stage: 'production', active: true, shown: true, since: '2026-11-22T09:30:00+00:00' },
      ],
      // gto history: newest first; in one second the assignment (priority 5) before the registration (3).
      history: [
        {
          timestamp: '2026-11-22T09:30:00+00:00',
          artifact: 'churn',
          event: 'assignment',
          priority: 5,
          version: 'v0.0.2',
          stage: 'production',
          commit: s.m2,
          ...BOT,
          message: 'Assigning stage production to artifact churn version v0.0.2',
          ref: 'churn#production#5',
        },
        {
          timestamp: '2026-11-22T09:00:00+00:00',
          artifact: 'churn',
          event: 'assignment',
          priority: 5,
          version: 'v0.0.2',
          stage: 'staging',
          commit: s.m2,
          ...BOT,
          message: 'Assigning stage staging to artifact churn version v0.0.2',
          ref: 'churn#staging#3',
        },
        {
          timestamp: '2026-11-22T09:00:00+00:00',
          artifact: 'churn',
          event: 'registration',
          priority: 3,
          version: 'v0.0.2',
          stage: null,
          commit: s.m2,
          ...BOT,
          message: 'Registering artifact churn version v0.0.2',
          ref: 'churn@v0.0.2',
        },
      ],
    },
    deployments: [
      {
        path: 'deployments/churn/staging/000002-v0.0.2.json',
        environment: 'staging',
        sequence: 2,
        action: 'promote',
        version: 'v0.0.2',
        image: s.refB,
        digest: s.imageB.digest,
        recordedAt: '2026-11-22T09:00:00.000Z',
        actor: 'octocat',
        runUrl: run(221),
        previous: { version: 'v0.0.1', commit: s.c1 },
        tags: ['churn@v0.0.2', 'churn#staging#3', 'churn#staging!#4'],
        pin: {
          mode: 'push',
          branch: 'main',
          commit: s.m2,
          files: ['deploy/staging/app.yaml'],
          pullRequest: null,
        },
        gates: [],
      },
      {
        path: 'deployments/churn/production/000002-v0.0.2.json',
        environment: 'production',
        sequence: 2,
        action: 'promote',
        version: 'v0.0.2',
        image: s.refB,
        digest: s.imageB.digest,
        recordedAt: '2026-11-22T09:30:00.000Z',
        actor: 'octocat',
        runUrl: run(222),
        previous: { version: 'v0.0.1', commit: s.c1 },
        tags: ['churn#production#5', 'churn#production!#6'],
        pin: {
          mode: 'pull-request',
          branch: 'main',
          commit: '6'.repeat(40),
          files: ['deploy/production/churn.yaml'],
          pullRequest: 8,
        },
        gates: driftGate,
      },
    ],
    release: { tag: 'churn@v0.0.2', url: null },
    drift: {
      since: '2026-11-22T09:00:00.000Z',
      until: null,
      datasets: ['churn-batch'],
      from: 'drift-gate',
      records: [
        {
          dataset: 'churn-batch',
          path: 'drift/churn-batch/20261123T030000Z-302-drift.json',
          recordedAt: '2026-11-23T03:00:00.000Z',
          run: '302-drift',
          commit: '5'.repeat(40),
          runUrl: run(302),
          share: 0.3,
          drifted: 3,
          tested: 10,
          datasetDrift: false,
          current: { path: 'data/batch.csv.dvc', md5: '2'.repeat(32), rows: 500 },
        },
        {
          dataset: 'churn-batch',
          path: 'drift/churn-batch/20261124T030000Z-304-drift.json',
          recordedAt: '2026-11-24T03:00:00.000Z',
          run: '304-drift',
          commit: '5'.repeat(40),
          runUrl: run(304),
          share: 0.6,
          drifted: 6,
          tested: 10,
          datasetDrift: true,
          current: { path: 'data/batch.csv.dvc', md5: '4'.repeat(32), rows: 500 },
        },
      ],
    },
    notes: [],
  };
}

describe('mlops lineage from a depth-1 checkout', () => {
  let s: LineageScene;
  let ws: string;
  let registryCommit: string;
  const lineage = async (...args: string[]) => runCli(['lineage', ...args], { cwd: ws });

  before(async () => {
    s = await lineageScene();
    ws = await checkoutLikeActions(s.repo.originUrl, s.m2, { branch: 'main' });
    const { git } = await import('../harness/git-fixtures.js');
    registryCommit = await git(s.repo.origin, 'rev-parse', 'refs/heads/mlops/registry');
  });

  it('without --fetch: no registry branch here, one clear error', async () => {
    const r = await lineage('churn#production');
    assert.equal(r.exitCode, 1);
    assert.equal(
      r.stderr,
      "error: No registry branch 'mlops/registry' here (looked for origin/mlops/registry and mlops/registry); fetch it with --fetch.\n",
    );
  });

  it('--fetch churn#production --json: the hand-written chain, valid against schema/lineage.schema.json', async () => {
    const r = await lineage('--fetch', 'churn#production', '--json', '--oci-layout', s.layout);
    assert.equal(r.exitCode, 0, r.stderr);
    assert.equal(r.stderr, '');
    const chain = JSON.parse(r.stdout) as unknown;
    assert.deepEqual(chain, expectedV2(s, registryCommit, 'churn#production', 'stage'));
    assert.deepEqual((await validator('lineage.schema.json'))(chain), []);
    const { git } = await import('../harness/git-fixtures.js');
    assert.equal(
      await git(ws, 'rev-parse', '--is-shallow-repository'),
      'true',
      'the fetch kept the clone shallow',
    );
  });

  it('every starting point gives the same chain: digest, repo@digest, name@v, run id', async () => {
    for (const [given, kind] of [
      [s.imageB.digest, 'digest'],
      [s.refB, 'digest'],
      ['churn@v0.0.2', 'version'],
      ['churn/run-2', 'run'],
    ] as const) {
      const r = await lineage(given, '--json', '--oci-layout', s.layout);
      assert.equal(r.exitCode, 0, `${given}: ${r.stderr}`);
      assert.deepEqual(JSON.parse(r.stdout), expectedV2(s, registryCommit, given, kind), given);
    }
  });

  it('the table: one section per link, key lines as a person reads them', async () => {
    const r = await lineage('churn#production', '--oci-layout', s.layout);
    assert.equal(r.exitCode, 0, r.stderr);
    const lines = r.stdout.split('\n');
    const has = (line: string) => assert.ok(lines.includes(line), `missing line: ${line}\n${r.stdout}`);
    has(
      `LINEAGE  churn v0.0.2  (from churn#production)  commit ${s.m2.slice(0, 7)}  registry mlops/registry at ${registryCommit.slice(0, 7)}`,
    );
    has(`DATA  pointers at ${s.m2.slice(0, 7)}: agree`);
    has(`data/train.csv  ${MD5_B}  ${MD5_B}  yes    data/train.csv.dvc`);
    has('RUN  churn/run-2  FINISHED  ended 2026-11-21T12:06:00.000Z');
    has(`  commit eeeeeee  PR #7  branch feature  ${run(202)}`);
    has('auc         0.861');
    has(`IMAGE  ${s.refB}`);
    has('  labels (oci-layout):');
    has('    org.mlops-actions.run-id = run-2');
    has('GTO  churn v0.0.2  registered 2026-11-22T09:00:00+00:00  active');
    has('production  yes     yes        2026-11-22T09:30:00+00:00');
    has('2026-11-22T09:00:00+00:00  registration  -           churn@v0.0.2');
    has(
      `2026-11-22T09:30:00.000Z  production   2    promote  ${s.imageB.digest.slice(0, 19)}…  pull-request main@6666666 PR #8  ${run(222)}`,
    );
    has('RELEASE  tag churn@v0.0.2 (the GitHub release of a production deployment carries this tag)');
    has('DRIFT  since 2026-11-22T09:00:00.000Z, churn-batch (named by the drift gate)');
    has(`2026-11-24T03:00:00.000Z  churn-batch  0.6    6 of 10  yes            ${'4'.repeat(32)}`);
    assert.ok(!r.stdout.includes('other-batch'), 'only the dataset the drift gate names');
    assert.ok(!r.stdout.includes('20261121'), 'no drift from before the deployment');
    assert.ok(!r.stdout.includes('NOTES'));
  });

  it('the retired version: data at its own commit, drift only while it ran', async () => {
    const r = await lineage('churn@v0.0.1', '--json', '--oci-layout', s.layout);
    assert.equal(r.exitCode, 0, r.stderr);
    const c = lineageSchema.parse(JSON.parse(r.stdout));
    assert.equal(c.commit, s.c1);
    assert.deepEqual(c.data, {
      pointersAt: s.c1,
      status: 'agree',
      entries: [
        { path: 'data/train.csv', md5: MD5_A, source: 'data/train.csv.dvc', pointer: MD5_A, agrees: true },
      ],
    });
    assert.equal(c.run!.id, 'run-1');
    assert.equal(c.run!.pullRequest, null);
    assert.deepEqual(c.gto!.stages, [
      { stage: 'staging', active: false, shown: false, since: null },
      { stage: 'production', active: false, shown: false, since: null },
    ]);
    assert.deepEqual(
      c.gto!.history.map((h: { ref: string }) => h.ref),
      ['churn#production!#6', 'churn#staging!#4', 'churn#production#2', 'churn#staging#1', 'churn@v0.0.1'],
    );
    assert.deepEqual(c.images[0]!.labels!['org.mlops-actions.run-id'], 'run-1');
    assert.equal(c.drift.since, '2026-11-20T10:10:00.000Z');
    assert.equal(c.drift.until, '2026-11-22T09:30:00.000Z', 'production moved to v0.0.2 last');
    assert.deepEqual(
      c.drift.records.map((d: { path: string }) => d.path),
      ['drift/churn-batch/20261121T030000Z-301-drift.json'],
    );
  });

  it('labels when neither a layout nor the registry can be read: said, not failed', async () => {
    const r = await lineage('churn#production', '--json');
    assert.equal(r.exitCode, 0, r.stderr);
    const c = lineageSchema.parse(JSON.parse(r.stdout));
    assert.equal(c.images[0]!.labels, null);
    assert.equal(c.images[0]!.labelsFrom, null);
    const host = s.refB.split('/')[0]!;
    assert.equal(
      c.images[0]!.labelsNote,
      `the registry could not be read: Cannot reach the registry ${host} (ECONNREFUSED): check the image name and that the registry is up and reachable from the runner`,
    );
    assert.equal(c.notes.length, 1);
    assert.equal(c.notes[0], `Labels of ${s.imageB.digest}: ${c.images[0]!.labelsNote}.`);
    const text = await lineage('churn#production');
    assert.ok(
      text.stdout.includes(
        `  labels not read: the registry could not be read: Cannot reach the registry ${host} (ECONNREFUSED)`,
      ),
    );
  });

  it('nothing found or ambiguous: one error naming what was looked for', async () => {
    const cases: [string[], RegExp][] = [
      [
        ['churn@v9.9.9'],
        /^error: churn@v9\.9\.9: there is no GTO tag of churn v9\.9\.9 here and no deployment record of it on 'mlops\/registry' at [0-9a-f]{7}; fetch/,
      ],
      [['churn#canary'], /^error: churn#canary: no version of churn is in stage 'canary' now/],
      [['fraud#production'], /^error: fraud#production: there are no GTO tags of 'fraud' here/],
      [
        [`sha256:${'9'.repeat(64)}`],
        new RegExp(
          `^error: sha256:9{64}: no deployment record names image sha256:9{64} \\(looked at every deployments/<model>/<environment>/\\*\\.json on 'mlops/registry'`,
        ),
      ],
      [
        ['run-2'],
        /^error: run-2: runs of several experiments have this id \(churn, fraud\); give it as <experiment>\/run-2\.$/m,
      ],
      [
        ['churn/run-9'],
        /^error: churn\/run-9: there is no run record runs\/churn\/run-9\.json on 'mlops\/registry'/,
      ],
      [
        ['not a thing'],
        /^error: 'not a thing' is not an image digest \(sha256:…\), name@vX\.Y\.Z, name#stage or a run id/,
      ],
      [
        ['sha256:abc'],
        /^error: 'sha256:abc' is not an image digest: use sha256: and 64 lowercase hex digits\.$/m,
      ],
      [['churn@latest'], /^error: 'latest' is not a version \(lineage of name@vX\.Y\.Z\)/],
      [['a', 'b'], /^error: lineage needs one starting point \(got 2\)/],
      [['churn#production', '--oci-layout', '.git'], /^error: Input '--oci-layout': path '\.git'/],
    ];
    for (const [args, expected] of cases) {
      const r = await lineage(...args);
      assert.equal(r.exitCode, 1, `${args.join(' ')}: ${r.stdout}`);
      assert.match(r.stderr, expected, args.join(' '));
      assert.equal(r.stdout, '');
    }
    const usage = await lineage();
    assert.equal(usage.exitCode, 2);
    assert.match(usage.stdout, /^Usage: mlops lineage /);
  });

  it('a run that was never deployed and is at no version: the run and its data, said plainly', async () => {
    const r = await lineage('fraud/run-2', '--json');
    assert.equal(r.exitCode, 0, r.stderr);
    const c = lineageSchema.parse(JSON.parse(r.stdout));
    assert.deepEqual([c.model, c.version, c.gto, c.release, c.deployments], [null, null, null, null, []]);
    assert.equal(c.run!.experiment, 'fraud');
    assert.deepEqual(c.notes, [
      'Run fraud/run-2 was not deployed, and no GTO version is registered at its commit.',
      'Run fraud/run-2 recorded no data versions.',
      'Never deployed: no drift records are attributed to it.',
    ]);
  });
});
