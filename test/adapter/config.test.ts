import assert from 'node:assert/strict';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadMlopsConfig } from '../../src/adapter/config.js';
import { parseMlopsConfig } from '../../src/core/config/parse.js';
import { ConfigurationError } from '../../src/core/errors.js';
import { tempDir } from '../harness/temp-dir.js';

test('a valid .mlops.yml parses into typed sections', () => {
  const config = parseMlopsConfig(
    'version: 1\nregistry:\n  branch: ml/runs\nmetrics:\n  directions:\n    latency_ms: lower\ndrift:\n  drift-share: 0.3\n',
  );
  assert.equal(config.registry?.branch, 'ml/runs');
  assert.equal(config.metrics?.directions?.latency_ms, 'lower');
  assert.equal(config.drift?.['drift-share'], 0.3);
  assert.deepEqual(parseMlopsConfig(''), {});
});

test('YAML syntax errors name the file and line', () => {
  assert.throws(
    () => parseMlopsConfig('version: 1\nregistry:\n  branch: [unclosed\n', '.mlops.yml'),
    (error: unknown) =>
      error instanceof ConfigurationError &&
      error.file === '.mlops.yml' &&
      /^\.mlops\.yml:\d+: invalid YAML/.test(error.message),
  );
});

test('schema problems are all reported, each with its line and key', () => {
  assert.throws(
    () => parseMlopsConfig('version: 2\nmetrics:\n  directions:\n    loss: down\nunknown: 1\n'),
    (error: unknown) => {
      assert.ok(error instanceof ConfigurationError);
      assert.match(error.message, /\.mlops\.yml:1: version/);
      assert.match(error.message, /\.mlops\.yml:4: metrics\.directions\.loss/);
      assert.match(error.message, /unknown/);
      return true;
    },
  );
});

test('the one loader: .mlops.yml, else .mlops.yaml, else {}; errors name the file it read', async () => {
  const dir = await tempDir();
  assert.deepEqual(await loadMlopsConfig(dir), {});
  await writeFile(join(dir, '.mlops.yaml'), 'data:\n  jobs: 3\n');
  assert.deepEqual(await loadMlopsConfig(dir), { data: { jobs: 3 } });
  await writeFile(join(dir, '.mlops.yml'), 'data:\n  jobs: 0\n');
  await assert.rejects(loadMlopsConfig(dir), (error: unknown) => {
    assert.ok(error instanceof ConfigurationError);
    assert.equal(error.file, '.mlops.yml');
    assert.match(error.message, /\.mlops\.yml:2: data\.jobs/);
    return true;
  });
});

test('a .mlops.yml that is a symbolic link out of the repository is refused; one inside is read', async () => {
  const outside = await tempDir();
  await writeFile(join(outside, 'secret.yml'), 'version: 1\n');
  const repo = await tempDir();
  await symlink(join(outside, 'secret.yml'), join(repo, '.mlops.yml'));
  await assert.rejects(
    loadMlopsConfig(repo),
    /\.mlops\.yml: path '\.mlops\.yml' leads outside the workspace through a symbolic link/,
  );

  const inside = await tempDir();
  await mkdir(join(inside, 'config'));
  await writeFile(join(inside, 'config', 'mlops.yml'), 'registry:\n  branch: ml/runs\n');
  await symlink(join('config', 'mlops.yml'), join(inside, '.mlops.yml'));
  assert.deepEqual(await loadMlopsConfig(inside), { registry: { branch: 'ml/runs' } });
});
