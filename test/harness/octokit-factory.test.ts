import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createOctokit } from '../../src/adapter/octokit.js';
import type { Logger } from '../../src/core/logger.js';
import { startGitHubApi, type GitHubApiDouble } from './github-api/index.js';

const OWNER = 'octo-org';
const REPO = 'ml-project';
const TOKEN = 'ghs_workflow_token';
const READ_ONLY = 'ghs_read_only_token';
let api: GitHubApiDouble;

function recordingLogger(): Logger & { warnings: string[] } {
  const warnings: string[] = [];
  return { info: () => undefined, debug: () => undefined, warning: (m) => warnings.push(m), warnings };
}

function setUp(double: GitHubApiDouble): void {
  double.addRepo(`${OWNER}/${REPO}`);
  double.addToken(TOKEN, { login: 'github-actions[bot]', type: 'Bot', kind: 'installation' });
  double.addToken(READ_ONLY, {
    login: 'github-actions[bot]',
    type: 'Bot',
    kind: 'installation',
    readOnly: true,
  });
  double.addPullRequest(`${OWNER}/${REPO}`, {
    number: 3,
    head: { ref: 'feature', sha: 'a'.repeat(40) },
    base: { ref: 'main', sha: 'b'.repeat(40) },
  });
}

before(async () => {
  api = await startGitHubApi();
  setUp(api);
});

after(async () => {
  await api.close();
  assert.deepEqual(api.responseErrors, []);
});

function hits(operationId: string): number[] {
  return api.requests.filter((r) => r.operationId === operationId).map((r) => r.status);
}

test('retries an injected 502 and succeeds', async () => {
  api.resetLog();
  api.injectFault({ path: 'pulls/get', status: 502, times: 2 });
  const octokit = createOctokit({
    token: TOKEN,
    baseUrl: api.url,
    logger: recordingLogger(),
    retryBaseMs: 10,
  });
  const pr = await octokit.rest.pulls.get({ owner: OWNER, repo: REPO, pull_number: 3 });
  assert.equal(pr.data.number, 3);
  assert.deepEqual(hits('pulls/get'), [502, 502, 200]);
});

test('gives up on a lasting 500 after its bounded retries', async () => {
  api.resetLog();
  api.injectFault({ path: 'repos/get', status: 500, times: 10 });
  const octokit = createOctokit({
    token: TOKEN,
    baseUrl: api.url,
    logger: recordingLogger(),
    retryBaseMs: 10,
  });
  await assert.rejects(octokit.rest.repos.get({ owner: OWNER, repo: REPO }), { status: 500 });
  assert.deepEqual(hits('repos/get'), [500, 500, 500, 500]);
  api.clearFaults();
});

test('waits out a 403 secondary rate limit for its retry-after and succeeds', async () => {
  api.resetLog();
  api.injectFault({ path: 'pulls/get', status: 403, headers: { 'retry-after': '7' }, times: 1 });
  const logger = recordingLogger();
  // 10 ms stand for each second GitHub asks for.
  const octokit = createOctokit({ token: TOKEN, baseUrl: api.url, logger, retryBaseMs: 10 });
  const started = performance.now();
  const pr = await octokit.rest.pulls.get({ owner: OWNER, repo: REPO, pull_number: 3 });
  const waited = performance.now() - started;
  assert.equal(pr.status, 200);
  assert.deepEqual(hits('pulls/get'), [403, 200]);
  assert.ok(waited >= 70, `retried after ${Math.round(waited)} ms, before retry-after (7 × 10 ms) elapsed`);
  assert.equal(logger.warnings.length, 1, logger.warnings.join('\n'));
  assert.match(logger.warnings[0]!, /secondary rate limit on GET .*: waiting 7 s before retry 1/);
});

