/**
 * The image gate against a real registry (Debian's docker-registry, with htpasswd Basic auth and with the
 * ghcr.io-style Bearer token flow): images built with umoci and pushed with skopeo (independent tools) carry
 * the provenance label naming a run, or another run; a digest the registry does not have fails; wrong
 * credentials are one clear error.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { haveTool, startRegistry, type TestRegistry } from '../harness/registry.js';
import { tempDir } from '../harness/temp-dir.js';
import { deployScene, errorOf, plain, type Scene } from './deploy-scene.js';

const exec = promisify(execFile);
const TOOLS = ['docker-registry', 'skopeo', 'umoci', 'htpasswd', 'openssl'];
const missing = TOOLS.filter((t) => !haveTool(t));
if (missing.length > 0 && process.env.CI === 'true') {
  throw new Error(`the image gate tests need ${missing.join(', ')} (installed by .ci/run)`);
}
const skip = missing.length > 0 ? `needs ${missing.join(', ')}` : false;

const CONFIG = `deploy:
  models:
    churn:
      environments:
        staging:
          gates:
            image: true
`;

/** An image whose config carries `labels`, made with umoci and pushed with skopeo; returns repo@digest. */
async function pushLabelled(
  registry: TestRegistry,
  creds: string,
  repo: string,
  labels: Record<string, string>,
) {
  const dir = await tempDir('mlops-labelled-');
  const layout = join(dir, 'layout');
  await exec('umoci', ['init', '--layout', layout]);
  await exec('umoci', ['new', '--image', `${layout}:v1`]);
  const flags = Object.entries(labels).flatMap(([k, v]) => ['--config.label', `${k}=${v}`]);
  await exec('umoci', ['config', '--image', `${layout}:v1`, ...flags]);
  const digestFile = join(dir, 'digest');
  await exec('skopeo', [
    'copy',
    '--dest-tls-verify=false',
    '--dest-creds',
    creds,
    '--digestfile',
    digestFile,
    `oci:${layout}:v1`,
    `docker://${registry.host}/${repo}:v1`,
  ]);
  return `${registry.host}/${repo}@${(await readFile(digestFile, 'utf8')).trim()}`;
}

for (const auth of ['htpasswd', 'token'] as const) {
  describe(`gated-deploy image gate (${auth === 'htpasswd' ? 'Basic' : 'Bearer'} auth)`, { skip }, () => {
    let s: Scene;
    let registry: TestRegistry;
    let sha: string;
    const user = 'deployer';
    const password = 'n0t-a-real-pass';
    const creds = { 'registry-username': user, 'registry-password': password };

    before(async () => {
      registry = await startRegistry({ auth, username: user, password });
      s = await deployScene({ '.mlops.yml': CONFIG });
      sha = await s.commit({ 'model.txt': '1\n' });
      await s.recordRun(sha, { id: 'run-1', metrics: { auc: 0.9 } });
    });
    after(async () => {
      await s.close();
      await registry.stop();
    });

    const decide = (inputs: Record<string, string>) =>
      s.deploy({ environment: 'staging', command: 'decide', 'fail-on-blocked': 'false', ...inputs }, { sha });

    it('the digest exists and its labels name the run: pass', async () => {
      const ref = await pushLabelled(registry, `${user}:${password}`, 'acme/churn', {
        'org.mlops-actions.run-id': 'run-1',
        'org.mlops-actions.experiment': 'churn',
      });
      const run = await decide({ image: ref, ...creds });
      assert.equal(run.exitCode, 0, run.stdout + run.stderr);
      assert.equal(run.outputs.decision, 'allowed');
      const text = plain(run.summary);
      assert.ok(text.includes('| ✅ pass | image `digest` | found | in the registry |'), text);
      assert.ok(
        text.includes(
          '| ✅ pass | image `provenance` | churn/run-1 | run run-1 | the image was built from this run |',
        ),
        text,
      );
      assert.ok(run.masks.includes(password), 'the password is masked');
      const shown = `${run.stdout}${run.stderr}${run.summary}`.replaceAll(`::add-mask::${password}`, '');
      const at = shown.indexOf(password);
      assert.equal(at, -1, `the password is shown: ${shown.slice(Math.max(0, at - 200), at + 40)}`);
    });

    it('an image built from another run: blocked', async () => {
      const ref = await pushLabelled(registry, `${user}:${password}`, 'acme/churn', {
        'org.mlops-actions.run-id': 'run-7',
      });
      const run = await decide({ image: ref, ...creds });
      assert.equal(run.outputs.decision, 'blocked');
      assert.ok(
        plain(run.summary).includes(
          '| ❌ fail | image `provenance` | run-7 | run run-1 | the image names another run |',
        ),
      );
    });

    it('a digest the registry does not have: blocked', async () => {
      const run = await decide({ image: `${registry.host}/acme/churn@sha256:${'0'.repeat(64)}`, ...creds });
      assert.equal(run.outputs.decision, 'blocked');
      assert.ok(plain(run.summary).includes('| ❌ fail | image `digest` | not found | in the registry |'));
    });

    it('wrong credentials: one clear error', async () => {
      const run = await decide({
        image: `${registry.host}/acme/churn@sha256:${'0'.repeat(64)}`,
        'registry-username': user,
        'registry-password': 'wrong',
      });
      assert.equal(run.exitCode, 1);
      assert.match(errorOf(run), /refused|credentials/);
      assert.doesNotMatch(run.stdout + run.stderr, /failed unexpectedly/);
    });
  });
}
