/**
 * data-hash push/pull against a real S3 protocol server (npm s3rver, in-process on 127.0.0.1, port chosen at
 * run time), plus an unreachable endpoint and a proxy that cuts downloads mid-body.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { createServer, request, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { writeFiles } from '../harness/git-fixtures.js';
import { runAction } from '../harness/run-action.js';
import { tempDir } from '../harness/temp-dir.js';

interface S3rverInstance {
  run(): Promise<AddressInfo>;
  close(): Promise<void>;
}
const S3rver = createRequire(import.meta.url)('s3rver') as new (options: {
  address: string;
  port: number;
  silent: boolean;
  directory: string;
  configureBuckets: { name: string }[];
}) => S3rverInstance;

const BUCKET = 'ml-data';
let server: S3rverInstance;
let endpoint: string;
let store: string;

before(async () => {
  // Not tempDir(): an after() registered inside a before() hook would run straight away.
  store = await mkdtemp(join(tmpdir(), 'mlops-s3rver-'));
  server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory: store,
    configureBuckets: [{ name: BUCKET }],
  });
  const address = await server.run();
  endpoint = `http://127.0.0.1:${address.port}`;
});
after(async () => {
  await server.close();
  await rm(store, { recursive: true, force: true });
});

function awsEnv(url: string): Record<string, string> {
  return {
    AWS_ACCESS_KEY_ID: 'S3RVER',
    AWS_SECRET_ACCESS_KEY: 'S3RVER',
    AWS_REGION: 'us-east-1',
    AWS_ENDPOINT_URL: url,
  };
}

async function dataHash(workspace: string, inputs: Record<string, string>, url = endpoint) {
  return runAction({ action: 'data-hash', inputs, workspace, env: awsEnv(url) });
}

async function listTree(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();
}

test('push to S3 moves only missing objects; a clone pulls them back (endpoint from .dvc/config)', async () => {
  const workspace = await tempDir('mlops-ws-');
  await writeFiles(workspace, { 'ds/foo': 'foo', 'ds/bar': 'bar', 'model.bin': 'data' });
  assert.equal((await dataHash(workspace, { command: 'add', paths: 'ds model.bin' })).exitCode, 0);
  const remote = `s3://${BUCKET}/project-a/dvcstore`;
  const pushed = await dataHash(workspace, { command: 'push', remote, jobs: '3' });
  assert.equal(pushed.exitCode, 0, pushed.stdout);
  assert.match(pushed.summary, /\| 4 \| 0 \| 0 \|/);
  const again = await dataHash(workspace, { command: 'push', remote });
  assert.match(again.summary, /\| 0 \| 4 \| 0 \|/);
  // DVC's remote layout under the prefix.
  const { S3Client, GetObjectCommand } = await import('@aws-sdk/client-s3');
  const s3 = new S3Client({
    endpoint,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
  });
  const got = await s3.send(
    new GetObjectCommand({
      Bucket: BUCKET,
      Key: 'project-a/dvcstore/files/md5/5e/a40360f5b4ec688df672a4db9c17d1.dir',
    }),
  );
  assert.equal(
    await got.Body!.transformToString(),
    '[{"md5": "37b51d194a7513e45b56f6524f2d51f2", "relpath": "bar"}, {"md5": "acbd18db4cc2f85cedef654fccc4a4d8", "relpath": "foo"}]',
  );
  s3.destroy();

  const clone = await tempDir('mlops-clone-');
  await writeFiles(clone, {
    'ds.dvc': await readFile(join(workspace, 'ds.dvc'), 'utf8'),
    'model.bin.dvc': await readFile(join(workspace, 'model.bin.dvc'), 'utf8'),
    '.dvc/config': `[core]\n    remote = s3store\n['remote "s3store"']\n    url = ${remote}\n    endpointurl = ${endpoint}\n`,
  });
  const pulled = await runAction({
    action: 'data-hash',
    inputs: { command: 'pull' },
    workspace: clone,
    env: { AWS_ACCESS_KEY_ID: 'S3RVER', AWS_SECRET_ACCESS_KEY: 'S3RVER' },
  });
  assert.equal(pulled.exitCode, 0, pulled.stderr);
  assert.equal(await readFile(join(clone, 'ds', 'foo'), 'utf8'), 'foo');
  assert.equal(await readFile(join(clone, 'model.bin'), 'utf8'), 'data');
  assert.equal((await dataHash(clone, { command: 'verify' })).exitCode, 0);
});

test('an unreachable S3 endpoint fails once, clearly, leaving nothing behind', async () => {
  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  const port = (closed.address() as AddressInfo).port;
  await new Promise((resolve) => closed.close(resolve));
  const workspace = await tempDir('mlops-ws-');
  await writeFiles(workspace, {
    'f.bin': 'foo',
    'f.bin.dvc': 'outs:\n- md5: acbd18db4cc2f85cedef654fccc4a4d8\n  size: 3\n  hash: md5\n  path: f.bin\n',
  });
  const before = await listTree(workspace);
  const pulled = await dataHash(
    workspace,
    { command: 'pull', remote: `s3://${BUCKET}/x` },
    `http://127.0.0.1:${port}`,
  );
  assert.equal(pulled.exitCode, 1);
  assert.equal(pulled.annotations.length, 1);
  assert.match(pulled.annotations[0]!.message, /Remote s3:\/\/ml-data\/x failed: .*(ECONNREFUSED|connect)/);
  const afterFiles = (await listTree(workspace)).filter((p) => !p.startsWith('.dvc/tmp/'));
  assert.deepEqual(afterFiles, before);
});

/** Forwards to s3rver, but cuts every object download after half its body. */
async function cuttingProxy(target: string): Promise<{ url: string; server: Server }> {
  const upstream = new URL(target);
  const proxy = createServer((req, res) => {
    const forward = request(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: req.method,
        path: req.url,
        headers: req.headers,
      },
      (answer) => {
        const isObjectGet =
          req.method === 'GET' && !req.url!.includes('list-type') && answer.statusCode === 200;
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        if (!isObjectGet) {
          answer.pipe(res);
          return;
        }
        const length = Number(answer.headers['content-length'] ?? 0);
        let sent = 0;
        answer.on('data', (chunk: Buffer) => {
          const room = Math.max(0, Math.floor(length / 2) - sent);
          if (room > 0) res.write(chunk.subarray(0, room));
          sent += Math.min(room, chunk.length);
          if (sent >= Math.floor(length / 2)) res.destroy();
        });
      },
    );
    req.pipe(forward);
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`, server: proxy };
}

test('a download cut mid-way is retried, then fails without a partial object or file', async () => {
  const workspace = await tempDir('mlops-ws-');
  const big = Buffer.alloc(3 * 1024 * 1024, 7);
  await writeFiles(workspace, { 'big.bin': big });
  assert.equal((await dataHash(workspace, { command: 'add', paths: 'big.bin' })).exitCode, 0);
  const remote = `s3://${BUCKET}/cut-test`;
  assert.equal((await dataHash(workspace, { command: 'push', remote })).exitCode, 0);
  const clone = await tempDir('mlops-clone-');
  await writeFile(join(clone, 'big.bin.dvc'), await readFile(join(workspace, 'big.bin.dvc')));
  const proxy = await cuttingProxy(endpoint);
  try {
    const pulled = await dataHash(clone, { command: 'pull', remote }, proxy.url);
    assert.equal(pulled.exitCode, 1, pulled.stderr);
    assert.equal(pulled.annotations.length, 1);
    assert.match(pulled.annotations[0]!.message, /Remote s3:\/\/ml-data\/cut-test failed/);
  } finally {
    proxy.server.closeAllConnections();
    await new Promise((resolve) => proxy.server.close(resolve));
  }
  const left = (await listTree(clone)).filter((p) => !p.startsWith('.dvc/tmp/'));
  assert.deepEqual(left, ['big.bin.dvc']);
});

