import assert from 'node:assert/strict';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { ConfigurationError } from '../../src/core/errors.js';
import { resolveInWorkspace } from '../../src/core/fs/workspace-path.js';
import { tempDir } from '../harness/temp-dir.js';

test('paths inside the workspace resolve; escapes are refused, also through symlinks', async () => {
  const root = await tempDir();
  const ws = join(root, 'ws');
  const outside = join(root, 'outside');
  await mkdir(join(ws, 'data'), { recursive: true });
  await mkdir(outside);
  await writeFile(join(outside, 'secret'), 'x');
  await symlink(outside, join(ws, 'link-out'));
  await symlink(join(ws, 'data'), join(ws, 'link-in'));

  assert.equal(await resolveInWorkspace(ws, 'data', 'paths'), join(ws, 'data'));
  assert.equal(await resolveInWorkspace(ws, 'link-in/new-file', 'paths'), join(ws, 'link-in', 'new-file'));
  assert.equal(await resolveInWorkspace(ws, 'not/yet/there', 'paths'), join(ws, 'not', 'yet', 'there'));
  for (const bad of ['../outside/secret', '/etc/passwd', 'link-out/secret', 'link-out/not-yet']) {
    await assert.rejects(resolveInWorkspace(ws, bad, 'paths'), (error: unknown) => {
      assert.ok(error instanceof ConfigurationError);
      assert.match(
        error.message,
        /^Input 'paths': path '.*' (is outside the workspace|leads outside the workspace through a symbolic link)/,
      );
      return true;
    });
  }
});
