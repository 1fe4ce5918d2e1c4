/**
 * The walk split into units (subtrees, pieces of a flat directory, symbolic links) and shared with a
 * worker finds exactly what a plain depth-first readdir walk finds, in the same order; and the state's
 * one-comparison match of an unchanged tree agrees with matching file by file.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, realpathSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { FileList } from '../../../src/core/hashing/file-list.js';
import { StateCache } from '../../../src/core/hashing/state.js';
import { walkDirectory, walkInParallel } from '../../../src/core/hashing/walk.js';
import { workspace } from './helpers.js';

/** DVC's walk, written plainly: readdir order, depth first, symlinks followed where met, loops cut. */
function referenceWalk(dir: string): { relpath: string; path: string }[] {
  const out: { relpath: string; path: string }[] = [];
  const visit = (abs: string, prefix: string, active: Set<string>) => {
    const real = realpathSync(abs);
    if (active.has(real)) return;
    const inner = new Set(active).add(real);
    for (const entry of readdirSync(abs, { withFileTypes: true })) {
      if (['.git', '.hg', '.dvc'].includes(entry.name)) continue;
      const path = `${abs}/${entry.name}`;
      const target = entry.isSymbolicLink() ? realpathSync(path) : path;
      if (statSync(target).isDirectory()) visit(target, `${prefix}${entry.name}/`, inner);
      else out.push({ relpath: `${prefix}${entry.name}`, path: target });
    }
  };
  visit(dir, '', new Set());
  return out;
}

function rows(list: FileList): string[] {
  return list.relpaths.map(
    (r, i) => `${r} ${list.paths[i]} ${list.ino(i)} ${list.size(i)} ${list.executable(i)}`,
  );
}

test('units, workers and links: the same files in the same order as a plain walk', async () => {
  const { root } = await workspace();
  const d = join(root, 'd');
  // Few top-level entries, so the planner splits deeper; a flat directory of 2,500 files (three pieces).
  mkdirSync(join(d, 'only', 'flat'), { recursive: true });
  for (let i = 0; i < 2500; i++) writeFileSync(join(d, 'only', 'flat', `f${i}`), `${i}`);
  for (let s = 0; s < 5; s++) {
    mkdirSync(join(d, 'only', `s${s}`, 'deep', 'er'), { recursive: true });
    writeFileSync(join(d, 'only', `s${s}`, 'deep', 'er', 'x'), `${s}`);
    writeFileSync(join(d, 'only', `s${s}`, 'top'), `t${s}`);
  }
  mkdirSync(join(root, 'elsewhere', 'sub'), { recursive: true });
  writeFileSync(join(root, 'elsewhere', 'sub', 'y'), 'y');
  symlinkSync(join(root, 'elsewhere'), join(d, 'only', 's2', 'linked')); // a directory, in the middle
  symlinkSync(join(d, 'only', 's1', 'top'), join(d, 'only', 'flat', 'link-to-file'));
  symlinkSync(join(d, 'only'), join(d, 'only', 's3', 'loop')); // back up the tree: not followed
  symlinkSync(join(d, 'only', 's4'), join(root, 'elsewhere', 'back')); // inside the linked directory
  writeFileSync(join(d, 'top.txt'), 'top');
  mkdirSync(join(d, '.git'));
  writeFileSync(join(d, '.git', 'skipped'), 'x');
  writeFileSync(join(d, 'only', 'run.sh'), '#!/bin/sh\n', { mode: 0o755 });

  const expected = referenceWalk(d);
  const serial = await walkDirectory(d, root, 'd', 1);
  const parallel = await walkInParallel(d, root, 'd', 2);
  assert.deepEqual(
    serial.relpaths.map((r, i) => ({ relpath: r, path: realpathSync(serial.paths[i]!) })),
    expected,
  );
  assert.equal(serial.length, 2500 + 10 + 1 + 1 + 1 + 2 + 1);
  assert.deepEqual(rows(parallel), rows(serial));
  assert.ok(serial.relpaths.includes('only/s2/linked/back/deep/er/x'));
  assert.ok(serial.executable(serial.relpaths.indexOf('only/run.sh')));
});

test('an unchanged tree matches the state in one comparison; a change falls back to file by file', async () => {
  const { root } = await workspace();
  const numbers = (ino: number[]) => Float64Array.from(ino.flatMap((n) => [n, 1.7e12 + n, n * 10, 0o644]));
  const recorded = new FileList(['a', 'b/c', 'b/d'], ['/w/a', '/w/b/c', '/w/b/d'], numbers([1, 2, 3]));
  const state = StateCache.load(root);
  const md5s = ['0'.repeat(32), '1'.repeat(32), '2'.repeat(32)];
  state.record('data', 'md5', recorded, md5s, 'feedface.dir');
  const walked = (names: string, ino: number[]) =>
    new FileList(undefined, undefined, numbers(ino), names, { dir: '/w', sep: '/', spans: [] });

  const same = state.lookup('data', 'md5');
  assert.deepEqual([...same.matchInOrder(walked('a\0b/c\0b/d', [1, 2, 3]))!], [0, 1, 2]);
  assert.equal(same.dirMd5(3), 'feedface.dir');

  const touched = state.lookup('data', 'md5');
  assert.deepEqual([...touched.matchInOrder(walked('a\0b/c\0b/d', [1, 9, 3]))!], [0, -1, 2]);
  assert.equal(touched.dirMd5(3), undefined);

  // Other names or another order: no answer here; find() file by file still knows the unchanged ones.
  const renamed = state.lookup('data', 'md5');
  const list = walked('b/d\0a\0b/e', [3, 1, 4]);
  assert.equal(renamed.matchInOrder(list), undefined);
  assert.deepEqual(
    [0, 1, 2].map((i) => renamed.get(list, i)),
    [md5s[2], md5s[0], undefined],
  );
  assert.deepEqual(list.paths, ['/w/b/d', '/w/a', '/w/b/e']);
});
