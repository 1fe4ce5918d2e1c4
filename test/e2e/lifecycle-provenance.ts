/**
 * The provenance chain of one deployed version, checked link by link from what git and the image registry hold:
 * data md5 → run → image digest → deployment → drift record. `trainingMd5` is the md5 of the training data the
 * test computed itself (md5sum of the file it put there), so every link is compared with an outside fact:
 * the pointer, the run's data hashes, the image's labels (skopeo), the pinned manifest, the drift reference.
 */
import assert from 'node:assert/strict';
import { git } from '../harness/git-fixtures.js';
import {
  assertInDataRemote,
  type DeployRecord,
  type DriftRecord,
  inspectImage,
  pointerMd5,
  type RunRecord,
} from './lifecycle-records.js';
import type { Lifecycle } from './lifecycle-scene.js';

export interface Chain {
  deployment: DeployRecord;
  run: RunRecord;
  /** The first drift check after the deployment. */
  driftAfter: DriftRecord;
  /** md5sum of the training data the deployed commit's pointer should name. */
  trainingMd5: string;
  /** The image repository images are pushed to. */
  imageRepository: string;
}

export async function assertChainCloses(s: Lifecycle, chain: Chain): Promise<void> {
  const { deployment, run, driftAfter, trainingMd5: md5 } = chain;
  const what = `${deployment.environment} ${deployment.version}`;

  // data: the deployed commit's pointer names the training data's md5, and the data remote holds those bytes.
  assert.equal(await pointerMd5(s, deployment.commit, 'data/train.csv.dvc'), md5, `${what}: pointer`);
  await assertInDataRemote(s, md5);

  // data → run: the run was trained at the deployed commit, on that data.
  assert.equal(run.id, deployment.run.id, `${what}: the deployment names the run`);
  assert.equal(run.git.commit, deployment.commit, `${what}: the run is of the deployed commit`);
  assert.equal(run.data.find((d) => d.path === 'data/train.csv')?.md5, md5, `${what}: the run's data`);

  // run → image: the digest is in the registry, and its labels name the run, the commit and the data.
  const inspected = await inspectImage(deployment.image);
  assert.equal(inspected.Digest, deployment.digest, `${what}: the registry's digest`);
  assert.equal(deployment.image, `${chain.imageRepository}@${deployment.digest}`);
  assert.equal(inspected.Labels['org.mlops-actions.run-id'], run.id, `${what}: image label run-id`);
  assert.equal(inspected.Labels['org.opencontainers.image.revision'], deployment.commit);
  assert.equal(inspected.Labels['org.mlops-actions.data.data/train.csv'], `md5:${md5}`);

  // image → deployment: the record's pin commit, on main, carries the digest in the environment's manifest.
  const manifest = await s.show(deployment.pin.commit, `deploy/${deployment.environment}/churn.yaml`);
  assert.ok(manifest.includes(`image: ${deployment.image} #`), `${what}: the pinned manifest`);
  await git(s.origin, 'merge-base', '--is-ancestor', deployment.pin.commit, 'refs/heads/main');

  // deployment → drift: the next drift check ran on main with those pins, against that training data.
  const { path, md5: referenceMd5 } = driftAfter.reference;
  assert.deepEqual(
    { path, md5: referenceMd5 },
    { path: 'data/train.csv.dvc', md5 },
    `${what}: drift reference`,
  );
  await git(s.origin, 'merge-base', '--is-ancestor', deployment.pin.commit, driftAfter.commit);
  assert.ok(driftAfter.recordedAt > deployment.recordedAt, `${what}: drift checked after the deployment`);
}
