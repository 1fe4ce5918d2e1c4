import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PROJECT_ROOT, runAction } from './run-action.js';
import { parseOutputFile, parseWorkflowCommands } from './workflow-commands.js';
import { tempDir } from './temp-dir.js';
import { join } from 'node:path';

test('parses heredoc and key=value outputs like the runner', () => {
  const text = 'a<<ghadelimiter_1\nline one\nline two\nghadelimiter_1\nb=plain\n';
  assert.deepEqual(parseOutputFile(text), { a: 'line one\nline two', b: 'plain' });
  assert.throws(() => parseOutputFile('a<<X\nno end\n'), /unterminated/);
});

test('parses annotations with escaped properties and data', () => {
  const parsed = parseWorkflowCommands(
    '::error file=a%2Cb.dvc,line=3,title=T::bad%0Anews\n::add-mask::s3cret\nplain\n',
  );
  assert.deepEqual(parsed.annotations, [
    { level: 'error', message: 'bad\nnews', file: 'a,b.dvc', line: 3, title: 'T' },
  ]);
  assert.deepEqual(parsed.masks, ['s3cret']);
});

test('required inputs missing: one clear error naming them, exit 1, no outputs', async () => {
  const workspace = await tempDir();
  const run = await runAction({ action: 'gated-deploy', workspace });
  assert.equal(run.exitCode, 1);
  assert.equal(run.annotations.length, 1);
  assert.equal(
    run.annotations[0]!.message,
    "Invalid inputs:\n- Input 'name' is required\n- Input 'environment' is required",
  );
  assert.deepEqual(run.outputs, {});
});

test('all input problems are reported in one message naming each input', async () => {
  const workspace = await tempDir();
  const run = await runAction({ action: 'data-hash', workspace, inputs: { command: 'nope', jobs: 'many' } });
  assert.equal(run.exitCode, 1);
  const errors = run.annotations.filter((a) => a.level === 'error');
  assert.equal(errors.length, 1);
  assert.match(
    errors[0]!.message,
    /Input 'command' must be one of add, status, verify, push, pull, got 'nope'/,
  );
  assert.match(errors[0]!.message, /Input 'jobs' must be a whole number from 1 to 64, got 'many'/);
});

test('a missing required input is named', async () => {
  const workspace = await tempDir();
  const run = await runAction({ action: 'drift-report', workspace, inputs: { current: 'b.csv' } });
  assert.equal(run.exitCode, 1);
  assert.match(run.annotations[0]!.message, /Input 'reference' is required/);
});

test('an invalid .mlops.yml is reported with file and line', async () => {
  const workspace = await tempDir();
  const { writeFile } = await import('node:fs/promises');
  await writeFile(join(workspace, '.mlops.yml'), 'version: 1\nregistry:\n  branch: 42\n  colour: blue\n');
  const run = await runAction({ action: 'gated-deploy', workspace });
  assert.equal(run.exitCode, 1);
  const error = run.annotations.find((a) => a.level === 'error')!;
  assert.equal(error.file, '.mlops.yml');
  assert.equal(error.line, 3);
  assert.match(error.message, /registry\.branch/);
  assert.match(error.message, /colour/);
});

test('the root action puts the CLI on PATH and dispatches `command`', async () => {
  const workspace = await tempDir();
  const onlyPath = await runAction({ action: 'root', workspace });
  assert.equal(onlyPath.exitCode, 0);
  assert.deepEqual(onlyPath.path, [join(PROJECT_ROOT, 'dist', 'bin')]);

  const dispatched = await runAction({ action: 'root', workspace, inputs: { command: 'open-retrain-pr' } });
  assert.equal(dispatched.exitCode, 1);
  assert.equal(dispatched.annotations[0]!.message, "Input 'name' is required");

  const wrong = await runAction({ action: 'root', workspace, inputs: { command: 'deploy-everything' } });
  assert.equal(wrong.exitCode, 1);
  assert.match(wrong.annotations[0]!.message, /Input 'command' must be one of/);

  // `command: data-hash` alone runs data-hash's own default command (status), not a command named data-hash
  const bare = await runAction({ action: 'root', workspace, inputs: { command: 'data-hash' } });
  assert.equal(bare.exitCode, 0, bare.stdout + bare.stderr);
  assert.match(bare.summary, /data-hash status/);
});
