/**
 * open-retrain-pr's policy and sources through the runner-faithful executor (and the CLI, offline):
 * `.mlops.yml` `retrain:` per-model values over top-level ones, inputs over both; a dataset's newest drift
 * record as evidence; decay read from a metrics file; people's commits on the branch kept; the alert issue;
 * and deciding with no token and no network (a dry run, a clean report).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { git, writeFiles } from '../harness/git-fixtures.js';
import { type ActionRun, runCli } from '../harness/run-action.js';
import {
  BRANCH,
  handReport,
  pushRegistryBranch,
  realReport,
  REPO,
  retrainProject,
  TOKEN,
  writeReport,
} from './retrain-fixture.js';

const ok = (run: ActionRun) => assert.equal(run.exitCode, 0, `${run.stdout}\n${run.stderr}`);

async function get<T>(url: string): Promise<T> {
  const response = await fetch(url, { headers: { authorization: `token ${TOKEN}` } });
  return (await response.json()) as T;
}

interface Item {
  number: number;
  title: string;
  body: string;
  state: string;
  labels: { name: string }[];
  pull_request?: unknown;
}

const CONFIG = `retrain:
  labels: [retrain]
  cool-down: 3d
  models:
    churn:
      watch-columns: [cat]
      labels: [churn-team]
      stage: production
    other:
      labels: [not-churn]
`;

describe('open-retrain-pr policy: inputs, then retrain.models.<name>, then retrain', () => {
  it('per-model watch-columns and labels win over top-level ones; inputs win over both', async () => {
    const p = await retrainProject({ files: { '.mlops.yml': CONFIG } });
    try {
      const report = await writeReport(
        p.ws,
        'r/report.json',
        handReport([
          { name: 'num', p: 0.001 },
          { name: 'cat', p: 0.4 },
          { name: 'bin', p: 0.001 },
        ]),
      );
      // Dataset drift (2 of 3), but churn watches only `cat`, which did not drift.
      const quiet = await p.run({ 'drift-report': report });
      ok(quiet);
      assert.equal(quiet.outputs['pull-request-operation'], 'none');
      assert.equal(quiet.outputs.reason, 'no trigger: none of the 1 watched columns drifted (cat)');

      const run = await p.run({ 'drift-report': report, 'watch-columns': 'num\ncat' });
      ok(run);
      assert.equal(run.outputs['pull-request-operation'], 'created');
      assert.equal(run.outputs.reason, 'watched column drifted: num');
      const [pr] = await get<Item[]>(`${p.api.url}/repos/${REPO}/pulls`);
      assert.equal(pr!.title, 'Retrain churn: drift in 1 watched column');
      assert.deepEqual(
        pr!.labels.map((l) => l.name),
        ['churn-team'],
      );
      // stage: production (per model) shows no version: churn v1.0.0 is in prod only.
      const request = JSON.parse(await p.show('retrain/churn/request.json')) as Record<string, unknown>;
      assert.equal(request.production, null);
      assert.match(pr!.body, /Closing without merging holds off new requests for `churn` for 3 days/);
      assert.deepEqual(
        (request.drift as { columns: { name: string; drifted: boolean }[] }).columns.map((c) => [
          c.name,
          c.drifted,
        ]),
        [
          ['num', true],
          ['cat', false],
        ],
      );
    } finally {
      await p.close();
    }
  });
});

describe('open-retrain-pr sources', () => {
  it("a dataset's newest drift record on the registry branch is the evidence", async () => {
    const p = await retrainProject();
    try {
      const record = (recordedAt: string, score: number) =>
        JSON.stringify({
          schema: 1,
          dataset: 'sales',
          run: '42-drift',
          recordedAt,
          runUrl: 'https://github.com/octo-org/ml-project/actions/runs/42',
          reference: { path: 'data/train.csv', rows: 100 },
          current: { path: 'data/batch.csv', rows: 100 },
          settings: { driftShare: 0.5, correction: 'none' },
          summary: {
            tested: 2,
            drifted: score < 0.05 ? 2 : 0,
            share: score < 0.05 ? 1 : 0,
            datasetDrift: score < 0.05,
          },
          columns: [
            { name: 'amount', test: 'ks', score, drifted: score < 0.05 },
            { name: 'region', test: 'chisquare', score, drifted: score < 0.05 },
          ],
        });
      await pushRegistryBranch(p, {
        'drift/sales/20261120T060000Z-41-drift.json': record('2026-11-20T06:00:00.000Z', 0.5),
        'drift/sales/20261127T060000Z-42-drift.json': record('2026-11-27T06:00:00.000Z', 0.001),
      });
      const run = await p.run({ dataset: 'sales' });
      ok(run);
      assert.equal(run.outputs['pull-request-operation'], 'created');
      assert.equal(run.outputs.reason, 'dataset drift: 2 of 2 columns drifted (100.0% ≥ 50.0%)');
      const request = JSON.parse(await p.show('retrain/churn/request.json')) as {
        drift: { source: Record<string, unknown> };
      };
      assert.deepEqual(request.drift.source, {
        kind: 'record',
        dataset: 'sales',
        branch: 'mlops/registry',
        path: 'drift/sales/20261127T060000Z-42-drift.json',
        registryCommit: await git(p.repo.origin, 'rev-parse', 'mlops/registry'),
        recordedAt: '2026-11-27T06:00:00.000Z',
        runUrl: 'https://github.com/octo-org/ml-project/actions/runs/42',
      });
      const [pr] = await get<Item[]>(`${p.api.url}/repos/${REPO}/pulls`);
      assert.match(pr!.body, /\| 🔴\u00a0drift \| `amount` \| ks \| 0\.001 \|/);
    } finally {
      await p.close();
    }
  });

  it('decay alone, read from a metrics file: the title names the metric; a healthy metric is no trigger', async () => {
    const p = await retrainProject();
    try {
      await writeFiles(p.ws, { 'live/metrics.json': '{"eval": {"accuracy": 0.85}}' });
      const decayed = await p.run({
        metric: 'eval.accuracy',
        below: '0.9',
        'metrics-file': 'live/metrics.json',
      });
      ok(decayed);
      assert.equal(decayed.outputs.reason, 'eval.accuracy is 0.85, below 0.9');
      const [pr] = await get<Item[]>(`${p.api.url}/repos/${REPO}/pulls`);
      assert.equal(pr!.title, 'Retrain churn: eval.accuracy 0.85 below 0.9');
      assert.match(pr!.body, /📉 \*\*Decay:\*\* `eval\.accuracy` is 0\.85, below 0\.9/);
      const healthy = await p.run({ metric: 'eval.accuracy', below: '0.8', 'metric-value': '0.85' });
      ok(healthy);
      assert.equal(healthy.outputs['pull-request-operation'], 'updated');
      assert.equal(
        healthy.outputs.reason,
        'trigger cleared: no trigger: eval.accuracy is 0.85, not below 0.8',
      );
    } finally {
      await p.close();
    }
  });
});

describe('open-retrain-pr: the branch is ours, but people may push to it', () => {
  it("a person's commit on the branch is kept; the new request goes on top; the alert issue follows", async () => {
    const p = await retrainProject();
    try {
      const report = await realReport(p.ws);
      const first = await p.run({ 'drift-report': report, issue: 'true', labels: 'retrain' });
      ok(first);
      assert.match(first.outputs['issue-url']!, /^https:\/\/github\.com\/octo-org\/ml-project\/issues\/2$/);
      await git(p.repo.work, 'fetch', '-q', 'origin', `${BRANCH}:${BRANCH}`);
      const human = await p.repo.commit(
        { 'train.py': 'print("train with class weights")\n' },
        'weights',
        BRANCH,
      );
      p.api.resetLog();
      const rerun = await p.run({ 'drift-report': report, issue: 'true', labels: 'retrain' });
      assert.equal(
        rerun.outputs['pull-request-operation'],
        'unchanged',
        'the person’s commit alone changes no evidence',
      );
      assert.deepEqual(p.api.writes(), []);
      assert.equal(await p.tip(), human);

      const newer = await writeReport(
        p.ws,
        'drift-report/report.json',
        handReport([{ name: 'num', p: 0.01 }]),
      );
      const run = await p.run({ 'drift-report': newer, issue: 'true', labels: 'retrain' });
      ok(run);
      assert.equal(run.outputs['pull-request-operation'], 'updated');
      const tip = await p.tip();
      assert.equal(await git(p.repo.origin, 'rev-parse', `${tip}^`), human, 'on top of the person’s commit');
      assert.equal(await p.show('train.py'), 'print("train with class weights")');
      const issues = (await get<Item[]>(`${p.api.url}/repos/${REPO}/issues?state=all`)).filter(
        (i) => !i.pull_request,
      );
      assert.equal(issues.length, 1);
      assert.equal(issues[0]!.title, 'churn needs retraining: dataset drift in 1 of 1 columns');
      assert.equal(issues[0]!.body.split('\n')[0], '<!-- mlops-actions:open-retrain-pr:issue:churn -->');
      assert.match(
        issues[0]!.body,
        /Pull request: #1 \(\[open it\]\(https:\/\/github\.com\/octo-org\/ml-project\/pull\/1\)\)/,
      );
      assert.deepEqual(
        issues[0]!.labels.map((l) => l.name),
        ['retrain'],
      );
      assert.deepEqual(p.api.responseErrors, []);
    } finally {
      await p.close();
    }
  });
});

describe('open-retrain-pr decides offline: no token, no network', () => {
  it('a dry run from the CLI says what it would do and writes nothing', async () => {
    const p = await retrainProject();
    try {
      const report = await realReport(p.ws);
      // A new batch, not committed to git (data git tracks is refused, as `dvc add` refuses it).
      await writeFiles(p.ws, { 'data/new.csv': 'a\n1\n' });
      const before = await git(p.ws, 'status', '--porcelain');
      const cli = await runCli(
        [
          'open-retrain-pr',
          '--name',
          'churn',
          '--drift-report',
          report,
          '--when',
          'never',
          '--data',
          'data/new.csv',
          '--remote',
          p.dataRemote,
        ],
        { cwd: p.ws },
      );
      assert.equal(cli.exitCode, 0, cli.stderr);
      assert.equal(cli.outputs['pull-request-operation'], 'none');
      assert.equal(
        cli.outputs.reason,
        'dry run (when: never): would open or update the retrain pull request on mlops/retrain/churn with the new data data/new.csv: dataset drift: 4 of 5 columns drifted (80.0% ≥ 50.0%)',
      );
      assert.match(cli.stderr, /open-retrain-pr dry run: `churn`/);
      assert.match(cli.stderr, /> \*\*Retrain churn: dataset drift in 4 of 5 columns\*\*/);
      // A depth-1 checkout has no tags: production is not known offline, and the preview says so.
      assert.match(
        cli.stderr,
        /In production:\*\* not known offline: no local GTO tag puts `churn` in `prod`/,
      );
      assert.equal(await git(p.ws, 'status', '--porcelain'), before);
      assert.equal(await p.tip(), '');
      assert.deepEqual(p.api.requests, []);
      // With the tags fetched, the local GTO tags name production, still offline.
      await git(p.ws, 'fetch', '-q', '--depth=1', 'origin', '+refs/tags/*:refs/tags/*');
      const tagged = await runCli(
        ['open-retrain-pr', '--name', 'churn', '--drift-report', report, '--when', 'never'],
        { cwd: p.ws },
      );
      assert.match(tagged.stderr, /In production:\*\* `churn` `v1\.0\.0` in `prod`/);
    } finally {
      await p.close();
    }
  });

  it('a clean report from the CLI without a token: none, and says the PR was not looked up', async () => {
    const p = await retrainProject();
    try {
      const report = await writeReport(p.ws, 'clean.json', handReport([{ name: 'a', p: 0.9 }]));
      const cli = await runCli(['open-retrain-pr', '--name', 'churn', '--drift-report', report], {
        cwd: p.ws,
      });
      assert.equal(cli.exitCode, 0, cli.stderr);
      assert.equal(cli.outputs['pull-request-operation'], 'none');
      assert.equal(
        cli.outputs.reason,
        'no trigger: no dataset drift: 0 of 1 columns drifted (0.0% < 50.0%) (no token or repository: an open retrain pull request was not looked up)',
      );
      assert.deepEqual(p.api.requests, []);
    } finally {
      await p.close();
    }
  });
});
