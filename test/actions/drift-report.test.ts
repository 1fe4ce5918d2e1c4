/**
 * drift-report as the runner runs it: the bundled dist/drift-report.js under Node 24 with INPUT_*, a
 * schedule event, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY (test/harness/run-action.ts). Needs `npm run build`.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { runAction } from '../harness/run-action.js';
import { tempDir } from '../harness/temp-dir.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'drift');
const schedule = { name: 'schedule', payload: { schedule: '0 6 * * 1' } };

async function workspace(): Promise<string> {
  const ws = await tempDir('drift-action-');
  await mkdir(join(ws, 'data'));
  await copyFile(join(FIXTURES, 'reference.csv'), join(ws, 'data', 'reference.csv'));
  await copyFile(join(FIXTURES, 'current.csv'), join(ws, 'data', 'current.csv'));
  return ws;
}

function errorMessage(run: { annotations: { level: string; message: string }[] }): string {
  return run.annotations
    .filter((a) => a.level === 'error')
    .map((a) => a.message)
    .join('\n');
}

describe('drift-report action', () => {
  it('reports the fixture drift on a schedule event: outputs, files, summary', async () => {
    const ws = await workspace();
    const run = await runAction({
      action: 'drift-report',
      workspace: ws,
      event: schedule,
      inputs: { reference: 'data/reference.csv', current: 'data/current.csv' },
    });
    assert.equal(run.exitCode, 0, run.stderr + run.stdout);
    assert.equal(run.outputs['drift-detected'], 'true');
    assert.equal(run.outputs['drift-share'], '0.6');
    assert.deepEqual(JSON.parse(run.outputs['drifted-columns']!), ['num', 'num_missing', 'cat_new']);
    assert.equal(run.outputs['report-json'], 'drift-report/report.json');
    assert.equal(run.outputs['report-markdown'], 'drift-report/report.md');
    assert.equal(run.outputs['metrics-file'], 'drift-report/metrics.prom');
    const report = JSON.parse(await readFile(join(ws, 'drift-report', 'report.json'), 'utf8')) as {
      schemaVersion: number;
      summary: Record<string, unknown>;
    };
    assert.equal(report.schemaVersion, 1);
    assert.deepEqual(report.summary, { tested: 5, drifted: 3, share: 0.6, datasetDrift: true, notTested: 0 });
    assert.match(run.summary, /^## 🔴 Dataset drift: 3 of 5 columns drifted/);
    assert.match(run.summary, /```mermaid\n%%\{init: .*\}%%\nxychart-beta/);
    assert.equal(
      run.summary.trimEnd(),
      (await readFile(join(ws, 'drift-report', 'report.md'), 'utf8')).trimEnd(),
    );
    assert.ok(
      run.annotations.some(
        (a) =>
          a.level === 'warning' &&
          /cat_new.*1 category of the current data not in the reference — value E: 150 rows/.test(a.message),
      ),
    );
  });

  it("the workflow author's paths may be outside the workspace: data on a volume, report-dir in runner.temp", async () => {
    const ws = await tempDir('drift-action-');
    const volume = await tempDir('drift-volume-');
    const runnerTemp = await tempDir('drift-runner-temp-');
    await copyFile(join(FIXTURES, 'reference.csv'), join(volume, 'reference.csv'));
    await copyFile(join(FIXTURES, 'current.csv'), join(volume, 'current.csv'));
    const run = await runAction({
      action: 'drift-report',
      workspace: ws,
      event: schedule,
      runnerTemp,
      inputs: {
        reference: join(volume, 'reference.csv'),
        current: join(volume, 'current.csv'),
        'report-dir': join(runnerTemp, 'drift'),
      },
    });
    assert.equal(run.exitCode, 0, run.stderr + run.stdout);
    assert.equal(run.outputs['drift-share'], '0.6');
    assert.equal(run.outputs['report-json'], join(runnerTemp, 'drift', 'report.json'));
    assert.deepEqual((await readdir(join(runnerTemp, 'drift'))).sort(), [
      'metrics.prom',
      'report.json',
      'report.md',
    ]);
    assert.deepEqual(await readdir(ws), [], 'nothing written into the workspace');
  });

  it('with fail-on-drift: writes everything, then fails the step', async () => {
    const ws = await workspace();
    const run = await runAction({
      action: 'drift-report',
      workspace: ws,
      event: schedule,
      inputs: {
        reference: 'data/reference.csv',
        current: 'data/current.csv',
        'fail-on-drift': 'true',
        'report-dir': 'out/drift',
      },
    });
    assert.equal(run.exitCode, 1);
    assert.match(
      errorMessage(run),
      /Dataset drift detected: 3 of 5 columns drifted \(60\.0% ≥ 50\.0%\): num, num_missing, cat_new/,
    );
    assert.equal(run.outputs['drift-detected'], 'true');
    assert.ok(existsSync(join(ws, 'out', 'drift', 'metrics.prom')));
  });

  it('takes settings from .mlops.yml, inputs winning, and resolves a .dvc pointer through the cache', async () => {
    const ws = await workspace();
    const data = await readFile(join(FIXTURES, 'reference-head1000.csv'));
    const md5 = createHash('md5').update(data).digest('hex');
    await mkdir(join(ws, '.dvc', 'cache', 'files', 'md5', md5.slice(0, 2)), { recursive: true });
    await writeFile(join(ws, '.dvc', 'cache', 'files', 'md5', md5.slice(0, 2), md5.slice(2)), data);
    await writeFile(
      join(ws, 'data', 'ref1000.csv.dvc'),
      `outs:\n- md5: ${md5}\n  size: ${data.length}\n  hash: md5\n  path: ref1000.csv\n`,
    );
    await copyFile(join(FIXTURES, 'current-head1000.csv'), join(ws, 'data', 'cur1000.csv'));
    await writeFile(
      join(ws, '.mlops.yml'),
      'drift:\n  drift-share: 0.9\n  columns:\n    bin:\n      ignore: true\n    cat:\n      threshold: 0.001\n',
    );
    const run = await runAction({
      action: 'drift-report',
      workspace: ws,
      event: schedule,
      inputs: { reference: 'data/ref1000.csv.dvc', current: 'data/cur1000.csv', 'drift-share': '0.75' },
    });
    assert.equal(run.exitCode, 0, errorMessage(run) + run.stderr);
    const report = JSON.parse(await readFile(join(ws, 'drift-report', 'report.json'), 'utf8')) as {
      settings: { driftShare: number };
      columns: { name: string; test: string; threshold: number; score: number; drifted: boolean }[];
    };
    assert.equal(report.settings.driftShare, 0.75);
    assert.deepEqual(
      report.columns.map((c) => [c.name, c.test, c.threshold, c.drifted]),
      [
        ['num', 'ks', 0.05, true],
        ['num_missing', 'ks', 0.05, true],
        ['cat', 'chisquare', 0.001, false],
        ['cat_new', 'chisquare', 0.05, true],
      ],
    );
    assert.equal(report.columns[0]!.score, 0.0020287627507189713);
    assert.equal(run.outputs['drift-share'], '0.75');
    assert.equal(run.outputs['drift-detected'], 'true');
  });

  describe('bad input: one clear error, nothing written', () => {
    const cases: {
      name: string;
      files: Record<string, string>;
      inputs: Record<string, string>;
      error: RegExp;
    }[] = [
      {
        name: 'ragged rows',
        files: { 'r.csv': 'a,b\n1,2\n3,4,5\n', 'c.csv': 'a,b\n1,2\n' },
        inputs: {},
        error: /Input 'reference' \(r\.csv\): row 2 \(line 3\) has 3 fields, the header has 2/,
      },
      {
        name: 'an empty file',
        files: { 'r.csv': '', 'c.csv': 'a\n1\n' },
        inputs: {},
        error: /\(r\.csv\): the file is empty/,
      },
      {
        name: 'a header-only file',
        files: { 'r.csv': 'a,b\n1,2\n', 'c.csv': 'a,b\r\n' },
        inputs: {},
        error: /Input 'current' \(c\.csv\): the file has a header but no data rows/,
      },
      {
        name: 'an unknown column',
        files: { 'r.csv': 'a,b\n1,2\n', 'c.csv': 'a,b\n1,2\n' },
        inputs: { columns: 'a, nope' },
        error: /Unknown column 'nope' \(input 'columns'\): the reference has 'a', 'b'/,
      },
      {
        name: 'an unknown column in .mlops.yml',
        files: {
          'r.csv': 'a,b\n1,2\n',
          'c.csv': 'a,b\n1,2\n',
          '.mlops.yml': 'drift:\n  columns:\n    ghost:\n      test: psi\n',
        },
        inputs: {},
        error: /Unknown column 'ghost' \(\.mlops\.yml drift\.columns\.ghost\)/,
      },
      {
        name: 'an unsupported file type',
        files: { 'r.xlsx': 'x', 'c.csv': 'a\n1\n' },
        inputs: { reference: 'r.xlsx' },
        error: /unsupported file type '\.xlsx'/,
      },
      {
        name: 'a path into .git',
        files: { 'c.csv': 'a\n1\n' },
        inputs: { reference: '.git/config' },
        error:
          /^Input 'reference': path '\.git\/config' points into \.git\/, which mlops-actions may never read\.$/,
      },
      {
        name: 'a bad test name',
        files: { 'r.csv': 'a\n1\n', 'c.csv': 'a\n1\n' },
        inputs: { tests: 'a=magic' },
        error: /Input 'tests': a=magic is not a test/,
      },
    ];
    for (const c of cases) {
      it(c.name, async () => {
        const ws = await tempDir('drift-bad-');
        for (const [name, content] of Object.entries(c.files)) await writeFile(join(ws, name), content);
        const run = await runAction({
          action: 'drift-report',
          workspace: ws,
          event: schedule,
          inputs: { reference: 'r.csv', current: 'c.csv', ...c.inputs },
        });
        assert.equal(run.exitCode, 1);
        const message = errorMessage(run);
        assert.match(message, c.error);
        assert.doesNotMatch(run.stdout + run.stderr, /\n\s+at /, 'no stack trace');
        assert.ok(!(await readdir(ws)).includes('drift-report'), 'report-dir not created');
      });
    }
  });
});