test('a truncated object on S3 (a non-atomic store) is uploaded again, not trusted', async () => {
  const workspace = await tempDir('mlops-ws-');
  const data = Buffer.alloc(64 * 1024, 3);
  await writeFiles(workspace, { 'w.bin': data });
  assert.equal((await dataHash(workspace, { command: 'add', paths: 'w.bin' })).exitCode, 0);
  const remote = `s3://${BUCKET}/truncated`;
  assert.equal((await dataHash(workspace, { command: 'push', remote })).exitCode, 0);
  const { S3Client, GetObjectCommand, PutObjectCommand } = await import('@aws-sdk/client-s3');
  const s3 = new S3Client({
    endpoint,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
  });
  const md5 = createHash('md5').update(data).digest('hex');
  const Key = `truncated/files/md5/${md5.slice(0, 2)}/${md5.slice(2)}`;
  try {
    // What a store that writes in place leaves when it is cut off: the right key, half the bytes.
    await s3.send(new PutObjectCommand({ Bucket: BUCKET, Key, Body: data.subarray(0, data.length / 2) }));
    const again = await dataHash(workspace, { command: 'push', remote });
    assert.equal(again.exitCode, 0, again.stdout);
    assert.match(again.summary, /\| 1 \| 0 \| 0 \|/);
    const stored = await s3.send(new GetObjectCommand({ Bucket: BUCKET, Key }));
    assert.deepEqual(Buffer.from(await stored.Body!.transformToByteArray()), data);
  } finally {
    s3.destroy();
  }
});
