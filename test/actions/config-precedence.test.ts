/**
 * One precedence rule, seen from outside: an input given in the workflow (or as a CLI flag) wins, then
 * `.mlops.yml`, then the built-in default. Each case runs the bundled action the way a runner does
 * (test/harness/run-action.ts, with action.yml defaults sent as INPUT_*) and the `mlops` CLI from a terminal.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { haveTool, pushBusyboxBase, startRegistry, type TestRegistry } from '../harness/registry.js';
import { runAction, runCli } from '../harness/run-action.js';
import { tempDir } from '../harness/temp-dir.js';

const exec = promisify(execFile);
const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'drift');

async function project(files: Record<string, string>): Promise<string> {
  const ws = await tempDir('mlops-precedence-');
  for (const [path, text] of Object.entries(files)) {
    await mkdir(join(ws, path, '..'), { recursive: true });
    await writeFile(join(ws, path), text);
  }
  return ws;
}

describe('drift.drift-share', () => {
  // The fixture drifts in 3 of 5 columns (share 0.6, Evidently's own figures in test/fixtures/drift): over
  // the built-in 0.5, under a .mlops.yml 0.9, over an input 0.55.
  async function driftProject(config?: string): Promise<string> {
    const ws = await project(config === undefined ? {} : { '.mlops.yml': config });
    await mkdir(join(ws, 'data'));
    await copyFile(join(FIXTURES, 'reference.csv'), join(ws, 'data', 'reference.csv'));
    await copyFile(join(FIXTURES, 'current.csv'), join(ws, 'data', 'current.csv'));
    return ws;
  }
  const data = { reference: 'data/reference.csv', current: 'data/current.csv' };
  const settingsOf = async (ws: string) =>
    (
      JSON.parse(await readFile(join(ws, 'drift-report', 'report.json'), 'utf8')) as {
        settings: { driftShare: number; correction: string };
      }
    ).settings;

  it('as an action: default 0.5, then .mlops.yml 0.9, then the input over the file', async () => {
    const plain = await driftProject();
    const byDefault = await runAction({ action: 'drift-report', workspace: plain, inputs: data });
    assert.equal(byDefault.exitCode, 0, byDefault.stderr + byDefault.stdout);
    assert.equal(byDefault.outputs['drift-share'], '0.6');
    assert.equal(byDefault.outputs['drift-detected'], 'true');
    assert.deepEqual(await settingsOf(plain), { driftShare: 0.5, correction: 'none' });

    const configured = await driftProject('drift:\n  drift-share: 0.9\n  correction: bonferroni\n');
    const fromFile = await runAction({ action: 'drift-report', workspace: configured, inputs: data });
    assert.equal(fromFile.exitCode, 0, fromFile.stderr + fromFile.stdout);
    assert.equal(fromFile.outputs['drift-detected'], 'false', '0.6 is under the 0.9 set in .mlops.yml');
    assert.deepEqual(await settingsOf(configured), { driftShare: 0.9, correction: 'bonferroni' });

    const given = await runAction({
      action: 'drift-report',
      workspace: configured,
      inputs: { ...data, 'drift-share': '0.55', correction: 'none' },
    });
    assert.equal(given.exitCode, 0, given.stderr + given.stdout);
    assert.equal(given.outputs['drift-detected'], 'true');
    assert.deepEqual(await settingsOf(configured), { driftShare: 0.55, correction: 'none' });
  });

  it('through the root action (`command: drift-report`): the file, then the input', async () => {
    const ws = await driftProject('drift:\n  drift-share: 0.9\n');
    const fromFile = await runAction({
      action: 'root',
      workspace: ws,
      inputs: { command: 'drift-report', ...data },
    });
    assert.equal(fromFile.exitCode, 0, fromFile.stderr + fromFile.stdout);
    assert.equal(fromFile.outputs['drift-detected'], 'false');
    const given = await runAction({
      action: 'root',
      workspace: ws,
      inputs: { command: 'drift-report', ...data, 'drift-share': '0.55' },
    });
    assert.equal(given.exitCode, 0, given.stderr + given.stdout);
    assert.equal(given.outputs['drift-detected'], 'true');
  });

  it('from the CLI: .mlops.yml 0.9, then the flag over the file', async () => {
    const ws = await driftProject('drift:\n  drift-share: 0.9\n');
    const args = ['drift-report', '--reference', data.reference, '--current', data.current];
    const fromFile = await runCli(args, { cwd: ws });
    assert.equal(fromFile.exitCode, 0, fromFile.stderr);
    assert.equal(fromFile.outputs['drift-detected'], 'false');
    assert.equal((await settingsOf(ws)).driftShare, 0.9);
    const given = await runCli([...args, '--drift-share', '0.55'], { cwd: ws });
    assert.equal(given.exitCode, 0, given.stderr);
    assert.equal(given.outputs['drift-detected'], 'true');
  });
});

describe('data.jobs (and data.paths)', () => {
  const reportOf = async (path: string | undefined) =>
    JSON.parse(await readFile(path!, 'utf8')) as { jobs: number; hashes: Record<string, { md5: string }> };
  // md5 of 'foo' (coreutils md5sum)
  const FOO = 'acbd18db4cc2f85cedef654fccc4a4d8';

  it('as an action: .mlops.yml sets the jobs and the paths to add; an input wins over the file', async () => {
    const runnerTemp = await tempDir('mlops-runner-temp-');
    const plain = await project({ 'data/foo.txt': 'foo' });
    const byDefault = await runAction({
      action: 'data-hash',
      workspace: plain,
      inputs: { command: 'add', paths: 'data/foo.txt' },
      runnerTemp,
    });
    assert.equal(byDefault.exitCode, 0, byDefault.stderr + byDefault.stdout);
    assert.equal((await reportOf(byDefault.outputs.report)).jobs, 4);

    const ws = await project({
      'data/foo.txt': 'foo',
      '.mlops.yml': 'data:\n  jobs: 3\n  paths: [data/foo.txt]\n',
    });
    const fromFile = await runAction({
      action: 'data-hash',
      workspace: ws,
      inputs: { command: 'add' },
      runnerTemp,
    });
    assert.equal(fromFile.exitCode, 0, fromFile.stderr + fromFile.stdout);
    const report = await reportOf(fromFile.outputs.report);
    assert.equal(report.jobs, 3);
    assert.equal(report.hashes['data/foo.txt']?.md5, FOO);

    const given = await runAction({
      action: 'data-hash',
      workspace: ws,
      inputs: { command: 'status', jobs: '5' },
      runnerTemp,
    });
    assert.equal(given.exitCode, 0, given.stderr + given.stdout);
    assert.equal((await reportOf(given.outputs.report)).jobs, 5);
  });

  it('from the CLI: the file, then the flag', async () => {
    const ws = await project({
      'data/foo.txt': 'foo',
      '.mlops.yml': 'data:\n  jobs: 3\n  paths: [data/foo.txt]\n',
    });
    const fromFile = await runCli(['data-hash', 'add'], { cwd: ws });
    assert.equal(fromFile.exitCode, 0, fromFile.stderr);
    assert.equal((await reportOf(fromFile.outputs.report)).jobs, 3);
    const given = await runCli(['data-hash', 'status', '--jobs', '2'], { cwd: ws });
    assert.equal(given.exitCode, 0, given.stderr);
    assert.equal((await reportOf(given.outputs.report)).jobs, 2);
  });
});

const TOOLS = ['docker-registry', 'skopeo', 'umoci'];
const missing = TOOLS.filter((t) => !haveTool(t));
if (missing.length > 0 && process.env.CI === 'true') {
  throw new Error(`the image.base-image tests need ${missing.join(', ')} (installed by .ci/run)`);
}

describe('image.base-image', { skip: missing.length > 0 ? `needs ${missing.join(', ')}` : false }, () => {
  let registry: TestRegistry;
  let base: string;
  let baseLayer: string;
  before(async () => {
    registry = await startRegistry();
    base = await pushBusyboxBase(registry, 'base/busybox', '1.0');
    // what skopeo, not our code, says the base's one layer is
    const { stdout } = await exec('skopeo', [
      'inspect',
      '--tls-verify=false',
      '--config',
      `docker://${base}`,
    ]);
    baseLayer = (JSON.parse(stdout) as { rootfs: { diff_ids: string[] } }).rootfs.diff_ids[0]!;
  });
  after(async () => {
    await registry?.stop();
  });

  /** The image config written to the OCI layout, read with skopeo. */
  async function imageConfig(
    layout: string,
  ): Promise<{ config: { Env?: string[] }; rootfs: { diff_ids: string[] } }> {
    const { stdout } = await exec('skopeo', ['inspect', '--config', `oci:${layout}`]);
    return JSON.parse(stdout) as { config: { Env?: string[] }; rootfs: { diff_ids: string[] } };
  }

  const model = { 'model/weights.json': '{"w": [1, 2, 3]}\n' };
  const inputs = { model: 'model', name: 'churn', 'oci-layout': 'out' };

  it('as an action: .mlops.yml names the base; the input scratch wins over it', async () => {
    const ws = await project({ ...model, '.mlops.yml': `image:\n  base-image: ${base}\n` });
    const fromFile = await runAction({ action: 'build-model-image', workspace: ws, inputs });
    assert.equal(fromFile.exitCode, 0, fromFile.stderr + fromFile.stdout);
    const layered = await imageConfig(join(ws, 'out'));
    assert.equal(layered.rootfs.diff_ids[0], baseLayer, 'the first layer is the base image layer');
    assert.deepEqual(layered.config.Env, ['PATH=/bin'], 'the base image environment is kept');

    const scratchWs = await project({ ...model, '.mlops.yml': `image:\n  base-image: ${base}\n` });
    const given = await runAction({
      action: 'build-model-image',
      workspace: scratchWs,
      inputs: { ...inputs, 'base-image': 'scratch' },
    });
    assert.equal(given.exitCode, 0, given.stderr + given.stdout);
    const scratch = await imageConfig(join(scratchWs, 'out'));
    assert.ok(!scratch.rootfs.diff_ids.includes(baseLayer));
    assert.ok(!(scratch.config.Env ?? []).includes('PATH=/bin'));
  });

  it('from the CLI: .mlops.yml names the base', async () => {
    const ws = await project({ ...model, '.mlops.yml': `image:\n  base-image: ${base}\n` });
    const run = await runCli(
      ['build-model-image', '--model', 'model', '--name', 'churn', '--oci-layout', 'out'],
      {
        cwd: ws,
      },
    );
    assert.equal(run.exitCode, 0, run.stderr);
    assert.equal((await imageConfig(join(ws, 'out'))).rootfs.diff_ids[0], baseLayer);
  });
});
