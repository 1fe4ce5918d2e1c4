import assert from 'node:assert/strict';
import { test } from 'node:test';
import { apiHost, parseImageReference, registryScheme } from '../../../src/core/oci/reference.js';
import { parseWwwAuthenticate } from '../../../src/core/image/registry-auth.js';
import { detectVersion, imageTags } from '../../../src/core/image/tags.js';
import { ConfigurationError } from '../../../src/core/errors.js';

test('image references parse like docker does', () => {
  assert.deepEqual(parseImageReference('ghcr.io/octo/model', 'image'), {
    registry: 'ghcr.io',
    repository: 'octo/model',
    tag: undefined,
    digest: undefined,
  });
  assert.deepEqual(parseImageReference('busybox:1.37', 'base-image'), {
    registry: 'docker.io',
    repository: 'library/busybox',
    tag: '1.37',
    digest: undefined,
  });
  const local = parseImageReference(`127.0.0.1:5000/a/b:v1@sha256:${'a'.repeat(64)}`, 'image');
  assert.equal(local.registry, '127.0.0.1:5000');
  assert.equal(local.repository, 'a/b');
  assert.equal(local.tag, 'v1');
  assert.equal(local.digest, `sha256:${'a'.repeat(64)}`);
  assert.equal(parseImageReference('localhost/x', 'image').registry, 'localhost');
  assert.equal(apiHost('docker.io'), 'registry-1.docker.io');
  assert.equal(registryScheme('127.0.0.1:5000'), 'http');
  assert.equal(registryScheme('ghcr.io'), 'https');
});

test('an uppercase image name is refused with the lowercase spelling', () => {
  assert.throws(
    () => parseImageReference('ghcr.io/Octo-Org/Model', 'image'),
    (error: unknown) =>
      error instanceof ConfigurationError &&
      /uppercase/.test(error.message) &&
      error.message.includes('ghcr.io/octo-org/model'),
  );
  assert.throws(() => parseImageReference('ghcr.io/a//b', 'image'), ConfigurationError);
  assert.throws(() => parseImageReference('ghcr.io/a/b:bad tag', 'image'), ConfigurationError);
});

test('WWW-Authenticate challenges parse (ghcr.io Bearer, Basic, several)', () => {
  assert.deepEqual(
    parseWwwAuthenticate(
      'Bearer realm="https://ghcr.io/token",service="ghcr.io",scope="repository:octo/model:pull,push"',
    ),
    [
      {
        scheme: 'bearer',
        params: {
          realm: 'https://ghcr.io/token',
          service: 'ghcr.io',
          scope: 'repository:octo/model:pull,push',
        },
      },
    ],
  );
  assert.deepEqual(parseWwwAuthenticate('Basic realm="Registry Realm"'), [
    { scheme: 'basic', params: { realm: 'Registry Realm' } },
  ]);
  assert.deepEqual(parseWwwAuthenticate('Basic realm=x, Bearer realm="https://a/t", service=a'), [
    { scheme: 'basic', params: { realm: 'x' } },
    { scheme: 'bearer', params: { realm: 'https://a/t', service: 'a' } },
  ]);
});

test('tags: given ones, the version, sha-<7>; latest only when nothing else', () => {
  const sha = '0123456789abcdef0123456789abcdef01234567';
  assert.deepEqual(
    imageTags({ given: ['prod'], name: 'm', version: undefined, sha, ref: 'refs/heads/main' }),
    ['prod', 'sha-0123456'],
  );
  assert.deepEqual(imageTags({ given: [], name: 'm', version: undefined, sha, ref: 'refs/tags/v1.2.3' }), [
    '1.2.3',
    'sha-0123456',
  ]);
  assert.deepEqual(
    imageTags({
      given: [],
      name: 'churn',
      version: undefined,
      sha: undefined,
      ref: 'refs/tags/churn@v2.0.0+build.5',
    }),
    ['2.0.0_build.5'],
  );
  assert.deepEqual(imageTags({ given: [], name: 'm', version: undefined, sha: undefined, ref: undefined }), [
    'latest',
  ]);
  assert.equal(detectVersion({ version: 'v3.1.0', ref: undefined, name: 'm' }), '3.1.0');
  assert.equal(detectVersion({ version: undefined, ref: 'refs/tags/other@v1.0.0', name: 'm' }), undefined);
  assert.throws(
    () => imageTags({ given: ['-bad'], name: 'm', version: undefined, sha: undefined, ref: undefined }),
    ConfigurationError,
  );
});
