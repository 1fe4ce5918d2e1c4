import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ConfigurationError } from '../../../src/core/errors.js';
import { silentLogger } from '../../../src/core/logger.js';
import { RegistryClient } from '../../../src/core/image/registry-client.js';

function refusal(registry: string, status: number): string {
  const client = new RegistryClient({ registry, access: {}, logger: silentLogger });
  try {
    client.fail(
      'pushing the manifest',
      'octo/model',
      { status, headers: {}, url: '', body: Buffer.from('denied') },
      true,
    );
  } catch (error) {
    assert.ok(error instanceof ConfigurationError);
    return error.message;
  }
  assert.fail('fail() must throw');
}

test('403 from ghcr.io names the missing packages: write permission', () => {
  const message = refusal('ghcr.io', 403);
  assert.match(
    message,
    /Registry ghcr\.io refused pushing the manifest for octo\/model \(HTTP 403 Forbidden\)/,
  );
  assert.match(message, /permissions: packages: write/);
});

test('401 from another registry points at the credentials inputs', () => {
  assert.match(
    refusal('registry.example.com', 401),
    /push access to octo\/model; check registry-username and registry-password/,
  );
});
