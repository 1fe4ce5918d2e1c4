/**
 * build-model-image against registries that need credentials (htpasswd Basic; the ghcr.io-style Bearer
 * token flow), through a fault-injecting proxy (cut upload, 503, relative Location), and its clear
 * errors for bad input. Real docker-registry on 127.0.0.1; skopeo confirms what was pushed.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { createServer, request, type IncomingMessage, type Server } from 'node:http';
import { join } from 'node:path';
import { test } from 'node:test';
import { promisify } from 'node:util';
import { haveTool, pushBusyboxBase, startRegistry, freePort } from '../harness/registry.js';
import { runAction, type ActionRun } from '../harness/run-action.js';
import { tempDir } from '../harness/temp-dir.js';

const exec = promisify(execFile);
const TOOLS = ['docker-registry', 'skopeo', 'umoci', 'htpasswd', 'openssl'];
const missing = TOOLS.filter((t) => !haveTool(t));
if (missing.length > 0 && process.env.CI === 'true') {
  throw new Error(`build-model-image tests need ${missing.join(', ')} (installed by .ci/run)`);
}
const skip = missing.length > 0 ? `needs ${missing.join(', ')}` : false;
const FAST_RETRY = { MLOPS_HTTP_RETRY_BASE_MS: '20', SOURCE_DATE_EPOCH: '1700000000' };

async function workspace(): Promise<string> {
  const ws = await tempDir('mlops-image-ws-');
  await mkdir(join(ws, 'model'), { recursive: true });
  await writeFile(join(ws, 'model', 'config.json'), '{"layers": 2}\n');
  const weights = Buffer.alloc(2 * 1024 * 1024);
  for (let i = 0; i < weights.length; i += 4)
    weights.writeUInt32LE((Math.imul(i + 7, 2654435761) ^ (i >>> 5)) >>> 0, i);
  await writeFile(join(ws, 'model', 'weights.bin'), weights);
  return ws;
}

function errorOf(run: ActionRun): string {
  return run.annotations.find((a) => a.level === 'error')?.message ?? `${run.stdout}\n${run.stderr}`;
}

async function digestOf(ref: string, creds?: string): Promise<string> {
  const args = ['inspect', '--tls-verify=false', ...(creds ? ['--creds', creds] : []), `docker://${ref}`];
  return (JSON.parse((await exec('skopeo', args)).stdout) as { Digest: string }).Digest;
}

test(
  'htpasswd registry: Basic credentials work and are masked; none or wrong ones fail clearly',
  { skip },
  async () => {
    const registry = await startRegistry({ auth: 'htpasswd', username: 'ci-bot', password: 'pa55-w0rd-xyz' });
    try {
      const ws = await workspace();
      const image = `${registry.host}/team/model`;
      const base = { model: 'model', name: 'm', image, tags: 'v1' };
      const ok = await runAction({
        action: 'build-model-image',
        workspace: ws,
        inputs: { ...base, 'registry-username': 'ci-bot', 'registry-password': 'pa55-w0rd-xyz' },
        env: FAST_RETRY,
      });
      assert.equal(ok.exitCode, 0, errorOf(ok));
      assert.ok(ok.masks.includes('pa55-w0rd-xyz'), 'password masked');
      const logged = ok.stdout.split('\n').filter((line) => !line.startsWith('::add-mask::'));
      assert.ok(!logged.join('\n').includes('pa55-w0rd-xyz'), 'password never logged');
      assert.equal(await digestOf(`${image}:v1`, 'ci-bot:pa55-w0rd-xyz'), ok.outputs.digest);

      const anonymous = await runAction({
        action: 'build-model-image',
        workspace: ws,
        inputs: base,
        env: FAST_RETRY,
      });
      assert.equal(anonymous.exitCode, 1);
      assert.match(
        errorOf(anonymous),
        /refused .* for team\/model \(HTTP 401 Unauthorized\).*registry-username and registry-password/,
      );

      const wrong = await runAction({
        action: 'build-model-image',
        workspace: ws,
        inputs: { ...base, 'registry-username': 'ci-bot', 'registry-password': 'nope' },
        env: FAST_RETRY,
      });
      assert.equal(wrong.exitCode, 1);
      assert.match(errorOf(wrong), /HTTP 401/);
    } finally {
      await registry.stop();
    }
  },
);

test(
  'Bearer token flow (ghcr.io style): credentials go only to the token endpoint as Basic',
  { skip },
  async () => {
    const registry = await startRegistry({ auth: 'token', username: 'octocat', password: 'ghs_token123' });
    try {
      const ws = await workspace();
      const image = `${registry.host}/octo-org/model`;
      const run = await runAction({
        action: 'build-model-image',
        workspace: ws,
        inputs: {
          model: 'model',
          name: 'm',
          image,
          tags: 'v1',
          'registry-username': 'octocat',
          'registry-password': 'ghs_token123',
        },
        env: FAST_RETRY,
      });
      assert.equal(run.exitCode, 0, errorOf(run));
      assert.ok(registry.tokenRequests.length > 0, 'the token endpoint was used');
      const basic = `Basic ${Buffer.from('octocat:ghs_token123').toString('base64')}`;
      for (const req of registry.tokenRequests) {
        assert.equal(req.authorization, basic);
        assert.equal(req.service, 'mlops-test-registry');
        assert.ok(req.scopes.includes('repository:octo-org/model:pull,push'), JSON.stringify(req.scopes));
      }
      // Anonymous: the token service grants pull only, so the push is refused with a clear message.
      const anonymous = await runAction({
        action: 'build-model-image',
        workspace: ws,
        inputs: { model: 'model', name: 'm', image, tags: 'v2' },
        env: FAST_RETRY,
      });
      assert.equal(anonymous.exitCode, 1);
      assert.match(
        errorOf(anonymous),
        /refused .*octo-org\/model \(HTTP 401 Unauthorized\)\. The credentials need push access/,
      );
    } finally {
      await registry.stop();
    }
  },
);

interface ProxyLog {
  method: string;
  path: string;
  status: number;
}

/**
 * A proxy in front of the registry that cuts the first large blob PUT halfway, answers the first HEAD
 * with 503, and rewrites Location headers to relative ones (path + query), as some registries send.
 */
