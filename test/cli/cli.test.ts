import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { promisify } from 'node:util';
import { PROJECT_ROOT } from '../harness/run-action.js';
import { runCli } from '../harness/run-cli.js';
import { tempDir } from '../harness/temp-dir.js';

const execFileAsync = promisify(execFile);
const mlops = runCli;

test('`npx mlops --help` works from the project (package.json bin)', async () => {
  const { stdout } = await execFileAsync('npx', ['--no-install', 'mlops', '--help'], { cwd: PROJECT_ROOT });
  for (const name of [
    'data-hash',
    'track-experiment',
    'drift-report',
    'build-model-image',
    'gated-deploy',
    'open-retrain-pr',
  ]) {
    assert.match(stdout, new RegExp(`^  ${name} `, 'm'));
  }
});

test('`mlops <action> --help` lists inputs with descriptions and defaults from action.yml', async () => {
  const { code, stdout } = await mlops(['drift-report', '--help']);
  assert.equal(code, 0);
  assert.match(stdout, /--reference \(required\)\n\s+Reference data/);
  assert.match(stdout, /--drift-share \(default: 0\.5\)/);
  assert.match(stdout, /Outputs \(printed as JSON on stdout\):\n\s+drift-detected:/);
});

test('unknown options and commands are rejected with exit 2, naming what is accepted', async () => {
  const unknown = await mlops(['data-hash', '--colour', 'red']);
  assert.equal(unknown.code, 2);
  assert.match(unknown.stderr, /Unknown option --colour\. Known: --command, --paths/);
  const command = await mlops(['deploy-all']);
  assert.equal(command.code, 2);
  assert.match(command.stderr, /unknown command 'deploy-all'/);
});

test('inputs from flags go through the same validation; outputs are JSON on stdout', async () => {
  const dir = await tempDir();
  await writeFile(join(dir, '.mlops.yml'), 'version: 1\n');
  const run = await mlops(['data-hash', 'explode', '--jobs=0'], dir);
  assert.equal(run.code, 1);
  assert.deepEqual(JSON.parse(run.stdout), {});
  assert.match(run.stderr, /Input 'command' must be one of add, status, verify, push, pull, got 'explode'/);
  assert.match(run.stderr, /Input 'jobs' must be a whole number from 1 to 64, got '0'/);
});
