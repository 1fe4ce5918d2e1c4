/**
 * A repository with a model's whole history, for the lineage tests: a bare origin whose main holds a data
 * pointer, a pull request (#7) that changes the data and is merged with a merge commit; run records, GTO
 * tags, deployment records and drift records written with the core/registry APIs at fixed times, as
 * track-experiment, gated-deploy and drift-report write them; and an OCI image layout holding the two
 * images deployed (made here byte by byte, so their digests are the sha256 of bytes written here).
 *
 *   2026-11-20 10:10  churn v0.0.1 (commit c1, run-1, data md5 A) → staging, image A
 *   2026-11-20 10:20  v0.0.1 → production (drift gate: churn-batch)
 *   2026-11-21 03:00  drift churn-batch 0.1
 *   2026-11-22 09:00  v0.0.2 (merge commit m2 of PR #7, run-2, data md5 B) → staging, image B
 *   2026-11-22 09:30  v0.0.2 → production (drift gate: churn-batch)
 *   2026-11-23 03:00  drift churn-batch 0.3; 04:00 other-batch 0.5 (drifted)
 *   2026-11-24 03:00  drift churn-batch 0.6 (drifted)
 */
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Git } from '../../src/adapter/git.js';
import { GitCommands } from '../../src/core/git/commands.js';
import { BOT_IDENTITY } from '../../src/core/git/runner.js';
import { silentLogger } from '../../src/core/logger.js';
import {
  type DeployRecord,
  deployRecordPath,
  serializeDeployRecord,
} from '../../src/core/registry/deploy-records.js';
import { type DriftRecord, storeDriftRecord } from '../../src/core/registry/drift-records.js';
import { planAssign } from '../../src/core/registry/gto/model-registry.js';
import { updateModelRegistry } from '../../src/core/registry/gto/write.js';
import { type RunRecord, writeRunRecord } from '../../src/core/registry/run-records.js';
import { type WriteOptions, writeRegistry } from '../../src/core/registry/store.js';
import { createRepoWithOrigin, git, type RepoWithOrigin } from '../harness/git-fixtures.js';
import { freePort } from '../harness/registry.js';
import { tempDir } from '../harness/temp-dir.js';

export const FULL = 'octo-org/ml-project';
export const MD5_A = '0123456789abcdef0123456789abcdef';
export const MD5_B = 'fedcba9876543210fedcba9876543210';
/** The merge preview commit pull_request runs record (refs/pull/7/merge): never fetched into a clone. */
export const PREVIEW = 'e'.repeat(40);
export const pointer = (md5: string): string =>
  `outs:\n- md5: ${md5}\n  size: 12\n  hash: md5\n  path: train.csv\n`;

const sha256 = (bytes: Buffer | string) => `sha256:${createHash('sha256').update(bytes).digest('hex')}`;

export interface LayoutImage {
  digest: string;
  labels: Record<string, string>;
}

/** An OCI image layout with one image per label set (one empty layer each); returns their digests. */
export async function writeLayout(dir: string, labelSets: Record<string, string>[]): Promise<LayoutImage[]> {
  const blobs = join(dir, 'blobs', 'sha256');
  await mkdir(blobs, { recursive: true });
  const put = async (bytes: Buffer) => {
    const digest = sha256(bytes);
    await writeFile(join(blobs, digest.slice('sha256:'.length)), bytes);
    return { digest, size: bytes.length };
  };
  const layer = Buffer.alloc(1024); // an empty tar: two zero blocks
  const layerBlob = await put(layer);
  const images: LayoutImage[] = [];
  const manifests: unknown[] = [];
  for (const [i, labels] of labelSets.entries()) {
    const config = await put(
      Buffer.from(
        JSON.stringify({
          architecture: 'amd64',
          os: 'linux',
          config: { Labels: labels },
          rootfs: { type: 'layers', diff_ids: [layerBlob.digest] },
        }),
      ),
    );
    const manifest = await put(
      Buffer.from(
        JSON.stringify({
          schemaVersion: 2,
          mediaType: 'application/vnd.oci.image.manifest.v1+json',
          config: { mediaType: 'application/vnd.oci.image.config.v1+json', ...config },
          layers: [{ mediaType: 'application/vnd.oci.image.layer.v1.tar', ...layerBlob }],
        }),
      ),
    );
    manifests.push({
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      ...manifest,
      annotations: { 'org.opencontainers.image.ref.name': `v${i + 1}` },
    });
    images.push({ digest: manifest.digest, labels });
  }
  await writeFile(join(dir, 'oci-layout'), '{"imageLayoutVersion":"1.0.0"}');
  await writeFile(
    join(dir, 'index.json'),
    JSON.stringify({ schemaVersion: 2, mediaType: 'application/vnd.oci.image.index.v1+json', manifests }),
  );
  return images;
}

