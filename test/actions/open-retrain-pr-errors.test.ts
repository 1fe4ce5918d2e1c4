/**
 * open-retrain-pr's refusals through the runner-faithful executor: bad input gives one clear error and
 * writes nothing (the origin's refs, the data remote and the API double's write log are checked), and
 * GitHub's walls (Actions may not create pull requests; a fork's read-only token) name their fix.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { git, writeFiles } from '../harness/git-fixtures.js';
import type { ActionRun } from '../harness/run-action.js';
import {
  APP_TOKEN,
  handReport,
  pushRegistryBranch,
  READ_ONLY,
  realReport,
  retrainProject,
  type RetrainProject,
  writeReport,
} from './retrain-fixture.js';

const errors = (run: ActionRun) => run.annotations.filter((a) => a.level === 'error').map((a) => a.message);
const DRIFTED = handReport([
  { name: 'num', p: 0.001 },
  { name: 'cat', p: 0.2 },
]);

describe('open-retrain-pr: bad input → one clear error, nothing written', () => {
  let p: RetrainProject;
  let refs: string;
  before(async () => {
    p = await retrainProject();
    await writeReport(p.ws, 'drift/report.json', DRIFTED);
    await writeFiles(p.ws, {
      'metrics.json': '{"accuracy": 0.91, "loss": 0.2}',
      'run-record.json': '{"schema": 1, "experiment": "churn", "metrics": {"acc": 0.9}}',
      'data/new.csv': 'a,b\n1,2\n',
      '.github/workflows/data.csv': 'a\n1\n',
    });
    await writeFile(join(p.ws, '..', 'outside.csv'), 'a\n1\n');
    // Data committed to git (as DVC finds it before `dvc add`): a local commit, the origin stays as it is.
    await writeFiles(p.ws, { 'data/tracked.csv': 'a\n1\n' });
    await git(p.ws, 'add', 'data/tracked.csv');
    await git(
      p.ws,
      '-c',
      'user.name=t',
      '-c',
      'user.email=t@example.com',
      'commit',
      '-q',
      '-m',
      'data in git',
    );
    refs = await git(p.repo.origin, 'for-each-ref');
  });
  after(() => p.close());

  const cases: { name: string; inputs: Record<string, string>; error: RegExp }[] = [
    {
      name: 'a report that is not a drift report',
      inputs: { 'drift-report': 'run-record.json' },
      error:
        /^Input 'drift-report': run-record\.json is not a drift-report report\.json \(schemaVersion: Invalid input: expected 1\); pass the report\.json that drift-report wrote \(its report-json output\)\.$/,
    },
    {
      name: 'a report from a newer drift-report',
      inputs: { 'drift-report': 'future.json' },
      error:
        /^Input 'drift-report': future\.json is a drift report of schemaVersion 2, newer than this version/,
    },
    {
      name: 'a report that does not exist',
      inputs: { 'drift-report': 'nope/report.json' },
      error: /^Input 'drift-report': 'nope\/report\.json' does not exist\.$/,
    },
    {
      name: 'a dataset without a registry branch',
      inputs: { dataset: 'sales' },
      error:
        /^Input 'dataset': the registry branch 'mlops\/registry' does not exist on 'origin', so there is no drift record of 'sales'\.$/,
    },
    {
      name: 'a name that is not a GTO artifact name',
      inputs: { name: 'churn.model', 'drift-report': 'drift/report.json' },
      error: /^'churn\.model' is not a GTO artifact name \(input 'name'\): use letters, digits/,
    },
    {
      name: 'a data path outside the workspace',
      inputs: { 'drift-report': 'drift/report.json', data: '../outside.csv', remote: '/tmp/unused-remote' },
      error:
        /^Input 'data': path '\.\.\/outside\.csv' is outside the workspace \(.*\); the new data snapshot must be inside the repository, where a \.dvc pointer can name it\.$/,
    },
    {
      name: 'a data path under .github/workflows',
      inputs: {
        'drift-report': 'drift/report.json',
        data: '.github/workflows/data.csv',
        remote: '/tmp/unused-remote',
      },
      error:
        /^Input 'data': '\.github\/workflows\/data\.csv' is under \.github\/workflows\/, which open-retrain-pr never writes/,
    },
    {
      name: 'a data path git already tracks (DVC refuses it too)',
      inputs: { 'drift-report': 'drift/report.json', data: 'data/tracked.csv', remote: '/tmp/unused-remote' },
      error:
        /^Input 'data': 'data\/tracked\.csv' is already tracked by git, so DVC cannot track it \(as `dvc add` refuses it\)\. Stop tracking it with git first: git rm -r --cached 'data\/tracked\.csv'/,
    },
    {
      name: 'a data path without any data remote',
      inputs: { 'drift-report': 'drift/report.json', data: 'data/new.csv' },
      error: /^Input 'data' is given, but there is no data remote to push the new data to/,
    },
    {
      name: 'drift-report and dataset both',
      inputs: { 'drift-report': 'drift/report.json', dataset: 'sales' },
      error: /^Inputs 'drift-report' and 'dataset' are both given; give one source of drift evidence\.$/,
    },
    {
      name: 'a watched column the report does not have',
      inputs: { 'drift-report': 'drift/report.json', 'watch-columns': 'num\nage' },
      error:
        /^Input 'watch-columns' names a column the drift report does not have: age \(it has num, cat\)\.$/,
    },
    {
      name: 'a metric value without its rule',
      inputs: { 'drift-report': 'drift/report.json', 'metric-value': '0.7' },
      error: /^Input 'metric-value' is given without 'metric' and 'below'/,
    },
    {
      name: 'a metric the metrics file does not have',
      inputs: { metric: 'auc', below: '0.8', 'metrics-file': 'metrics.json' },
      error:
        /^Input 'metrics-file': metrics\.json has no metric 'auc' \(Input 'metric'\); it has accuracy, loss\.$/,
    },
    {
      name: 'a cool-down that is not a duration',
      inputs: { 'drift-report': 'drift/report.json', 'cool-down': '7 days' },
      error:
        /^Input 'cool-down': '7 days' is not a duration; use a number and a unit: 30m, 12h, 7d, 2w \(or 0 for none\)\.$/,
    },
    {
      name: 'nothing to decide on',
      inputs: {},
      error: /^Nothing to decide on: give 'drift-report'/,
    },
  ];

  for (const c of cases) {
    it(c.name, async () => {
      await writeReport(p.ws, 'future.json', DRIFTED.replace('"schemaVersion": 1', '"schemaVersion": 2'));
      p.api.resetLog();
      const run = await p.run({ 'drift-report': '', ...c.inputs });
      assert.equal(run.exitCode, 1, run.stdout);
      const found = errors(run);
      assert.equal(found.length, 1, run.stdout);
      assert.match(found[0]!, c.error);
      assert.doesNotMatch(run.stdout, /failed unexpectedly/);
      assert.deepEqual(p.api.writes(), []);
      assert.equal(await git(p.repo.origin, 'for-each-ref'), refs, 'the origin is untouched');
      assert.ok(!existsSync(join(p.ws, 'data', 'new.csv.dvc')), 'no pointer written');
      assert.ok(!existsSync(join(p.ws, 'data', '.gitignore')), 'no .gitignore written');
    });
  }

  it('a dataset whose registry branch has no record of it', async () => {
    await pushRegistryBranch(p, { 'drift/other/20261201T000000Z-1-train.json': '{}' });
    const before = await git(p.repo.origin, 'for-each-ref');
    p.api.resetLog();
    const run = await p.run({ dataset: 'sales' });
    assert.equal(run.exitCode, 1);
    assert.deepEqual(errors(run), [
      "Input 'dataset': branch 'mlops/registry' has no drift record of dataset 'sales' (drift-report stores them with record: true and dataset-name: sales).",
    ]);
    assert.deepEqual(p.api.writes(), []);
    assert.equal(await git(p.repo.origin, 'for-each-ref'), before);
  });
});

describe("open-retrain-pr: GitHub's walls name their fix", () => {
  it('Actions may not create pull requests: the error names the repository setting; an App token works', async () => {
    const p = await retrainProject({ repo: { actionsCanCreatePullRequests: false } });
    try {
      const report = await realReport(p.ws);
      const run = await p.run({ 'drift-report': report });
      assert.equal(run.exitCode, 1);
      assert.deepEqual(errors(run).length, 1);
      assert.match(
        errors(run)[0]!,
        /^GitHub refused to create a pull request in octo-org\/ml-project: "GitHub Actions is not permitted to create or approve pull requests"\. Turn on Settings → Actions → General → Workflow permissions → "Allow GitHub Actions to create and approve pull requests"/,
      );
      const app = await p.run({ 'drift-report': report, token: APP_TOKEN }, { token: APP_TOKEN });
      assert.equal(app.exitCode, 0, app.stdout);
      assert.equal(app.outputs['pull-request-operation'], 'created');
      assert.ok(
        !app.annotations.some((a) => a.level === 'warning'),
        'no GITHUB_TOKEN warning for an App token',
      );
      assert.deepEqual(p.api.responseErrors, []);
    } finally {
      await p.close();
    }
  });

  it("a fork's read-only token: a clear error naming the permissions and the fork", async () => {
    const p = await retrainProject();
    try {
      const report = await realReport(p.ws);
      const run = await p.run({ 'drift-report': report }, { token: READ_ONLY });
      assert.equal(run.exitCode, 1);
      assert.equal(errors(run).length, 1);
      assert.match(
        errors(run)[0]!,
        /^The token may not create a pull request in octo-org\/ml-project \(403: Resource not accessible by integration.*\)\. Give the job `permissions: contents: write` and `pull-requests: write`.*a workflow run for a pull request from a fork gets a read-only token/,
      );
      assert.deepEqual(
        p.api.writes().map((w) => w.status),
        [403],
      );
    } finally {
      await p.close();
    }
  });

  it('the data remote is left empty when a refusal comes first', async () => {
    const p = await retrainProject();
    try {
      await writeFiles(p.ws, { 'data/new.csv': 'a\n1\n' });
      const run = await p.run({ 'drift-report': 'missing.json', data: 'data/new.csv', remote: p.dataRemote });
      assert.equal(run.exitCode, 1);
      assert.deepEqual(await readdir(p.dataRemote), []);
    } finally {
      await p.close();
    }
  });
});
