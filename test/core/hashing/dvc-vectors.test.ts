/**
 * DVC's own vectors (../shared/reference/dvc-compat.md, from DVC's test suites): file md5s, directory
 * hashes with size/nfiles, the exact `.dir` bytes, and the exact `.dvc` text `dvc add` writes.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hashBytes } from '../../../src/core/dvc/content-hash.js';
import { renderPointer } from '../../../src/core/dvc/pointer.js';
import { hashIn, workspace, writeTree } from './helpers.js';

const DIR_VECTORS: { files: Record<string, string>; md5: string; size: number; nfiles: number }[] = [
  { files: { foo: 'foo', bar: 'bar' }, md5: '5ea40360f5b4ec688df672a4db9c17d1.dir', size: 6, nfiles: 2 },
  {
    files: { foo: 'foo', bar: 'bar', 'subdir/data': 'data' },
    md5: '8761c4e9acad696bee718615e23e22db.dir',
    size: 10,
    nfiles: 3,
  },
  { files: { data: 'data' }, md5: 'af314506f1622d107e0ed3f14ec1a3b5.dir', size: 4, nfiles: 1 },
  {
    files: { foo: 'foo', bar: 'bar', 'subdir/lorem': 'lorem', 'subdir/ipsum': 'ipsum' },
    md5: '15b0e3c73ad2c748ce206988cb6b7319.dir',
    size: 16,
    nfiles: 4,
  },
  {
    files: { foo: 'foo', bar: 'bar', foobar: 'foobar' },
    md5: 'a5beca056acbef9e0013347efdc2b751.dir',
    size: 12,
    nfiles: 3,
  },
  { files: { bar: 'bar\n', baz: 'baz\n' }, md5: '1f69c66028c35037e8bf67e5bc4ceb6a.dir', size: 8, nfiles: 2 },
];

test('file md5s match DVC (plain md5, DVC 3)', () => {
  assert.equal(hashBytes(Buffer.from('foo')), 'acbd18db4cc2f85cedef654fccc4a4d8');
  assert.equal(hashBytes(Buffer.from('bar')), '37b51d194a7513e45b56f6524f2d51f2');
  assert.equal(hashBytes(Buffer.from('data')), '8d777f385d3dfec8815d20f7496026dc');
  assert.equal(hashBytes(Buffer.alloc(0)), 'd41d8cd98f00b204e9800998ecf8427e');
});

test('md5-dos2unix vector (DVC 2.x legacy entries)', () => {
  const text = Buffer.from('a\r\nb\r\nc');
  assert.equal(hashBytes(text, 'md5-dos2unix'), 'c32b2057b9bd62caa835386346177935');
  assert.equal(hashBytes(text, 'md5'), '17800212205a0baee12dcf34c0748370');
});

test('directory hashes, sizes and file counts match DVC', async () => {
  for (const vector of DIR_VECTORS) {
    const { repo } = await workspace();
    await writeTree(
      repo.root,
      Object.fromEntries(Object.entries(vector.files).map(([k, v]) => [`d/${k}`, v])),
    );
    const hash = await hashIn(repo, 'd');
    assert.deepEqual(
      { md5: hash.md5, size: hash.size, nfiles: hash.nfiles },
      { md5: vector.md5, size: vector.size, nfiles: vector.nfiles },
      JSON.stringify(vector.files),
    );
  }
});

test('the empty directory hashes like DVC', async () => {
  const { repo } = await workspace();
  await writeTree(repo.root, { 'e/.keep-dir-marker': '' });
  const { rm } = await import('node:fs/promises');
  await rm(`${repo.root}/e/.keep-dir-marker`);
  const hash = await hashIn(repo, 'e');
  assert.deepEqual(
    { md5: hash.md5, size: hash.size, nfiles: hash.nfiles, manifest: hash.manifest() },
    {
      md5: 'd751713988987e9331980363e24189ce.dir',
      size: 0,
      nfiles: 0,
      manifest: '[]',
    },
  );
});

test('the cached .dir object has exactly the bytes DVC writes', async () => {
  const { repo } = await workspace();
  await writeTree(repo.root, { 'd/bar': 'bar\n', 'd/baz': 'baz\n' });
  const hash = await hashIn(repo, 'd');
  assert.equal(
    hash.manifest(),
    '[{"md5": "c157a79031e1c40f85931829bc5fc552", "relpath": "bar"}, {"md5": "258622b1688250cb619f3c9ccaefb7eb", "relpath": "baz"}]',
  );
});

test('a new .dvc pointer is the text dvc add writes', () => {
  assert.equal(
    renderPointer(undefined, { path: 'foo', md5: 'acbd18db4cc2f85cedef654fccc4a4d8', size: 3 }),
    'outs:\n- md5: acbd18db4cc2f85cedef654fccc4a4d8\n  size: 3\n  hash: md5\n  path: foo\n',
  );
  assert.equal(
    renderPointer(undefined, {
      path: 'data',
      md5: '5ea40360f5b4ec688df672a4db9c17d1.dir',
      size: 6,
      nfiles: 2,
    }),
    'outs:\n- md5: 5ea40360f5b4ec688df672a4db9c17d1.dir\n  size: 6\n  nfiles: 2\n  hash: md5\n  path: data\n',
  );
  assert.equal(
    renderPointer(undefined, {
      path: 'run.sh',
      md5: 'acbd18db4cc2f85cedef654fccc4a4d8',
      size: 3,
      isexec: true,
    }),
    'outs:\n- md5: acbd18db4cc2f85cedef654fccc4a4d8\n  size: 3\n  isexec: true\n  hash: md5\n  path: run.sh\n',
  );
});
