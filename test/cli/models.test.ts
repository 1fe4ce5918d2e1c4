/**
 * `mlops models` as a user runs it (the built dist/mlops.js, a real repository with a bare origin):
 * tables and JSON as `gto show` / `gto history` print them, written out by hand from GTO's format
 * (python-tabulate's fancy_outline, Python's datetime and json.dumps(indent=4)), and the writes.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { runCli } from '../harness/run-action.js';
import { createRepoWithOrigin, git, type RepoWithOrigin } from '../harness/git-fixtures.js';
import { rawTag } from '../core/registry/gto-fixtures.js';

const run = promisify(execFile);
const T0 = 1_767_225_600; // 2026-01-01T00:00:00Z

async function mlops(cwd: string, ...args: string[]) {
  const run = await runCli(['models', ...args], { cwd });
  return { code: run.exitCode, stdout: run.stdout, stderr: run.stderr };
}

/** A commit with fixed dates, so its id (and so the table) is the same on every run. */
async function fixedCommit(dir: string, message: string, time: number): Promise<string> {
  const date = `${time} +0000`;
  await run(
    'git',
    [
      '-c',
      'user.name=Dev',
      '-c',
      'user.email=dev@example.com',
      'commit',
      '-q',
      '--allow-empty',
      '-m',
      message,
    ],
    {
      cwd: dir,
      env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
    },
  );
  return git(dir, 'rev-parse', 'HEAD');
}

