/** data-hash through the bundled action (dist/data-hash.js) as the runner runs it, with a local remote. */
import assert from 'node:assert/strict';
import { chmod, mkdir, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { createRepoWithOrigin, git, writeFiles } from '../harness/git-fixtures.js';
import { runAction } from '../harness/run-action.js';
import { tempDir } from '../harness/temp-dir.js';

const FOO = 'acbd18db4cc2f85cedef654fccc4a4d8';

async function dataHash(workspace: string, inputs: Record<string, string>, env: Record<string, string> = {}) {
  return runAction({ action: 'data-hash', inputs, workspace, env });
}

test('add → status → verify through the action, in a git repository', async () => {
  const repo = await createRepoWithOrigin();
  await writeFiles(repo.work, { 'data/train/foo': 'foo', 'data/train/bar': 'bar', 'data/model.bin': 'data' });
  const added = await dataHash(repo.work, { command: 'add', paths: 'data/train\ndata/model.bin' });
  assert.equal(added.exitCode, 0, added.stderr);
  assert.equal(added.outputs.changed, 'true');
  assert.deepEqual(JSON.parse(added.outputs.hashes!), {
    'data/train': { md5: '5ea40360f5b4ec688df672a4db9c17d1.dir', size: 6, nfiles: 2 },
    'data/model.bin': { md5: '8d777f385d3dfec8815d20f7496026dc', size: 4, nfiles: 1 },
  });
  assert.match(added.summary, /### data-hash add/);
  assert.match(added.summary, /\| `data\/train` \| `5ea40360f5b4….dir` \| 6 B \| 2 \|/);
  assert.equal(
    await readFile(join(repo.work, 'data', 'model.bin.dvc'), 'utf8'),
    'outs:\n- md5: 8d777f385d3dfec8815d20f7496026dc\n  size: 4\n  hash: md5\n  path: model.bin\n',
  );
  // Git sees the pointers and the .gitignore, not the data or the cache.
  const porcelain = (await git(repo.work, 'status', '--porcelain', '--untracked-files=all'))
    .split('\n')
    .sort();
  assert.deepEqual(porcelain, [
    '?? .dvc/.gitignore',
    '?? data/.gitignore',
    '?? data/model.bin.dvc',
    '?? data/train.dvc',
  ]);
  assert.match(added.outputs.report!, /mlops-data-hash\/add-report-\d+\.json$/);

  const runnerTemp = await tempDir('mlops-runner-temp-');
  const status = await runAction({
    action: 'data-hash',
    inputs: { command: 'status' },
    workspace: repo.work,
    runnerTemp,
  });
  assert.equal(status.exitCode, 0, status.stderr);
  assert.equal(status.outputs.changed, 'false');
  assert.match(status.summary, /✅ unchanged/);
  const report = JSON.parse(await readFile(status.outputs.report!, 'utf8')) as {
    command: string;
    statuses: { path: string; status: string; rehashed: number }[];
  };
  assert.ok(status.outputs.report!.startsWith(runnerTemp));
  assert.equal(report.command, 'status');
  assert.deepEqual(
    report.statuses.map((s) => [s.path, s.status, s.rehashed]),
    [
      ['data/model.bin', 'unchanged', 0],
      ['data/train', 'unchanged', 0],
    ],
  );

  await writeFile(join(repo.work, 'data', 'train', 'foo'), 'FOO!');
  await writeFile(join(repo.work, 'data', 'train', 'new'), 'new');
  const verify = await dataHash(repo.work, { command: 'verify' });
  assert.equal(verify.exitCode, 1);
  assert.equal(verify.outputs.changed, 'true');
  const mismatch = verify.annotations.find((a) => a.file === 'data/train.dvc');
  assert.ok(mismatch, JSON.stringify(verify.annotations));
  assert.equal(mismatch.level, 'error');
  assert.equal(mismatch.line, 2);
  assert.match(mismatch.message, /data\/train: modified — 1 added, 1 modified/);
  assert.match(verify.summary, /- added: `new`/);
  assert.ok(!verify.annotations.some((a) => a.file === 'data/model.bin.dvc'));
});

test('push and pull with a local-directory remote; only missing objects move; pull restores the files', async () => {
  const workspace = await tempDir('mlops-ws-');
  const remote = await tempDir('mlops-remote-');
  await writeFiles(workspace, { 'ds/foo': 'foo', 'ds/bar': 'bar', 'ds/subdir/data': 'data' });
  assert.equal((await dataHash(workspace, { command: 'add', paths: 'ds' })).exitCode, 0);
  const pushed = await dataHash(workspace, { command: 'push', remote });
  assert.equal(pushed.exitCode, 0, pushed.stderr);
  assert.match(pushed.summary, /\| 4 \| 0 \| 0 \|/);
  assert.deepEqual((await readdir(join(remote, 'files', 'md5'))).sort(), ['37', '87', '8d', 'ac']);
  const again = await dataHash(workspace, { command: 'push', remote });
  assert.match(again.summary, /\| 0 \| 4 \| 0 \|/);

  const clone = await tempDir('mlops-clone-');
  await writeFile(join(clone, 'ds.dvc'), await readFile(join(workspace, 'ds.dvc')));
  await mkdir(join(clone, '.dvc'));
  await writeFile(
    join(clone, '.dvc', 'config'),
    `[core]\n    remote = origin\n['remote "origin"']\n    url = ${remote}\n`,
  );
  const pulled = await dataHash(clone, { command: 'pull' });
  assert.equal(pulled.exitCode, 0, pulled.stderr);
  assert.equal(pulled.outputs.changed, 'true');
  assert.equal(await readFile(join(clone, 'ds', 'subdir', 'data'), 'utf8'), 'data');
  assert.equal(
    (await stat(join(clone, '.dvc', 'cache', 'files', 'md5', 'ac', FOO.slice(2)))).mode & 0o777,
    0o444,
  );
  const verify = await dataHash(clone, { command: 'verify' });
  assert.equal(verify.exitCode, 0, verify.stderr);
});

test('faults: missing path, malformed pointer, corrupt cache object — one clear error, exit 1, nothing written', async () => {
  const workspace = await tempDir('mlops-ws-');
  const missing = await dataHash(workspace, { command: 'add', paths: 'nope.csv' });
  assert.equal(missing.exitCode, 1);
  assert.deepEqual(
    missing.annotations.map((a) => a.message),
    ["Input 'paths': 'nope.csv' does not exist."],
  );

  await writeFiles(workspace, { 'bad.dvc': 'outs:\n- md5: x\n  path: [bad\n' });
  const malformed = await dataHash(workspace, { command: 'status' });
  assert.equal(malformed.exitCode, 1);
  assert.equal(malformed.annotations.length, 1);
  assert.equal(malformed.annotations[0]!.file, 'bad.dvc');
  assert.match(malformed.annotations[0]!.message, /^bad\.dvc:\d+: malformed YAML/);
  await rm(join(workspace, 'bad.dvc'));

  const outside = await tempDir('mlops-outside-');
  const escape = await dataHash(workspace, { command: 'add', paths: `../${outside.split('/').pop()}` });
  assert.equal(escape.exitCode, 1);
  assert.match(escape.annotations[0]!.message, /outside the workspace/);

  await writeFiles(workspace, { 'f.txt': 'foo' });
  assert.equal((await dataHash(workspace, { command: 'add', paths: 'f.txt' })).exitCode, 0);
  const object = join(workspace, '.dvc', 'cache', 'files', 'md5', 'ac', FOO.slice(2));
  await chmod(object, 0o644);
  await writeFile(object, 'tampered');
  const remote = await tempDir('mlops-remote-');
  const push = await dataHash(workspace, { command: 'push', remote });
  assert.equal(push.exitCode, 1);
  assert.equal(push.annotations.length, 1);
  assert.match(push.annotations[0]!.message, /do not match their names and were not pushed/);
  assert.deepEqual(await readdir(remote), []);
});

test('add refuses data git already tracks, as dvc add does, and writes nothing', async () => {
  const repo = await createRepoWithOrigin();
  await writeFiles(repo.work, { 'data/in-git.csv': 'a,b\n1,2\n', 'data/new.csv': 'a\n1\n' });
  await git(repo.work, 'add', 'data/in-git.csv');
  await git(repo.work, 'commit', '-q', '-m', 'data committed to git');
  const run = await dataHash(repo.work, { command: 'add', paths: 'data/new.csv\ndata/in-git.csv' });
  assert.equal(run.exitCode, 1);
  assert.deepEqual(
    run.annotations.map((a) => a.message),
    [
      "Input 'paths': 'data/in-git.csv' is already tracked by git, so DVC cannot track it (as `dvc add` refuses it). Stop tracking it with git first: git rm -r --cached 'data/in-git.csv' && git commit -m \"stop tracking data/in-git.csv\".",
    ],
  );
  assert.deepEqual((await readdir(join(repo.work, 'data'))).sort(), ['in-git.csv', 'new.csv']);
  assert.equal(await stat(join(repo.work, '.dvc')).catch(() => undefined), undefined, 'no cache made');
});
