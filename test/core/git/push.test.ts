import assert from 'node:assert/strict';
import { chmod, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { Git } from '../../../src/adapter/git.js';
import { buildChangeSet } from '../../../src/core/git/change-set.js';
import { GitCommands } from '../../../src/core/git/commands.js';
import { publish, PushRejectedError, pushAtomic } from '../../../src/core/git/push.js';
import { createTagObject } from '../../../src/core/git/tags.js';
import { createRepoWithOrigin, git } from '../../harness/git-fixtures.js';
import { tempDir } from '../../harness/temp-dir.js';

const tagger = { name: 'Tagger', email: 'tagger@example.com', date: new Date('2026-02-01T00:00:00Z') };

describe('atomic push', () => {
  it('a tag collision inside an atomic push leaves the branch unpushed too', async () => {
    const repo = await createRepoWithOrigin();
    const base = await git(repo.work, 'rev-parse', 'HEAD');
    // Someone else already pushed churn#prod#1.
    await git(repo.work, 'tag', '-a', 'churn#prod#1', '-m', 'theirs', base);
    await git(repo.work, 'push', '-q', 'origin', 'refs/tags/churn#prod#1');
    await git(repo.work, 'tag', '-d', 'churn#prod#1');

    const g = new GitCommands(new Git(repo.work));
    const change = await buildChangeSet(g, {
      base,
      writes: [{ path: 'pin.yaml', content: 'x\n' }],
      message: 'pin',
    });
    const tag = await createTagObject(g, {
      name: 'churn#prod#1',
      target: change.commit,
      message: 'ours',
      tagger,
    });
    const outcome = await pushAtomic(g, 'origin', [
      { ref: 'refs/heads/main', object: change.commit, localRef: 'refs/remotes/origin/main' },
      { ref: 'refs/tags/churn#prod#1', object: tag, localRef: 'refs/tags/churn#prod#1' },
    ]);
    assert.equal(outcome.ok, false);
    assert.equal(outcome.race, true, outcome.message);
    assert.match(outcome.message, /already exists/);
    assert.equal(await git(repo.origin, 'rev-parse', 'refs/heads/main'), base, 'the branch did not move');
    assert.equal(
      await git(repo.origin, 'cat-file', '-p', 'churn#prod#1').then((t) => /theirs/.test(t)),
      true,
    );
    assert.equal(await g.resolveObject('refs/tags/churn#prod#1'), undefined, 'no local tag was left behind');

    // Without the collision, both land in one push and the local refs follow.
    const tag2 = await createTagObject(g, {
      name: 'churn#prod#2',
      target: change.commit,
      message: 'ours',
      tagger,
    });
    const ok = await pushAtomic(g, 'origin', [
      { ref: 'refs/heads/main', object: change.commit },
      { ref: 'refs/tags/churn#prod#2', object: tag2, localRef: 'refs/tags/churn#prod#2' },
    ]);
    assert.equal(ok.ok, true, ok.message);
    assert.equal(await git(repo.origin, 'rev-parse', 'refs/heads/main'), change.commit);
    assert.equal(await git(repo.work, 'rev-parse', 'refs/tags/churn#prod#2'), tag2);
  });

  it('a stale lease is a lost race; a refusing hook is not', async () => {
    const repo = await createRepoWithOrigin();
    const base = await git(repo.work, 'rev-parse', 'HEAD');
    const g = new GitCommands(new Git(repo.work));
    const mine = await buildChangeSet(g, { base, writes: [{ path: 'a', content: '1' }], message: 'a' });
    const stale = await pushAtomic(g, 'origin', [
      {
        ref: 'refs/heads/mlops/retrain/churn',
        object: mine.commit,
        expect: '0'.repeat(40).replace(/^0/, '1'),
      },
    ]);
    assert.deepEqual([stale.ok, stale.race], [false, true], stale.message);
    const created = await pushAtomic(g, 'origin', [
      { ref: 'refs/heads/mlops/retrain/churn', object: mine.commit, expect: '' },
    ]);
    assert.equal(created.ok, true, created.message);
    const again = await pushAtomic(g, 'origin', [
      { ref: 'refs/heads/mlops/retrain/churn', object: base, expect: '' },
    ]);
    assert.deepEqual([again.ok, again.race], [false, true], 'the lease said "must not exist yet"');

    const hook = join(repo.origin, 'hooks', 'pre-receive');
    await writeFile(hook, '#!/bin/sh\necho "protected" >&2\nexit 1\n');
    await chmod(hook, 0o755);
    const refused = await pushAtomic(g, 'origin', [
      { ref: 'refs/heads/mlops/retrain/churn', object: base, expect: mine.commit },
    ]);
    assert.deepEqual([refused.ok, refused.race], [false, false], refused.message);
  });

  it('publish re-prepares after a lost race and stops after its bounded attempts', async () => {
    const repo = await createRepoWithOrigin();
    const base = await git(repo.work, 'rev-parse', 'HEAD');
    const g = new GitCommands(new Git(repo.work));
    const other = await buildChangeSet(g, { base, writes: [{ path: 'theirs', content: 't' }], message: 't' });
    await git(repo.work, 'push', '-q', 'origin', `${other.commit}:refs/heads/main`);
    let prepared = 0;
    const result = await publish(g, {
      remote: 'origin',
      what: 'test commit',
      retry: { baseDelayMs: 1 },
      prepare: async (attempt) => {
        prepared++;
        // First attempt builds on the stale base (a race); the second refetches.
        const parent = attempt === 1 ? base : other.commit;
        const c = await buildChangeSet(g, {
          base: parent,
          writes: [{ path: 'mine', content: 'm' }],
          message: 'm',
        });
        return { updates: [{ ref: 'refs/heads/main', object: c.commit }], value: c.commit };
      },
    });
    assert.deepEqual([prepared, result.attempts, result.pushed], [2, 2, true]);
    assert.equal(await git(repo.origin, 'rev-parse', 'main'), result.value);

    const temp = await tempDir();
    await assert.rejects(
      publish(g, {
        remote: 'origin',
        what: 'always stale',
        retry: { attempts: 3, baseDelayMs: 1 },
        prepare: async () => {
          const c = await buildChangeSet(g, {
            base,
            writes: [{ path: 'x', content: 'x' }],
            message: 'x',
            tempDir: temp,
          });
          return { updates: [{ ref: 'refs/heads/main', object: c.commit }], value: undefined };
        },
      }),
      (error: unknown) => error instanceof PushRejectedError && /rejected 3 times/.test(error.message),
    );
  });
});