describe('mlops models', () => {
  let repo: RepoWithOrigin;
  let a = '';
  let b = '';
  before(async () => {
    repo = await createRepoWithOrigin();
    const w = repo.work;
    a = await fixedCommit(w, 'model a', T0 - 100);
    b = await fixedCommit(w, 'model b', T0 - 50);
    await git(w, 'push', '-q', 'origin', 'HEAD:main');
    await rawTag(w, 'churn@v1.0.0', a, { time: T0, message: 'Registering artifact churn version v1.0.0' });
    await rawTag(w, 'churn#staging#1', a, { time: T0 + 60, zone: '+0200' });
    await rawTag(w, 'churn@v1.1.0', b, { time: T0 + 120 });
    await rawTag(w, 'churn#prod#2', b, { time: T0 + 180 });
    await rawTag(w, 'models=iris@v0.0.1', a, {
      time: T0 + 240,
      zone: '-0530',
      message: 'Registering artifact models:iris version v0.0.1\n',
      tagger: { name: 'Zoë Tester', email: 'zoe@example.com' },
    });
    await rawTag(w, 'churn#prod#3', a, { time: T0 + 300, lightweight: true });
    await git(w, 'push', '-q', 'origin', '--tags');
  });

  it('list: gto show’s table and JSON', async () => {
    const table = await mlops(repo.work, 'list');
    assert.equal(table.code, 0, table.stderr);
    assert.equal(
      table.stdout,
      [
        '╒═════════════╤══════════╤═════════╤════════════╕',
        '│ name        │ latest   │ #prod   │ #staging   │',
        '╞═════════════╪══════════╪═════════╪════════════╡',
        '│ churn       │ v1.1.0   │ v1.1.0  │ v1.0.0     │',
        '│ models:iris │ v0.0.1   │ -       │ -          │',
        '╘═════════════╧══════════╧═════════╧════════════╛',
        '',
      ].join('\n'),
    );
    const json = await mlops(repo.work, 'list', '--json');
    assert.equal(
      json.stdout,
      [
        '{',
        '    "churn": {',
        '        "version": "v1.1.0",',
        '        "stage": {',
        '            "prod": "v1.1.0",',
        '            "staging": "v1.0.0"',
        '        },',
        '        "registered": true,',
        '        "active": true',
        '    },',
        '    "models:iris": {',
        '        "version": "v0.0.1",',
        '        "stage": {',
        '            "prod": null,',
        '            "staging": null',
        '        },',
        '        "registered": true,',
        '        "active": true',
        '    }',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('show and history: gto’s tables, times in the tagger’s zone, JSON with non-ASCII escaped', async () => {
    const show = await mlops(repo.work, 'show', 'churn');
    assert.equal(
      show.stdout,
      [
        '╒════════════╤═══════════╤═════════╤═══════════════════════════╤══════════════╕',
        '│ artifact   │ version   │ stage   │ created_at                │ ref          │',
        '╞════════════╪═══════════╪═════════╪═══════════════════════════╪══════════════╡',
        '│ churn      │ v1.1.0    │ prod    │ 2026-01-01 00:02:00+00:00 │ churn@v1.1.0 │',
        '│ churn      │ v1.0.0    │ staging │ 2026-01-01 00:00:00+00:00 │ churn@v1.0.0 │',
        '╘════════════╧═══════════╧═════════╧═══════════════════════════╧══════════════╛',
        '',
      ].join('\n'),
    );
    assert.equal(
      (await mlops(repo.work, 'show', 'churn#staging', '--plain')).stdout.split('\n')[1]?.split(/\s+/)[1],
      'v1.0.0',
    );
    const history = await mlops(repo.work, 'history', 'churn');
    const [A, B] = [a.slice(0, 7), b.slice(0, 7)];
    assert.equal(
      history.stdout,
      [
        '╒═══════════════════════════╤════════════╤══════════════╤═══════════╤═════════╤══════════╤═════════════════╕',
        '│ timestamp                 │ artifact   │ event        │ version   │ stage   │ commit   │ ref             │',
        '╞═══════════════════════════╪════════════╪══════════════╪═══════════╪═════════╪══════════╪═════════════════╡',
        `│ 2026-01-01 00:03:00+00:00 │ churn      │ assignment   │ v1.1.0    │ prod    │ ${B}  │ churn#prod#2    │`,
        `│ 2026-01-01 00:02:00+00:00 │ churn      │ registration │ v1.1.0    │ -       │ ${B}  │ churn@v1.1.0    │`,
        `│ 2026-01-01 02:01:00+02:00 │ churn      │ assignment   │ v1.0.0    │ staging │ ${A}  │ churn#staging#1 │`,
        `│ 2026-01-01 00:00:00+00:00 │ churn      │ registration │ v1.0.0    │ -       │ ${A}  │ churn@v1.0.0    │`,
        '╘═══════════════════════════╧════════════╧══════════════╧═══════════╧═════════╧══════════╧═════════════════╛',
        '',
      ].join('\n'),
    );
    const json = await mlops(repo.work, 'history', 'models:iris', '--json');
    assert.equal(
      json.stdout,
      [
        '[',
        '    {',
        '        "timestamp": "2025-12-31T18:34:00-05:30",',
        '        "artifact": "models:iris",',
        '        "event": "registration",',
        '        "priority": 3,',
        '        "version": "v0.0.1",',
        '        "stage": null,',
        `        "commit": "${a}",`,
        '        "author": "Zo\\u00eb Tester",',
        '        "author_email": "zoe@example.com",',
        '        "message": "Registering artifact models:iris version v0.0.1",',
        '        "ref": "models=iris@v0.0.1"',
        '    }',
        ']',
        '',
      ].join('\n'),
    );
    assert.equal(
      (await mlops(repo.work, 'show', 'nothing-here')).stdout,
      'Nothing found in the current workspace\n',
    );
  });

  it('assign --exclusive rolls back, printing the tags it pushed; the counter passes the lightweight #3', async () => {
    const result = await mlops(
      repo.work,
      'assign',
      'churn',
      'prod',
      '--version',
      'v1.0.0',
      '--exclusive',
      '--message',
      'roll back',
    );
    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.stdout, 'churn#prod#4\nchurn#prod!#5\n');
    assert.equal(await git(repo.origin, 'cat-file', '-t', 'churn#prod!#5'), 'tag');
    assert.match(await git(repo.origin, 'cat-file', '-p', 'churn#prod#4'), /Reason: roll back/);
    const again = await mlops(repo.work, 'assign', 'churn', 'prod', '--version', 'v1.0.0', '--exclusive');
    assert.deepEqual([again.code, again.stdout], [0, '']);
    assert.match(again.stderr, /Nothing to push/);
    const list = await mlops(repo.work, 'list', '--plain');
    assert.match(list.stdout, /^churn\s+v1\.1\.0\s+v1\.0\.0\s+v1\.0\.0$/m);
  });

  it('bad input: one clear error, exit 1, nothing pushed', async () => {
    const tagsBefore = await git(repo.origin, 'tag', '--list');
    for (const args of [
      ['assign', 'churn', 'bad stage', '--version', 'v1.0.0'],
      ['assign', 'churn', 'prod', '--version', '1.0.0'],
      ['register', '-churn'],
      ['register', 'churn', '--ref', 'no-such-ref'],
      ['frobnicate'],
    ]) {
      const result = await mlops(repo.work, ...args);
      assert.equal(result.code, 1, args.join(' '));
      assert.match(result.stderr, /^error: /, args.join(' '));
    }
    assert.equal(await git(repo.origin, 'tag', '--list'), tagsBefore);
  });
});
