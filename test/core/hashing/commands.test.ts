/** add / status / push / pull through the core entry point, on real directories. */
import assert from 'node:assert/strict';
import { chmod, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { type DataHashCommand, runDataHash } from '../../../src/core/hashing/data-hash.js';
import { silentLogger } from '../../../src/core/logger.js';
import { ConfigurationError } from '../../../src/core/errors.js';
import { tempDir } from '../../harness/temp-dir.js';
import { workspace, writeTree } from './helpers.js';

async function dh(
  root: string,
  command: DataHashCommand,
  paths: string[] = [],
  extra: { remote?: string; cacheDir?: string } = {},
) {
  return runDataHash({
    command,
    root,
    paths,
    cacheDir: extra.cacheDir,
    remote: extra.remote,
    endpointUrl: undefined,
    region: undefined,
    jobs: 2,
    logger: silentLogger,
    reportPath: join(root, '..', `${command}-report.json`),
    transfer: { attempts: 2, retryDelayMs: 10 },
  });
}

const FOO = 'acbd18db4cc2f85cedef654fccc4a4d8';

test('add writes the DVC pointer, caches read-only objects (with the .dir manifest) and gitignores the data', async () => {
  const { root } = await workspace();
  await writeTree(root, { 'data/foo': 'foo', 'data/bar': 'bar', 'model.bin': 'foo' });
  const result = await dh(root, 'add', ['data', 'model.bin']);
  assert.equal(result.changed, true);
  assert.deepEqual(result.hashes, {
    data: { md5: '5ea40360f5b4ec688df672a4db9c17d1.dir', size: 6, nfiles: 2 },
    'model.bin': { md5: FOO, size: 3, nfiles: 1 },
  });
  assert.equal(
    await readFile(join(root, 'data.dvc'), 'utf8'),
    'outs:\n- md5: 5ea40360f5b4ec688df672a4db9c17d1.dir\n  size: 6\n  nfiles: 2\n  hash: md5\n  path: data\n',
  );
  assert.equal(await readFile(join(root, '.gitignore'), 'utf8'), '/data\n/model.bin\n');
  assert.equal(await readFile(join(root, '.dvc', '.gitignore'), 'utf8'), '/config.local\n/tmp\n/cache\n');
  const cache = join(root, '.dvc', 'cache', 'files', 'md5');
  const foo = await stat(join(cache, 'ac', FOO.slice(2)));
  assert.equal(foo.mode & 0o777, 0o444);
  assert.equal(
    await readFile(join(cache, '5e', 'a40360f5b4ec688df672a4db9c17d1.dir'), 'utf8'),
    '[{"md5": "37b51d194a7513e45b56f6524f2d51f2", "relpath": "bar"}, {"md5": "acbd18db4cc2f85cedef654fccc4a4d8", "relpath": "foo"}]',
  );
  assert.ok((await readFile(join(root, '.dvc', 'tmp', 'mlops-hash-state.bin'), 'utf8')).includes('"groups"'));
  // Rerun: nothing changes, nothing is rewritten; the dedup'd object is the same inode.
  const again = await dh(root, 'add', ['data', 'model.bin']);
  assert.equal(again.changed, false);
  assert.deepEqual(
    again.added.map((a) => [a.written, a.stored]),
    [
      [false, 0],
      [false, 0],
    ],
  );
  assert.equal((await stat(join(cache, 'ac', FOO.slice(2)))).ino, foo.ino);
  assert.equal(await readFile(join(root, '.gitignore'), 'utf8'), '/data\n/model.bin\n');
});

test('a rewrite keeps user keys, comments and top-level keys in DVC order', async () => {
  const { root } = await workspace();
  await writeTree(root, {
    foo: 'changed',
    'foo.dvc':
      '# dataset pointer\nouts:\n- md5: acbd18db4cc2f85cedef654fccc4a4d8\n  size: 3\n  hash: md5\n  path: foo\n  desc: the foo set # keep me\n  labels:\n  - raw\n  remote: store\nmeta:\n  owner: data-team\n',
  });
  await dh(root, 'add', ['foo']);
  assert.equal(
    await readFile(join(root, 'foo.dvc'), 'utf8'),
    '# dataset pointer\nouts:\n- md5: 2d4b2b1a44a7e8e2e2b0b4e2b6f0f8f6\n'.replace(
      '2d4b2b1a44a7e8e2e2b0b4e2b6f0f8f6',
      (await import('node:crypto')).createHash('md5').update('changed').digest('hex'),
    ) +
      '  size: 7\n  hash: md5\n  path: foo\n  desc: the foo set # keep me\n  labels:\n  - raw\n  remote: store\nmeta:\n  owner: data-team\n',
  );
});

test('legacy DVC 2.x entries: checked with md5-dos2unix, never rewritten while unchanged, upgraded on change', async () => {
  const { root } = await workspace();
  const legacy = 'outs:\n- md5: c32b2057b9bd62caa835386346177935\n  size: 7\n  path: notes.txt\n';
  await writeTree(root, { 'notes.txt': 'a\r\nb\r\nc', 'notes.txt.dvc': legacy });
  const status = await dh(root, 'status');
  assert.deepEqual(
    status.statuses.map((s) => [s.path, s.status, s.legacy]),
    [['notes.txt', 'not in cache', true]],
  );
  const added = await dh(root, 'add', ['notes.txt']);
  assert.equal(added.added[0]!.legacyKept, true);
  assert.equal(await readFile(join(root, 'notes.txt.dvc'), 'utf8'), legacy);
  // Legacy layout: <cache>/<2>/<30>, holding the original bytes.
  assert.equal(
    await readFile(join(root, '.dvc', 'cache', 'c3', '2b2057b9bd62caa835386346177935'), 'utf8'),
    'a\r\nb\r\nc',
  );
  assert.equal((await dh(root, 'verify')).statuses[0]!.status, 'unchanged');
  await writeFile(join(root, 'notes.txt'), 'a\r\nb\r\nd');
  assert.equal((await dh(root, 'status')).statuses[0]!.status, 'modified');
  await dh(root, 'add', ['notes.txt']);
  assert.match(await readFile(join(root, 'notes.txt.dvc'), 'utf8'), /hash: md5\n {2}path: notes.txt\n$/);
});

test('status: unchanged (no file re-read), modified with per-file diffs, deleted, new, not in cache', async () => {
  const { root } = await workspace();
  await writeTree(root, { 'd/a': 'a', 'd/b': 'b', 'd/sub/c': 'c', single: 'one', loose: 'untracked' });
  await dh(root, 'add', ['d', 'single']);
  const clean = await dh(root, 'status');
  assert.deepEqual(
    clean.statuses.map((s) => [s.path, s.status, s.rehashed]),
    [
      ['d', 'unchanged', 0],
      ['single', 'unchanged', 0],
    ],
  );
  assert.equal(clean.changed, false);
  // Same size, different content, mtime moved: detected through the stat key.
  await writeFile(join(root, 'd', 'a'), 'A');
  await utimes(join(root, 'd', 'a'), new Date(2001, 1, 1), new Date(2001, 1, 1));
  await writeFile(join(root, 'd', 'new'), 'n');
  await rm(join(root, 'd', 'sub', 'c'));
  await rm(join(root, 'single'));
  const dirty = await dh(root, 'status', ['d', 'single', 'loose']);
  const byPath = Object.fromEntries(dirty.statuses.map((s) => [s.path, s]));
  assert.equal(byPath.d!.status, 'modified');
  assert.deepEqual(byPath.d!.changes, { added: ['new'], removed: ['sub/c'], modified: ['a'] });
  assert.equal(byPath.d!.rehashed, 2);
  assert.equal(byPath.single!.status, 'deleted');
  assert.equal(byPath.loose!.status, 'new');
  assert.equal(dirty.changed, true);
  // not in cache: the data matches but the objects are gone.
  await writeFile(join(root, 'single'), 'one');
  await rm(join(root, '.dvc', 'cache'), { recursive: true, force: true });
  assert.equal((await dh(root, 'status', ['single.dvc'])).statuses[0]!.status, 'not in cache');
});

test('malformed .dvc YAML names the file and line', async () => {
  const { root } = await workspace();
  await writeTree(root, {
    'x.dvc': 'outs:\n- md5: acbd18db4cc2f85cedef654fccc4a4d8\n  size: [3\n  path: x\n',
  });
  await assert.rejects(dh(root, 'status'), (error: unknown) => {
    assert.ok(error instanceof ConfigurationError);
    assert.equal(error.file, 'x.dvc');
    assert.match(error.message, /^x\.dvc:\d+: malformed YAML/);
    assert.ok(error.line! >= 3);
    return true;
  });
  await writeTree(root, { 'x.dvc': 'outs:\n- md5: not-a-hash\n  path: x\n' });
  await assert.rejects(dh(root, 'status'), /x\.dvc:2: 'md5' of 'x' is not an md5 hash/);
});

test('push/pull with a local remote: only missing objects move, pull restores files, corrupt objects never travel', async () => {
  const { root } = await workspace();
  const remote = await tempDir('mlops-remote-');
  await writeTree(root, { 'd/a': 'a', 'd/b': 'b', 'f.txt': 'foo' });
  await dh(root, 'add', ['d', 'f.txt']);
  const first = await dh(root, 'push', [], { remote });
  assert.deepEqual([first.transfer!.transferred, first.transfer!.skipped], [4, 0]);
  assert.equal(await readFile(join(remote, 'files', 'md5', 'ac', FOO.slice(2)), 'utf8'), 'foo');
  const second = await dh(root, 'push', [], { remote });
  assert.deepEqual([second.transfer!.transferred, second.transfer!.skipped], [0, 4]);

  // A fresh clone: pointers only.
  const { root: clone } = await workspace();
  await writeTree(clone, {
    'd.dvc': await readFile(join(root, 'd.dvc'), 'utf8'),
    'f.txt.dvc': await readFile(join(root, 'f.txt.dvc'), 'utf8'),
  });
  const pulled = await dh(clone, 'pull', [], { remote });
  assert.equal(pulled.transfer!.transferred, 4);
  assert.equal(await readFile(join(clone, 'd', 'b'), 'utf8'), 'b');
  assert.equal(await readFile(join(clone, 'f.txt'), 'utf8'), 'foo');
  assert.deepEqual(
    (await dh(clone, 'status')).statuses.map((s) => s.status),
    ['unchanged', 'unchanged'],
  );

  // Corrupt a cache object: push refuses it, checkout refuses to serve it.
  const object = join(root, '.dvc', 'cache', 'files', 'md5', 'ac', FOO.slice(2));
  await chmod(object, 0o644);
  await writeFile(object, 'bad');
  const empty = await tempDir('mlops-remote-');
  await assert.rejects(
    dh(root, 'push', ['f.txt'], { remote: empty }),
    /do not match their names and were not pushed/,
  );
  await assert.rejects(stat(join(empty, 'files', 'md5', 'ac', FOO.slice(2))), /ENOENT/);
  await rm(join(root, 'f.txt'));
  await assert.rejects(dh(root, 'pull', ['f.txt'], { remote: empty }), /is corrupt/);
  await assert.rejects(stat(join(root, 'f.txt')), /ENOENT/);
});

test('.dvc/config: cache dir and default remote are honoured', async () => {
  const { root } = await workspace();
  const remote = await tempDir('mlops-remote-');
  await writeTree(root, {
    '.dvc/config': `[core]\n    remote = store\n[cache]\n    dir = ../shared-cache\n['remote "store"']\n    url = ${remote}\n`,
    f: 'foo',
  });
  const added = await dh(root, 'add', ['f']);
  assert.equal(added.cacheDir, join(root, 'shared-cache'));
  await stat(join(root, 'shared-cache', 'files', 'md5', 'ac', FOO.slice(2)));
  const pushed = await dh(root, 'push');
  assert.equal(pushed.remote, remote);
  await stat(join(remote, 'files', 'md5', 'ac', FOO.slice(2)));
});
