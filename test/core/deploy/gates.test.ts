/**
 * Each gate on hand-made inputs, with the expected rows written out: thresholds, tolerances and directions,
 * `after`, drift records (real git branch), data pointers at a commit (real git), check runs and statuses.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Git } from '../../../src/adapter/git.js';
import { afterGate } from '../../../src/core/deploy/gates/after.js';
import { checksGate } from '../../../src/core/deploy/gates/checks.js';
import type { CommitCheck, GateContext } from '../../../src/core/deploy/gates/context.js';
import { dataGate } from '../../../src/core/deploy/gates/data.js';
import { driftGate } from '../../../src/core/deploy/gates/drift.js';
import { metricsGate } from '../../../src/core/deploy/gates/metrics.js';
import { noRegressionGate } from '../../../src/core/deploy/gates/no-regression.js';
import { directionResolver } from '../../../src/core/experiments/directions.js';
import { GitCommands } from '../../../src/core/git/commands.js';
import { silentLogger } from '../../../src/core/logger.js';
import { ModelRegistry } from '../../../src/core/registry/gto/model-registry.js';
import { parseTagName } from '../../../src/core/registry/gto/grammar.js';
import type { GtoTag } from '../../../src/core/registry/gto/read-tags.js';
import { buildState } from '../../../src/core/registry/gto/state.js';
import type { RunRecord } from '../../../src/core/registry/run-records.js';
import { runRecord } from './run-fixture.js';
import { createRepoWithOrigin } from '../../harness/git-fixtures.js';

const C1 = '1'.repeat(40);
const C2 = '2'.repeat(40);

/** A registry from tags written as `name → [commit, second]`, as GTO would read them. */
function registry(tags: Record<string, [string, number]>): ModelRegistry {
  const list: GtoTag[] = Object.entries(tags).map(([name, [target, time]]) => ({
    name,
    annotated: true,
    target,
    taggerName: 'bot',
    taggerEmail: 'bot@example.com',
    time,
    offsetMinutes: 0,
    message: '',
    parsed: parseTagName(name)!,
  }));
  return new ModelRegistry(
    buildState(list),
    list.map((t) => t.parsed),
    new Set(Object.keys(tags)),
  );
}

function run(
  id: string,
  commit: string,
  metrics: Record<string, number>,
  extra: Partial<RunRecord> = {},
): RunRecord {
  return runRecord(id, commit, { metrics, ...extra });
}

function context(over: Partial<GateContext>): GateContext {
  const reg = over.registry ?? registry({});
  return {
    model: 'churn',
    environment: 'production',
    version: 'v0.0.2',
    commit: C2,
    run: undefined,
    runs: [],
    registry: reg,
    current: reg.inStage('churn', 'production'),
    deployRecords: [],
    registryRef: undefined,
    git: new GitCommands(new Git(process.cwd())),
    image: undefined,
    directions: directionResolver({ latency_ms: 'lower' }),
    now: new Date('2026-11-26T12:00:00Z'),
    logger: silentLogger,
    checks: undefined,
    images: undefined,
    ...over,
  };
}

describe('metrics gate', () => {
  it('each threshold against the run: ≥, >, ≤, <, ==; a missing metric fails', () => {
    const ctx = context({ run: run('r', C2, { auc: 0.8, f1: 0.7, latency_ms: 50, loss: 0.2, n: 3 }) });
    const rows = metricsGate(
      { auc: '>= 0.80', f1: '> 0.7', latency_ms: '<= 50', loss: '< 0.2', n: '== 3', recall: '>= 0.5' },
      ctx,
    );
    assert.deepEqual(
      rows.map((r) => [r.subject, r.status, r.observed, r.limit]),
      [
        ['auc', 'pass', '0.8', '≥ 0.8'],
        ['f1', 'fail', '0.7', '> 0.7'],
        ['latency_ms', 'pass', '50', '≤ 50'],
        ['loss', 'fail', '0.2', '< 0.2'],
        ['n', 'pass', '3', '= 3'],
        ['recall', 'fail', '', '≥ 0.5'],
      ],
    );
    assert.equal(rows[5]!.reason, "run r recorded no metric 'recall'");
  });
});