export interface LineageScene {
  repo: RepoWithOrigin;
  c1: string;
  f1: string;
  m2: string;
  layout: string;
  imageA: LayoutImage;
  imageB: LayoutImage;
  /** `repository@digest` of image A and B. */
  refA: string;
  refB: string;
  runs: { run1: RunRecord; run2: RunRecord };
  deployments: DeployRecord[];
  drift: DriftRecord[];
}

const at = (iso: string) => new Date(iso);

function runRecord(over: Partial<RunRecord> & Pick<RunRecord, 'id' | 'git'>): RunRecord {
  return {
    schema: 1,
    experiment: 'churn',
    status: 'FINISHED',
    startedAt: '2026-11-20T10:00:00.000Z',
    endedAt: '2026-11-20T10:05:00.000Z',
    params: {},
    metrics: {},
    series: {},
    tags: {},
    repository: FULL,
    data: [],
    artifacts: [],
    sources: { metrics: ['metrics.json'], params: ['params.yaml'] },
    ...over,
  };
}

function driftRecord(
  dataset: string,
  run: string,
  recordedAt: string,
  drifted: number,
  md5: string,
): DriftRecord {
  return {
    schema: 1,
    dataset,
    run,
    recordedAt,
    commit: '5'.repeat(40),
    runUrl: `https://github.com/${FULL}/actions/runs/${run.split('-')[0]}`,
    reference: { path: 'data/train.csv.dvc', md5: MD5_B, rows: 1000 },
    current: { path: 'data/batch.csv.dvc', md5, rows: 500 },
    settings: { driftShare: 0.5, correction: 'none' },
    summary: { tested: 10, drifted, share: drifted / 10, datasetDrift: drifted / 10 >= 0.5 },
    columns: [],
  };
}

/**
 * `imageRepo`: where the deployment records say the images are (default: a loopback port nobody listens
 * on, so the registry is certainly unreachable whatever the machine's network).
 */
