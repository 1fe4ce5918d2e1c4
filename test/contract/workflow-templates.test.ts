import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { PROJECT_ROOT } from '../harness/run-action.js';
import { actionlint, securityProblems } from './workflow-rules.js';

const dir = join(PROJECT_ROOT, 'workflows-templates');
const templates = readdirSync(dir).filter((f) => f.endsWith('.yml'));

test('the four workflow templates exist', () => {
  assert.deepEqual(templates.sort(), [
    'merge-to-deploy.yml',
    'retrain.yml',
    'scheduled-drift.yml',
    'train-on-pr.yml',
  ]);
});

for (const file of templates) {
  const text = readFileSync(join(dir, file), 'utf8');

  test(`${file} passes actionlint`, async () => {
    assert.deepEqual(await actionlint(text, file), []);
  });

  test(`${file}: least-privilege permissions, no pwn-request trigger, no \${{ }} in run:, SHA pins`, () => {
    // The templates' own actions are referenced as users write them (OWNER/mlops-actions/…@v1).
    assert.deepEqual(securityProblems(text, file, { unpinnedPrefixes: ['OWNER/mlops-actions'] }), []);
  });
}

test('the linter used above does catch mistakes (so a pass means something)', async () => {
  const bad =
    'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.event.pull_request.title }}\n';
  const problems = await actionlint(bad, 'workflows-templates/bad.yml');
  assert.ok(problems.some((p) => /potentially untrusted/.test(p)));
});

test('the security rules catch what they promise to catch', () => {
  const bad = [
    'on: [push, pull_request_target]',
    'permissions: write-all',
    'jobs:',
    '  a:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - uses: actions/checkout@v4',
    '      - uses: actions/setup-node@820762786026740c76f36085b0efc47a31fe5020',
    '      - uses: someone/else@0123456789abcdef0123456789abcdef01234567 # v1.0.0',
    '      - uses: ./actions/data-hash',
    '      - env:',
    '          X: ${{ github.head_ref }}',
    '        run: |',
    '          echo "$X"',
    '          echo ${{ github.head_ref }}',
    '',
  ].join('\n');
  assert.deepEqual(securityProblems(bad, 'bad.yml', { writeOnlyInJobs: true }), [
    'bad.yml: top-level permissions: must be a map',
    'bad.yml: write-all/read-all permissions',
    'bad.yml: pull_request_target (with a PR checkout, the pwn-request hole)',
    'bad.yml: job a step 5: ${{ }} in run:',
    'bad.yml: "actions/checkout@v4" is not pinned as <action>@<40-hex sha> # vX.Y.Z',
    'bad.yml: "actions/setup-node@820762786026740c76f36085b0efc47a31fe5020" is not pinned as <action>@<40-hex sha> # vX.Y.Z',
  ]);
  const topWrite = 'on: push\npermissions:\n  contents: write\njobs:\n  a:\n    runs-on: x\n    steps: []\n';
  assert.deepEqual(securityProblems(topWrite, 'w.yml', { writeOnlyInJobs: true }), [
    'w.yml: top-level permissions write contents',
  ]);
});
