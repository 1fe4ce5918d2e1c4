import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startGitHubApi, specLoadMs, type GitHubApiDouble } from './github-api/index.js';
import { matchOperation, operationIds, validateResponseBody } from './github-api/openapi.js';
import { call } from './github-api/raw-client.js';
import { handlers } from './github-api/routes/index.js';

const REPO = 'octo-org/ml-project';
const BOT = 'ghs_workflow_token';
const FORK = 'ghs_fork_token';
const PAT = 'ghp_personal';
let api: GitHubApiDouble;

before(async () => {
  api = await startGitHubApi();
  api.addRepo(REPO);
  api.addToken(BOT, { login: 'github-actions[bot]', type: 'Bot', kind: 'installation' });
  api.addToken(FORK, { login: 'github-actions[bot]', type: 'Bot', kind: 'installation', readOnly: true });
  api.addToken(PAT, { login: 'octocat', type: 'User', kind: 'pat' });
  api.addPullRequest(REPO, {
    number: 7,
    head: { ref: 'feature', sha: 'a'.repeat(40) },
    base: { ref: 'main', sha: 'b'.repeat(40) },
  });
  api.seedComments(
    REPO,
    7,
    Array.from({ length: 65 }, (_, i) => ({ body: `comment ${i + 1}`, login: 'alice' })),
  );
});

after(async () => {
  // Every answer the double produced in this file matched GitHub's published schema.
  await api.close();
  assert.deepEqual(api.responseErrors, []);
});

const comments = `/repos/${REPO}/issues/7/comments`;

function links(header: string | null): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (header ?? '').split(',')) {
    const m = /<([^>]+)>;\s*rel="(\w+)"/.exec(part);
    if (m) out[m[2]!] = new URL(m[1]!).search;
  }
  return out;
}

// How long the description takes to load is for benchmarks, not a timed assertion (it failed at 4 s on a loaded
// two-core machine); the test only checks that it was loaded.
test('the OpenAPI description is loaded and every handler is a GitHub operation', () => {
  assert.ok(specLoadMs() > 0, 'the description was not loaded');
  const known = operationIds();
  for (const id of handlers.keys()) assert.ok(known.has(id), `${id} is not a GitHub operation`);
  // Routing uses GitHub's templates: literal segments beat parameters, trailing refs may span slashes.
  assert.equal(matchOperation('GET', '/repos/o/r/releases/latest')?.operationId, 'repos/get-latest-release');
  assert.equal(matchOperation('GET', '/repos/o/r/releases/12')?.operationId, 'repos/get-release');
  assert.deepEqual(matchOperation('GET', '/repos/o/r/git/ref/heads/feat/x')?.params, {
    owner: 'o',
    repo: 'r',
    ref: 'heads/feat/x',
  });
});

test('response validation catches a body that breaks GitHub schema', () => {
  const match = matchOperation('GET', '/repos/o/r/issues/comments/1')!;
  const problems = validateResponseBody(match, 200, { id: 'not-a-number', body: 'x' });
  assert.ok(problems.some((p) => p.path === '/id'));
  assert.ok(problems.some((p) => p.ajv.keyword === 'required'));
});

test('comments paginate 30 per page by default with a correct Link header', async () => {
  const first = await call(api.url, 'GET', comments, { token: BOT });
  assert.equal(first.status, 200);
  assert.equal((first.json as unknown[]).length, 30);
  assert.deepEqual(links(first.headers.get('link')), {
    next: '?per_page=30&page=2',
    last: '?per_page=30&page=3',
  });

  const last = await call(api.url, 'GET', `${comments}?page=3`, { token: BOT });
  const bodies = (last.json as { body: string }[]).map((c) => c.body);
  assert.deepEqual(bodies, ['comment 61', 'comment 62', 'comment 63', 'comment 64', 'comment 65']);
  assert.deepEqual(links(last.headers.get('link')), {
    prev: '?page=2&per_page=30',
    first: '?page=1&per_page=30',
  });

  const capped = await call(api.url, 'GET', `${comments}?per_page=500`, { token: BOT });
  assert.equal((capped.json as unknown[]).length, 65);
  assert.equal(capped.headers.get('link'), null);
  const hundred = await call(api.url, 'GET', `${comments}?per_page=40&page=2`, { token: BOT });
  assert.equal((hundred.json as unknown[]).length, 25);
});