export async function lineageScene(given: { imageRepo?: string } = {}): Promise<LineageScene> {
  const imageRepo = given.imageRepo ?? `127.0.0.1:${await freePort()}/acme/churn`;
  const repo = await createRepoWithOrigin({
    'README.md': '# churn\n',
    'data/train.csv.dvc': pointer(MD5_A),
    'params.yaml': 'lr: 0.1\n',
  });
  const c1 = await repo.commit({ 'src/model.py': 'print(1)\n' }, 'model 1');
  const f1 = await repo.commit(
    { 'data/train.csv.dvc': pointer(MD5_B), 'params.yaml': 'lr: 0.05\n' },
    'new data',
    'feature',
  );
  await git(repo.work, 'checkout', '-q', 'main');
  await git(
    repo.work,
    'merge',
    '-q',
    '--no-ff',
    'feature',
    '-m',
    'Merge pull request #7 from octo-org/feature',
  );
  await git(repo.work, 'push', '-q', 'origin', 'main');
  const m2 = await git(repo.work, 'rev-parse', 'HEAD');

  const layout = await tempDir('mlops-lineage-layout-');
  const [imageA, imageB] = await writeLayout(layout, [
    {
      'org.opencontainers.image.revision': c1,
      'org.mlops-actions.run-id': 'run-1',
      'org.mlops-actions.model.version': 'v0.0.1',
    },
    {
      'org.opencontainers.image.revision': m2,
      'org.mlops-actions.run-id': 'run-2',
      'org.mlops-actions.model.version': 'v0.0.2',
      'org.mlops-actions.data.data/train.csv': `md5:${MD5_B}`,
    },
  ]);
  const refA = `${imageRepo}@${imageA!.digest}`;
  const refB = `${imageRepo}@${imageB!.digest}`;

  const g = new GitCommands(new Git(repo.work));
  const options: WriteOptions = {
    location: { remote: 'origin', branch: 'mlops/registry' },
    tempDir: await tempDir('mlops-lineage-tmp-'),
    logger: silentLogger,
  };
  const run1 = runRecord({
    id: 'run-1',
    git: { commit: c1, ref: 'refs/heads/main', branch: 'main' },
    runUrl: `https://github.com/${FULL}/actions/runs/101`,
    event: 'push',
    metrics: { auc: 0.84, latency_ms: 40 },
    params: { lr: 0.1 },
    data: [{ path: 'data/train.csv', md5: MD5_A, size: 12, source: 'data/train.csv.dvc' }],
  });
  const run2 = runRecord({
    id: 'run-2',
    startedAt: '2026-11-21T12:00:00.000Z',
    endedAt: '2026-11-21T12:06:00.000Z',
    git: {
      commit: PREVIEW,
      ref: 'refs/pull/7/merge',
      branch: 'feature',
      pullRequest: { number: 7, baseRef: 'main', baseSha: c1, headRef: 'feature', headSha: f1 },
    },
    runUrl: `https://github.com/${FULL}/actions/runs/202`,
    event: 'pull_request',
    metrics: { auc: 0.861, latency_ms: 38.5 },
    params: { lr: 0.05, 'model.depth': 6 },
    data: [{ path: 'data/train.csv', md5: MD5_B, size: 12, source: 'data/train.csv.dvc' }],
  });
  // Another experiment with a run of the same id: `run-2` alone is ambiguous, `churn/run-2` is not.
  const fraud = runRecord({ id: 'run-2', experiment: 'fraud', git: { commit: f1 } });
  for (const r of [run1, run2, fraud]) await writeRunRecord(g, r, options);

  const driftGate = (share: string) => [
    {
      gate: 'drift' as const,
      subject: 'churn-batch',
      status: 'pass' as const,
      observed: `share ${share}`,
      limit: 'share ≤ 0.5',
      reason: 'within the limit',
    },
    {
      gate: 'drift' as const,
      subject: 'churn-batch age',
      status: 'pass' as const,
      observed: '1 d',
      limit: '≤ 7d',
      reason: 'recent enough',
    },
  ];
  const deployment = (
    over: Partial<DeployRecord> & Pick<DeployRecord, 'environment' | 'sequence' | 'version' | 'recordedAt'>,
  ): DeployRecord => ({
    schema: 1,
    status: 'deployed',
    model: 'churn',
    action: 'promote',
    commit: over.version === 'v0.0.1' ? c1 : m2,
    image: over.version === 'v0.0.1' ? refA : refB,
    digest: over.version === 'v0.0.1' ? imageA!.digest : imageB!.digest,
    run:
      over.version === 'v0.0.1'
        ? { experiment: 'churn', id: 'run-1', url: run1.runUrl }
        : { experiment: 'churn', id: 'run-2', url: run2.runUrl },
    previous: null,
    tags: [],
    pin: { mode: 'none', files: [] },
    gates: [],
    actor: 'octocat',
    repository: FULL,
    ...over,
  });
  const deployments = [
    deployment({
      environment: 'staging',
      sequence: 1,
      version: 'v0.0.1',
      recordedAt: '2026-11-20T10:10:00.000Z',
      tags: ['churn@v0.0.1', 'churn#staging#1'],
      runUrl: `https://github.com/${FULL}/actions/runs/111`,
    }),
    deployment({
      environment: 'production',
      sequence: 1,
      version: 'v0.0.1',
      recordedAt: '2026-11-20T10:20:00.000Z',
      tags: ['churn#production#2'],
      gates: driftGate('0.1'),
      runUrl: `https://github.com/${FULL}/actions/runs/112`,
    }),
    deployment({
      environment: 'staging',
      sequence: 2,
      version: 'v0.0.2',
      recordedAt: '2026-11-22T09:00:00.000Z',
      previous: { version: 'v0.0.1', commit: c1 },
      tags: ['churn@v0.0.2', 'churn#staging#3', 'churn#staging!#4'],
      pin: { mode: 'push', branch: 'main', commit: m2, files: ['deploy/staging/app.yaml'] },
      runUrl: `https://github.com/${FULL}/actions/runs/221`,
    }),
    deployment({
      environment: 'production',
      sequence: 2,
      version: 'v0.0.2',
      recordedAt: '2026-11-22T09:30:00.000Z',
      previous: { version: 'v0.0.1', commit: c1 },
      tags: ['churn#production#5', 'churn#production!#6'],
      gates: driftGate('0.1'),
      pin: {
        mode: 'pull-request',
        branch: 'main',
        commit: '6'.repeat(40),
        files: ['deploy/production/churn.yaml'],
        pullRequest: 8,
      },
      runUrl: `https://github.com/${FULL}/actions/runs/222`,
    }),
  ];

  const assign = async (when: string, request: Parameters<typeof planAssign>[1]) =>
    updateModelRegistry(g, 'churn', { remote: 'origin', tagger: BOT_IDENTITY, now: () => at(when) }, (r) =>
      planAssign(r, { ...request, exclusive: true }),
    );
  const record = (r: DeployRecord) =>
    writeRegistry(g, options, {
      what: `deployment record ${deployRecordPath(r)}`,
      build: () =>
        Promise.resolve({
          update: {
            files: [{ path: deployRecordPath(r), text: serializeDeployRecord(r) }],
            message: 'deploy',
          },
          value: undefined,
        }),
      keep: { dir: 'mlops-deploy', files: [] },
    });
  await assign('2026-11-20T10:10:00Z', { artifact: 'churn', stage: 'staging', commit: c1 });
  await record(deployments[0]!);
  await assign('2026-11-20T10:20:00Z', { artifact: 'churn', stage: 'production', version: 'v0.0.1' });
  await record(deployments[1]!);
  const drift = [
    driftRecord('churn-batch', '301-drift', '2026-11-21T03:00:00.000Z', 1, '1'.repeat(32)),
    driftRecord('churn-batch', '302-drift', '2026-11-23T03:00:00.000Z', 3, '2'.repeat(32)),
    driftRecord('other-batch', '303-drift', '2026-11-23T04:00:00.000Z', 5, '3'.repeat(32)),
    driftRecord('churn-batch', '304-drift', '2026-11-24T03:00:00.000Z', 6, '4'.repeat(32)),
  ];
  await storeDriftRecord(g, drift[0]!, options);
  await assign('2026-11-22T09:00:00Z', { artifact: 'churn', stage: 'staging', commit: m2 });
  await record(deployments[2]!);
  await assign('2026-11-22T09:30:00Z', { artifact: 'churn', stage: 'production', version: 'v0.0.2' });
  await record(deployments[3]!);
  for (const d of drift.slice(1)) await storeDriftRecord(g, d, options);
  return {
    repo,
    c1,
    f1,
    m2,
    layout,
    imageA: imageA!,
    imageB: imageB!,
    refA,
    refB,
    runs: { run1, run2 },
    deployments,
    drift,
  };
}