describe('no-regression gate', () => {
  const reg = registry({
    'churn@v0.0.1': [C1, 100],
    'churn#production#1': [C1, 101],
    'churn@v0.0.2': [C2, 200],
  });
  const baseline = run('base', C1, { auc: 0.815, latency_ms: 40, val_loss: 0.3, widgets: 5 });

  it('tolerances absolute and relative, in each metric’s direction; float noise at the bound passes', () => {
    const ctx = context({
      registry: reg,
      current: reg.inStage('churn', 'production'),
      runs: [baseline],
      run: run('cand', C2, { auc: 0.81, latency_ms: 44.1, val_loss: 0.29 }),
    });
    const rows = noRegressionGate({ auc: '0.005', latency_ms: '10%', val_loss: 0 }, ctx);
    assert.deepEqual(
      rows.map((r) => [r.subject, r.status, r.observed, r.limit]),
      [
        ['auc', 'pass', '0.81 (v0.0.1: 0.815)', '≥ 0.81 (0.005 below v0.0.1)'],
        ['latency_ms', 'fail', '44.1 (v0.0.1: 40)', '≤ 44 (10% above v0.0.1)'],
        ['val_loss', 'pass', '0.29 (v0.0.1: 0.3)', '≤ 0.3 (0 above v0.0.1)'],
      ],
    );
  });

  it('an unknown direction, a missing metric, no baseline run: fail with the reason', () => {
    const ctx = context({
      registry: reg,
      current: reg.inStage('churn', 'production'),
      runs: [baseline],
      run: run('cand', C2, { widgets: 5 }),
    });
    const [widgets, missing] = noRegressionGate({ widgets: '1', auc: '0.01' }, ctx);
    assert.equal(
      widgets!.reason,
      "which way is better for 'widgets' is unknown; set metrics.directions in .mlops.yml",
    );
    assert.equal(missing!.reason, "run cand recorded no 'auc'");
    const [none] = noRegressionGate({ auc: '0.01' }, { ...ctx, runs: [] });
    assert.deepEqual(
      [none!.status, none!.reason],
      ['fail', 'no run record for v0.0.1 (now in production) to compare with'],
    );
  });

  it('the baseline is the run the deployment record names, else the newest run of the commit', () => {
    const named = run('named', C1, { auc: 0.9 });
    const newest = run('newest', C1, { auc: 0.7 }, { endedAt: '2026-11-09T00:00:00Z' });
    const record = {
      path: 'p',
      record: { version: 'v0.0.1', commit: C1, run: { experiment: 'churn', id: 'named' } },
    } as GateContext['deployRecords'][number];
    const ctx = context({
      registry: reg,
      current: reg.inStage('churn', 'production'),
      runs: [named, newest],
      run: run('c', C2, { auc: 0.8 }),
    });
    assert.equal(noRegressionGate({ auc: '0.05' }, ctx)[0]!.status, 'pass', 'against newest (0.7)');
    assert.equal(
      noRegressionGate({ auc: '0.05' }, { ...ctx, deployRecords: [record] })[0]!.status,
      'fail',
      'against named (0.9)',
    );
  });

  it('skips when nothing is in the environment, or the candidate already is', () => {
    assert.equal(noRegressionGate({ auc: '0.01' }, context({}))[0]!.reason, 'nothing is in production yet');
    const same = context({
      registry: reg,
      current: reg.inStage('churn', 'production'),
      version: 'v0.0.1',
      commit: C1,
    });
    assert.equal(
      noRegressionGate({ auc: '0.01' }, same)[0]!.reason,
      'v0.0.1 is already the version in production',
    );
  });
});

describe('after gate', () => {
  it('pass only when the candidate is active in the stage', () => {
    const reg = registry({
      'churn@v0.0.1': [C1, 100],
      'churn@v0.0.2': [C2, 200],
      'churn#staging#1': [C1, 101],
      'churn#staging#2': [C2, 201],
      'churn#staging!#3': [C2, 202],
    });
    const ctx = context({ registry: reg });
    assert.deepEqual(
      [afterGate('staging', ctx)[0]!.status, afterGate('staging', ctx)[0]!.observed],
      ['fail', 'v0.0.1'],
    );
    assert.equal(afterGate('staging', { ...ctx, version: 'v0.0.1', commit: C1 })[0]!.status, 'pass');
    assert.match(
      afterGate('staging', { ...ctx, version: 'v0.0.3' })[0]!.reason,
      /^v0\.0\.3 is not registered yet/,
    );
  });
});

