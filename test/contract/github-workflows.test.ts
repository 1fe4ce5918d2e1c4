/**
 * This repository's own GitHub configuration: every workflow passes actionlint and the security rules the
 * templates pass, plus the write-only-where-needed rule; CI runs the same stages as .ci/run (both call
 * scripts/ci/stage.sh, so they cannot drift apart); Dependabot keeps npm and the pinned actions current.
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';
import { PROJECT_ROOT } from '../harness/run-action.js';
import { actionlint, parseWorkflow, securityProblems, writingJobs } from './workflow-rules.js';

const dir = join(PROJECT_ROOT, '.github', 'workflows');
const files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f));
const read = (path: string) => readFileSync(join(PROJECT_ROOT, path), 'utf8');

test('the workflows: ci, self-test, release', () => {
  assert.deepEqual(files.sort(), ['ci.yml', 'release.yml', 'self-test.yml']);
});

for (const file of files) {
  const text = readFileSync(join(dir, file), 'utf8');

  test(`${file} passes actionlint`, async () => {
    assert.deepEqual(await actionlint(text, `.github/workflows/${file}`), []);
  });

  test(`${file}: least privilege (writes only in a job), SHA pins, no \${{ }} in run:`, () => {
    assert.deepEqual(securityProblems(text, file, { writeOnlyInJobs: true }), []);
  });
}

test('ci and self-test only read, on pull requests and pushes to main, cancelling superseded PR runs', () => {
  for (const file of ['ci.yml', 'self-test.yml']) {
    const workflow = parseWorkflow(read(`.github/workflows/${file}`));
    assert.deepEqual(workflow.permissions, { contents: 'read' }, file);
    assert.deepEqual(writingJobs(workflow), {}, file);
    const on = workflow.on as Record<string, { branches?: string[] } | null>;
    assert.ok('pull_request' in on, `${file} runs on pull_request`);
    assert.deepEqual(on.push?.branches, ['main'], `${file} runs on pushes to main`);
    assert.match(workflow.concurrency!.group, /github\.event\.pull_request\.number \|\| github\.ref/);
    assert.equal(workflow.concurrency!['cancel-in-progress'], "${{ github.event_name == 'pull_request' }}");
  }
});

/** The `scripts/ci/stage.sh <stage>` calls in a shell text, in order. */
const stageCalls = (text: string) => [...text.matchAll(/scripts\/ci\/stage\.sh (\S+)/g)].map((m) => m[1]!);

test('.ci/run and ci.yml run the same stages of scripts/ci/stage.sh', () => {
  const stageScript = read('scripts/ci/stage.sh');
  const stages = [...stageScript.matchAll(/^ {2}([a-z-]+)\)$/gm)].map((m) => m[1]!);
  assert.deepEqual(stages, ['apt-packages', 'npm-ci', 'check-generated', 'lint', 'test']);
  const ciRun = read('.ci/run');
  assert.deepEqual(
    stageCalls(ciRun),
    stages.filter((s) => s !== 'test'),
    '.ci/run runs every setup stage, in order',
  );
  // …then README's test command itself, as its last line, with CI=true exported before.
  const readmeTest = /^(npm [^#\n]*?)\s+# every test/m.exec(read('README.md'))?.[1];
  assert.equal(readmeTest, 'npm test', "README's test command");
  const lines = ciRun.trimEnd().split('\n');
  assert.equal(lines.at(-1), readmeTest, ".ci/run's last line is README's test command");
  assert.ok(lines.includes('export CI=true'), '.ci/run exports CI=true');

  const ci = parseWorkflow(read('.github/workflows/ci.yml'));
  assert.deepEqual(Object.keys(ci.jobs), ['check-dist', 'lint', 'test']);
  const jobStages = Object.fromEntries(
    Object.entries(ci.jobs).map(([name, job]) => [
      name,
      (job.steps ?? []).flatMap((step) => stageCalls(step.run ?? '')),
    ]),
  );
  assert.deepEqual(jobStages, {
    'check-dist': ['npm-ci', 'check-generated'],
    lint: ['npm-ci', 'lint'],
    test: ['apt-packages', 'npm-ci', 'test'],
  });
  // Nothing is installed or checked outside the shared stages.
  const commands = [
    ...read('.ci/run')
      .split('\n')
      .filter((line) => !line.trimStart().startsWith('#')),
    ...Object.values(ci.jobs).flatMap((job) => (job.steps ?? []).map((step) => step.run ?? '')),
  ];
  for (const command of commands) {
    if (command === readmeTest) continue;
    assert.doesNotMatch(command, /apt-get|npm (ci|test|run)/);
  }
});

test('the apt package list lives in one file, and every package in it exists only once', () => {
  const packages = read('scripts/ci/apt-packages.txt')
    .split('\n')
    .map((line) => line.replace(/#.*/, '').trim())
    .filter(Boolean);
  assert.equal(new Set(packages).size, packages.length);
  for (const tool of [
    'docker-registry',
    'skopeo',
    'umoci',
    'runc',
    'prometheus-pushgateway',
    'python3-scipy',
    'chromium',
  ]) {
    assert.ok(packages.includes(tool), `${tool} is in scripts/ci/apt-packages.txt`);
  }
  assert.match(read('scripts/ci/stage.sh'), /scripts\/ci\/apt-packages\.txt/);
});

test('self-test uses the actions from this repository, as a user would', () => {
  const workflow = parseWorkflow(read('.github/workflows/self-test.yml'));
  const steps = Object.values(workflow.jobs).flatMap((job) => job.steps ?? []);
  const local = steps.map((s) => s.uses).filter((u): u is string => u?.startsWith('./') ?? false);
  for (const action of ['./actions/drift-report', './actions/data-hash', './actions/build-model-image']) {
    assert.ok(local.includes(action), `self-test runs ${action}`);
  }
  const track = steps.find((s) => s.uses === './actions/track-experiment') as {
    with?: Record<string, string>;
  };
  assert.equal(track?.with?.comment, 'never');
  const image = steps.find((s) => s.uses === './actions/build-model-image') as {
    with?: Record<string, string>;
  };
  assert.ok(image?.with?.['oci-layout'], 'build-model-image writes an OCI layout');
});

test('dependabot: npm and github-actions, weekly, grouped', () => {
  const config = parse(read('.github/dependabot.yml')) as {
    version: number;
    updates: {
      'package-ecosystem': string;
      directory: string;
      schedule: { interval: string };
      groups?: object;
    }[];
  };
  assert.equal(config.version, 2);
  assert.deepEqual(config.updates.map((u) => u['package-ecosystem']).sort(), ['github-actions', 'npm']);
  for (const update of config.updates) {
    assert.equal(update.directory, '/');
    assert.equal(update.schedule.interval, 'weekly');
    assert.ok(
      update.groups && Object.keys(update.groups).length > 0,
      `${update['package-ecosystem']} is grouped`,
    );
  }
});
