/**
 * gated-deploy refusing: bad input (each one clear error naming what was wrong), a blocking gate (the table,
 * the decision file, exit 1 unless fail-on-blocked is false), and `decide` — in every case nothing is
 * written: the origin's refs are the same before and after, and GitHub got no write.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import { tempDir } from '../harness/temp-dir.js';
import {
  deployScene,
  DEPLOYMENT,
  errorOf,
  FULL,
  image,
  plain,
  type Scene,
  validator,
} from './deploy-scene.js';

const CONFIG = `deploy:
  models:
    churn:
      environments:
        staging:
          manifests: [deploy/staging/*.yaml]
          gates:
            metrics: { auc: ">= 0.80", latency_ms: "<= 50" }
`;

describe('gated-deploy: bad input, blocked, decide — nothing written', () => {
  let s: Scene;
  let c1: string;
  let unrecorded: string;

  before(async () => {
    s = await deployScene({ '.mlops.yml': CONFIG, 'deploy/staging/app.yaml': DEPLOYMENT });
    c1 = await s.commit({ 'model.txt': '1\n' }, 'model 1');
    await s.recordRun(c1, { id: 'run-1', metrics: { auc: 0.84, latency_ms: 62 } });
    unrecorded = await s.commit({ 'model.txt': '2\n' }, 'model 2 (never tracked)');
  });
  after(() => s.close());

  /** Run, expect exit 1 with one error matching `refusal`, and nothing written anywhere. */
  async function refused(
    inputs: Record<string, string>,
    refusal: RegExp,
    sha = c1,
  ): Promise<{ message: string; file?: string; line?: number }> {
    const refs = await s.originRefs();
    s.api.resetLog();
    const run = await s.deploy({ environment: 'staging', image: image('a'), ...inputs }, { sha });
    assert.equal(run.exitCode, 1, run.stdout + run.stderr);
    const message = errorOf(run);
    assert.match(message, refusal);
    assert.doesNotMatch(run.stdout + run.stderr, /failed unexpectedly|\n\s+at /);
    assert.deepEqual(await s.originRefs(), refs, 'the origin is untouched');
    assert.deepEqual(s.api.writes(), [], 'GitHub got no write');
    const annotation = run.annotations.find((a) => a.level === 'error')!;
    return { message, file: annotation.file, line: annotation.line };
  }

  const cases: [string, Record<string, string>, RegExp][] = [
    [
      'an environment that is not a GTO stage name',
      { environment: 'prod env!' },
      /^'prod env!' is not a GTO stage name \(input 'environment'\): use letters, digits, '-', '_' and '\/'/,
    ],
    [
      'a model name that is not a GTO artifact name',
      { name: 'churn.model' },
      /^'churn\.model' is not a GTO artifact name \(input 'name'\)/,
    ],
    [
      'an environment the model’s policy does not list',
      { environment: 'prodution' },
      /^Input 'environment': \.mlops\.yml has a deploy policy for 'churn' but none for environment 'prodution' \(it lists 'staging'\)/,
    ],
    [
      'a version that is not SemVer',
      { version: '1.2.0' },
      /^'1\.2\.0' is not a version \(input 'version'\): use 'v' and SemVer/,
    ],
    [
      'a run-id with no record',
      { 'run-id': 'run-404' },
      /^Input 'run-id': there is no run record 'run-404' on branch 'mlops\/registry'/,
    ],
    [
      'a manifest path outside the workspace',
      { manifests: '../elsewhere/app.yaml' },
      /^Input 'manifests': path '\.\.\/elsewhere\/app\.yaml' is outside the workspace .*manifests are committed to this repository/,
    ],
    [
      'an image without a digest',
      { image: 'ghcr.io/acme/churn:latest' },
      /^Input 'image': 'ghcr\.io\/acme\/churn:latest' has no digest/,
    ],
    [
      'no image while manifests are to be pinned',
      { image: '' },
      /^Input 'image' is required to pin deploy\/staging\/app\.yaml/,
    ],
  ];
  for (const [name, inputs, refusal] of cases) {
    it(`${name}: one error, nothing written`, async () => {
      await refused(inputs, refusal);
    });
  }

  it('a commit with no run record: one error naming the commit and what to do', async () => {
    await refused(
      {},
      new RegExp(
        `^There is no track-experiment run record for commit ${unrecorded.slice(0, 7)} on branch 'mlops/registry' .*give input 'run-id'\\.$`,
      ),
      unrecorded,
    );
  });

  it('a container name the manifest does not have: the file and the containers it has', async () => {
    await s.commit(
      { '.mlops.yml': CONFIG.replace('manifests:', 'container: serverr\n          manifests:') },
      'typo',
    );
    const sha = await s.commit({}, 'retrack');
    await s.recordRun(sha, { id: 'run-c', metrics: { auc: 0.9, latency_ms: 10 } });
    await refused(
      {},
      /^deploy\/staging\/app\.yaml: no container named 'serverr'\. Containers here: Deployment\/churn container 'server' \(ghcr\.io\/acme\/churn:latest\), Deployment\/churn container 'proxy'/,
      sha,
    );
  });

  it('a policy typo: the file, the line and the key', async () => {
    const typo = CONFIG.replace('metrics: {', 'metrcs: {');
    const sha = await s.commit({ '.mlops.yml': typo }, 'policy typo');
    const { message, file, line } = await refused(
      {},
      /^Invalid \.mlops\.yml:\n- \.mlops\.yml:8: deploy\.models\.churn\.environments\.staging\.gates: Unrecognized key: "metrcs"$/,
      sha,
    );
    assert.equal(file, '.mlops.yml');
    assert.equal(line, 8, message); // the line of the misspelt key
    await s.commit({ '.mlops.yml': CONFIG }, 'policy fixed');
  });

  it('blocked: exit 1, the table of every gate, the decision file, nothing written', async () => {
    const sha = await s.commit({}, 'slow model');
    await s.recordRun(sha, { id: 'run-slow', metrics: { auc: 0.84, latency_ms: 62 } });
    const refs = await s.originRefs();
    s.api.resetLog();
    const run = await s.deploy(
      { environment: 'staging', image: image('a') },
      { sha, runnerTemp: await tempDir() },
    );
    assert.equal(run.exitCode, 1);
    assert.equal(
      errorOf(run),
      'churn v0.0.1 → staging is blocked by 1 gate check(s): metrics latency_ms (misses the threshold). Nothing was written.',
    );
    assert.deepEqual(await s.originRefs(), refs);
    assert.deepEqual(s.api.writes(), []);
    assert.equal(run.outputs.decision, 'blocked');
    assert.equal(run.outputs.deployed, 'false');
    assert.equal(run.outputs.tags, '[]');
    const text = plain(run.summary);
    assert.ok(
      text.startsWith(
        '### ⛔ `churn` `v0.0.1` → `staging`: blocked by metrics `latency_ms` (1 pass, 1 fail)\n',
      ),
      text,
    );
    assert.ok(text.includes('| ✅ pass | metrics `auc` | 0.84 | ≥ 0.8 | meets the threshold |'), text);
    assert.ok(text.includes('| ❌ fail | metrics `latency_ms` | 62 | ≤ 50 | misses the threshold |'), text);
    const decision = JSON.parse(await readFile(run.outputs['decision-file']!, 'utf8')) as Record<
      string,
      unknown
    >;
    assert.deepEqual((await validator('deploy-decision.schema.json'))(decision), []);
    assert.deepEqual(
      { ...decision, decidedAt: '…' },
      {
        schema: 1,
        model: 'churn',
        environment: 'staging',
        command: 'promote',
        decision: 'blocked',
        version: 'v0.0.1',
        commit: sha,
        run: { experiment: 'churn', id: 'run-slow', url: `https://github.com/${FULL}/actions/runs/800` },
        image: image('a'),
        current: null,
        gates: [
          {
            gate: 'metrics',
            subject: 'auc',
            status: 'pass',
            observed: '0.84',
            limit: '≥ 0.8',
            reason: 'meets the threshold',
          },
          {
            gate: 'metrics',
            subject: 'latency_ms',
            status: 'fail',
            observed: '62',
            limit: '≤ 50',
            reason: 'misses the threshold',
          },
        ],
        decidedAt: '…',
        repository: FULL,
        runUrl: `https://github.com/${FULL}/actions/runs/1234567890`,
      },
    );

    const lenient = await s.deploy(
      { environment: 'staging', image: image('a'), 'fail-on-blocked': 'false' },
      { sha },
    );
    assert.equal(lenient.exitCode, 0, lenient.stdout + lenient.stderr);
    assert.equal(lenient.outputs.decision, 'blocked');
    assert.deepEqual(await s.originRefs(), refs);
  });

  it('decide: the gates only, allowed, nothing written', async () => {
    const sha = await s.commit({}, 'fast model');
    await s.recordRun(sha, { id: 'run-fast', metrics: { auc: 0.81, latency_ms: 12 } });
    const refs = await s.originRefs();
    s.api.resetLog();
    const run = await s.deploy({ environment: 'staging', image: image('a'), command: 'decide' }, { sha });
    assert.equal(run.exitCode, 0, run.stdout + run.stderr);
    assert.equal(run.outputs.decision, 'allowed');
    assert.equal(run.outputs.deployed, 'false');
    assert.equal(run.outputs.version, 'v0.0.1');
    assert.deepEqual(await s.originRefs(), refs);
    assert.deepEqual(s.api.writes(), []);
    assert.ok(
      plain(run.summary).startsWith(
        '### ✅ `churn` `v0.0.1` → `staging`: allowed (decide only: nothing was written)',
      ),
    );
  });
});
