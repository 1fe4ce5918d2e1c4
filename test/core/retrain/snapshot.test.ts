import assert from 'node:assert/strict';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { Git } from '../../../src/adapter/git.js';
import { ConfigurationError } from '../../../src/core/errors.js';
import { PathPolicy } from '../../../src/core/fs/path-policy.js';
import { GitCommands } from '../../../src/core/git/commands.js';
import { checkSnapshot, snapshotWrites } from '../../../src/core/retrain/snapshot.js';
import { createRepoWithOrigin, git, writeFiles } from '../../harness/git-fixtures.js';

async function repo(files: Record<string, string> = {}) {
  const r = await createRepoWithOrigin({ 'README.md': '# m\n', ...files });
  return { ...r, policy: PathPolicy.forWorkspace(r.work), head: await git(r.work, 'rev-parse', 'HEAD') };
}

describe('checkSnapshot: the data paths are checked before anything is written', () => {
  it('resolves data inside the repository to tree paths', async () => {
    const r = await repo();
    await writeFiles(r.work, { 'data/new.csv': 'a\n', 'data/images/x.png': 'x' });
    const targets = checkSnapshot({
      policy: r.policy,
      gitRoot: r.policy.root,
      paths: ['data/new.csv', 'data/images'],
      from: { input: 'data' },
      remote: '/tmp/remote',
    });
    assert.deepEqual(
      targets.map((t) => t.treePath),
      ['data/new.csv', 'data/images'],
    );
  });

  it('refuses what a pointer cannot name, or this action must not write, with one message each', async () => {
    const r = await repo({
      '.dvc/config': '[core]\n    remote = store\n["remote \\"store\\""]\n    url = /tmp/store\n',
    });
    await writeFiles(r.work, { 'a.csv.dvc': 'outs: []\n', '.github/workflows/d.csv': 'x', 'a.csv': 'x' });
    await mkdir(join(r.work, '..', 'beside'), { recursive: true });
    await writeFile(join(r.work, '..', 'beside', 'b.csv'), 'x');
    await symlink('../beside', join(r.work, 'link'));
    const refused = (
      paths: string[],
      from: Parameters<typeof checkSnapshot>[0]['from'],
      message: RegExp,
      remote?: string,
    ) =>
      assert.throws(
        () => checkSnapshot({ policy: r.policy, gitRoot: r.policy.root, paths, from, remote }),
        (e: unknown) => e instanceof ConfigurationError && message.test(e.message),
      );
    refused(['missing.csv'], { input: 'data' }, /^Input 'data': 'missing\.csv' does not exist\.$/);
    refused(
      ['a.csv.dvc'],
      { input: 'data' },
      /^Input 'data': 'a\.csv\.dvc' is a \.dvc pointer; give the data path it tracks\.$/,
    );
    refused(
      ['.github/workflows/d.csv'],
      { input: 'data' },
      /under \.github\/workflows\/, which open-retrain-pr never writes/,
    );
    refused(['../beside/b.csv'], { input: 'data' }, /is outside the workspace/);
    refused(['link/b.csv'], { input: 'data' }, /leads outside the workspace through a symbolic link/);
    refused(['.git/config'], { input: 'data' }, /\.git/);
    refused(
      ['../beside/b.csv'],
      { file: '.mlops.yml', what: 'retrain.data' },
      /^\.mlops\.yml: retrain\.data '\.\.\/beside\/b\.csv' is outside the workspace/,
    );
    // With a default remote in .dvc/config, no remote input is needed.
    assert.equal(
      checkSnapshot({
        policy: r.policy,
        gitRoot: r.policy.root,
        paths: ['a.csv'],
        from: { input: 'data' },
        remote: undefined,
      }).length,
      1,
    );
  });
});

describe('snapshotWrites: pointers, and .gitignore entries added to the parent’s file', () => {
  it('appends once, on a line of its own, keeping what the parent had', async () => {
    const r = await repo({
      'data/.gitignore': '/train.csv',
      'other/.gitignore': '/x\n/new.csv\n',
      '.dvc/.gitignore': '/cache\n',
    });
    const g = new GitCommands(new Git(r.work));
    const writes = await snapshotWrites(g, r.head, {
      entries: [],
      pointers: [{ treePath: 'data/new.csv.dvc', text: 'outs: []\n' }],
      ignores: [
        { treePath: 'data/.gitignore', entry: '/new.csv' },
        { treePath: 'data/.gitignore', entry: '/images' },
        { treePath: 'other/.gitignore', entry: '/new.csv' },
        { treePath: 'fresh/.gitignore', entry: '/d' },
      ],
      extra: [{ treePath: '.dvc/.gitignore', text: '/config.local\n/tmp\n/cache\n' }],
    });
    assert.deepEqual(
      writes.map((w) => [w.path, w.content]),
      [
        ['data/new.csv.dvc', 'outs: []\n'],
        ['data/.gitignore', '/train.csv\n/new.csv\n/images\n'],
        ['fresh/.gitignore', '/d\n'],
      ],
    );
  });
});