test('a secondary rate limit without retry-after waits at least a minute, doubling per retry', async () => {
  api.resetLog();
  api.injectFault({ path: 'pulls/get', status: 403, omitHeaders: ['retry-after'], times: 2 });
  const logger = recordingLogger();
  const octokit = createOctokit({ token: TOKEN, baseUrl: api.url, logger, retryBaseMs: 2 });
  const started = performance.now();
  const pr = await octokit.rest.pulls.get({ owner: OWNER, repo: REPO, pull_number: 3 });
  const waited = performance.now() - started;
  assert.equal(pr.status, 200);
  assert.deepEqual(hits('pulls/get'), [403, 403, 200]);
  assert.equal(logger.warnings.length, 2, logger.warnings.join('\n'));
  assert.match(logger.warnings[0]!, /waiting 60 s before retry 1 \(secondary rate limit without retry-after/);
  assert.match(logger.warnings[1]!, /waiting 2 min before retry 2/);
  // 60 s + 120 s at 2 ms a second
  assert.ok(waited >= 360, `waited ${Math.round(waited)} ms, less than (60 + 120) × 2 ms`);
});

test('a lasting secondary rate limit gives up after 60 s, 120 s and 240 s with a clear message', async () => {
  api.resetLog();
  api.injectFault({ path: 'repos/get', status: 403, omitHeaders: ['retry-after'], times: 10 });
  const logger = recordingLogger();
  const octokit = createOctokit({ token: TOKEN, baseUrl: api.url, logger, retryBaseMs: 1 });
  await assert.rejects(octokit.rest.repos.get({ owner: OWNER, repo: REPO }), (error: Error) => {
    assert.equal(error.name, 'ConfigurationError');
    assert.match(
      error.message,
      /^GitHub's secondary rate limit still refused the request after 3 waits; .*banned.*Re-run it later/,
    );
    assert.match(error.message, /\(GET \/repos\/\{owner\}\/\{repo\}\)$/);
    return true;
  });
  assert.deepEqual(hits('repos/get'), [403, 403, 403, 403]);
  assert.deepEqual(
    logger.warnings.map((w) => /waiting (\S+ \S+)/.exec(w)?.[1]),
    ['60 s', '2 min', '4 min'],
  );
  api.clearFaults();
});

test('a primary rate limit whose reset is an hour away fails at once instead of idling the job', async () => {
  api.resetLog();
  const reset = Math.floor(Date.now() / 1000) + 3600;
  api.injectFault({
    path: 'repos/get',
    status: 403,
    omitHeaders: ['retry-after'],
    headers: {
      'x-ratelimit-limit': '1000',
      'x-ratelimit-remaining': '0',
      'x-ratelimit-used': '1000',
      'x-ratelimit-reset': String(reset),
      'x-ratelimit-resource': 'core',
    },
    body: {
      message: 'API rate limit exceeded for installation ID 1.',
      documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api',
      status: '403',
    },
    times: 1,
  });
  const logger = recordingLogger();
  const octokit = createOctokit({ token: TOKEN, baseUrl: api.url, logger, retryBaseMs: 1000 });
  const started = performance.now();
  await assert.rejects(octokit.rest.repos.get({ owner: OWNER, repo: REPO }), (error: Error) => {
    assert.equal(error.name, 'ConfigurationError');
    const at = new Date(reset * 1000).toISOString().slice(11, 19);
    assert.ok(
      error.message.startsWith(
        `GitHub's API rate limit for this token is used up (1000 requests an hour, resource 'core') and resets at ${at} UTC, in 60 min. `,
      ),
      error.message,
    );
    assert.match(error.message, /would idle a billed job, so the step stops here: re-run it after the reset/);
    return true;
  });
  // retryBaseMs is the real 1000 ms here: any wait at all would show.
  assert.ok(performance.now() - started < 900, 'waited before failing');
  assert.deepEqual(hits('repos/get'), [403]);
  assert.deepEqual(logger.warnings, []);
});

test('a 429 primary rate limit that resets within seconds is waited out', async () => {
  api.resetLog();
  // The double's 429: x-ratelimit-remaining 0, reset one second ahead.
  api.injectFault({ path: 'repos/get', status: 429, times: 1 });
  const logger = recordingLogger();
  const octokit = createOctokit({ token: TOKEN, baseUrl: api.url, logger, retryBaseMs: 10 });
  const repo = await octokit.rest.repos.get({ owner: OWNER, repo: REPO });
  assert.equal(repo.data.full_name, `${OWNER}/${REPO}`);
  assert.deepEqual(hits('repos/get'), [429, 200]);
  assert.equal(logger.warnings.length, 1, logger.warnings.join('\n'));
  assert.match(logger.warnings[0]!, /GitHub primary rate limit on GET .*: waiting [1-3] s before retry 1/);
});

test('a 403 that is not a rate limit (read-only token) is not retried', async () => {
  api.resetLog();
  const octokit = createOctokit({
    token: READ_ONLY,
    baseUrl: api.url,
    logger: recordingLogger(),
    retryBaseMs: 10,
  });
  await assert.rejects(
    octokit.rest.git.createRef({ owner: OWNER, repo: REPO, ref: 'refs/heads/x', sha: 'c'.repeat(40) }),
    { status: 403, message: /Resource not accessible by integration/ },
  );
  assert.deepEqual(hits('git/create-ref'), [403]);
});

test('does not retry a 422', async () => {
  api.resetLog();
  const octokit = createOctokit({
    token: TOKEN,
    baseUrl: api.url,
    logger: recordingLogger(),
    retryBaseMs: 10,
  });
  await assert.rejects(
    octokit.rest.issues.createComment({
      owner: OWNER,
      repo: REPO,
      issue_number: 3,
      body: 'x'.repeat(65_537),
    }),
    (error: { status: number; message: string }) => {
      assert.equal(error.status, 422);
      assert.match(error.message, /body is too long \(maximum is 65536 characters\)/);
      return true;
    },
  );
  assert.deepEqual(hits('issues/create-comment'), [422]);
});

test('respects a GHES base URL with the /api/v3 prefix, REST and GraphQL', async () => {
  const ghes = await startGitHubApi({ pathPrefix: '/api/v3' });
  try {
    setUp(ghes);
    const octokit = createOctokit({
      token: TOKEN,
      baseUrl: ghes.url,
      logger: recordingLogger(),
      retryBaseMs: 10,
    });
    const pr = await octokit.rest.pulls.get({ owner: OWNER, repo: REPO, pull_number: 3 });
    assert.equal(pr.data.url, `${ghes.url}/repos/${OWNER}/${REPO}/pulls/3`);
    const viewer = await octokit.graphql<{ viewer: { login: string } }>('query { viewer { login } }');
    assert.equal(viewer.viewer.login, 'github-actions[bot]');
    assert.deepEqual(
      ghes.requests.map((r) => [r.method, r.path, r.status]),
      [
        ['GET', `/repos/${OWNER}/${REPO}/pulls/3`, 200],
        ['POST', '/graphql', 200],
      ],
    );
  } finally {
    await ghes.close();
  }
  assert.deepEqual(ghes.responseErrors, []);
});
