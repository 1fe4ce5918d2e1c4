/**
 * The traps dvc-compat.md lists, checked against independent references: Python's json.dumps and sort
 * (via /usr/bin/python3) for names, md5sum for contents, and a Python re-derivation of md5-dos2unix.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { ContentHasher, hashFile } from '../../../src/core/dvc/content-hash.js';
import { hashFiles } from '../../../src/core/hashing/hash-pool.js';
import { compareCodePoints, manifestText, pythonJsonString } from '../../../src/core/dvc/python-json.js';
import { ConfigurationError } from '../../../src/core/errors.js';
import { hashIn, md5sum, pythonManifest, run, workspace, writeTree } from './helpers.js';
import { tempDir } from '../../harness/temp-dir.js';

const TRICKY_NAMES = [
  'plain',
  'café',
  'naïve/ünïcode',
  '日本語.csv',
  '\u{1F600}-astral', // above U+FFFF: surrogate pair in JSON, sorts after U+E000–U+FFFF
  '\uE000-private',
  '\uFFFD-replacement',
  '\u{10000}',
  'quote"d',
  "apos'trophe",
  'back\\slash',
  'tab\there',
  'new\nline',
  'bell\u0007',
  'del\u007f',
  'a-b',
  'a/x',
  'a.b',
  'a0',
  'A',
  'sp ace',
  'deep/er/still/file',
  'deep/er-sibling',
  'empty',
];

test('names with non-ASCII, astral, quotes, backslashes and control characters hash like Python json.dumps', async () => {
  const { repo } = await workspace();
  const files: Record<string, string> = {};
  for (const name of TRICKY_NAMES) files[`d/${name}`] = name === 'empty' ? '' : `content of ${name}`;
  await writeTree(repo.root, files);
  await mkdir(join(repo.root, 'd', 'empty-dir', 'nested-empty'), { recursive: true });
  const hash = await hashIn(repo, 'd');
  const entries = await Promise.all(
    TRICKY_NAMES.map(async (relpath) => ({ relpath, md5: await md5sum(join(repo.root, 'd', relpath)) })),
  );
  const expected = await pythonManifest(entries);
  assert.equal(hash.manifest(), expected);
  assert.equal(hash.md5, `${createHash('md5').update(expected, 'utf8').digest('hex')}.dir`);
  assert.equal(hash.nfiles, TRICKY_NAMES.length);
  assert.match(hash.manifest(), /\\ud83d\\ude00-astral/);
  assert.match(hash.manifest(), /"tab\\there"/);
  assert.match(hash.manifest(), /"del\\u007f"/);
});

test('code-point order differs from UTF-16 order above U+FFFF', () => {
  const astral = '\u{1F600}';
  const privateUse = '\uE000';
  assert.ok(astral < privateUse, 'JavaScript compares code units');
  assert.ok(compareCodePoints(astral, privateUse) > 0, 'Python compares code points');
  const sorted = [astral, privateUse, '\uFFFF', 'z', '\u{10000}'].sort(compareCodePoints);
  assert.deepEqual(sorted, ['z', privateUse, '\uFFFF', '\u{10000}', astral]);
});

test('string escaping matches Python for every code unit class', async () => {
  const samples = [
    '"',
    '\\',
    '/',
    '\b\f\n\r\t',
    '\u0000\u001f',
    '\u007f\u0080',
    'é',
    '\u2028',
    '\u{1F600}',
    'abc',
  ];
  const { stdout } = await run('/usr/bin/python3', [
    '-c',
    'import json,sys\nfor s in json.loads(sys.argv[1]): print(json.dumps(s))',
    JSON.stringify(samples),
  ]);
  assert.deepEqual(samples.map(pythonJsonString), stdout.trimEnd().split('\n'));
  assert.equal(manifestText([]), '[]');
});

test('md5-dos2unix: text detection and CRLF per 1 MiB chunk match a Python re-derivation', async () => {
  const dir = await tempDir();
  const MiB = 1024 * 1024;
  const cases: Record<string, Buffer> = {
    crlf: Buffer.from('a\r\nb\r\nc'),
    binary: Buffer.concat([Buffer.from('a\r\n\u0000b')]),
    mostlyHigh: Buffer.concat([Buffer.alloc(200, 0xc3), Buffer.from('x\r\n'.repeat(50))]),
    split: Buffer.concat([Buffer.alloc(MiB - 1, 0x61), Buffer.from('\r\nrest\r\n')]),
    empty: Buffer.alloc(0),
    big: Buffer.from('line\r\n'.repeat(400_000)),
  };
  const script =
    'import hashlib,sys\n' +
    'TEXT=bytes(range(32,127))+b"\\n\\r\\t\\f\\b"\n' +
    'def istext(b):\n' +
    '  if not b: return True\n' +
    '  if b"\\x00" in b: return False\n' +
    '  return len(b.translate(None, TEXT))/len(b) <= 0.30\n' +
    'for p in sys.argv[1:]:\n' +
    '  h=hashlib.md5(); text=None\n' +
    '  with open(p,"rb") as f:\n' +
    '    while True:\n' +
    '      c=f.read(2**20)\n' +
    '      if not c: break\n' +
    '      if text is None: text=istext(c[:512])\n' +
    '      h.update(c.replace(b"\\r\\n",b"\\n") if text else c)\n' +
    '  print(h.hexdigest())\n';
  const paths: string[] = [];
  for (const [name, data] of Object.entries(cases)) {
    const path = join(dir, name);
    await writeFile(path, data);
    paths.push(path);
  }
  const { stdout } = await run('/usr/bin/python3', ['-c', script, ...paths]);
  const expected = stdout.trim().split('\n');
  assert.equal(expected[0], 'c32b2057b9bd62caa835386346177935');
  // Streamed hasher fed odd-sized pieces, file hasher, and the worker pool all agree with Python.
  for (const [i, data] of Object.values(cases).entries()) {
    const hasher = new ContentHasher('md5-dos2unix');
    for (let at = 0; at < data.length; at += 77_777) hasher.update(data.subarray(at, at + 77_777));
    assert.equal(hasher.digest(), expected[i], `streamed ${paths[i]}`);
    assert.equal((await hashFile(paths[i]!, 'md5-dos2unix')).md5, expected[i], `file ${paths[i]}`);
  }
  const pooled = await hashFiles(
    [...paths, ...paths].map((path) => ({ path, algorithm: 'md5-dos2unix' as const, size: 3 * MiB })),
    2,
  );
  assert.deepEqual(
    pooled.map((r) => ('md5' in r ? r.md5 : r.error)),
    [...expected, ...expected],
  );
});

test('the worker pool hashes like md5sum and reports unreadable files per file', async () => {
  const dir = await tempDir();
  const paths: string[] = [];
  for (let i = 0; i < 40; i++) {
    const path = join(dir, `f${i}`);
    await writeFile(path, Buffer.alloc(i * 5000 + 1, i));
    paths.push(path);
  }
  const results = await hashFiles(
    [...paths, join(dir, 'missing')].map((path) => ({ path, algorithm: 'md5' as const, size: 1_000_000 })),
    2,
  );
  for (const [i, path] of paths.entries())
    assert.deepEqual(results[i], { md5: await md5sum(path), size: i * 5000 + 1 });
  assert.ok('error' in results[40]! && results[40].code === 'ENOENT');
});

test('symlinks inside the workspace are followed; one leading outside is refused', async () => {
  const { repo } = await workspace();
  await writeTree(repo.root, { 'd/real': 'data', 'elsewhere/sub/x': 'x' });
  await symlink(join(repo.root, 'elsewhere'), join(repo.root, 'd', 'linked-dir'));
  await symlink('real', join(repo.root, 'd', 'linked-file'));
  const hash = await hashIn(repo, 'd');
  assert.deepEqual(
    hash.entries().map((e) => e.relpath),
    ['linked-dir/sub/x', 'linked-file', 'real'],
  );
  assert.equal(hash.entries()[1]!.md5, '8d777f385d3dfec8815d20f7496026dc');
  const outside = await tempDir();
  await writeFile(join(outside, 'secret'), 'secret');
  await symlink(join(outside, 'secret'), join(repo.root, 'd', 'escape'));
  await assert.rejects(hashIn(repo, 'd'), (error: unknown) => {
    assert.ok(error instanceof ConfigurationError);
    assert.match(error.message, /d\/escape' is a symbolic link to .*outside the workspace/);
    return true;
  });
  await rm(join(repo.root, 'd', 'escape'));
});

test('a missing path gives a clear error', async () => {
  const { repo } = await workspace();
  await assert.rejects(hashIn(repo, 'nope'), /Path 'nope' does not exist/);
});

// Root reads every file whatever its mode, so this one can only run as an ordinary user; as root it is
// reported as skipped rather than passing without checking anything.
const isRoot = process.getuid?.() === 0;
test(
  'an unreadable file gives a clear error',
  { skip: isRoot && 'root reads every file: run as a non-root user' },
  async () => {
    const { repo } = await workspace();
    await writeTree(repo.root, { 'd/locked': 'x' });
    const { chmod } = await import('node:fs/promises');
    await chmod(join(repo.root, 'd', 'locked'), 0o000);
    await assert.rejects(hashIn(repo, 'd'), /Cannot read 'd\/locked': permission denied/);
  },
);

test('the parallel walk finds exactly what the single-threaded walk finds, symlinks included', async () => {
  const { walkDirectory, walkInParallel } = await import('../../../src/core/hashing/walk.js');
  const { repo } = await workspace();
  const files: Record<string, string> = { 'd/top.txt': 'top', 'elsewhere/x': 'x' };
  for (let s = 0; s < 7; s++) for (let f = 0; f < 5; f++) files[`d/s${s}/sub/f${f}`] = `${s}${f}`;
  await writeTree(repo.root, files);
  await symlink(join(repo.root, 'elsewhere'), join(repo.root, 'd', 's3', 'linked'));
  await symlink(join(repo.root, 'd', 'top.txt'), join(repo.root, 'd', 'top-link'));
  const serial = await walkDirectory(join(repo.root, 'd'), repo.root, 'd', 1);
  const parallel = await walkInParallel(join(repo.root, 'd'), repo.root, 'd', 2);
  const rows = (list: typeof serial) =>
    list.relpaths.map((relpath, i) => `${relpath} ${list.paths[i]} ${list.ino(i)} ${list.size(i)}`).sort();
  assert.equal(serial.length, 38);
  assert.deepEqual(rows(parallel), rows(serial));
  assert.ok(serial.relpaths.includes('s3/linked/x'));
  const outside = await tempDir();
  await symlink(outside, join(repo.root, 'd', 's5', 'escape'));
  for (const walk of [
    () => walkDirectory(join(repo.root, 'd'), repo.root, 'd', 1),
    () => walkInParallel(join(repo.root, 'd'), repo.root, 'd', 2),
  ]) {
    await assert.rejects(walk(), /d\/s5\/escape' is a symbolic link to .* outside the workspace/);
  }
});
