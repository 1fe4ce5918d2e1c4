import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { Git } from '../../../src/adapter/git.js';
import { ConfigurationError } from '../../../src/core/errors.js';
import { buildChangeSet, checkTreePath } from '../../../src/core/git/change-set.js';
import { GitCommands } from '../../../src/core/git/commands.js';
import { checkoutLikeActions, createRepoWithOrigin, git } from '../../harness/git-fixtures.js';

async function snapshot(dir: string) {
  return {
    head: await git(dir, 'rev-parse', 'HEAD'),
    symbolic: await git(dir, 'rev-parse', '--abbrev-ref', 'HEAD'),
    status: await git(dir, 'status', '--porcelain', '--untracked-files=all'),
    index: await git(dir, 'ls-files', '--stage', '--debug'),
    shallow: await git(dir, 'rev-parse', '--is-shallow-repository'),
  };
}

describe('change set (plumbing commit)', () => {
  it('3 writes and 1 delete on a depth-1 detached checkout leave the work tree, index and HEAD as they were', async () => {
    const repo = await createRepoWithOrigin({
      'deploy/app.yaml': 'image: old\n',
      'deploy/old.yaml': 'gone: soon\n',
      'README.md': '# r\n',
    });
    const sha = await git(repo.work, 'rev-parse', 'HEAD');
    const checkout = await checkoutLikeActions(repo.originUrl, sha);
    await writeFile(join(checkout, 'README.md'), '# edited by the user, not committed\n');
    await writeFile(join(checkout, 'scratch.txt'), 'untracked\n');
    const before = await snapshot(checkout);

    const result = await buildChangeSet(new GitCommands(new Git(checkout)), {
      base: sha,
      writes: [
        { path: 'deploy/app.yaml', content: 'image: new@sha256:abc\n' },
        { path: 'retrain/churn/request.json', content: new TextEncoder().encode('{"a":1}\n') },
        { path: 'bin/run.sh', content: '#!/bin/sh\necho hi\n', mode: '100755' },
      ],
      deletes: ['deploy/old.yaml'],
      message: 'Pin churn v1.2.0\n\nmlops-actions',
      author: { name: 'Deploy Bot', email: 'bot@example.com', date: new Date('2026-03-01T10:00:00Z') },
    });

    assert.equal(result.changed, true);
    assert.deepEqual(await snapshot(checkout), before);
    // The commit: parent = base, the tree as asked, identity and date as given.
    assert.equal(await git(checkout, 'rev-parse', `${result.commit}^`), sha);
    assert.equal(
      await git(checkout, 'ls-tree', '-r', '--format=%(objectmode) %(path)', result.commit),
      [
        '100644 README.md',
        '100755 bin/run.sh',
        '100644 deploy/app.yaml',
        '100644 retrain/churn/request.json',
      ].join('\n'),
    );
    assert.equal(await git(checkout, 'show', `${result.commit}:deploy/app.yaml`), 'image: new@sha256:abc');
    assert.equal(
      await git(checkout, 'show', `${result.commit}:README.md`),
      '# r',
      'the user’s uncommitted edit is not in it',
    );
    assert.equal(
      await git(checkout, 'log', '-1', '--format=%an <%ae> %aI|%cn|%s', result.commit),
      'Deploy Bot <bot@example.com> 2026-03-01T10:00:00+00:00|Deploy Bot|Pin churn v1.2.0',
    );
  });

  it('no change → no commit; a directory delete removes everything under it; a first commit has no parent', async () => {
    const repo = await createRepoWithOrigin({ 'a/x.txt': 'x\n', 'a/y/z.txt': 'z\n', 'b.txt': 'b\n' });
    const sha = await git(repo.work, 'rev-parse', 'HEAD');
    const g = new GitCommands(new Git(repo.work));
    const same = await buildChangeSet(g, {
      base: sha,
      writes: [{ path: 'b.txt', content: 'b\n' }],
      message: 'm',
    });
    assert.deepEqual([same.changed, same.commit], [false, sha]);
    const dropped = await buildChangeSet(g, { base: sha, deletes: ['a', 'not-there'], message: 'm' });
    assert.equal(await git(repo.work, 'ls-tree', '-r', '--name-only', dropped.commit), 'b.txt');
    const orphan = await buildChangeSet(g, {
      base: undefined,
      writes: [{ path: 'r.json', content: '{}' }],
      message: 'm',
    });
    assert.equal(await git(repo.work, 'rev-list', '--count', orphan.commit), '1');
  });

  it('refuses paths into .git, absolute paths and dot components', () => {
    for (const bad of [
      '.git/config',
      'a/.GIT/hooks/x',
      '.git',
      'x/.git./y',
      'git~1/config',
      '/etc/passwd',
      'a/../b',
      './a',
      'a//b',
      'a\\b',
      '',
    ]) {
      assert.throws(() => checkTreePath(bad), ConfigurationError, bad);
    }
    for (const good of ['.github/workflows/ci.yml', '.gitignore', 'a/.gitkeep', 'deploy/app.yaml']) {
      assert.equal(checkTreePath(good), good);
    }
  });
});
