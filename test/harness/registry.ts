/**
 * A real OCI registry for tests: Debian's `docker-registry` (CNCF distribution 2.8) on 127.0.0.1 with a
 * port chosen at run time and a temporary storage directory; optionally htpasswd (Basic) auth, or the
 * ghcr.io-style Bearer flow with a small token endpoint here issuing JWTs the registry verifies.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { createSign, randomBytes, X509Certificate } from 'node:crypto';
import { accessSync, constants, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer, request, type Server } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface TokenRequest {
  authorization: string | undefined;
  service: string | null;
  scopes: string[];
}

export interface TestRegistry {
  /** host:port, e.g. 127.0.0.1:41234 */
  host: string;
  storage: string;
  /** Requests the token endpoint saw (Bearer mode). */
  tokenRequests: TokenRequest[];
  stop(): Promise<void>;
}

export interface RegistryOptions {
  auth?: 'none' | 'htpasswd' | 'token';
  username?: string;
  password?: string;
}

/** Whether the registry tools exist; tests fail (CI) or skip (locally) when not. */
export function haveTool(name: string): boolean {
  for (const dir of (process.env.PATH ?? '').split(':').concat(['/usr/sbin', '/sbin'])) {
    try {
      accessSync(join(dir, name), constants.X_OK);
      return true;
    } catch {
      /* next */
    }
  }
  return false;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createNetServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : 0);
    });
  });
}

async function waitReady(host: string, child: ChildProcess, stderr: () => string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`docker-registry exited: ${stderr()}`);
    const ok = await new Promise<boolean>((resolve) => {
      const req = request(`http://${host}/v2/`, (res) => {
        res.resume();
        resolve(true);
      });
      req.on('error', () => resolve(false));
      req.end();
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 30));
  }
  throw new Error(`docker-registry did not start on ${host}: ${stderr()}`);
}

const b64url = (data: Buffer | string) => Buffer.from(data).toString('base64url');

/** A JWT the distribution registry accepts: RS256, the signing certificate in the x5c header. */
function issueToken(
  key: string,
  certDer: Buffer,
  service: string,
  subject: string,
  access: unknown[],
): string {
  const now = Math.floor(Date.now() / 1000);
  const header = { typ: 'JWT', alg: 'RS256', x5c: [certDer.toString('base64')] };
  const claims = {
    iss: 'mlops-test-issuer',
    sub: subject,
    aud: service,
    exp: now + 600,
    nbf: now - 60,
    iat: now,
    jti: randomBytes(8).toString('hex'),
    access,
  };
  const signingInput = `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(claims))}`;
  const signature = createSign('RSA-SHA256').update(signingInput).sign(key);
  return `${signingInput}.${b64url(signature)}`;
}

export async function startRegistry(options: RegistryOptions = {}): Promise<TestRegistry> {
  const auth = options.auth ?? 'none';
  const username = options.username ?? 'mlops';
  const password = options.password ?? 's3cret-pass';
  const dir = mkdtempSync(join(tmpdir(), 'mlops-registry-'));
  const storage = join(dir, 'storage');
  const port = await freePort();
  const host = `127.0.0.1:${port}`;
  const tokenRequests: TokenRequest[] = [];
  let tokenServer: Server | undefined;
  const lines = [
    'version: 0.1',
    'log:',
    '  level: error',
    '  accesslog:',
    '    disabled: true',
    'storage:',
    '  filesystem:',
    `    rootdirectory: ${storage}`,
    '  delete:',
    '    enabled: true',
    'http:',
    `  addr: ${host}`,
  ];
  if (auth === 'htpasswd') {
    const { stdout } = await run('htpasswd', ['-Bbn', username, password]);
    writeFileSync(join(dir, 'htpasswd'), stdout);
    lines.push('auth:', '  htpasswd:', '    realm: mlops-test', `    path: ${join(dir, 'htpasswd')}`);
  }
  if (auth === 'token') {
    await run('openssl', [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=mlops-test-issuer',
      '-keyout',
      join(dir, 'token.key'),
      '-out',
      join(dir, 'token.crt'),
    ]);
    const key = readFileSync(join(dir, 'token.key'), 'utf8');
    const certDer = Buffer.from(new X509Certificate(readFileSync(join(dir, 'token.crt'))).raw);
    const expected = `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
    tokenServer = createHttpServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://token');
      const scopes = url.searchParams.getAll('scope');
      tokenRequests.push({
        authorization: req.headers.authorization,
        service: url.searchParams.get('service'),
        scopes,
      });
      const authed = req.headers.authorization === expected;
      if (req.headers.authorization && !authed) {
        res
          .writeHead(401, { 'Content-Type': 'application/json' })
          .end('{"errors":[{"code":"UNAUTHORIZED"}]}');
        return;
      }
      // Like ghcr.io: anonymous callers may pull, authenticated ones may push.
      const access = scopes.flatMap((scope) => {
        const [type, name, actions] = scope.split(':');
        if (type !== 'repository' || !name || !actions) return [];
        const granted = actions.split(',').filter((a) => a === 'pull' || (authed && a === 'push'));
        return [{ type, name, actions: granted }];
      });
      const token = issueToken(key, certDer, 'mlops-test-registry', authed ? username : '', access);
      res
        .writeHead(200, { 'Content-Type': 'application/json' })
        .end(JSON.stringify({ token, access_token: token }));
    });
    const tokenPort = await listen(tokenServer);
    lines.push(
      'auth:',
      '  token:',
      `    realm: http://127.0.0.1:${tokenPort}/token`,
      '    service: mlops-test-registry',
      '    issuer: mlops-test-issuer',
      `    rootcertbundle: ${join(dir, 'token.crt')}`,
    );
  }
  writeFileSync(join(dir, 'config.yml'), `${lines.join('\n')}\n`);
  const child = spawn('docker-registry', ['serve', join(dir, 'config.yml')], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  try {
    await waitReady(host, child, () => stderr);
  } catch (error) {
    child.kill('SIGKILL');
    tokenServer?.close();
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    host,
    storage,
    tokenRequests,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      await new Promise<void>((resolve) => (tokenServer ? tokenServer.close(() => resolve()) : resolve()));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * A tiny base image made with independent tools: `umoci` builds an OCI layout holding /bin/busybox
 * (Debian's busybox-static) for linux/amd64 and `skopeo copy` pushes it to the registry.
 */
export async function pushBusyboxBase(
  registry: TestRegistry,
  repository: string,
  tag: string,
  format: 'oci' | 'v2s2' = 'oci',
): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'mlops-base-'));
  try {
    const layout = join(dir, 'layout');
    const bundle = join(dir, 'bundle');
    await run('umoci', ['init', '--layout', layout]);
    await run('umoci', ['new', '--image', `${layout}:${tag}`]);
    await run('umoci', ['unpack', '--rootless', '--image', `${layout}:${tag}`, bundle]);
    await run('mkdir', ['-p', join(bundle, 'rootfs', 'bin')]);
    await run('cp', ['/bin/busybox', join(bundle, 'rootfs', 'bin', 'busybox')]);
    await run('umoci', ['repack', '--image', `${layout}:${tag}`, bundle]);
    await run('umoci', [
      'config',
      '--image',
      `${layout}:${tag}`,
      '--config.env',
      'PATH=/bin',
      '--config.cmd',
      'sh',
    ]);
    const ref = `${registry.host}/${repository}:${tag}`;
    await run('skopeo', [
      'copy',
      '--dest-tls-verify=false',
      '--format',
      format,
      `oci:${layout}:${tag}`,
      `docker://${ref}`,
    ]);
    return ref;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