test('comments are GitHub-shaped: ids, node_id, html_url, user login and type', async () => {
  const created = await call(api.url, 'POST', comments, {
    token: BOT,
    body: { body: 'report <!-- mlops -->' },
  });
  assert.equal(created.status, 201);
  const c = created.json as Record<string, unknown> & { user: { login: string; type: string } };
  assert.equal(c.user.login, 'github-actions[bot]');
  assert.equal(c.user.type, 'Bot');
  assert.match(
    String(c.html_url),
    new RegExp(`^https://github\\.com/${REPO}/pull/7#issuecomment-${c.id as number}$`),
  );
  assert.equal(typeof c.node_id, 'string');
  const id = c.id as number;
  const edited = await call(api.url, 'PATCH', `/repos/${REPO}/issues/comments/${id}`, {
    token: BOT,
    body: { body: 'edited' },
  });
  assert.equal(edited.status, 200);
  assert.equal(api.comments(REPO, 7).at(-1)?.body, 'edited');
  const deleted = await call(api.url, 'DELETE', `/repos/${REPO}/issues/comments/${id}`, { token: BOT });
  assert.equal(deleted.status, 204);
  assert.equal(api.comments(REPO, 7).length, 65);
  // Someone else's comment is not ours to edit.
  const alice = api.comments(REPO, 7)[0]!.id;
  const foreign = await call(api.url, 'PATCH', `/repos/${REPO}/issues/comments/${alice}`, {
    token: BOT,
    body: { body: 'x' },
  });
  assert.equal(foreign.status, 403);
});

test('a body that breaks the operation schema is rejected with 422 Invalid request', async () => {
  const missing = await call(api.url, 'POST', comments, { token: BOT, body: {} });
  assert.equal(missing.status, 422);
  const m = missing.json as { message: string; status: string; documentation_url: string; errors: unknown[] };
  assert.equal(m.message, 'Invalid request.\n\n"body" wasn\'t supplied.');
  assert.equal(m.status, '422');
  assert.match(m.documentation_url, /^https:\/\/docs\.github\.com\/rest\/issues\/comments/);
  assert.ok(m.errors.length > 0);

  const wrongType = await call(api.url, 'POST', comments, { token: BOT, body: { body: 42 } });
  assert.equal(wrongType.status, 422);
  assert.equal(
    (wrongType.json as { message: string }).message,
    "Invalid request.\n\nFor 'properties/body', 42 is not a string.",
  );

  const broken = await call(api.url, 'POST', comments, { token: BOT, rawBody: '{"body":' });
  assert.equal(broken.status, 400);
  assert.equal((broken.json as { message: string }).message, 'Problems parsing JSON');
  assert.equal(api.comments(REPO, 7).length, 65);
});

test('an unknown token gets 401 Bad credentials in GitHub shape; no token gets 401 too', async () => {
  const bad = await call(api.url, 'GET', `/repos/${REPO}`, { token: 'ghs_nope' });
  assert.equal(bad.status, 401);
  assert.deepEqual(bad.json, {
    message: 'Bad credentials',
    documentation_url: 'https://docs.github.com/rest',
    status: '401',
  });
  const none = await call(api.url, 'GET', `/repos/${REPO}`);
  assert.equal(none.status, 401);
  assert.equal((none.json as { message: string }).message, 'Requires authentication');
});

test('a read-only (fork PR) token reads but gets 403 on every write', async () => {
  assert.equal((await call(api.url, 'GET', comments, { token: FORK })).status, 200);
  const write = await call(api.url, 'POST', comments, { token: FORK, body: { body: 'hi' } });
  assert.equal(write.status, 403);
  assert.equal((write.json as { message: string }).message, 'Resource not accessible by integration');
  const label = await call(api.url, 'POST', `/repos/${REPO}/issues/7/labels`, {
    token: FORK,
    body: { labels: ['x'] },
  });
  assert.equal(label.status, 403);
});

test('comment bodies over 65,536 characters are refused with 422; exactly 65,536 is fine', async () => {
  const long = await call(api.url, 'POST', comments, { token: BOT, body: { body: 'x'.repeat(65_537) } });
  assert.equal(long.status, 422);
  const errors = (long.json as { errors: { message: string }[] }).errors;
  assert.equal(errors[0]!.message, 'body is too long (maximum is 65536 characters)');
  // Characters, not UTF-16 units: 65,536 emoji are 131,072 units and still fit.
  const fits = await call(api.url, 'POST', comments, { token: BOT, body: { body: '😀'.repeat(65_536) } });
  assert.equal(fits.status, 201);
  await call(api.url, 'DELETE', `/repos/${REPO}/issues/comments/${(fits.json as { id: number }).id}`, {
    token: BOT,
  });
});

