import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { GitHubApiDouble } from '../harness/github-api/index.js';
import { pullRequestEvent, pushEvent } from '../harness/events.js';
import { git, writeFiles } from '../harness/git-fixtures.js';
import { type ActionRun, runAction } from '../harness/run-action.js';
import {
  apiEnv,
  checkout,
  dvcCacheFiles,
  dvcPointer,
  exampleProject,
  METRICS_INPUT,
  readRegistryFile,
  REPO,
  registryFiles,
  startApi,
  TOKEN,
  writeMetrics,
} from '../core/experiments/project.js';

const MARKER = '<!-- mlops-actions:track-experiment:demo -->';

// Created at the top level: tempDir() removes it when the file's tests are done.
const project = await exampleProject();
const mainWorkspace = await checkout(project.repo, project.mainSha, 'main');
const headSha = await project.repo.commit(
  {
    'params.yaml': 'train:\n  lr: 0.2\n  epochs: 3\nseed: 42\n',
    'data/images.dvc': dvcPointer('f976ac415a1072a9ac52e60536b1a73c.dir', 'images', 2),
  },
  'tune lr',
  'tune-lr',
);
const prWorkspace = await checkout(project.repo, headSha);
// a second runner's checkout of the same pull request (for the concurrent-runs test)
const prWorkspace2 = await checkout(project.repo, headSha);