async function faultyProxy(
  target: string,
): Promise<{ host: string; log: ProxyLog[]; cut: number; server: Server }> {
  const log: ProxyLog[] = [];
  const state = { host: '', log, cut: 0, server: undefined as unknown as Server };
  let headFailed = false;
  const server = createServer((req: IncomingMessage, res) => {
    const path = req.url ?? '/';
    if (req.method === 'HEAD' && path.includes('/blobs/') && !headFailed) {
      headFailed = true;
      log.push({ method: 'HEAD', path, status: 503 });
      res.writeHead(503).end();
      return;
    }
    const big = req.method === 'PUT' && Number(req.headers['content-length'] ?? 0) > 1024 * 1024;
    const upstream = request(
      {
        host: '127.0.0.1',
        port: Number(target.split(':')[1]),
        method: req.method,
        path,
        headers: req.headers,
      },
      (up) => {
        const headers = { ...up.headers };
        if (typeof headers.location === 'string' && headers.location.startsWith('http')) {
          const url = new URL(headers.location);
          headers.location = `${url.pathname}${url.search}`;
        }
        log.push({ method: req.method ?? '', path, status: up.statusCode ?? 0 });
        res.writeHead(up.statusCode ?? 502, headers);
        up.pipe(res);
      },
    );
    upstream.on('error', () => res.destroy());
    if (big && state.cut === 0) {
      state.cut++;
      let seen = 0;
      req.on('data', (chunk: Buffer) => {
        seen += chunk.length;
        if (seen > 512 * 1024) {
          log.push({ method: 'PUT', path, status: 0 });
          upstream.destroy();
          req.socket.destroy();
        }
      });
    }
    req.pipe(upstream);
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  state.host = `127.0.0.1:${port}`;
  state.server = server;
  return state;
}

test(
  'a cut upload and a 503 are retried, relative Locations work, tags come after every blob',
  { skip },
  async () => {
    const registry = await startRegistry();
    const proxy = await faultyProxy(registry.host);
    try {
      const ws = await workspace();
      const run = await runAction({
        action: 'build-model-image',
        workspace: ws,
        inputs: {
          model: 'model',
          name: 'm',
          image: `${proxy.host}/team/model`,
          tags: 'v1\nlatest',
          compression: 'none',
        },
        env: FAST_RETRY,
      });
      assert.equal(run.exitCode, 0, errorOf(run));
      assert.equal(proxy.cut, 1, 'one upload was cut mid-body');
      assert.ok(proxy.log.some((l) => l.status === 503));
      assert.equal(await digestOf(`${registry.host}/team/model:v1`), run.outputs.digest);
      const blobPuts = proxy.log.filter((l) => l.method === 'PUT' && l.path.includes('/blobs/uploads/'));
      assert.ok(
        blobPuts.every((l) => l.path.includes('digest=sha256%3A') || l.path.includes('digest=sha256:')),
      );
      const lastBlob = Math.max(...proxy.log.map((l, i) => (l.path.includes('/blobs/') ? i : -1)));
      const tagPuts = proxy.log.flatMap((l, i) =>
        l.method === 'PUT' && /\/manifests\/(v1|latest)$/.test(l.path) ? [i] : [],
      );
      const digestPut = proxy.log.findIndex(
        (l) => l.method === 'PUT' && l.path.includes('/manifests/sha256:'),
      );
      assert.equal(tagPuts.length, 2);
      assert.ok(digestPut > lastBlob, 'manifest after every blob');
      assert.ok(Math.min(...tagPuts) > digestPut, 'tags after the manifest');
    } finally {
      await new Promise((resolve) => proxy.server.close(resolve));
      await registry.stop();
    }
  },
);

test('bad input fails with one clear error each, exit 1', { skip }, async () => {
  const registry = await startRegistry();
  try {
    const ws = await workspace();
    const base = await pushBusyboxBase(registry, 'base/busybox', '1.0');
    const closed = await freePort();
    const cases: [string, Record<string, string>, RegExp][] = [
      [
        'missing model',
        { model: 'no-such-dir', image: `${registry.host}/a/b` },
        /Input 'model': 'no-such-dir' does not exist/,
      ],
      [
        'a model path into .git',
        { model: '.git/config', image: `${registry.host}/a/b` },
        /^Input 'model': path '\.git\/config' points into \.git\/, which mlops-actions may never read\.$/,
      ],
      [
        'uppercase image',
        { model: 'model', image: `${registry.host}/Octo/Model` },
        /uppercase letters.*Use '127\.0\.0\.1:\d+\/octo\/model'/,
      ],
      [
        'unreachable registry',
        { model: 'model', image: `127.0.0.1:${closed}/a/b` },
        /Cannot reach the registry 127\.0\.0\.1:\d+ \(ECONNREFUSED\)/,
      ],
      [
        'platform missing in base',
        { model: 'model', image: `${registry.host}/a/b`, 'base-image': base, platform: 'linux/arm64' },
        /base-image.* is linux\/amd64, not linux\/arm64/,
      ],
      ['no target', { model: 'model' }, /Input 'image' is required unless 'oci-layout' is given/],
      [
        'bad compression',
        { model: 'model', image: `${registry.host}/a/b`, compression: 'zstd' },
        /Input 'compression' must be one of auto, gzip, none/,
      ],
    ];
    for (const [label, inputs, expected] of cases) {
      const run = await runAction({
        action: 'build-model-image',
        workspace: ws,
        inputs: { name: 'm', ...inputs },
        env: FAST_RETRY,
      });
      assert.equal(run.exitCode, 1, `${label}: exit 1`);
      const errors = run.annotations.filter((a) => a.level === 'error');
      assert.equal(errors.length, 1, `${label}: one error`);
      assert.match(errors[0]!.message, expected, label);
    }
  } finally {
    await registry.stop();
  }
});
