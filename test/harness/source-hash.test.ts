/** What decides whether tests rebuild dist/ first (scripts/build/source-hash.ts, used by run-action.ts). */
import assert from 'node:assert/strict';
import { mkdir, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { builtSourceHash, SOURCE_HASH_FILE, sourceHash } from '../../scripts/build/source-hash.js';
import { tempDir } from './temp-dir.js';

async function tree(files: Record<string, string>): Promise<string> {
  const root = await tempDir('mlops-source-hash-');
  for (const [path, text] of Object.entries(files)) {
    await mkdir(join(root, path, '..'), { recursive: true });
    await writeFile(join(root, path), text);
  }
  return root;
}

const FILES = {
  'src/main.ts': 'export const a = 1;\n',
  'src/core/x.ts': 'export const x = 2;\n',
  'package.json': '{}\n',
  'package-lock.json': '{}\n',
  'tsconfig.json': '{}\n',
  'scripts/build/bundle.ts': '// build\n',
};

test('the source hash follows content only: an edit or a new file changes it, mtimes and other folders do not', async () => {
  const root = await tree(FILES);
  const before = sourceHash(root);
  assert.match(before, /^[0-9a-f]{64}$/);
  assert.equal(sourceHash(await tree(FILES)), before, 'the same content elsewhere hashes the same');

  await utimes(join(root, 'src', 'main.ts'), new Date(0), new Date(0));
  await writeFile(join(root, 'README.md'), 'docs are not bundled\n');
  await mkdir(join(root, 'test'));
  await writeFile(join(root, 'test', 'a.test.ts'), '');
  assert.equal(sourceHash(root), before);

  await writeFile(join(root, 'src', 'core', 'x.ts'), 'export const x = 3;\n');
  assert.notEqual(sourceHash(root), before);
  const edited = sourceHash(root);
  await writeFile(join(root, 'src', 'core', 'y.ts'), '');
  assert.notEqual(sourceHash(root), edited);
  const added = sourceHash(root);
  await writeFile(join(root, 'package-lock.json'), '{"lockfileVersion": 3}\n');
  assert.notEqual(sourceHash(root), added, 'a dependency change makes the bundle stale too');
});

test('dist/source-hash.txt is what a build recorded; none recorded means stale', async () => {
  const root = await tree(FILES);
  assert.equal(builtSourceHash(root), undefined);
  await mkdir(join(root, 'dist'));
  await writeFile(join(root, SOURCE_HASH_FILE), `${sourceHash(root)}\n`);
  assert.equal(builtSourceHash(root), sourceHash(root));
});
