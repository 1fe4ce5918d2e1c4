import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname } from 'node:path';
import { after, describe, it } from 'node:test';
import { pushEvent } from '../harness/events.js';
import { checkoutLikeActions, git } from '../harness/git-fixtures.js';
import { runAction } from '../harness/run-action.js';
import {
  exampleProject,
  METRICS_INPUT,
  registryFiles,
  TOKEN,
  writeMetrics,
} from '../core/experiments/project.js';

const EXPECTED = `basic ${Buffer.from(`x-access-token:${TOKEN}`).toString('base64')}`;

/**
 * A git server over HTTP like github.com for this purpose: `git http-backend` behind a handler that lets
 * anyone fetch and requires the token (as HTTP basic auth) to push.
 */
function gitHttpServer(projectRoot: string) {
  const pushAuth: string[] = [];
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const push =
      url.pathname.endsWith('/git-receive-pack') || url.searchParams.get('service') === 'git-receive-pack';
    if (push) {
      pushAuth.push(req.headers.authorization ?? '');
      if (req.headers.authorization !== EXPECTED) {
        res.writeHead(401, { 'WWW-Authenticate': 'Basic realm="git"' }).end();
        return;
      }
    }
    const child = spawn('git', ['http-backend'], {
      env: {
        PATH: process.env.PATH ?? '/usr/bin:/bin',
        GIT_PROJECT_ROOT: projectRoot,
        GIT_HTTP_EXPORT_ALL: '1',
        REQUEST_METHOD: req.method ?? 'GET',
        PATH_INFO: url.pathname,
        QUERY_STRING: url.search.slice(1),
        CONTENT_TYPE: req.headers['content-type'] ?? '',
        HTTP_CONTENT_ENCODING: req.headers['content-encoding'] ?? '',
        GIT_PROTOCOL: String(req.headers['git-protocol'] ?? ''),
        REMOTE_USER: 'x-access-token',
        REMOTE_ADDR: '127.0.0.1',
      },
    });
    req.pipe(child.stdin);
    const out: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.on('close', () => {
      const raw = Buffer.concat(out);
      const split = raw.indexOf('\r\n\r\n');
      const headerText = raw.subarray(0, split).toString('latin1');
      let status = 200;
      const headers: Record<string, string> = {};
      for (const line of headerText.split('\r\n')) {
        const colon = line.indexOf(':');
        const name = line.slice(0, colon).trim();
        const value = line.slice(colon + 1).trim();
        if (name.toLowerCase() === 'status') status = Number(value.split(' ')[0]);
        else headers[name] = value;
      }
      res.writeHead(status, headers).end(raw.subarray(split + 4));
    });
  };
  const server = createServer(handle);
  return {
    pushAuth,
    start: () =>
      new Promise<string>((resolve) =>
        server.listen(0, '127.0.0.1', () =>
          resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`),
        ),
      ),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const project = await exampleProject();
await git(project.repo.origin, 'config', 'http.receivepack', 'true');
await git(project.repo.origin, 'config', 'uploadpack.allowAnySHA1InWant', 'true');
const server = gitHttpServer(dirname(project.repo.origin));
const serverUrl = await server.start();
after(() => server.close());
const originUrl = `${serverUrl}/origin.git`;
// actions/checkout with `persist-credentials: false`: no credentials left in the repository
const workspace = await checkoutLikeActions(originUrl, project.mainSha, { branch: 'main' });
await writeMetrics(workspace, 0.8, [0.9, 0.5]);

describe('track-experiment pushes over HTTPS-like remotes with the token when checkout left no credentials', () => {
  it('without a token the push is refused: clear error, record kept', async () => {
    const run = await runAction({
      action: 'track-experiment',
      inputs: { name: 'http-demo', metrics: METRICS_INPUT, token: '' },
      workspace,
      event: pushEvent({ after: project.mainSha }),
      env: { GITHUB_SERVER_URL: serverUrl },
    });
    assert.equal(run.exitCode, 1);
    const error = run.annotations.find((a) => a.level === 'error')!;
    assert.match(error.message, /Could not store run record runs\/http-demo\/.*The record is kept at /s);
    assert.deepEqual(await registryFiles(project.repo), []);
  });

  it('with the token: pushed with basic auth passed through GIT_CONFIG_*, masked, nothing written to .git/config', async () => {
    const configBefore = await git(workspace, 'config', '--local', '--list');
    const run = await runAction({
      action: 'track-experiment',
      inputs: { name: 'http-demo', metrics: METRICS_INPUT },
      workspace,
      event: pushEvent({ after: project.mainSha }),
      env: { GITHUB_SERVER_URL: serverUrl },
      token: TOKEN,
    });
    assert.equal(run.exitCode, 0, run.stdout + run.stderr);
    assert.deepEqual(await registryFiles(project.repo), [run.outputs['record-path']]);
    assert.ok(server.pushAuth.includes(EXPECTED));
    assert.ok(run.masks.includes(EXPECTED.slice('basic '.length)));
    assert.equal(await git(workspace, 'config', '--local', '--list'), configBefore);
  });
});
