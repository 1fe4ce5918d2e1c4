/** Bad input: one clear ConfigurationError naming the file (and line where there is one). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConfigurationError } from '../../../src/core/errors.js';
import { pinManifest } from '../../../src/core/gitops/pin.js';
import { D } from './golden-cases.js';

const IMAGE = `ghcr.io/acme/churn@${D}`;
const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: churn
spec:
  template:
    spec:
      initContainers:
      - name: wait
        image: busybox:1.36
      containers:
      - name: server
        image: ghcr.io/acme/churn:v1
`;

function fails(
  text: string,
  options: Partial<Parameters<typeof pinManifest>[1]>,
  message: RegExp,
  line?: number,
) {
  assert.throws(
    () => pinManifest(text, { file: 'deploy/churn.yaml', image: IMAGE, ...options }),
    (error: unknown) => {
      assert.ok(error instanceof ConfigurationError, String(error));
      assert.match(error.message, message);
      if (line !== undefined) assert.equal(error.line, line);
      return true;
    },
  );
}

describe('bad input', () => {
  it('a YAML syntax error names the file, line and column', () => {
    fails('a: 1\nb: [1, 2\nc: 3\n', {}, /^deploy\/churn\.yaml:3:1: YAML syntax error: /, 3);
    fails(
      'image:\n  tag: v1\n  tag: v2\n',
      {},
      /^deploy\/churn\.yaml:3:3: YAML syntax error: Map keys must be unique/,
      3,
    );
  });

  it('a container name that is not there lists the containers that are', () => {
    fails(
      DEPLOYMENT,
      { container: 'api' },
      /^deploy\/churn\.yaml: no container named 'api'\. Containers here: Deployment\/churn initContainer 'wait' \(busybox:1\.36\), Deployment\/churn container 'server' \(ghcr\.io\/acme\/churn:v1\)\.$/,
    );
  });

  it('a workload running another image names what runs there', () => {
    fails(
      DEPLOYMENT,
      { image: `ghcr.io/acme/other@${D}` },
      /no container runs ghcr\.io\/acme\/other\. Containers here: .*Name one with --container\./,
    );
  });

  it('a file with nothing to pin says what was looked for', () => {
    fails(
      'apiVersion: v1\nkind: Service\nmetadata: {name: churn}\n',
      {},
      /nothing to pin for ghcr\.io\/acme\/churn: .*image\.repository, image\.tag keys/,
    );
    fails('replicaCount: 2\n', { keys: ['server.image'] }, /no server\.image keys/);
    fails('', {}, /nothing to pin/);
  });

  it('key paths found only in part name the missing ones', () => {
    fails(
      'image:\n  repository: ghcr.io/acme/churn\n',
      {},
      /^deploy\/churn\.yaml: image\.tag not found \(found image\.repository\)\.$/,
    );
  });

  it('a tag key with no tag to keep asks for one', () => {
    fails(
      'image:\n  repository: ghcr.io/acme/churn\n  tag: ""\n',
      {},
      /image\.tag has no tag to keep and the image has none/,
    );
  });

  it('keys that name only a repository cannot pin', () => {
    fails(
      'image:\n  repository: ghcr.io/acme/churn\n',
      { keys: ['image.repository'] },
      /name only a repository/,
    );
  });

  it('an aliased image is refused rather than changing every use of the anchor', () => {
    const text = `x-image: &img ghcr.io/acme/churn:v1\n${DEPLOYMENT.replace('image: ghcr.io/acme/churn:v1', 'image: *img')}`;
    fails(text, {}, /containers\[0\]\.image is an alias \(\*img\)/);
  });

  it('a block scalar image is refused', () => {
    fails(
      DEPLOYMENT.replace('image: ghcr.io/acme/churn:v1', 'image: >-\n          ghcr.io/acme/churn:v1'),
      {},
      /is a block scalar/,
    );
  });

  it('a selected container without an image says so', () => {
    fails(
      DEPLOYMENT.replace(
        '      - name: server\n        image: ghcr.io/acme/churn:v1\n',
        '      - name: server\n',
      ),
      { container: 'server' },
      /container 'server' has no image/,
    );
  });

  it('the image must be a digest reference', () => {
    fails(DEPLOYMENT, { image: 'ghcr.io/acme/churn:v2' }, /has no digest/);
  });
});
