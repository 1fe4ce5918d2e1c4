/**
 * `mlops lineage` at the end of the loop, as a user runs it: in a depth-1 clone of the origin (what
 * actions/checkout gives), with `--fetch` bringing the registry branch and the GTO tags, starting from the
 * image digest production runs. Every expected value is one the lifecycle test established without it:
 * md5sum of the snapshot, the run record, the digest the build job output, the drift records on the branch.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { git } from '../harness/git-fixtures.js';
import { runCli } from '../harness/run-action.js';
import { tempDir } from '../harness/temp-dir.js';
import type { Lifecycle } from './lifecycle-scene.js';

export interface LineageFacts {
  /** repo@sha256:… that both environments run. */
  image: string;
  runId: string;
  commit: string;
  /** md5sum of the training data the version was trained on. */
  trainingMd5: string;
  /** md5sum of the scoring batch tracked at the version's commit (the run records every pointer). */
  batchMd5: string;
  /** Drift records (paths on the registry branch) made while this version ran, oldest first. */
  driftPaths: string[];
}

interface LineageJson {
  model: string | null;
  version: string | null;
  commit: string | null;
  data: { status: string; entries: { path: string; md5: string; agrees: boolean | null }[] };
  run: { id: string; commit: string | null } | null;
  images: { digest: string; labels: Record<string, string> | null; labelsFrom: string | null }[];
  gto: { stages: { stage: string; shown: boolean }[] } | null;
  deployments: { environment: string; version: string; digest: string | null }[];
  release: { tag: string } | null;
  drift: { records: { path: string }[] };
}

export async function assertLineage(s: Lifecycle, facts: LineageFacts): Promise<void> {
  const clone = join(await tempDir('lineage-'), 'checkout');
  await git(s.work, 'clone', '-q', '--depth=1', `file://${s.origin}`, clone);
  const digest = facts.image.slice(facts.image.indexOf('@') + 1);
  const run = await runCli(['lineage', digest, '--json', '--fetch'], { cwd: clone });
  assert.equal(run.exitCode, 0, run.stderr);
  const chain = JSON.parse(run.stdout) as LineageJson;

  assert.deepEqual([chain.model, chain.version, chain.commit], ['churn', 'v0.0.2', facts.commit]);
  assert.equal(chain.data.status, 'agree');
  assert.deepEqual(
    chain.data.entries.map((e) => [e.path, e.md5, e.agrees]),
    [
      ['data/batch.csv', facts.batchMd5, true],
      ['data/train.csv', facts.trainingMd5, true],
    ],
  );
  assert.deepEqual([chain.run?.id, chain.run?.commit], [facts.runId, facts.commit]);
  assert.deepEqual(
    chain.images.map((i) => [i.digest, i.labelsFrom, i.labels?.['org.mlops-actions.run-id']]),
    [[digest, 'registry', facts.runId]],
  );
  assert.deepEqual(
    chain.gto?.stages
      .filter((st) => st.shown)
      .map((st) => st.stage)
      .sort(),
    ['production', 'staging'],
  );
  assert.deepEqual(
    chain.deployments.map((d) => [d.environment, d.version, d.digest]),
    [
      ['staging', 'v0.0.2', digest],
      ['production', 'v0.0.2', digest],
    ],
  );
  assert.equal(chain.release?.tag, 'churn@v0.0.2');
  assert.deepEqual(
    chain.drift.records.map((r) => r.path),
    facts.driftPaths,
  );
}