test('an injected 502 is served the given number of times, then the route recovers; the log counts it', async () => {
  api.resetLog();
  api.injectFault({ method: 'GET', path: `/repos/${REPO}/pulls/7`, status: 502, times: 2 });
  const statuses: number[] = [];
  for (let i = 0; i < 3; i++)
    statuses.push((await call(api.url, 'GET', `/repos/${REPO}/pulls/7`, { token: BOT })).status);
  assert.deepEqual(statuses, [502, 502, 200]);
  await call(api.url, 'GET', `/repos/${REPO}`, { token: BOT });
  assert.deepEqual(
    api.requests.map((r) => [r.method, r.path, r.status, r.operationId]),
    [
      ['GET', `/repos/${REPO}/pulls/7`, 502, 'pulls/get'],
      ['GET', `/repos/${REPO}/pulls/7`, 502, 'pulls/get'],
      ['GET', `/repos/${REPO}/pulls/7`, 200, 'pulls/get'],
      ['GET', `/repos/${REPO}`, 200, 'repos/get'],
    ],
  );
  api.resetLog();
  assert.equal(api.requests.length, 0);
});

test('faults: secondary rate limit carries retry-after, 429 the rate-limit headers, delays delay', async () => {
  api.injectFault({ path: 'repos/get', status: 403, times: 1 });
  const limited = await call(api.url, 'GET', `/repos/${REPO}`, { token: BOT });
  assert.equal(limited.status, 403);
  assert.equal(limited.headers.get('retry-after'), '1');
  assert.match((limited.json as { message: string }).message, /secondary rate limit/);

  api.injectFault({ path: /\/pulls\/7$/, status: 429, times: 1 });
  const tooMany = await call(api.url, 'GET', `/repos/${REPO}/pulls/7`, { token: BOT });
  assert.equal(tooMany.status, 429);
  assert.equal(tooMany.headers.get('x-ratelimit-remaining'), '0');

  api.injectFault({ path: /\/pulls\/7$/, delayMs: 300, times: 1 });
  const started = performance.now();
  const slow = await call(api.url, 'GET', `/repos/${REPO}/pulls/7`, { token: BOT });
  assert.equal(slow.status, 200);
  assert.ok(performance.now() - started >= 290);
});

test('GET /user: 403 for installation tokens, the user for a PAT; GraphQL viewer answers both', async () => {
  const bot = await call(api.url, 'GET', '/user', { token: BOT });
  assert.equal(bot.status, 403);
  assert.equal((bot.json as { message: string }).message, 'Resource not accessible by integration');
  const pat = await call(api.url, 'GET', '/user', { token: PAT });
  assert.equal(pat.status, 200);
  assert.equal((pat.json as { login: string }).login, 'octocat');
  const viewer = await call(api.url, 'POST', '/graphql', {
    token: BOT,
    body: { query: 'query { viewer { login } }' },
  });
  assert.deepEqual(viewer.json, { data: { viewer: { login: 'github-actions[bot]' } } });
  const other = await call(api.url, 'POST', '/graphql', {
    token: FORK,
    body: { query: 'query { repository { id } }' },
  });
  assert.equal(other.status, 200);
  assert.ok(Array.isArray((other.json as { errors: unknown[] }).errors));
});

test('paths GitHub does not have, and operations the double lacks, answer 404 Not Found', async () => {
  const unknown = await call(api.url, 'GET', '/no/such/route', { token: BOT });
  assert.equal(unknown.status, 404);
  assert.equal((unknown.json as { message: string }).message, 'Not Found');
  const unimplemented = await call(api.url, 'GET', `/repos/${REPO}/actions/runs`, { token: BOT });
  assert.equal(unimplemented.status, 404);
  const missingRepo = await call(api.url, 'GET', '/repos/octo-org/other', { token: BOT });
  assert.equal(missingRepo.status, 404);
});

test('the GHES path prefix serves REST under /api/v3 and GraphQL at /api/graphql', async () => {
  const ghes = await startGitHubApi({ pathPrefix: '/api/v3' });
  try {
    ghes.addRepo(REPO);
    ghes.addToken(BOT, { login: 'github-actions[bot]', type: 'Bot', kind: 'installation' });
    assert.match(ghes.url, /^http:\/\/127\.0\.0\.1:\d+\/api\/v3$/);
    const repo = await call(ghes.url, 'GET', `/repos/${REPO}`, { token: BOT });
    assert.equal(repo.status, 200);
    assert.ok(String((repo.json as { url: string }).url).startsWith(`${ghes.url}/repos/`));
    const origin = new URL(ghes.url).origin;
    assert.equal((await call(origin, 'GET', `/repos/${REPO}`, { token: BOT })).status, 404);
    const viewer = await call(origin, 'POST', '/api/graphql', {
      token: BOT,
      body: { query: '{ viewer { login } }' },
    });
    assert.equal(viewer.status, 200);
    assert.deepEqual(
      ghes.requests.map((r) => r.path),
      [`/repos/${REPO}`, `/repos/${REPO}`, '/graphql'],
    );
    assert.deepEqual(ghes.responseErrors, []);
  } finally {
    await ghes.close();
  }
});
