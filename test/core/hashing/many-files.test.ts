/**
 * Issue 9 #4: push and pull of a directory with more entries than a function call can take as spread
 * arguments (~125,000 on V8): 250,000 files. The manifest names 256 distinct objects, so the refs lists are
 * long while the bytes to copy stay small; the manifest itself is written by hand in DVC's format. The
 * transfers run as data-hash runs them (transfer.ts, where the spread was); writing 250,000 files in a
 * checkout would only measure the disk.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { silentLogger } from '../../../src/core/logger.js';
import { LocalRemote } from '../../../src/core/hashing/remote/local-remote.js';
import { openRepo } from '../../../src/core/hashing/repo.js';
import { resolveTargets } from '../../../src/core/hashing/targets.js';
import { pull, push } from '../../../src/core/hashing/transfer.js';
import { tempDir } from '../../harness/temp-dir.js';

const FILES = 250_000;
const md5 = (data: string) => createHash('md5').update(data).digest('hex');

function putObject(cache: string, hash: string, data: string): void {
  const dir = join(cache, 'files', 'md5', hash.slice(0, 2));
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, hash.slice(2, 32) + hash.slice(32)), data, { mode: 0o444 });
}

test(`push and pull a directory of ${FILES.toLocaleString('en')} files`, async () => {
  const contents = Array.from({ length: 256 }, (_, i) => `object ${i}\n`);
  const hashes = contents.map(md5);
  const source = await tempDir('mlops-many-src-');
  const cache = join(source, '.dvc', 'cache');
  contents.forEach((data, i) => putObject(cache, hashes[i]!, data));
  // Zero-padded names sort the same in code points and numerically, as DVC sorts relpaths.
  const name = (i: number) => `f${String(i).padStart(6, '0')}`;
  const entries: string[] = [];
  for (let i = 0; i < FILES; i++) entries.push(`{"md5": "${hashes[i % 256]}", "relpath": "${name(i)}"}`);
  const manifest = `[${entries.join(', ')}]`;
  const dirHash = `${md5(manifest)}.dir`;
  putObject(cache, dirHash, manifest);
  const pointerText = `outs:\n- md5: ${dirHash}\n  size: 0\n  nfiles: ${FILES}\n  hash: md5\n  path: data\n`;
  writeFileSync(join(source, 'data.dvc'), pointerText);

  const remote = await tempDir('mlops-many-remote-');
  const transfer = { attempts: 1, retryDelayMs: 0 };
  const open = (root: string) => openRepo({ root, cacheDir: undefined, jobs: 4, logger: silentLogger });
  const repo = open(source);
  const pushed = await push(repo, await resolveTargets(repo.paths, []), new LocalRemote(remote), transfer);
  assert.deepEqual(pushed, { transferred: 257, skipped: 0, missing: [] });
  const onRemote = readdirSync(join(remote, 'files', 'md5'), { recursive: true }).filter((p) =>
    /^[0-9a-f]{2}\/[0-9a-f]{30}(\.dir)?$/.test(String(p)),
  );
  assert.equal(onRemote.length, 257);

  const clone = await tempDir('mlops-many-clone-');
  writeFileSync(join(clone, 'data.dvc'), pointerText);
  const cloneRepo = open(clone);
  const targets = await resolveTargets(cloneRepo.paths, []);
  const pulled = await pull(cloneRepo, targets, new LocalRemote(remote), transfer);
  assert.deepEqual(pulled, { transferred: 257, skipped: 0, missing: [] });
  for (const i of [0, 255, FILES - 1]) {
    const hash = hashes[i % 256]!;
    const object = join(clone, '.dvc', 'cache', 'files', 'md5', hash.slice(0, 2), hash.slice(2));
    assert.equal(readFileSync(object, 'utf8'), contents[i % 256]);
  }
  // Pulling again finds everything in the cache.
  assert.deepEqual(await pull(cloneRepo, targets, new LocalRemote(remote), transfer), {
    transferred: 0,
    skipped: 257,
    missing: [],
  });
});
