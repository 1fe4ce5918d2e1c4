/**
 * drift-report `record: true` through the runner-faithful executor: the compact drift record lands on the
 * registry branch of a real bare origin, a rerun of the same job does not duplicate it, and the user's
 * checkout (HEAD, branch, index, tracked files) is left alone. Needs `npm run build`.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import {
  checkoutLikeActions,
  createRepoWithOrigin,
  git,
  type RepoWithOrigin,
} from '../harness/git-fixtures.js';
import { runAction } from '../harness/run-action.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'drift');
const schedule = { name: 'schedule', payload: { schedule: '0 6 * * 1' } };

async function project(extra: Record<string, string> = {}): Promise<{ repo: RepoWithOrigin; sha: string }> {
  const reference = await readFile(join(FIXTURES, 'reference.csv'), 'utf8');
  const current = await readFile(join(FIXTURES, 'current.csv'), 'utf8');
  const repo = await createRepoWithOrigin({
    'data/reference.csv': reference,
    'data/current.csv': current,
    ...extra,
  });
  return { repo, sha: await git(repo.work, 'rev-parse', 'HEAD') };
}

async function branchFiles(repo: RepoWithOrigin, branch = 'mlops/registry'): Promise<string[]> {
  const out = await git(repo.origin, 'ls-tree', '-r', '--name-only', branch).catch(() => '');
  return out.split('\n').filter(Boolean).sort();
}

async function commitCount(repo: RepoWithOrigin, branch = 'mlops/registry'): Promise<number> {
  return Number(await git(repo.origin, 'rev-list', '--count', branch));
}

interface RecordShape {
  schema: number;
  dataset: string;
  run: string;
  recordedAt: string;
  commit: string;
  reference: { path: string; md5?: string; size?: number; rows: number };
  current: { path: string; md5?: string; size?: number; rows: number };
  summary: Record<string, unknown>;
  columns: { name: string; test: string | null; score: number | null; drifted: boolean }[];
}

async function readRecord(
  repo: RepoWithOrigin,
  path: string,
  branch = 'mlops/registry',
): Promise<RecordShape> {
  return JSON.parse(await git(repo.origin, 'show', `${branch}:${path}`)) as RecordShape;
}

describe('drift-report record: true', () => {
  it('appends the drift record to the registry branch; a rerun of the job does not duplicate it', async () => {
    const { repo, sha } = await project();
    const ws = await checkoutLikeActions(repo.originUrl, sha, { branch: 'main' });
    const inputs = { reference: 'data/reference.csv', current: 'data/current.csv', record: 'true' };
    const env = { GITHUB_SHA: sha, GITHUB_RUN_ID: '555', GITHUB_JOB: 'drift' };
    const first = await runAction({ action: 'drift-report', workspace: ws, event: schedule, inputs, env });
    assert.equal(first.exitCode, 0, first.stderr + first.stdout);
    const path = first.outputs['record-path']!;
    assert.match(path, /^drift\/default\/\d{8}T\d{6}Z-555-drift\.json$/);
    assert.deepEqual(await branchFiles(repo), [path]);

    const record = await readRecord(repo, path);
    assert.equal(record.schema, 1);
    assert.equal(record.dataset, 'default');
    assert.equal(record.run, '555-drift');
    assert.equal(record.commit, sha);
    assert.deepEqual(record.reference, {
      path: 'data/reference.csv',
      size: (await stat(join(ws, 'data', 'reference.csv'))).size,
      rows: 5000,
    });
    assert.equal(record.current.size, (await stat(join(ws, 'data', 'current.csv'))).size);
    // Same verdicts as the action's report.json (the full report is checked against scipy elsewhere).
    const report = JSON.parse(await readFile(join(ws, 'drift-report', 'report.json'), 'utf8')) as {
      columns: { name: string; test: string; score: number; drifted: boolean }[];
    };
    assert.deepEqual(record.summary, { tested: 5, drifted: 3, share: 0.6, datasetDrift: true });
    assert.deepEqual(
      record.columns,
      report.columns.map((c) => ({ name: c.name, test: c.test, score: c.score, drifted: c.drifted })),
    );
    assert.deepEqual(
      record.columns.filter((c) => c.drifted).map((c) => c.name),
      ['num', 'num_missing', 'cat_new'],
    );

    // A rerun of the job (new attempt, same workflow run and job) finds its record: nothing new is pushed.
    const rerun = await runAction({
      action: 'drift-report',
      workspace: ws,
      event: schedule,
      inputs,
      env: { ...env, GITHUB_RUN_ATTEMPT: '2' },
    });
    assert.equal(rerun.exitCode, 0, rerun.stderr + rerun.stdout);
    assert.equal(rerun.outputs['record-path'], path);
    assert.deepEqual(await branchFiles(repo), [path]);
    assert.equal(await commitCount(repo), 1);

    // The checkout is untouched: same branch and HEAD, clean index, only the report directory is new.
    assert.equal(await git(ws, 'rev-parse', 'HEAD'), sha);
    assert.equal(await git(ws, 'symbolic-ref', 'HEAD'), 'refs/heads/main');
    assert.equal(await git(ws, 'status', '--porcelain', '--untracked-files=normal'), '?? drift-report/');

    // Another workflow run adds a second record beside the first.
    const next = await runAction({
      action: 'drift-report',
      workspace: ws,
      event: schedule,
      inputs,
      env: { ...env, GITHUB_RUN_ID: '556' },
    });
    assert.equal(next.exitCode, 0, next.stderr + next.stdout);
    assert.match(next.outputs['record-path']!, /-556-drift\.json$/);
    assert.deepEqual(await branchFiles(repo), [path, next.outputs['record-path']].sort());
    assert.equal(await commitCount(repo), 2);
  });

  it('a rerun on changed data replaces its record in place; dvc pointers give md5; branch from .mlops.yml', async () => {
    const current = await readFile(join(FIXTURES, 'current.csv'));
    const md5 = createHash('md5').update(current).digest('hex');
    const { repo, sha } = await project({
      '.mlops.yml': 'registry:\n  branch: ml/history\n',
      'data/current.csv.dvc': `outs:\n- md5: ${md5}\n  size: ${current.length}\n  hash: md5\n  path: current.csv\n`,
    });
    const ws = await checkoutLikeActions(repo.originUrl, sha);
    const env = { GITHUB_SHA: sha, GITHUB_RUN_ID: '900', GITHUB_JOB: 'monitor' };
    const first = await runAction({
      action: 'drift-report',
      workspace: ws,
      event: schedule,
      inputs: {
        reference: 'data/reference.csv',
        current: 'data/current.csv.dvc',
        record: 'true',
        'dataset-name': 'churn',
      },
      env,
    });
    assert.equal(first.exitCode, 0, first.stderr + first.stdout);
    const path = first.outputs['record-path']!;
    assert.match(path, /^drift\/churn\/\d{8}T\d{6}Z-900-monitor\.json$/);
    assert.deepEqual(await branchFiles(repo, 'ml/history'), [path]);
    const record = await readRecord(repo, path, 'ml/history');
    assert.deepEqual(record.current, {
      path: 'data/current.csv.dvc',
      md5,
      size: current.length,
      rows: 5000,
    });

    // Rerun of the same job against other data (the reference itself: no drift): same file, new content.
    const rerun = await runAction({
      action: 'drift-report',
      workspace: ws,
      event: schedule,
      inputs: {
        reference: 'data/reference.csv',
        current: 'data/reference.csv',
        record: 'true',
        'dataset-name': 'churn',
      },
      env: { ...env, GITHUB_RUN_ATTEMPT: '2' },
    });
    assert.equal(rerun.exitCode, 0, rerun.stderr + rerun.stdout);
    assert.equal(rerun.outputs['record-path'], path);
    assert.deepEqual(await branchFiles(repo, 'ml/history'), [path]);
    assert.equal(await commitCount(repo, 'ml/history'), 2);
    const replaced = await readRecord(repo, path, 'ml/history');
    assert.equal(replaced.current.path, 'data/reference.csv');
    assert.equal(replaced.summary.datasetDrift, false);
    assert.equal(await git(ws, 'rev-parse', 'HEAD'), sha);
  });

  it('a bad dataset name is a clear error before anything is written; without record: no record-path', async () => {
    const { repo, sha } = await project();
    const ws = await checkoutLikeActions(repo.originUrl, sha);
    const bad = await runAction({
      action: 'drift-report',
      workspace: ws,
      event: schedule,
      inputs: {
        reference: 'data/reference.csv',
        current: 'data/current.csv',
        record: 'true',
        'dataset-name': '../escape',
      },
    });
    assert.equal(bad.exitCode, 1);
    const errors = bad.annotations.filter((a) => a.level === 'error').map((a) => a.message);
    assert.match(errors.join('\n'), /Input 'dataset-name': '\.\.\/escape' is not allowed/);
    assert.equal(existsSync(join(ws, 'drift-report')), false, 'nothing written before the name is checked');
    assert.deepEqual(await branchFiles(repo), []);

    const plain = await runAction({
      action: 'drift-report',
      workspace: ws,
      event: schedule,
      inputs: { reference: 'data/reference.csv', current: 'data/current.csv' },
    });
    assert.equal(plain.exitCode, 0, plain.stderr + plain.stdout);
    assert.equal(plain.outputs['record-path'], '');
    assert.deepEqual(await branchFiles(repo), []);
  });
});
