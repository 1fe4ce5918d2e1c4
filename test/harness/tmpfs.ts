/**
 * A small tmpfs, for tests of what happens when a disk fills up (ENOSPC for real, not a mocked write).
 * Mounting needs root (CI runs as root, like the runc tests); elsewhere the test is skipped, and on CI
 * (CI=true) a failed mount fails the test instead of skipping it silently.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { statfsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TestContext } from 'node:test';
import { tempDir } from './temp-dir.js';

export const PAGE = 4096;

/** Mount a tmpfs of `kib` KiB on a fresh directory, unmounted when the test ends; undefined when skipped. */
export async function smallTmpfs(t: TestContext, kib: number): Promise<string | undefined> {
  const dir = await tempDir('mlops-tmpfs-');
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${kib}k,mode=0755`, 'tmpfs', dir], {
    encoding: 'utf8',
  });
  if (mounted.status !== 0) {
    const why = `cannot mount a tmpfs (needs root): ${mounted.stderr || mounted.error?.message || ''}`.trim();
    if (process.env.CI === 'true') assert.fail(`${why} — required on CI`);
    t.skip(why);
    return undefined;
  }
  t.after(() => {
    spawnSync('umount', [dir]);
  });
  return dir;
}

/** Free blocks left on the filesystem holding `dir`. */
export function freePages(dir: string): number {
  const stat = statfsSync(dir);
  assert.equal(stat.bsize, PAGE);
  return stat.bavail;
}

/** Fill the filesystem of `dir` with a file so that exactly `pages` pages stay free. */
export function leaveFree(dir: string, pages: number, name = 'filler'): void {
  const fill = freePages(dir) - pages;
  assert.ok(fill >= 0, `only ${freePages(dir)} pages free, wanted ${pages}`);
  writeFileSync(join(dir, name), Buffer.alloc(fill * PAGE));
  assert.equal(freePages(dir), pages);
}