describe('track-experiment action: push records, pull request compares and comments', () => {
  let api: GitHubApiDouble;
  const prEvent = () =>
    pullRequestEvent({
      number: 7,
      head: { ref: 'tune-lr', sha: headSha },
      base: { ref: 'main', sha: project.mainSha },
    });

  // The story's first two steps, run once by whichever test needs them first, so that every test also
  // passes alone (node --test --test-name-pattern): the run on main, then the pull request's first comment.
  let mainRun: Promise<ActionRun> | undefined;
  const runOnMain = () =>
    (mainRun ??= (async () => {
      await writeMetrics(mainWorkspace, 0.8, [0.9, 0.6, 0.5]);
      return runAction({
        action: 'track-experiment',
        inputs: { name: 'demo', metrics: METRICS_INPUT, params: 'params.yaml', tags: 'owner=ml-team' },
        workspace: mainWorkspace,
        event: pushEvent({ after: project.mainSha }),
        env: { GITHUB_RUN_ID: '100' },
        token: TOKEN,
      });
    })());
  let firstPrRun: Promise<ActionRun> | undefined;
  const firstPullRequestRun = () =>
    (firstPrRun ??= (async () => {
      await runOnMain();
      // people's comments, one of them quoting our marker: it must not be taken for ours (updating it is a 403)
      api.seedComments(REPO, 7, [
        ...Array.from({ length: 5 }, (_, i) => ({ body: `review ${i}`, login: 'reviewer' })),
        { body: `quoting ${MARKER}`, login: 'octocat' },
      ]);
      await writeFiles(prWorkspace, await dvcCacheFiles());
      await writeMetrics(prWorkspace, 0.85, [0.9, 0.7, 0.55]);
      return runAction({
        action: 'track-experiment',
        inputs: { name: 'demo', metrics: METRICS_INPUT, params: 'params.yaml' },
        workspace: prWorkspace,
        event: prEvent(),
        env: { ...apiEnv(api), GITHUB_RUN_ID: '200', GITHUB_SHA: headSha },
        token: TOKEN,
      });
    })());

  before(async () => {
    api = await startApi(7, { ref: 'tune-lr', sha: headSha }, { ref: 'main', sha: project.mainSha });
  });
  after(async () => {
    await api?.close();
  });

  it('on push to main: records the run on the registry branch and writes the job summary', async () => {
    const ws = mainWorkspace;
    const run = await runOnMain();
    assert.equal(run.exitCode, 0, run.stdout + run.stderr);
    const mainRunId = run.outputs['run-id']!;
    assert.match(mainRunId, /^100-train-[0-9a-f]{8}$/);
    assert.equal(run.outputs['record-path'], `runs/demo/${mainRunId}.json`);
    assert.equal(run.outputs['baseline-run-id'], '');
    assert.deepEqual(JSON.parse(run.outputs.metrics!), { acc: 0.8, loss: 0.5 });
    assert.equal(run.outputs['comment-url'], '');
    assert.deepEqual(await registryFiles(project.repo), [`runs/demo/${mainRunId}.json`]);

    const record = (await readRegistryFile(project.repo, run.outputs['record-path'])) as Record<
      string,
      unknown
    >;
    assert.equal(record.schema, 1);
    assert.equal(record.experiment, 'demo');
    assert.deepEqual(record.params, { 'train.lr': 0.1, 'train.epochs': 3, seed: 42 });
    assert.deepEqual(record.series, {
      loss: [
        [0, 0.9],
        [1, 0.6],
        [2, 0.5],
      ],
    });
    assert.deepEqual(record.tags, { owner: 'ml-team' });
    assert.deepEqual(record.git, { commit: project.mainSha, ref: 'refs/heads/main', branch: 'main' });
    assert.equal(record.runUrl, 'https://github.com/octo-org/ml-project/actions/runs/100');
    assert.deepEqual(
      (record.data as { path: string; md5: string }[]).map((d) => [d.path, d.md5]),
      [
        ['data/images', '1f69c66028c35037e8bf67e5bc4ceb6a.dir'],
        ['data/train.csv', 'acbd18db4cc2f85cedef654fccc4a4d8'],
      ],
    );
    assert.ok(run.summary.includes(MARKER));
    assert.match(run.summary, /\| `acc` \| 0\.8 \|/);
    // the checkout is left as it was: still on main at the same commit, nothing staged
    assert.equal(await git(ws, 'rev-parse', 'HEAD'), project.mainSha);
    assert.equal(await git(ws, 'diff', '--cached', '--name-only'), '');
  });

  it('on a pull request: compares with the base-branch run and posts one sticky comment', async () => {
    const run = await firstPullRequestRun();
    assert.equal(run.exitCode, 0, run.stdout + run.stderr);
    assert.equal(run.outputs['baseline-run-id'], (await runOnMain()).outputs['run-id']);
    assert.deepEqual(JSON.parse(run.outputs.improved!), ['acc']);
    assert.deepEqual(JSON.parse(run.outputs.regressed!), ['loss']);
    const ours = api.comments(REPO, 7).filter((c) => c.login === 'github-actions[bot]');
    assert.equal(ours.length, 1);
    const body = ours[0]!.body;
    assert.ok(body.startsWith(MARKER));
    assert.match(body, /recorded on `main` at the pull request's base commit/);
    assert.match(body, /\| ✅ \| `acc` \| 0\.8 \| 0\.85 \| \+0\.05 \| \+6\.25% \|/);
    assert.match(body, /\| ❌ \| `loss` \| 0\.5 \| 0\.55 \| \+0\.05 \| \+10% \|/);
    // The regression is the first row.
    assert.ok(body.indexOf('| ❌ | `loss`') < body.indexOf('| ✅ | `acc`'));
    assert.match(body, /\| `train\.lr` \| `0\.1` \| `0\.2` \|/);
    assert.match(body, /<summary>data\/images: 1 added, 1 removed, 1 modified<\/summary>/);
    assert.match(body, /\*\*Added\*\* \(1\)\n\n- `qux`/);
    assert.match(body, /```mermaid\n[^`]*xychart-beta/);
    assert.match(body, /\[Workflow run\]\(https:\/\/github\.com\/octo-org\/ml-project\/actions\/runs\/200\)/);
    assert.equal(run.outputs['comment-url'], `https://github.com/${REPO}/pull/7#issuecomment-${ours[0]!.id}`);
    assert.equal(run.summary.trim(), body.trim());
    assert.equal(api.responseErrors.length, 0, api.responseErrors.join('\n'));
    const record = (await readRegistryFile(project.repo, run.outputs['record-path']!)) as {
      git: Record<string, unknown>;
    };
    assert.deepEqual(record.git.pullRequest, {
      number: 7,
      baseRef: 'main',
      baseSha: project.mainSha,
      headRef: 'tune-lr',
      headSha,
    });
  });

  it('a rerun updates the comment in place with at most 3 API requests and replaces its record', async () => {
    await firstPullRequestRun();
    const filesBefore = await registryFiles(project.repo);
    await writeMetrics(prWorkspace, 0.86, [0.9, 0.7, 0.54]); // retraining is not bit-for-bit reproducible
    api.resetLog();
    const run = await runAction({
      action: 'track-experiment',
      inputs: { name: 'demo', metrics: METRICS_INPUT, params: 'params.yaml' },
      workspace: prWorkspace,
      event: prEvent(),
      env: { ...apiEnv(api), GITHUB_RUN_ID: '200', GITHUB_RUN_ATTEMPT: '2', GITHUB_SHA: headSha },
      token: TOKEN,
    });
    assert.equal(run.exitCode, 0, run.stdout + run.stderr);
    const requests = api.requests.map((r) => `${r.method} ${r.path}`);
    assert.ok(requests.length <= 3, `common case took ${requests.length} requests: ${requests.join(', ')}`);
    assert.ok(requests.some((r) => r.startsWith('PATCH /repos/octo-org/ml-project/issues/comments/')));
    const ours = api
      .comments(REPO, 7)
      .filter((c) => c.body.includes(MARKER) && c.login === 'github-actions[bot]');
    assert.equal(ours.length, 1);
    assert.match(ours[0]!.body, /0\.86/);
    assert.equal(api.comments(REPO, 7).length, 7);
    assert.deepEqual(await registryFiles(project.repo), filesBefore);
  });

  it('when two racing runs both created a comment, the next run keeps one', async () => {
    await firstPullRequestRun();
    const existing = api.comments(REPO, 7).find((c) => c.login === 'github-actions[bot]')!;
    api.seedComments(REPO, 7, [{ body: existing.body, login: 'github-actions[bot]', type: 'Bot' }]);
    const run = await runAction({
      action: 'track-experiment',
      inputs: { name: 'demo', metrics: METRICS_INPUT, params: 'params.yaml' },
      workspace: prWorkspace,
      event: prEvent(),
      env: { ...apiEnv(api), GITHUB_RUN_ID: '201', GITHUB_SHA: headSha },
      token: TOKEN,
    });
    assert.equal(run.exitCode, 0, run.stdout + run.stderr);
    const ours = api.comments(REPO, 7).filter((c) => c.login === 'github-actions[bot]');
    assert.equal(ours.length, 1);
    assert.ok(ours[0]!.body.includes('201'));
  });

  it('retries GitHub 5xx and secondary rate limits', async () => {
    await firstPullRequestRun();
    api.resetLog();
    api.injectFault({ method: 'GET', path: /\/issues\/7\/comments$/, status: 502, times: 1 });
    api.injectFault({ method: 'PATCH', path: /\/issues\/comments\/\d+$/, status: 403, times: 1 });
    await writeMetrics(prWorkspace, 0.9, [0.9, 0.7, 0.5]);
    const run = await runAction({
      action: 'track-experiment',
      inputs: { name: 'demo', metrics: METRICS_INPUT, params: 'params.yaml' },
      workspace: prWorkspace,
      event: prEvent(),
      env: { ...apiEnv(api), GITHUB_RUN_ID: '202', GITHUB_SHA: headSha },
      token: TOKEN,
    });
    assert.equal(run.exitCode, 0, run.stdout + run.stderr);
    const statuses = api.requests.map((r) => `${r.method} ${r.status}`);
    assert.ok(
      statuses.includes('GET 502') && statuses.includes('PATCH 403') && statuses.includes('PATCH 200'),
      statuses.join(', '),
    );
    const ours = api.comments(REPO, 7).filter((c) => c.login === 'github-actions[bot]');
    assert.equal(ours.length, 1);
    assert.match(ours[0]!.body, /\| `acc` \| 0\.8 \| 0\.9 \|/);
    api.clearFaults();
  });

  it('two runs racing on a new pull request leave exactly one comment', async () => {
    const event = pullRequestEvent({
      number: 9,
      head: { ref: 'tune-lr', sha: headSha },
      base: { ref: 'main', sha: project.mainSha },
    });
    api.addPullRequest(REPO, {
      number: 9,
      head: { ref: 'tune-lr', sha: headSha },
      base: { ref: 'main', sha: project.mainSha },
    });
    // slow comment creation (the double handles a request after its delay), so that each run looks,
    // finds nothing and creates its own comment before it sees the other's
    api.injectFault({ method: 'POST', path: /\/issues\/9\/comments$/, delayMs: 6000, times: 2 });
    for (const ws of [prWorkspace, prWorkspace2]) await writeMetrics(ws, 0.9, [0.9, 0.7, 0.5]);
    const runs = await Promise.all(
      [prWorkspace, prWorkspace2].map((workspace, i) =>
        runAction({
          action: 'track-experiment',
          inputs: { name: 'demo', metrics: METRICS_INPUT, params: 'params.yaml' },
          workspace,
          event,
          env: { ...apiEnv(api), GITHUB_RUN_ID: String(400 + i), GITHUB_SHA: headSha },
          token: TOKEN,
        }),
      ),
    );
    for (const run of runs) assert.equal(run.exitCode, 0, run.stdout + run.stderr);
    const creates = api.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/issues/9/comments'));
    assert.equal(creates.length, 2, 'both runs created a comment');
    assert.equal(api.comments(REPO, 9).length, 1);
    const kept = api.comments(REPO, 9)[0]!;
    assert.ok(runs.every((r) => r.outputs['comment-url']!.endsWith(`#issuecomment-${kept.id}`)));
    api.clearFaults();
  });

  it('finds its comment beyond the first page of a long pull request', async () => {
    api.addPullRequest(REPO, {
      number: 8,
      head: { ref: 'tune-lr', sha: headSha },
      base: { ref: 'main', sha: project.mainSha },
    });
    api.seedComments(REPO, 8, [
      ...Array.from({ length: 110 }, (_, i) => ({ body: `review ${i}`, login: 'reviewer' })),
      { body: `${MARKER}\nold report`, login: 'github-actions[bot]', type: 'Bot' },
      ...Array.from({ length: 10 }, (_, i) => ({ body: `later ${i}`, login: 'reviewer' })),
    ]);
    const before = api.comments(REPO, 8).find((c) => c.body.includes('old report'))!;
    await writeMetrics(prWorkspace, 0.9, [0.9, 0.7, 0.5]);
    const run = await runAction({
      action: 'track-experiment',
      inputs: { name: 'demo', metrics: METRICS_INPUT, params: 'params.yaml' },
      workspace: prWorkspace,
      event: pullRequestEvent({
        number: 8,
        head: { ref: 'tune-lr', sha: headSha },
        base: { ref: 'main', sha: project.mainSha },
      }),
      env: { ...apiEnv(api), GITHUB_RUN_ID: '300', GITHUB_SHA: headSha },
      token: TOKEN,
    });
    assert.equal(run.exitCode, 0, run.stdout + run.stderr);
    const comments = api.comments(REPO, 8);
    assert.equal(comments.length, 121);
    const ours = comments.filter((c) => c.body.includes(MARKER));
    assert.equal(ours.length, 1);
    assert.equal(ours[0]!.id, before.id);
    assert.ok(!ours[0]!.body.includes('old report'));
  });
  it("keeps a huge report under GitHub's comment limit and honours .mlops.yml metric directions", async () => {
    await runOnMain();
    const metrics: Record<string, number> = { acc: 0.9 };
    for (let i = 0; i < 4000; i++) metrics[`m_${String(i).padStart(4, '0')}`] = i;
    await writeFiles(prWorkspace, {
      'big-metrics.json': JSON.stringify(metrics),
      // a project where lower acc is better (say, an error rate someone named acc): config beats the name
      '.mlops.yml': 'version: 1\nmetrics:\n  directions:\n    acc: lower\n',
    });
    const run = await runAction({
      action: 'track-experiment',
      inputs: { name: 'demo', metrics: 'big-metrics.json', params: 'params.yaml' },
      workspace: prWorkspace,
      event: prEvent(),
      env: { ...apiEnv(api), GITHUB_RUN_ID: '500', GITHUB_SHA: headSha },
      token: TOKEN,
    });
    assert.equal(run.exitCode, 0, run.stdout + run.stderr);
    const ours = api.comments(REPO, 7).filter((c) => c.login === 'github-actions[bot]');
    assert.equal(ours.length, 1);
    const body = ours[0]!.body;
    assert.ok([...body].length <= 65_536, `comment is ${[...body].length} characters`);
    assert.match(body, /Report shortened to fit GitHub's 65,536-character limit/);
    assert.ok(body.startsWith(MARKER));
    // the job summary (1 MiB) carries the whole table
    assert.ok(run.summary.includes('`m_3999`'));
    assert.ok(run.summary.length > body.length);
    assert.deepEqual(JSON.parse(run.outputs.improved!), []);
    assert.deepEqual(JSON.parse(run.outputs.regressed!), ['acc']);
  });
});

// Its own project and baseline run, so it passes alone (node --test --test-name-pattern) as well as after the
// story above.
describe('track-experiment action: from a shallow checkout', () => {
  it('finds the baseline at an ancestor of the base commit (fetching history)', async () => {
    const own = await exampleProject();
    const mainWs = await checkout(own.repo, own.mainSha, 'main');
    await writeMetrics(mainWs, 0.8, [0.9, 0.6, 0.5]);
    const baseline = await runAction({
      action: 'track-experiment',
      inputs: { name: 'demo', metrics: METRICS_INPUT, params: 'params.yaml' },
      workspace: mainWs,
      event: pushEvent({ after: own.mainSha }),
      env: { GITHUB_RUN_ID: '100' },
      token: TOKEN,
    });
    assert.equal(baseline.exitCode, 0, baseline.stdout + baseline.stderr);
    // main moves on past the recorded commit; the pull request's base is the newer commit
    const c2 = await own.repo.commit({ 'README.md': '# docs only\n' }, 'docs', 'main');
    const head = await own.repo.commit(
      { 'params.yaml': 'train:\n  lr: 0.3\n  epochs: 3\nseed: 42\n' },
      'lr 0.3',
      'lr-03',
    );
    const ws = await checkout(own.repo, head);
    assert.equal(await git(ws, 'rev-parse', '--is-shallow-repository'), 'true');
    await writeMetrics(ws, 0.7, [0.9, 0.8]);
    const run = await runAction({
      action: 'track-experiment',
      inputs: { name: 'demo', metrics: METRICS_INPUT, params: 'params.yaml', comment: 'never' },
      workspace: ws,
      event: pullRequestEvent({
        number: 10,
        head: { ref: 'lr-03', sha: head },
        base: { ref: 'main', sha: c2 },
      }),
      env: { GITHUB_RUN_ID: '600', GITHUB_SHA: head },
      token: TOKEN,
    });
    assert.equal(run.exitCode, 0, run.stdout + run.stderr);
    assert.equal(run.outputs['baseline-run-id'], baseline.outputs['run-id']);
    assert.match(run.summary, /the newest on `main` before the pull request's base commit/);
    assert.equal(await git(ws, 'rev-parse', 'HEAD'), head);
  });
});
