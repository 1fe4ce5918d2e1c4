/**
 * build-model-image takes provenance from the track-experiment run record of the commit it packages:
 * records are made by the real track-experiment action on a bare origin, then the image is built into an
 * OCI layout (no registry needed) and its config labels are read from the layout's blobs.
 * Needs `npm run build`.
 */
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { pushEvent } from '../harness/events.js';
import { checkoutLikeActions, createRepoWithOrigin } from '../harness/git-fixtures.js';
import { runAction } from '../harness/run-action.js';

const DATA_MD5 = '3863d0ff1fe8ab9a1ec2bdd1fa2e1e1e';

async function labelsOf(layoutDir: string): Promise<Record<string, string>> {
  const blob = async (digest: string) =>
    JSON.parse(await readFile(join(layoutDir, 'blobs', ...digest.split(':')), 'utf8')) as unknown;
  const index = JSON.parse(await readFile(join(layoutDir, 'index.json'), 'utf8')) as {
    manifests: { digest: string }[];
  };
  assert.equal(index.manifests.length, 1);
  const manifest = (await blob(index.manifests[0]!.digest)) as { config: { digest: string } };
  const config = (await blob(manifest.config.digest)) as { config: { Labels?: Record<string, string> } };
  return config.config.Labels ?? {};
}

const repo = await createRepoWithOrigin({
  'model/model.json': JSON.stringify({ weights: [0.1, 0.2], bias: 0.5 }),
  'eval/metrics.json': JSON.stringify({ acc: 0.8, loss: 0.4 }),
  'data/train.csv.dvc': `outs:\n- md5: ${DATA_MD5}\n  size: 120\n  hash: md5\n  path: train.csv\n`,
});
const oldSha = await repo.commit({ 'notes.md': 'first\n' }, 'notes');
const sha = await repo.commit({ 'notes.md': 'second\n' }, 'more notes');

/** One track-experiment step at `commit` (a separate job each time), with the given metrics. */
async function track(commit: string, runId: string, metrics: Record<string, number>): Promise<string> {
  const ws = await checkoutLikeActions(repo.originUrl, commit, { branch: 'main' });
  await writeFile(join(ws, 'eval', 'metrics.json'), JSON.stringify(metrics));
  const run = await runAction({
    action: 'track-experiment',
    workspace: ws,
    event: pushEvent({ after: commit }),
    inputs: { name: 'churn-exp', metrics: 'eval/metrics.json' },
    env: { GITHUB_RUN_ID: runId, GITHUB_JOB: 'train' },
  });
  assert.equal(run.exitCode, 0, run.stderr + run.stdout);
  return run.outputs['run-id']!;
}

const older = await track(sha, '41', { acc: 0.8, loss: 0.4 });
const newest = await track(sha, '42', { acc: 0.85, loss: 0.35 });
// Newest of all, but made from another commit: must not be picked.
await track(oldSha, '43', { acc: 0.99, loss: 0.01 });

async function build(ws: string, inputs: Record<string, string> = {}) {
  const run = await runAction({
    action: 'build-model-image',
    workspace: ws,
    event: pushEvent({ after: sha }),
    inputs: { model: 'model', name: 'churn', 'oci-layout': 'layout', ...inputs },
    env: { GITHUB_SHA: sha },
  });
  assert.equal(run.exitCode, 0, run.stderr + run.stdout);
  return labelsOf(join(ws, 'layout'));
}

describe('build-model-image provenance from the run record', () => {
  it('a packaging job without run-id labels the image with the newest run recorded for its commit', async () => {
    assert.notEqual(older, newest);
    // A fresh checkout, as a separate packaging job has: the registry branch is fetched for the lookup.
    const ws = await checkoutLikeActions(repo.originUrl, sha);
    const labels = await build(ws);
    assert.equal(labels['org.opencontainers.image.revision'], sha);
    assert.equal(labels['org.mlops-actions.run-id'], newest);
    assert.equal(labels['org.mlops-actions.experiment'], 'churn-exp');
    assert.equal(labels['org.mlops-actions.metric.acc'], '0.85');
    assert.equal(labels['org.mlops-actions.metric.loss'], '0.35');
    assert.equal(labels['org.mlops-actions.data.data/train.csv'], `md5:${DATA_MD5}`);
  });

  it('an explicit run-id wins and no record is consulted; a metrics file wins per key', async () => {
    const ws = await checkoutLikeActions(repo.originUrl, sha);
    const explicit = await build(ws, { 'run-id': 'manual-7' });
    assert.equal(explicit['org.mlops-actions.run-id'], 'manual-7');
    assert.equal(explicit['org.mlops-actions.experiment'], undefined);
    assert.equal(explicit['org.mlops-actions.metric.acc'], undefined);

    const ws2 = await checkoutLikeActions(repo.originUrl, sha);
    await writeFile(join(ws2, 'metrics.json'), JSON.stringify({ acc: 0.9 }));
    const merged = await build(ws2);
    assert.equal(merged['org.mlops-actions.run-id'], newest);
    assert.equal(merged['org.mlops-actions.metric.acc'], '0.9');
    assert.equal(merged['org.mlops-actions.metric.loss'], '0.35');
  });

  it('a commit without a record gets no run labels', async () => {
    const bare = await createRepoWithOrigin({ 'model/model.json': '{}' });
    const ws = await checkoutLikeActions(bare.originUrl, await bare.commit({ 'a.txt': 'a' }));
    const run = await runAction({
      action: 'build-model-image',
      workspace: ws,
      inputs: { model: 'model', name: 'churn', 'oci-layout': 'layout' },
    });
    assert.equal(run.exitCode, 0, run.stderr + run.stdout);
    const labels = await labelsOf(join(ws, 'layout'));
    assert.equal(labels['org.mlops-actions.run-id'], undefined);
    assert.equal(labels['org.mlops-actions.experiment'], undefined);
  });
});
