/**
 * The README's first command, `npm run demo`, keeps its promise: the whole loop on the embedded example
 * project, offline, exit 0, every section a person is told about printed in order. With docker-registry
 * (always on CI: .ci/run installs it) the image goes through the registry and the image gate runs; the
 * fallback (`--no-registry`, what a machine without docker-registry gets) still runs the loop, says so in
 * one line, and with `--keep` leaves a repository whose origin holds the tags, pins and records.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { git } from '../harness/git-fixtures.js';
import { haveTool } from '../harness/registry.js';
import { ensureFreshDist, PROJECT_ROOT } from '../harness/run-action.js';

const exec = promisify(execFile);
const registry = haveTool('docker-registry');

/** What a person is promised to see, in this order (issue 13, "Demo"). */
const SECTIONS: [string, RegExp][] = [
  ['the PR comment', /── the PR comment \(GET \/repos\/example\/churn-model\/issues\/1\/comments/],
  ['the leaderboard', /── \$ mlops experiments best --metric auc {3}\(the leaderboard\)/],
  [
    'a blocked decision',
    /── the job summary \(production\)[^\n]*\n### ⛔ `churn` `v0\.0\.1` → `production`: blocked by after `staging`/,
  ],
  [
    'the staging decision',
    /── the job summary \(staging\)[^\n]*\n### ✅ `churn` `v0\.0\.1` → `staging`: deployed/,
  ],
  [
    'the production decision',
    /── the job summary \(production\)[^\n]*\n### ✅ `churn` `v0\.0\.1` → `production`: deployed/,
  ],
  ['the pinned manifest diff', /\n\+ {10}image: [^\n]*@sha256:[0-9a-f]{64} # pinned by gated-deploy\n/],
  ['the GTO state', /── \$ mlops models show churn[^\n]*\n[^]*│ churn +│ v0\.0\.1 +│ production, staging +│/],
  ['the drift report', /── drift-report\/report\.md[^\n]*\n## 🔴 Dataset drift: 5 of 8 columns drifted/],
  [
    'the retrain PR body',
    /── the retrain PR \(GET \/repos\/example\/churn-model\/pulls\/2\): "Retrain churn: [^\n]*\n<!-- mlops-actions:open-retrain-pr:churn -->\n## 🔁 Retrain `churn`/,
  ],
  ['the lineage', /(── \$ mlops lineage churn#production|\nlineage: not available in this build\n)/],
];

async function demo(...args: string[]): Promise<{ exitCode: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await exec('npm', ['run', '--silent', 'demo', '--', ...args], {
      cwd: PROJECT_ROOT,
      maxBuffer: 64 << 20,
      env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1' },
    });
    return { exitCode: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return {
      exitCode: typeof e.code === 'number' ? e.code : 1,
      stdout: e.stdout ?? '',
      stderr: e.stderr ?? '',
    };
  }
}

function assertSections(stdout: string): void {
  let from = 0;
  for (const [name, pattern] of SECTIONS) {
    const match = pattern.exec(stdout.slice(from));
    assert.ok(match, `${name} is missing (or out of order) in the demo's output:\n${stdout}`);
    from += match.index + match[0].length;
  }
}

describe('npm run demo', () => {
  before(() => ensureFreshDist());

  it('runs the loop with docker-registry when it is installed (always on CI), every section in order', async (t) => {
    if (process.env.CI === 'true')
      assert.ok(registry, 'CI must run the demo with docker-registry (.ci/run installs it)');
    if (!registry) return t.skip('docker-registry is not installed');
    const run = await demo();
    assert.equal(run.exitCode, 0, `${run.stdout}\n${run.stderr}`);
    assertSections(run.stdout);
    assert.match(run.stdout, /image registry: docker-registry at 127\.0\.0\.1:\d+/);
    assert.doesNotMatch(run.stdout, /OCI layout only/);
    // The image gate ran against the registry, in both production decisions.
    assert.equal(
      run.stdout.match(/\| ✅\u00a0pass \| image `digest` \| found \| in the registry \|/g)?.length,
      2,
    );
    t.diagnostic(run.stdout.match(/\d+ stages in [\d.]+ s/)?.[0] ?? '');
  });

  it('without a registry: one line says so, the loop still closes, and --keep leaves a consistent repository', async (t) => {
    const run = await demo('--no-registry', '--keep');
    const kept = /The demo repository is kept at (\S+)\./.exec(run.stdout)?.[1];
    try {
      assert.equal(run.exitCode, 0, `${run.stdout}\n${run.stderr}`);
      assertSections(run.stdout);
      const notes = run.stdout.split('\n').filter((l) => /OCI layout/.test(l) && /image gate/.test(l));
      assert.deepEqual(notes, [
        '--no-registry: the image goes to an OCI layout only, and the demo policy runs without its image gate (.mlops.yml production gates: image: false).',
      ]);
      assert.doesNotMatch(run.stdout, /image `digest`/);
      assert.ok(kept, 'the kept repository is named');
      const origin = `${dirname(kept)}/origin.git`;
      const tags = (await git(origin, 'tag', '--list', 'churn*')).trim().split('\n').sort();
      assert.deepEqual(tags, ['churn#production#2', 'churn#staging#1', 'churn@v0.0.1']);
      const records = (await git(origin, 'ls-tree', '-r', '--name-only', 'mlops/registry'))
        .trim()
        .split('\n');
      for (const path of [
        'deployments/churn/staging/000001-v0.0.1.json',
        'deployments/churn/production/000001-v0.0.1.json',
      ]) {
        assert.ok(records.includes(path), `${path} is not on the registry branch: ${records.join(', ')}`);
      }
      assert.equal(records.filter((p) => p.startsWith('runs/churn/')).length, 3, 'baseline, PR, merge runs');
      assert.equal(
        records.filter((p) => p.startsWith('drift/churn-batch/')).length,
        2,
        'two scoring batches',
      );
      const pinned = await git(origin, 'show', 'main:deploy/production/churn.yaml');
      assert.match(pinned, /image: ghcr\.io\/example\/churn-model:latest@sha256:[0-9a-f]{64} # pinned/);
      assert.match(
        await git(origin, 'show', 'mlops/retrain/churn:retrain/churn/request.json'),
        /"model": "churn"/,
      );
      t.diagnostic(run.stdout.match(/\d+ stages in [\d.]+ s/)?.[0] ?? '');
    } finally {
      if (kept) rmSync(dirname(kept), { recursive: true, force: true });
    }
  });
});
