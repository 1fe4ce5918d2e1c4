/**
 * track-experiment's `baseline` input: a pull request compared with the run of the model version a GTO stage
 * shows (`name#stage`) or of a named version (`name@vX.Y.Z`), found at the version's commit or through its
 * deployment record — instead of the base branch's newest run. Real git (annotated GTO tags written with git,
 * as `gto assign` writes them), the action run as the runner runs it.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pullRequestEvent, pushEvent } from '../harness/events.js';
import { git, writeFiles } from '../harness/git-fixtures.js';
import { type ActionRun, runAction } from '../harness/run-action.js';
import { tempDir } from '../harness/temp-dir.js';
import {
  checkout,
  exampleProject,
  METRICS_INPUT,
  registryFiles,
  TOKEN,
  writeMetrics,
} from '../core/experiments/project.js';

const project = await exampleProject();
const { repo } = project;
const A = project.mainSha;

async function trackOnMain(sha: string, runId: string, acc: number): Promise<string> {
  const ws = await checkout(repo, sha, 'main');
  await writeMetrics(ws, acc, [0.9, 0.5]);
  const run = await runAction({
    action: 'track-experiment',
    inputs: { name: 'demo', metrics: METRICS_INPUT, params: 'params.yaml' },
    workspace: ws,
    event: pushEvent({ after: sha }),
    env: { GITHUB_RUN_ID: runId },
    token: TOKEN,
  });
  assert.equal(run.exitCode, 0, run.stdout + run.stderr);
  return run.outputs['run-id']!;
}

async function gtoTag(name: string, target: string, message: string): Promise<void> {
  await git(repo.work, 'tag', '-a', name, '-m', message, target);
  await git(repo.work, 'push', '-q', 'origin', `refs/tags/${name}`);
}

/** Put a file on the registry branch the way another workflow would have: a commit pushed to origin. */
async function addRegistryFile(path: string, content: string): Promise<void> {
  const dir = await tempDir('mlops-registry-edit-');
  await git(dir, 'clone', '-q', '--branch', 'mlops/registry', repo.originUrl, 'r');
  await writeFiles(`${dir}/r`, { [path]: content });
  await git(`${dir}/r`, 'add', '-A');
  await git(`${dir}/r`, 'commit', '-q', '-m', `add ${path}`);
  await git(`${dir}/r`, 'push', '-q', 'origin', 'mlops/registry');
}

// main: A (run, v0.0.1 in production), B (a newer run, in no stage), D (v0.0.2, deployed to staging, no run).
const runA = await trackOnMain(A, '100', 0.8);
const B = await repo.commit({ 'params.yaml': 'train:\n  lr: 0.15\n  epochs: 3\nseed: 42\n' }, 'lr 0.15');
const runB = await trackOnMain(B, '101', 0.7);
await gtoTag('demo@v0.0.1', A, 'Registering artifact demo version v0.0.1');
await gtoTag('demo#production#1', A, 'Assigning stage production to artifact demo version v0.0.1');
const D = await repo.commit({ 'README.md': '# docs only\n' }, 'docs');
await gtoTag('demo@v0.0.2', D, 'Registering artifact demo version v0.0.2');
await addRegistryFile(
  'deployments/demo/staging/000001-v0.0.2.json',
  `${JSON.stringify({
    schema: 1,
    status: 'deployed',
    model: 'demo',
    environment: 'staging',
    sequence: 1,
    action: 'promote',
    version: 'v0.0.2',
    commit: D,
    image: null,
    digest: null,
    run: { experiment: 'demo', id: runB },
    previous: null,
    tags: ['demo@v0.0.2'],
    pin: { mode: 'none', files: [] },
    gates: [],
    recordedAt: '2026-11-30T10:00:00.000Z',
  })}\n`,
);

// The pull request: branched from D, base commit D.
const headSha = await repo.commit(
  { 'params.yaml': 'train:\n  lr: 0.3\n  epochs: 3\nseed: 42\n' },
  'lr',
  'lr',
);
const event = pullRequestEvent({
  number: 9,
  head: { ref: 'lr', sha: headSha },
  base: { ref: 'main', sha: D },
});

async function trackPullRequest(runId: string, baseline?: string): Promise<ActionRun> {
  const ws = await checkout(repo, headSha);
  await writeMetrics(ws, 0.9, [0.9, 0.4]);
  return runAction({
    action: 'track-experiment',
    inputs: {
      name: 'demo',
      metrics: METRICS_INPUT,
      params: 'params.yaml',
      comment: 'never',
      ...(baseline === undefined ? {} : { baseline }),
    },
    workspace: ws,
    event,
    env: { GITHUB_RUN_ID: runId, GITHUB_SHA: headSha },
    token: TOKEN,
  });
}

const warnings = (run: ActionRun) =>
  run.annotations.filter((a) => a.level === 'warning').map((a) => a.message);

describe('track-experiment baseline: name#stage and name@version', () => {
  it('without it: the newest run on the base branch (the baseline the others replace)', async () => {
    const run = await trackPullRequest('200');
    assert.equal(run.exitCode, 0, run.stdout + run.stderr);
    assert.equal(run.outputs['baseline-run-id'], runB);
  });

  it('demo#production: the run of the version production shows, recorded at its commit', async () => {
    const run = await trackPullRequest('201', 'demo#production');
    assert.equal(run.exitCode, 0, run.stdout + run.stderr);
    assert.equal(run.outputs['baseline-run-id'], runA);
    assert.deepEqual(JSON.parse(run.outputs.improved!), ['acc', 'loss']);
    assert.ok(
      run.summary.includes(
        `run \`${runA}\` of \`demo v0.0.1 (in production)\`, recorded at its commit \`${A.slice(0, 7)}\``,
      ),
      run.summary,
    );
    assert.deepEqual(warnings(run), []);
  });

  it('demo@v0.0.1: the same run, named by version', async () => {
    const run = await trackPullRequest('202', 'demo@v0.0.1');
    assert.equal(run.outputs['baseline-run-id'], runA);
  });

  it('demo@v0.0.2: no run at its commit, so the run its deployment record names', async () => {
    const run = await trackPullRequest('203', 'demo@v0.0.2');
    assert.equal(run.exitCode, 0, run.stdout + run.stderr);
    assert.equal(run.outputs['baseline-run-id'], runB);
    assert.ok(run.summary.includes('as its deployment to `staging` recorded it'), run.summary);
  });

  it('a stage that shows nothing: a warning, and the default baseline', async () => {
    const run = await trackPullRequest('204', 'demo#staging');
    assert.equal(run.exitCode, 0, run.stdout + run.stderr);
    assert.equal(run.outputs['baseline-run-id'], runB);
    assert.deepEqual(warnings(run), [
      'baseline demo#staging: stage staging of demo shows no version in the GTO tags; comparing with the default baseline instead.',
    ]);
  });

  it('a malformed value: one error naming the input, and no record written', async () => {
    const before = await registryFiles(repo);
    for (const [value, message] of [
      ['demo', /Input 'baseline': 'demo' names no model version; write <model>#<stage>/],
      ['demo@1.0', /'1\.0' is not a version \(Input 'baseline'\)/],
      ['-demo#prod', /'-demo' is not a GTO artifact name \(Input 'baseline'\)/],
    ] as const) {
      const run = await trackPullRequest('205', value);
      assert.equal(run.exitCode, 1, value);
      const error = run.annotations.find((a) => a.level === 'error')?.message ?? '';
      assert.match(error, message);
    }
    assert.deepEqual(await registryFiles(repo), before);
  });
});
