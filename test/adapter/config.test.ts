import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseMlopsConfig } from '../../src/core/config/parse.js';
import { ConfigurationError } from '../../src/core/errors.js';

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
