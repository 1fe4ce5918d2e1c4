import assert from 'node:assert/strict';
import { access, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { LEGACY_STATE_FILE, STATE_FILE, StateCache } from '../../../src/core/hashing/state.js';
import { FileList } from '../../../src/core/hashing/walk.js';
import { workspace } from './helpers.js';

// md5 of '', 'foo', 'bar' (coreutils md5sum).
const MD5 = [
  'd41d8cd98f00b204e9800998ecf8427e',
  'acbd18db4cc2f85cedef654fccc4a4d8',
  '37b51d194a7513e45b56f6524f2d51f2',
];
const NAMES = ['a', 'sub/é', 'sub/\u{1F600}.txt'];

function list(order: number[], mtimeShift = 0): FileList {
  const numbers = new Float64Array(order.length * 4);
  order.forEach((k, i) =>
    numbers.set([1000 + k, 1.7e12 + k + 0.25 + (k === 2 ? mtimeShift : 0), k * 3, 0o644], i * 4),
  );
  return new FileList(
    order.map((k) => NAMES[k]!),
    order.map((k) => `/w/${NAMES[k]}`),
    numbers,
  );
}

function lookAll(state: StateCache, files: FileList): (string | undefined)[] {
  const lookup = state.lookup('data', 'md5');
  return Array.from({ length: files.length }, (_, i) => lookup.get(files, i));
}

test('the state file round-trips hashes, directory hash and cache stamps; order changes still match', async () => {
  const { root } = await workspace();
  const state = StateCache.load(root);
  state.record('data', 'md5', list([0, 1, 2]), MD5, 'feedface.dir');
  state.recordCacheStamp('cache\0feedface.dir', { 'files/md5/ac': 12.5 });
  await state.save();
  assert.ok((await readFile(join(root, STATE_FILE), 'utf8')).includes('"groups"'));

  const again = StateCache.load(root);
  assert.equal(again.fileCount('data'), 3);
  assert.deepEqual(again.cacheStamp('cache\0feedface.dir'), { 'files/md5/ac': 12.5 });
  const lookup = again.lookup('data', 'md5');
  const files = list([0, 1, 2]);
  assert.deepEqual(
    Array.from({ length: 3 }, (_, i) => lookup.get(files, i)),
    MD5,
  );
  assert.equal(lookup.dirMd5(3), 'feedface.dir');
  assert.equal(lookup.outOfOrder, false);
  // Another walk order: answered through the map, flagged for re-recording.
  assert.deepEqual(lookAll(again, list([2, 0, 1])), [MD5[2], MD5[0], MD5[1]]);
  // Another algorithm's group never answers.
  assert.equal(again.lookup('data', 'md5-dos2unix').get(files, 0), undefined);
});

test('a changed mtime, a new file and a missing group miss; a damaged state file starts empty', async () => {
  const { root } = await workspace();
  const state = StateCache.load(root);
  state.record('data', 'md5', list([0, 2]), [MD5[0]!, MD5[2]!], 'feedface.dir');
  await state.save();
  const loaded = StateCache.load(root);
  assert.deepEqual(lookAll(loaded, list([0, 1, 2])), [MD5[0], undefined, MD5[2]]);
  const lookup = loaded.lookup('data', 'md5');
  const touched = list([0, 2], 5);
  assert.equal(lookup.get(touched, 0), MD5[0]);
  assert.equal(lookup.get(touched, 1), undefined); // same inode and size, another mtime
  assert.equal(lookup.dirMd5(2), undefined);
  assert.equal(loaded.lookup('other', 'md5').get(touched, 0), undefined);

  const file = join(root, STATE_FILE);
  const bytes = await readFile(file);
  for (const damaged of [
    bytes.subarray(0, bytes.length - 5),
    Buffer.from('{"version":3'),
    Buffer.from('garbage'),
  ]) {
    await writeFile(file, damaged);
    const empty = StateCache.load(root);
    assert.equal(empty.fileCount('data'), 0);
    assert.equal(empty.lookup('data', 'md5').get(touched, 0), undefined);
  }
});

test('the state file is named for what it is; a file under the old .json name is ignored, then removed', async () => {
  // A JSON header and a binary body: the name must not claim JSON.
  assert.equal(STATE_FILE, join('.dvc', 'tmp', 'mlops-hash-state.bin'));
  assert.equal(LEGACY_STATE_FILE, join('.dvc', 'tmp', 'mlops-state.json'));
  const { root } = await workspace();
  const state = StateCache.load(root);
  state.record('data', 'md5', list([0, 1, 2]), MD5, 'feedface.dir');
  await state.save();
  // what an earlier version left behind: a valid state, under the old name only
  await rename(join(root, STATE_FILE), join(root, LEGACY_STATE_FILE));
  const fresh = StateCache.load(root);
  assert.equal(fresh.fileCount('data'), 0, 'the old file is not read');
  fresh.record('data', 'md5', list([0]), [MD5[0]!], undefined);
  await fresh.save();
  await assert.rejects(access(join(root, LEGACY_STATE_FILE)), { code: 'ENOENT' });
  assert.equal(StateCache.load(root).fileCount('data'), 1);
});
