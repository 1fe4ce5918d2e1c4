/**
 * data-hash around the edges of a run (issue 9 #10–#12): temp files a killed run left behind, a cache it
 * cannot write, and where the CLI keeps its report. Through the bundled action and the bundled CLI.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { chmod, mkdir, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { promisify } from 'node:util';
import { writeFiles } from '../harness/git-fixtures.js';
import { NODE24, PROJECT_ROOT, runAction } from '../harness/run-action.js';
import { tempDir } from '../harness/temp-dir.js';

const execFileAsync = promisify(execFile);
const FOO = 'acbd18db4cc2f85cedef654fccc4a4d8'; // md5sum of "foo"
const KEY = ['files', 'md5', 'ac', FOO.slice(2)];
const STALE = '.0123456789abcdef.tmp';
const LIVE = '.fedcba9876543210.tmp';

/** A temp file as a killed run leaves it (untouched for two hours), and one a live run is writing. */
async function plantTemps(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, STALE), 'half an obj');
  await writeFile(join(dir, LIVE), 'being writ');
  const twoHoursAgo = new Date(Date.now() - 2 * 3600 * 1000);
  await utimes(join(dir, STALE), twoHoursAgo, twoHoursAgo);
}

test('temp files a killed push or pull left are swept by the next run that writes there', async () => {
  const ws = await tempDir('mlops-ws-');
  const remote = await tempDir('mlops-remote-');
  await writeFiles(ws, { 'f.txt': 'foo' });
  assert.equal(
    (await runAction({ action: 'data-hash', workspace: ws, inputs: { command: 'add', paths: 'f.txt' } }))
      .exitCode,
    0,
  );
  // A push killed mid-copy: its temp file in the remote, no object.
  await plantTemps(join(remote, ...KEY.slice(0, 3)));
  const pushed = await runAction({ action: 'data-hash', workspace: ws, inputs: { command: 'push', remote } });
  assert.equal(pushed.exitCode, 0, pushed.stdout);
  assert.deepEqual((await readdir(join(remote, ...KEY.slice(0, 3)))).sort(), [LIVE, FOO.slice(2)].sort());

  // A pull killed mid-download: its temp file in the cache, no object.
  const clone = await tempDir('mlops-clone-');
  await writeFile(join(clone, 'f.txt.dvc'), await readFile(join(ws, 'f.txt.dvc')));
  await plantTemps(join(clone, '.dvc', 'cache', ...KEY.slice(0, 3)));
  const pulled = await runAction({
    action: 'data-hash',
    workspace: clone,
    inputs: { command: 'pull', remote },
  });
  assert.equal(pulled.exitCode, 0, pulled.stdout);
  assert.deepEqual(
    (await readdir(join(clone, '.dvc', 'cache', ...KEY.slice(0, 3)))).sort(),
    [LIVE, FOO.slice(2)].sort(),
  );
  assert.equal(await readFile(join(clone, 'f.txt'), 'utf8'), 'foo');
});

/** The bundled CLI as another user when the tests run as root (root writes anywhere), else as is. */
async function mlopsAs(args: string[], cwd: string, env: Record<string, string>) {
  const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
  try {
    const { stdout, stderr } = await execFileAsync(
      NODE24,
      [join(PROJECT_ROOT, 'dist', 'mlops.js'), ...args],
      {
        cwd,
        env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: cwd, ...env },
        ...asUser,
      },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

test('a read-only cache is one clear error naming the cache, not a mkdir failure blamed on the remote', async () => {
  const base = await tempDir('mlops-ro-');
  const ws = join(base, 'ws');
  const remote = join(base, 'remote');
  const temp = join(base, 'tmp');
  await writeFiles(ws, {
    'f.txt.dvc': `outs:\n- md5: ${FOO}\n  size: 3\n  hash: md5\n  path: f.txt\n`,
    'new.txt': 'new',
  });
  await writeFiles(remote, { [KEY.join('/')]: 'foo' });
  const cache = join(ws, '.dvc', 'cache');
  await mkdir(cache, { recursive: true });
  await mkdir(temp);
  // Everyone may read everything and write the workspace and the temp dir; the cache is read-only.
  for (const dir of [
    base,
    remote,
    dirname(join(remote, ...KEY)),
    join(remote, 'files'),
    join(remote, 'files', 'md5'),
  ])
    await chmod(dir, 0o755);
  for (const dir of [ws, join(ws, '.dvc'), temp]) await chmod(dir, 0o777);
  await chmod(cache, 0o555);
  for (const [command, extra] of [
    ['pull', ['--remote', remote]],
    ['add', ['--paths', 'new.txt']],
  ] as const) {
    const run = await mlopsAs(['data-hash', command, ...extra], ws, { TMPDIR: temp });
    assert.equal(run.code, 1, `${command}: ${run.stdout}${run.stderr}`);
    assert.match(
      run.stderr,
      new RegExp(
        `^error: The DVC cache ${cache.replace(/[/.]/g, '\\$&')} is not writable \\(EACCES on .*\\), and ${command} stores objects there\\. Give a writable 'cache-dir', or fix its permissions\\.$`,
        'm',
      ),
    );
    assert.doesNotMatch(run.stderr, /unexpectedly|Remote .* failed/);
  }
  assert.deepEqual(await readdir(cache), []);
  assert.deepEqual((await readdir(ws)).sort(), ['.dvc', 'f.txt.dvc', 'new.txt']);
});

test('the CLI keeps its report in a private temp directory, not a shared <tmpdir>/mlops-data-hash', async () => {
  const ws = await tempDir('mlops-ws-');
  const temp = await tempDir('mlops-tmpdir-');
  await writeFiles(ws, { 'f.txt': 'foo' });
  const run = await execFileAsync(
    NODE24,
    [join(PROJECT_ROOT, 'dist', 'mlops.js'), 'data-hash', 'add', '--paths', 'f.txt'],
    {
      cwd: ws,
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: ws, TMPDIR: temp },
    },
  );
  const report = (JSON.parse(run.stdout) as { report: string }).report;
  const privateDir = dirname(dirname(report));
  assert.equal(dirname(privateDir), temp);
  assert.match(privateDir, /\/mlops-[A-Za-z0-9]{6}$/);
  assert.equal((await stat(privateDir)).mode & 0o777, 0o700);
  assert.equal((JSON.parse(await readFile(report, 'utf8')) as { command: string }).command, 'add');
  await rm(privateDir, { recursive: true });
});