describe('checks gate', () => {
  it('check runs (success, neutral, skipped pass) and statuses (success passes); missing fails', async () => {
    const checks: CommitCheck[] = [
      { name: 'train', kind: 'check run', status: 'completed', conclusion: 'success' },
      { name: 'lint', kind: 'check run', status: 'completed', conclusion: 'neutral' },
      { name: 'test', kind: 'check run', status: 'in_progress', conclusion: null },
      { name: 'docs', kind: 'check run', status: 'completed', conclusion: 'failure' },
      { name: 'ci/legacy', kind: 'status', status: 'success', conclusion: null },
      { name: 'ci/pending', kind: 'status', status: 'pending', conclusion: null },
    ];
    const ctx = context({ checks: { checksFor: () => Promise.resolve(checks) } });
    const rows = await checksGate(['train', 'lint', 'test', 'docs', 'ci/legacy', 'ci/pending', 'e2e'], ctx);
    assert.deepEqual(
      rows.map((r) => [r.subject, r.status, r.observed]),
      [
        ['train', 'pass', 'success'],
        ['lint', 'pass', 'neutral'],
        ['test', 'fail', 'in_progress'],
        ['docs', 'fail', 'failure'],
        ['ci/legacy', 'pass', 'success'],
        ['ci/pending', 'fail', 'pending'],
        ['e2e', 'fail', 'not found'],
      ],
    );
  });
});

describe('drift and data gates (real git)', () => {
  const driftRecord = (recordedAt: string, share: number, datasetDrift: boolean) =>
    JSON.stringify({
      schema: 1,
      dataset: 'batch',
      run: '9-drift',
      recordedAt,
      reference: { path: 'ref.csv', rows: 10 },
      current: { path: 'cur.csv', rows: 10 },
      settings: { driftShare: 0.5, correction: 'none' },
      summary: { tested: 10, drifted: Math.round(share * 10), share, datasetDrift },
      columns: [],
    });

  it('drift: the newest record by path; share against max-share or dataset drift; age against max-age', async () => {
    const repo = await createRepoWithOrigin();
    await repo.commit(
      {
        'drift/batch/20261101T000000Z-1.json': driftRecord('2026-11-01T00:00:00Z', 0.6, true),
        'drift/batch/20261120T000000Z-2.json': driftRecord('2026-11-20T00:00:00Z', 0.2, false),
      },
      'records',
      'mlops/registry',
    );
    const ctx = context({
      git: new GitCommands(new Git(repo.work)),
      registryRef: 'refs/heads/mlops/registry',
    });
    const rows = await driftGate({ dataset: 'batch', 'max-share': 0.1, 'max-age': '7d' }, ctx);
    assert.deepEqual(
      rows.map((r) => [r.subject, r.status, r.observed, r.limit]),
      [
        ['batch', 'fail', 'share 0.2 (2 of 10 columns)', 'share ≤ 0.1'],
        ['batch age', 'pass', '6.5 d', '≤ 7d'],
      ],
    );
    const plain = await driftGate({ dataset: 'batch', 'max-age': '6d' }, ctx);
    assert.deepEqual(
      plain.map((r) => r.status),
      ['pass', 'fail'],
    );
    const none = await driftGate({ dataset: 'other' }, ctx);
    assert.match(none[0]!.reason, /^no drift record of 'other' on the registry branch/);
  });

  it('data: the run’s hashes against the .dvc pointers and dvc.lock at the commit', async () => {
    const repo = await createRepoWithOrigin();
    const commit = await repo.commit({
      'data/train.csv.dvc':
        'outs:\n- md5: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\n  size: 3\n  hash: md5\n  path: train.csv\n',
      'dvc.lock':
        'schema: "2.0"\nstages:\n  prep:\n    cmd: x\n    outs:\n    - path: data/features\n      md5: bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb.dir\n',
    });
    const g = new GitCommands(new Git(repo.work));
    const data = [
      { path: 'data/train.csv', md5: 'a'.repeat(32), source: 'data/train.csv.dvc' },
      { path: 'data/features', md5: `${'b'.repeat(32)}.dir`, source: 'dvc.lock:prep' },
    ];
    const ok = await dataGate(context({ git: g, commit, run: run('r', commit, {}, { data }) }));
    assert.deepEqual([ok[0]!.status, ok[0]!.observed], ['pass', '2 of 2 match']);
    const stale = [
      { ...data[0]!, md5: 'c'.repeat(32) },
      { path: 'data/gone.csv', md5: 'd'.repeat(32), source: 'data/gone.csv.dvc' },
    ];
    const bad = await dataGate(context({ git: g, commit, run: run('r', commit, {}, { data: stale }) }));
    assert.deepEqual(
      [bad[0]!.status, bad[0]!.observed, bad[0]!.reason],
      [
        'fail',
        '0 of 2 match',
        'data/train.csv: run cccccccc, commit aaaaaaaa; data/gone.csv: no pointer at the commit',
      ],
    );
    const empty = await dataGate(context({ git: g, commit, run: run('r', commit, {}) }));
    assert.equal(empty[0]!.reason, 'run r recorded no data versions');
  });
});
