import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { call } from './raw-client.js';
import {
  BOT_TOKEN,
  doubleWithClient,
  failure,
  FULL,
  MAIN,
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

test('auto_merge (default true) answers 202 "Auto-merged" and creates nothing when the ref lacks the default tip', async () => {
  d.api.setRef(FULL, 'refs/heads/topic', sha(2));
  const merged = await d.gh.rest.repos.createDeployment({
    ...base,
    ref: 'topic',
    required_contexts: [],
    environment: 'am',
  });
  assert.equal(merged.status, 202);
  assert.deepEqual(merged.data, { message: 'Auto-merged main into topic on deployment.' });
  assert.equal((await d.gh.rest.repos.listDeployments({ ...base, environment: 'am' })).data.length, 0);

  const atTip = await d.gh.rest.repos.createDeployment({
    ...base,
    ref: 'main',
    required_contexts: [],
    environment: 'am',
  });
  assert.equal(atTip.status, 201);
  const noMerge = await d.gh.rest.repos.createDeployment({
    ...base,
    ref: 'topic',
    auto_merge: false,
    required_contexts: [],
    environment: 'am',
  });
  assert.equal(noMerge.status, 201);
  assert.equal((noMerge.data as { sha: string }).sha, sha(2));
});

test('required_contexts: omitted → every status and check run must be success (409 lists them); a list → only those', async () => {
  const commit = sha(3);
  d.api.setRef(FULL, 'refs/heads/rc', commit);
  const create = (extra: Record<string, unknown>) =>
    call(d.api.url, 'POST', `/repos/${FULL}/deployments`, {
      token: BOT_TOKEN,
      body: { ref: commit, auto_merge: false, environment: 'rc', ...extra },
    });
  // Nothing reported on the commit: nothing can fail.
  assert.equal((await create({})).status, 201);

  d.api.addCommitStatus(FULL, commit, { context: 'ci/test', state: 'success' });
  d.api.addCheckRun(FULL, commit, { name: 'train', conclusion: 'success' });
  d.api.addCheckRun(FULL, commit, { name: 'deploy', status: 'in_progress' });
  const blocked = await create({});
  assert.equal(blocked.status, 409);
  assert.deepEqual(blocked.json, {
    message: `Conflict: Commit status checks failed for ${commit}.`,
    errors: [
      {
        contexts: [
          { context: 'ci/test', state: 'success' },
          { context: 'deploy', state: 'pending' },
          { context: 'train', state: 'success' },
        ],
        resource: 'Deployment',
        field: 'required_contexts',
        code: 'invalid',
      },
    ],
    documentation_url: 'https://docs.github.com/rest/deployments/deployments#create-a-deployment',
    status: '409',
  });
  assert.equal((await create({ required_contexts: ['ci/test', 'train'] })).status, 201);
  const missing = await create({ required_contexts: ['security'] });
  assert.equal(missing.status, 409);
  assert.equal((await create({ required_contexts: [] })).status, 201);
  const skipped = sha(4);
  d.api.addCheckRun(FULL, skipped, { name: 'preview', conclusion: 'skipped' });
  const onSkipped = await call(d.api.url, 'POST', `/repos/${FULL}/deployments`, {
    token: BOT_TOKEN,
    body: { ref: skipped, auto_merge: false },
  });
  assert.equal(onSkipped.status, 409);
});

test('deployments: payload returned as sent, 140-character description, list filters', async () => {
  const object = await d.gh.rest.repos.createDeployment({
    ...base,
    ref: 'main',
    task: 'deploy:model',
    environment: 'filters',
    required_contexts: [],
    payload: { model: 'churn', version: 'v1.2.0', run: 42 },
    description: 'd'.repeat(140),
  });
  assert.deepEqual((object.data as { payload: unknown }).payload, {
    model: 'churn',
    version: 'v1.2.0',
    run: 42,
  });
  const text = await d.gh.rest.repos.createDeployment({
    ...base,
    ref: 'main',
    environment: 'filters',
    required_contexts: [],
    payload: '{"run":43}',
  });
  assert.equal((text.data as { payload: unknown }).payload, '{"run":43}');
  const long = await failure(
    d.gh.rest.repos.createDeployment({
      ...base,
      ref: 'main',
      required_contexts: [],
      description: 'd'.repeat(141),
    }),
  );
  assert.equal(long.status, 422);
  const id = (x: { data: unknown }) => (x.data as { id: number }).id;
  const ids = async (q: Record<string, string>) =>
    (await d.gh.rest.repos.listDeployments({ ...base, environment: 'filters', ...q })).data.map((x) => x.id);
  assert.deepEqual(await ids({}), [id(text), id(object)]);
  assert.deepEqual(await ids({ task: 'deploy:model' }), [id(object)]);
  assert.deepEqual(await ids({ sha: MAIN, ref: 'main' }), [id(text), id(object)]);
  assert.deepEqual(await ids({ ref: 'topic' }), []);
  const got = await d.gh.rest.repos.getDeployment({ ...base, deployment_id: id(object) });
  assert.equal(got.data.task, 'deploy:model');
});

test('deployment statuses: log_url and environment_url; auto_inactive spares production, as GitHub documents', async () => {
  const deploy = async (environment: string) =>
    (await d.gh.rest.repos.createDeployment({ ...base, ref: 'main', environment, required_contexts: [] }))
      .data as {
      id: number;
    };
  const states = async (id: number) =>
    (await d.gh.rest.repos.listDeploymentStatuses({ ...base, deployment_id: id })).data.map((s) => s.state);
  const succeed = (id: number, extra: Record<string, unknown> = {}) =>
    d.gh.rest.repos.createDeploymentStatus({ ...base, deployment_id: id, state: 'success', ...extra });

  const s1 = await deploy('staging');
  const status = await succeed(s1.id, {
    log_url: 'https://github.com/octo-org/ml-project/actions/runs/1',
    environment_url: 'https://staging.example.com',
  });
  assert.equal(status.data.log_url, 'https://github.com/octo-org/ml-project/actions/runs/1');
  assert.equal(status.data.target_url, 'https://github.com/octo-org/ml-project/actions/runs/1');
  assert.equal(status.data.environment_url, 'https://staging.example.com');
  const s2 = await deploy('staging');
  await succeed(s2.id);
  assert.deepEqual(await states(s1.id), ['inactive', 'success']);
  const s3 = await deploy('staging');
  await succeed(s3.id, { auto_inactive: false });
  assert.deepEqual(await states(s2.id), ['success']);

  const p1 = await deploy('production');
  await succeed(p1.id);
  const p2 = await deploy('production');
  await succeed(p2.id);
  assert.deepEqual(await states(p1.id), ['success']);
});

test('releases: make_latest true/false/legacy decide GET /releases/latest; drafts and prereleases never are', async () => {
  const latest = async () => (await d.gh.rest.repos.getLatestRelease(base)).data.tag_name;
  assert.equal((await failure(d.gh.rest.repos.getLatestRelease(base))).status, 404);
  const r1 = await d.gh.rest.repos.createRelease({ ...base, tag_name: 'churn@v1.0.0' });
  assert.equal(await latest(), 'churn@v1.0.0');
  const r2 = await d.gh.rest.repos.createRelease({ ...base, tag_name: 'churn@v1.1.0', make_latest: 'false' });
  assert.equal(await latest(), 'churn@v1.0.0');
  await d.gh.rest.repos.createRelease({ ...base, tag_name: 'churn@v2.0.0-rc.1', prerelease: true });
  await d.gh.rest.repos.createRelease({ ...base, tag_name: 'churn@v3.0.0', draft: true });
  assert.equal(await latest(), 'churn@v1.0.0');
  await d.gh.rest.repos.updateRelease({ ...base, release_id: r2.data.id, make_latest: 'true' });
  assert.equal(await latest(), 'churn@v1.1.0');
  await d.gh.rest.repos.deleteRelease({ ...base, release_id: r2.data.id });
  assert.equal(await latest(), 'churn@v1.0.0');
  const r4 = await d.gh.rest.repos.createRelease({
    ...base,
    tag_name: 'churn@v1.2.0',
    make_latest: 'legacy',
  });
  // Legacy: newest by creation date, the higher version breaking a tie (same second here).
  assert.equal(await latest(), 'churn@v1.2.0');
  await d.gh.rest.repos.updateRelease({ ...base, release_id: r4.data.id, make_latest: 'false' });
  assert.equal(await latest(), 'churn@v1.0.0');
  assert.equal(r1.data.tag_name, 'churn@v1.0.0');
});

test('releases: a missing tag is created at target_commitish (drafts on publish), an existing tag is kept, 422 on a duplicate', async () => {
  d.api.setRef(FULL, 'refs/heads/model', sha(5));
  await d.gh.rest.repos.createRelease({ ...base, tag_name: 'fraud@v0.0.1', target_commitish: 'model' });
  const tag = await d.gh.rest.git.getRef({ ...base, ref: 'tags/fraud@v0.0.1' });
  assert.equal(tag.data.object.sha, sha(5));

  d.api.setRef(FULL, 'refs/tags/fraud@v0.0.2', sha(6));
  await d.gh.rest.repos.createRelease({ ...base, tag_name: 'fraud@v0.0.2', target_commitish: 'main' });
  assert.equal((await d.gh.rest.git.getRef({ ...base, ref: 'tags/fraud@v0.0.2' })).data.object.sha, sha(6));

  const draft = await d.gh.rest.repos.createRelease({ ...base, tag_name: 'fraud@v0.0.3', draft: true });
  assert.equal((await failure(d.gh.rest.git.getRef({ ...base, ref: 'tags/fraud@v0.0.3' }))).status, 404);
  await d.gh.rest.repos.updateRelease({ ...base, release_id: draft.data.id, draft: false });
  assert.equal((await d.gh.rest.git.getRef({ ...base, ref: 'tags/fraud@v0.0.3' })).data.object.sha, MAIN);
  assert.equal(
    await (async () => (await d.gh.rest.repos.getLatestRelease(base)).data.tag_name)(),
    'fraud@v0.0.3',
  );

  const dup = await failure(d.gh.rest.repos.createRelease({ ...base, tag_name: 'fraud@v0.0.1' }));
  assert.equal(dup.status, 422);
  assert.match(dup.message, /"resource":"Release","code":"already_exists","field":"tag_name"/);
});
