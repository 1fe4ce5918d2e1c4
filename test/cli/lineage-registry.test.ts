/**
 * `mlops lineage` reading image labels from a real registry (Debian's docker-registry with htpasswd), the
 * images put there by skopeo from the scene's OCI layout with their digests kept: credentials from the
 * environment (MLOPS_REGISTRY_USERNAME / _PASSWORD) read the labels; without them the registry's refusal is a
 * note and the chain is still printed.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { checkoutLikeActions } from '../harness/git-fixtures.js';
import { haveTool, startRegistry, type TestRegistry } from '../harness/registry.js';
import { runCli } from '../harness/run-action.js';
import { lineageScene, type LineageScene, MD5_B } from './lineage-scene.js';

const run = promisify(execFile);
const TOOLS = ['docker-registry', 'skopeo', 'htpasswd'];
const missing = TOOLS.filter((t) => !haveTool(t));
if (missing.length > 0 && process.env.CI === 'true') {
  throw new Error(`lineage registry test needs ${missing.join(', ')} on CI`);
}
const USER = 'ci-reader';
const PASSWORD = 'pa55-r3ad-xyz';

describe(
  'mlops lineage: image labels from the registry',
  { skip: missing.length > 0 && `needs ${missing.join(', ')}` },
  () => {
    let registry: TestRegistry;
    let s: LineageScene;
    let ws: string;

    before(async () => {
      registry = await startRegistry({ auth: 'htpasswd', username: USER, password: PASSWORD });
      s = await lineageScene({ imageRepo: `${registry.host}/acme/churn` });
      for (const [tag, version] of [
        ['v1', 'v0.0.1'],
        ['v2', 'v0.0.2'],
      ]) {
        await run('skopeo', [
          'copy',
          '--quiet',
          '--preserve-digests',
          '--dest-tls-verify=false',
          '--dest-creds',
          `${USER}:${PASSWORD}`,
          `oci:${s.layout}:${tag}`,
          `docker://${registry.host}/acme/churn:${version}`,
        ]);
      }
      ws = await checkoutLikeActions(s.repo.originUrl, s.m2, { branch: 'main' });
    });
    after(() => registry?.stop());

    it('with credentials from the environment: the labels the image carries', async () => {
      const r = await runCli(['lineage', '--fetch', 'churn#production', '--json'], {
        cwd: ws,
        env: {
          MLOPS_REGISTRY_USERNAME: USER,
          MLOPS_REGISTRY_PASSWORD: PASSWORD,
          MLOPS_HTTP_RETRY_BASE_MS: '1',
        },
      });
      assert.equal(r.exitCode, 0, r.stderr);
      const c = JSON.parse(r.stdout) as { images: unknown[]; notes: string[] };
      assert.deepEqual(c.images, [
        {
          image: s.refB,
          digest: s.imageB.digest,
          labels: {
            'org.opencontainers.image.revision': s.m2,
            'org.mlops-actions.run-id': 'run-2',
            'org.mlops-actions.model.version': 'v0.0.2',
            'org.mlops-actions.data.data/train.csv': `md5:${MD5_B}`,
          },
          labelsFrom: 'registry',
          labelsNote: null,
        },
      ]);
      assert.deepEqual(c.notes, []);
      assert.ok(!r.stdout.includes(PASSWORD) && !r.stderr.includes(PASSWORD));
    });

    it('the same from flags; without credentials the refusal is a note, not a failure', async () => {
      const flags = await runCli(
        ['lineage', 'churn@v0.0.1', '--registry-username', USER, '--registry-password', PASSWORD],
        { cwd: ws, env: { MLOPS_HTTP_RETRY_BASE_MS: '1' } },
      );
      assert.equal(flags.exitCode, 0, flags.stderr);
      assert.ok(flags.stdout.includes('  labels (registry):\n'), flags.stdout);
      assert.ok(flags.stdout.includes('    org.mlops-actions.run-id = run-1\n'), flags.stdout);

      const none = await runCli(['lineage', 'churn@v0.0.1', '--json'], {
        cwd: ws,
        env: { MLOPS_HTTP_RETRY_BASE_MS: '1' },
      });
      assert.equal(none.exitCode, 0, none.stderr);
      const c = JSON.parse(none.stdout) as { images: { labels: unknown; labelsNote: string }[] };
      assert.equal(c.images[0]!.labels, null);
      assert.match(c.images[0]!.labelsNote, /^the registry could not be read: .*401/);
    });
  },
);
