import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { call } from './raw-client.js';
import {
  BOT_TOKEN,
  doubleWithClient,
  failure,
  FULL,
  OWNER,
  REPO,
  sha,
  type DoubleWithClient,
} from './testing.js';

let d: DoubleWithClient;
const base = { owner: OWNER, repo: REPO };

before(async () => {
  d = await doubleWithClient();
});

after(() => d.close());

test('a secondary rate limit can be injected without retry-after, as GitHub sometimes sends it', async () => {
  d.api.injectFault({ path: 'pulls/list', status: 403, omitHeaders: ['Retry-After'], times: 1 });
  const limited = await call(d.api.url, 'GET', `/repos/${FULL}/pulls`, { token: BOT_TOKEN });
  assert.equal(limited.status, 403);
  assert.equal(limited.headers.get('retry-after'), null);
  assert.match((limited.json as { message: string }).message, /secondary rate limit/);
  assert.notEqual(limited.headers.get('x-ratelimit-remaining'), '0');
  // The default keeps it, and the fault was used up.
  d.api.injectFault({ path: 'pulls/list', status: 403, times: 1 });
  const withHeader = await call(d.api.url, 'GET', `/repos/${FULL}/pulls`, { token: BOT_TOKEN });
  assert.equal(withHeader.headers.get('retry-after'), '1');
  assert.equal((await call(d.api.url, 'GET', `/repos/${FULL}/pulls`, { token: BOT_TOKEN })).status, 200);
});

test('a 502 that performed the write: the PR exists, and the client retry meets 422 "already exists"', async () => {
  d.api.setRef(FULL, 'refs/heads/mlops/retrain/churn', sha(2));
  d.api.resetLog();
  d.api.injectFault({ path: 'pulls/create', status: 502, afterHandling: true, times: 1 });
  const retried = await failure(
    d.gh.rest.pulls.create({ ...base, head: 'mlops/retrain/churn', base: 'main', title: 'Retrain churn' }),
  );
  assert.equal(retried.status, 422);
  assert.match(retried.message, /A pull request already exists for octo-org:mlops\/retrain\/churn\./);
  assert.deepEqual(
    d.api.writes().map((r) => [r.operationId, r.status]),
    [
      ['pulls/create', 502],
      ['pulls/create', 422],
    ],
  );
  const open = await d.gh.rest.pulls.list({ ...base, head: `${OWNER}:mlops/retrain/churn` });
  assert.equal(open.data.length, 1);
});

test('a 502 that performed the write on create-deployment leaves a deployment a retry would duplicate', async () => {
  d.api.injectFault({ path: 'repos/create-deployment', status: 502, afterHandling: true, times: 1 });
  const body = { ref: 'main', environment: 'idem', required_contexts: [], payload: { run: 7 } };
  const first = await call(d.api.url, 'POST', `/repos/${FULL}/deployments`, { token: BOT_TOKEN, body });
  assert.equal(first.status, 502);
  assert.deepEqual(first.json, { message: 'Server Error', status: '502' });
  const listed = await d.gh.rest.repos.listDeployments({ ...base, environment: 'idem' });
  assert.deepEqual(
    listed.data.map((x) => x.payload),
    [{ run: 7 }],
  );
  // A handler's own error is swallowed too: the fault answers either way.
  d.api.injectFault({ path: 'repos/create-deployment', status: 502, afterHandling: true, times: 1 });
  const failed = await call(d.api.url, 'POST', `/repos/${FULL}/deployments`, {
    token: BOT_TOKEN,
    body: { ...body, description: 'x'.repeat(141) },
  });
  assert.equal(failed.status, 502);
  assert.equal((await d.gh.rest.repos.listDeployments({ ...base, environment: 'idem' })).data.length, 1);
});

test('the request log: writes() lists non-GET requests (GraphQL queries excluded), countByRoute counts', async () => {
  d.api.resetLog();
  await d.gh.rest.repos.get(base);
  await d.gh.rest.pulls.list(base);
  await d.gh.rest.pulls.list(base);
  await d.gh.graphql('query { viewer { login } }');
  const issue = await d.gh.rest.issues.create({ ...base, title: 'alert' });
  await d.gh.rest.issues.update({ ...base, issue_number: issue.data.number, body: 'b' });
  await call(d.api.url, 'POST', '/graphql', { token: BOT_TOKEN, body: { query: 'mutation { x }' } });
  assert.deepEqual(
    d.api.writes().map((r) => `${r.method} ${r.operationId}`),
    ['POST issues/create', 'PATCH issues/update', 'POST graphql'],
  );
  assert.deepEqual(d.api.countByRoute(), {
    'repos/get': 1,
    'pulls/list': 2,
    graphql: 2,
    'issues/create': 1,
    'issues/update': 1,
  });
  assert.deepEqual(d.api.countByRoute(d.api.writes()), {
    'issues/create': 1,
    'issues/update': 1,
    graphql: 1,
  });
});
