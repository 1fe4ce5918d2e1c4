import assert from 'node:assert/strict';
import { chmod, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { Git } from '../../../src/adapter/git.js';
import { ConfigurationError } from '../../../src/core/errors.js';
import { GitCommands } from '../../../src/core/git/commands.js';
import { silentLogger } from '../../../src/core/logger.js';
import { readRunRecords, writeRunRecord } from '../../../src/core/registry/run-records.js';
import { checkoutLikeActions, createRepoWithOrigin, git } from '../../harness/git-fixtures.js';
import { tempDir } from '../../harness/temp-dir.js';
import { makeRecord } from '../experiments/records.js';

const gitIn = (dir: string) => new GitCommands(new Git(dir));

/** The bytes a run record made by makeRecord() must have on the branch: two-space JSON, keys in the
 * record's own order (makeRecord's defaults, then `id` appended), a final newline. Written by hand. */
function expectedRunRecordBytes(id: string, metricsJson: string, gitJson: string): string {
  return [
    '{',
    '  "schema": 1,',
    '  "experiment": "demo",',
    '  "status": "FINISHED",',
    '  "startedAt": "2026-01-01T00:00:00.000Z",',
    '  "endedAt": "2026-01-01T00:00:00.000Z",',
    '  "params": {},',
    `  "metrics": ${metricsJson},`,
    '  "series": {},',
    '  "tags": {},',
    `  "git": ${gitJson},`,
    '  "data": [],',
    '  "artifacts": [],',
    '  "sources": {',
    '    "metrics": [],',
    '    "params": []',
    '  },',
    `  "id": "${id}"`,
    '}',
    '',
  ].join('\n');
}

const location = { remote: 'origin', branch: 'mlops/registry' };

async function snapshot(dir: string) {
  return {
    head: await git(dir, 'rev-parse', 'HEAD'),
    symbolic: await git(dir, 'rev-parse', '--abbrev-ref', 'HEAD'),
    status: await git(dir, 'status', '--porcelain', '--untracked-files=all'),
    index: await git(dir, 'ls-files', '--stage'),
  };
}

describe('registry store (git plumbing, real bare remote)', () => {
  it('writes from a shallow detached checkout without touching the working tree, index or HEAD', async () => {
    const repo = await createRepoWithOrigin({ 'train.py': 'print(1)\n' });
    const sha = await repo.commit({ 'params.yaml': 'lr: 0.1\n' }, 'second');
    const checkout = await checkoutLikeActions(repo.originUrl, sha);
    await writeFile(join(checkout, 'metrics.json'), '{"acc": 1}\n'); // an untracked file the user has
    const before = await snapshot(checkout);
    const temp = await tempDir();
    const record = makeRecord({ id: 'run-1', metrics: { acc: 1 }, git: { commit: sha } });

    const result = await writeRunRecord(gitIn(checkout), record, {
      location,
      tempDir: temp,
      logger: silentLogger,
    });
    assert.equal(result.value, 'runs/demo/run-1.json');
    assert.equal(result.unchanged, false);
    assert.deepEqual(await snapshot(checkout), before);
    assert.equal(await git(checkout, 'rev-parse', '--is-shallow-repository'), 'true');
    // what the remote holds: an orphan branch with exactly the record
    const expected = expectedRunRecordBytes(
      'run-1',
      '{\n    "acc": 1\n  }',
      `{\n    "commit": "${sha}"\n  }`,
    );
    assert.equal(await git(repo.origin, 'show', 'mlops/registry:runs/demo/run-1.json'), expected.trimEnd());
    assert.equal(
      await git(repo.origin, 'cat-file', '-s', 'mlops/registry:runs/demo/run-1.json'),
      String(Buffer.byteLength(expected)),
      'the blob ends with exactly one newline',
    );
    assert.equal(await git(repo.origin, 'rev-list', '--count', 'mlops/registry'), '1');
    assert.equal(
      await git(repo.origin, 'ls-tree', '-r', '--name-only', 'mlops/registry'),
      'runs/demo/run-1.json',
    );

    // a rerun with the same record changes nothing; a changed record replaces the file in a new commit
    const again = await writeRunRecord(gitIn(checkout), record, {
      location,
      tempDir: temp,
      logger: silentLogger,
    });
    assert.equal(again.unchanged, true);
    assert.equal(await git(repo.origin, 'rev-list', '--count', 'mlops/registry'), '1');
    const changed = { ...record, metrics: { acc: 2 } };
    await writeRunRecord(gitIn(checkout), changed, { location, tempDir: temp, logger: silentLogger });
    assert.equal(await git(repo.origin, 'rev-list', '--count', 'mlops/registry'), '2');
    const records = await readRunRecords(gitIn(checkout), 'refs/remotes/origin/mlops/registry', silentLogger);
    assert.deepEqual(
      records.map((r) => [r.id, r.metrics.acc]),
      [['run-1', 2]],
    );
  });

  it('20 concurrent writers to one remote: all 20 records land, on a linear history', async () => {
    const repo = await createRepoWithOrigin();
    const sha = await git(repo.work, 'rev-parse', 'HEAD');
    const checkouts = await Promise.all(
      Array.from({ length: 20 }, () => checkoutLikeActions(repo.originUrl, sha)),
    );
    const temp = await tempDir();
    const started = Date.now();
    const results = await Promise.all(
      checkouts.map((dir, i) =>
        writeRunRecord(gitIn(dir), makeRecord({ id: `run-${i}`, metrics: { i } }), {
          location,
          tempDir: temp,
          logger: silentLogger,
        }),
      ),
    );
    const names = (await git(repo.origin, 'ls-tree', '-r', '--name-only', 'mlops/registry'))
      .split('\n')
      .sort();
    assert.deepEqual(names, Array.from({ length: 20 }, (_, i) => `runs/demo/run-${i}.json`).sort());
    assert.equal(await git(repo.origin, 'rev-list', '--count', 'mlops/registry'), '20');
    assert.equal(await git(repo.origin, 'rev-list', '--min-parents=2', '--count', 'mlops/registry'), '0');
    const retried = results.filter((r) => r.attempts > 1).length;
    console.log(
      `20 writers: ${Date.now() - started} ms, ${retried} retried, max attempts ${Math.max(...results.map((r) => r.attempts))}`,
    );
  });

  it('gives up after bounded retries when every push is rejected, keeping the record in the temp dir', async () => {
    const repo = await createRepoWithOrigin();
    // A remote where someone always updates the branch first: the pre-receive hook moves the ref itself,
    // so git's compare-and-swap update of our push fails as in a real race.
    const hook = join(repo.origin, 'hooks', 'pre-receive');
    await writeFile(
      hook,
      [
        '#!/bin/sh',
        'unset GIT_QUARANTINE_PATH GIT_OBJECT_DIRECTORY GIT_ALTERNATE_OBJECT_DIRECTORIES',
        'export GIT_AUTHOR_NAME=x GIT_AUTHOR_EMAIL=x@x GIT_COMMITTER_NAME=x GIT_COMMITTER_EMAIL=x@x',
        'while read old new ref; do',
        '  tree=$(git mktree </dev/null)',
        '  c=$(echo "race $new $(date +%s%N)" | git commit-tree "$tree")',
        '  git update-ref "$ref" "$c"',
        'done',
        'exit 0',
        '',
      ].join('\n'),
    );
    await chmod(hook, 0o755);
    const temp = await tempDir();
    const waits: number[] = [];
    const record = makeRecord({ id: 'lost', metrics: { a: 1 } });
    await assert.rejects(
      writeRunRecord(gitIn(repo.work), record, {
        location,
        tempDir: temp,
        logger: silentLogger,
        retry: {
          attempts: 4,
          baseDelayMs: 10,
          sleep: (ms) => {
            waits.push(ms);
            return Promise.resolve();
          },
        },
      }),
      (error: unknown) => {
        assert.ok(error instanceof ConfigurationError);
        assert.match(error.message, /rejected 4 times/);
        assert.ok(error.message.includes(join(temp, 'mlops-runs', 'demo', 'lost.json')), error.message);
        return true;
      },
    );
    assert.equal(waits.length, 3);
    assert.ok(
      waits.every((w, i) => w >= 0 && w <= 10 * 2 ** i),
      `waits ${waits.join(',')}`,
    );
    assert.equal(
      await readFile(join(temp, 'mlops-runs', 'demo', 'lost.json'), 'utf8'),
      expectedRunRecordBytes('lost', '{\n    "a": 1\n  }', '{}'),
    );
  });

  it('fails at once (no retries) when the remote refuses for another reason', async () => {
    const repo = await createRepoWithOrigin();
    const hook = join(repo.origin, 'hooks', 'pre-receive');
    await writeFile(hook, '#!/bin/sh\necho "protected branch" >&2\nexit 1\n');
    await chmod(hook, 0o755);
    const temp = await tempDir();
    let slept = 0;
    await assert.rejects(
      writeRunRecord(gitIn(repo.work), makeRecord({ id: 'denied' }), {
        location,
        tempDir: temp,
        logger: silentLogger,
        retry: {
          sleep: () => {
            slept++;
            return Promise.resolve();
          },
        },
      }),
      /protected branch.*kept at .*denied\.json/s,
    );
    assert.equal(slept, 0);
  });
});
