import assert from 'node:assert/strict';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { ConfigurationError } from '../../../src/core/errors.js';
import { writeFileAtomic, writeFilesAtomic } from '../../../src/core/fs/atomic-write.js';
import { tempDir } from '../../harness/temp-dir.js';
import { leaveFree, PAGE, smallTmpfs } from '../../harness/tmpfs.js';

test('writes a new file and replaces an old one, leaving no temporary files', async () => {
  const dir = await tempDir();
  const file = join(dir, 'sub', 'report.json');
  await writeFileAtomic(file, '{"a":1}');
  await writeFileAtomic(file, '{"a":2}');
  assert.equal(await readFile(file, 'utf8'), '{"a":2}');
  assert.deepEqual(await readdir(join(dir, 'sub')), ['report.json']);
  await assert.rejects(writeFileAtomic(join(file, 'child'), 'x'), /EEXIST|ENOTDIR/);
  assert.equal(await readFile(file, 'utf8'), '{"a":2}');
});

test('a disk that fills up mid-write leaves the old file whole (a plain writeFile truncates it)', async (t) => {
  const dir = await smallTmpfs(t, 64);
  if (!dir) return;
  const file = join(dir, 'report.json');
  await writeFile(file, 'old report');
  leaveFree(dir, 1);
  const bigger = 'n'.repeat(3 * PAGE);
  await assert.rejects(writeFileAtomic(file, bigger), (error: unknown) => {
    assert.ok(error instanceof ConfigurationError);
    assert.equal(
      error.message,
      `disk full at ${dir} (ENOSPC) while writing report.json; free some space and run again.`,
    );
    return true;
  });
  assert.equal(await readFile(file, 'utf8'), 'old report');
  assert.deepEqual((await readdir(dir)).sort(), ['filler', 'report.json']);
  // The same write with writeFile (what the atomic writer must not be): the old content is gone.
  await assert.rejects(writeFile(file, bigger), { code: 'ENOSPC' });
  assert.notEqual(await readFile(file, 'utf8'), 'old report');
});

test('a set of files is replaced all together or not at all', async (t) => {
  const dir = await smallTmpfs(t, 64);
  if (!dir) return;
  const names = ['a.json', 'b.md', 'c.prom'];
  await writeFilesAtomic(names.map((name) => ({ path: join(dir, name), data: `old ${name}` })));
  // Room for the first two new files (one page each), not for the third (two pages).
  leaveFree(dir, 2);
  const next = [PAGE, PAGE, 2 * PAGE].map((size, i) => ({
    path: join(dir, names[i]!),
    data: 'n'.repeat(size),
  }));
  await assert.rejects(writeFilesAtomic(next), /^ConfigurationError: disk full at .* while writing c\.prom/);
  for (const name of names) assert.equal(await readFile(join(dir, name), 'utf8'), `old ${name}`);
  assert.deepEqual((await readdir(dir)).sort(), ['a.json', 'b.md', 'c.prom', 'filler']);
});
