/**
 * gitWithPushToken against the credentials actions/checkout leaves behind. checkout v6 no longer writes the
 * `http.<server>/.extraheader` into .git/config: it writes it to `$RUNNER_TEMP/git-credentials-<uuid>.config`
 * (via `git config --file`, placeholder then replaced) and includes that file with `includeIf.gitdir:` entries
 * for the host and container paths of the repository and its worktrees. The helper must see those credentials
 * and add no second Authorization header; git then sends exactly one, which a local HTTP server records.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { basename, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { ActionContext } from '../../src/adapter/action.js';
import { Git } from '../../src/adapter/git.js';
import { gitWithPushToken } from '../../src/adapter/push-token-git.js';
import { git } from '../harness/git-fixtures.js';
import { tempDir } from '../harness/temp-dir.js';

const CHECKOUT_TOKEN = 'ghs_checkout_token';
const STEP_TOKEN = 'ghs_step_token';
const basic = (token: string) => Buffer.from(`x-access-token:${token}`, 'utf8').toString('base64');

let server: Server;
let serverUrl = '';
/** The Authorization headers of each request git made, from the raw header list (Node would merge them). */
const seen: string[][] = [];

before(async () => {
  server = createServer((req, res) => {
    const auth: string[] = [];
    for (let i = 0; i < req.rawHeaders.length; i += 2) {
      if (req.rawHeaders[i]!.toLowerCase() === 'authorization') auth.push(req.rawHeaders[i + 1]!);
    }
    seen.push(auth);
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address() as { port: number };
  serverUrl = `http://127.0.0.1:${address.port}`;
});

after(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function workspace(): Promise<string> {
  const dir = await tempDir('mlops-push-token-');
  await git(dir, 'init', '-q');
  await git(dir, 'remote', 'add', 'origin', `${serverUrl}/octo-org/ml-project`);
  return dir;
}

/** What actions/checkout v6 (src/git-auth-helper.ts, configureToken) writes for persist-credentials. */
async function persistCredentialsLikeCheckoutV6(repo: string, runnerTemp: string): Promise<string> {
  const file = join(runnerTemp, `git-credentials-${randomUUID()}.config`);
  const key = `http.${new URL(serverUrl).origin}/.extraheader`;
  const placeholder = 'AUTHORIZATION: basic ***';
  await git(repo, 'config', '--file', file, key, placeholder);
  const content = await readFile(file, 'utf8');
  await writeFile(file, content.replace(placeholder, `AUTHORIZATION: basic ${basic(CHECKOUT_TOKEN)}`));
  const gitDir = join(repo, '.git');
  await git(repo, 'config', '--local', `includeIf.gitdir:${gitDir}.path`, file);
  await git(repo, 'config', '--local', `includeIf.gitdir:${gitDir}/worktrees/*.path`, file);
  const container = join('/github/runner_temp', basename(file));
  await git(repo, 'config', '--local', 'includeIf.gitdir:/github/workspace/.git.path', container);
  await git(repo, 'config', '--local', 'includeIf.gitdir:/github/workspace/.git/worktrees/*.path', container);
  return file;
}

function context(repo: string, secrets: string[]): ActionContext {
  return {
    git: () => new Git(repo),
    env: { serverUrl, workspace: repo },
    host: { setSecret: (value: string) => secrets.push(value) },
    // The context's token fallback (the input here; its masking is tested with executeAction): the
    // secrets recorded below are only what gitWithPushToken adds.
    token: (given: string | undefined) => given,
  } as unknown as ActionContext;
}

/** The Authorization headers git sends to the server for one ls-remote through the runner. */
async function headersSent(runner: Awaited<ReturnType<typeof gitWithPushToken>>): Promise<string[][]> {
  seen.length = 0;
  const result = await runner.exec(['ls-remote', 'origin'], { allowFailure: true });
  assert.notEqual(result.exitCode, 0, 'the server answers 404, so ls-remote fails after one request');
  assert.ok(seen.length >= 1, 'git reached the server');
  return [...seen];
}

describe('gitWithPushToken and the credentials actions/checkout left', () => {
  it('checkout v6: finds the extraheader in the RUNNER_TEMP file included by includeIf, adds none', async () => {
    const repo = await workspace();
    const runnerTemp = await tempDir('mlops-runner-temp-');
    const file = await persistCredentialsLikeCheckoutV6(repo, runnerTemp);
    // Nothing in .git/config itself: only the include entries.
    const local = await git(repo, 'config', '--local', '--list');
    assert.doesNotMatch(local, /extraheader/i);
    assert.match(local, new RegExp(`includeif\\.gitdir:${join(repo, '.git')}\\.path=${file}`));

    const secrets: string[] = [];
    const runner = await gitWithPushToken(context(repo, secrets), STEP_TOKEN);
    assert.deepEqual(secrets, [], 'no header of its own was made, so nothing new to mask');
    for (const auth of await headersSent(runner)) {
      assert.deepEqual(auth, [`basic ${basic(CHECKOUT_TOKEN)}`]);
    }
    const values = await runner.exec(['config', '--get-all', `http.${serverUrl}/.extraheader`]);
    assert.equal(values.stdout, `AUTHORIZATION: basic ${basic(CHECKOUT_TOKEN)}\n`);
  });

  it('checkout v4/v5: the extraheader in .git/config is found too', async () => {
    const repo = await workspace();
    await git(
      repo,
      'config',
      '--local',
      `http.${serverUrl}/.extraheader`,
      `AUTHORIZATION: basic ${basic(CHECKOUT_TOKEN)}`,
    );
    const runner = await gitWithPushToken(context(repo, []), STEP_TOKEN);
    for (const auth of await headersSent(runner)) assert.deepEqual(auth, [`basic ${basic(CHECKOUT_TOKEN)}`]);
  });

  it('persist-credentials: false: adds the step token as the one Authorization header, masked', async () => {
    const repo = await workspace();
    const secrets: string[] = [];
    const runner = await gitWithPushToken(context(repo, secrets), STEP_TOKEN);
    assert.deepEqual(secrets, [basic(STEP_TOKEN)]);
    for (const auth of await headersSent(runner)) assert.deepEqual(auth, [`basic ${basic(STEP_TOKEN)}`]);
    // Passed through GIT_CONFIG_* for the child only: nothing written to the repository's config.
    assert.doesNotMatch(await git(repo, 'config', '--local', '--list'), /extraheader/i);
  });
});
