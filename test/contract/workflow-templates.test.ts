import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { PROJECT_ROOT } from '../harness/run-action.js';
import { actionlint, jobPermissions, parseWorkflow, securityProblems } from './workflow-rules.js';

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

  test(`${file}: per-job least privilege, deploy concurrency, no pwn-request trigger, no \${{ }} in run:, SHA pins`, () => {
    // The templates' own actions are referenced as users write them (OWNER/mlops-actions/…@v1).
    assert.deepEqual(
      securityProblems(text, file, {
        unpinnedPrefixes: ['OWNER/mlops-actions'],
        permissionsPerJob: true,
        deployActions: ['OWNER/mlops-actions/actions/gated-deploy'],
      }),
      [],
    );
  });

  test(`${file} opens with a setup note (secrets, variables, environments, tokens) and the loop's README section`, () => {
    const note = text.slice(0, text.indexOf('\nname:'));
    assert.ok(
      note.split('\n').every((line) => line.startsWith('#')),
      'the note is comments only',
    );
    assert.match(note, /^# Setup \(once\) — the whole loop: README\.md, "Lifecycle":$/m);
    assert.match(note, /^# 1\. Copy to \.github\/workflows\/ and replace OWNER/m);
  });
}

/**
 * The exact permissions each job gets, and why (what in the job needs it). A new write, or one a job keeps after
 * it stops needing it, fails here.
 */
const PERMISSIONS: Record<string, Record<string, Record<string, string>>> = {
  'train-on-pr.yml': {
    // track-experiment pushes the run record and writes the sticky comment.
    train: { contents: 'write', 'pull-requests': 'write' },
    // matrix jobs push their run records; no comment (comment: never), the leaderboard comments once.
    sweep: { contents: 'write' },
    // reads the registry branch; `mlops experiments best --comment` writes one comment.
    leaderboard: { contents: 'read', 'pull-requests': 'write' },
  },
  'merge-to-deploy.yml': {
    // the run record (contents), the image push (packages).
    build: { contents: 'write', packages: 'write' },
    // tags, record and pinned manifests; gated-deploy's own GitHub deployment; the image gate reads ghcr.io.
    staging: { contents: 'write', deployments: 'write', packages: 'read' },
    // as staging, plus the release (contents); GitHub's environment makes the deployment, so no deployments.
    production: { contents: 'write', packages: 'read' },
  },
  // The checkout; every write goes through the GitHub App's token, not GITHUB_TOKEN.
  'scheduled-drift.yml': { drift: { contents: 'read' } },
  'retrain.yml': { retrain: { contents: 'write', 'pull-requests': 'write' } },
};

test('each job has exactly the permissions it needs', () => {
  for (const file of templates) {
    const workflow = parseWorkflow(readFileSync(join(dir, file), 'utf8'));
    assert.deepEqual(workflow.permissions, {}, `${file}: the top level grants nothing`);
    assert.deepEqual(jobPermissions(workflow), PERMISSIONS[file], file);
  }
});

test('merge-to-deploy: production is gated by a GitHub environment, whose deployment gated-deploy does not duplicate', () => {
  const workflow = parseWorkflow(readFileSync(join(dir, 'merge-to-deploy.yml'), 'utf8'));
  const deploy = (job: string) =>
    workflow.jobs[job]!.steps!.find((s) => s.uses?.includes('/gated-deploy@'))!.with!;
  assert.deepEqual(workflow.jobs.production!.environment, {
    name: 'production',
    url: 'https://churn.example.com',
  });
  assert.equal(deploy('production')['github-deployment'], false);
  assert.equal(workflow.jobs.staging!.environment, undefined);
  assert.equal(
    deploy('staging')['github-deployment'],
    undefined,
    'staging: gated-deploy records the deployment',
  );
  assert.deepEqual(workflow.jobs.production!.needs, ['build', 'staging']);
});

test('the linter used above does catch mistakes (so a pass means something)', async () => {
  const bad =
    'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.event.pull_request.title }}\n';
  const problems = await actionlint(bad, 'workflows-templates/bad.yml');
  assert.ok(problems.some((p) => /potentially untrusted/.test(p)));
});

test('the per-job and deploy rules catch what they promise to catch', () => {
  const bad = [
    'on: push',
    'permissions:',
    '  contents: read',
    'jobs:',
    '  build:',
    '    runs-on: ubuntu-latest',
    '    steps: []',
    '  deploy:',
    '    runs-on: ubuntu-latest',
    '    permissions: { contents: write }',
    '    concurrency: { group: deploy, cancel-in-progress: true }',
    '    steps:',
    '      - uses: OWNER/mlops-actions/actions/gated-deploy@v1',
    '  again:',
    '    runs-on: ubuntu-latest',
    '    permissions: {}',
    '    steps:',
    '      - uses: OWNER/mlops-actions/actions/gated-deploy@v1',
    '',
  ].join('\n');
  assert.deepEqual(
    securityProblems(bad, 'bad.yml', {
      unpinnedPrefixes: ['OWNER/mlops-actions'],
      permissionsPerJob: true,
      deployActions: ['OWNER/mlops-actions/actions/gated-deploy'],
    }),
    [
      'bad.yml: top-level permissions grant contents (use permissions: {})',
      'bad.yml: job build has no permissions: map of its own',
      'bad.yml: deploy job deploy may cancel a deploy in progress',
      'bad.yml: deploy job again has no concurrency: group',
    ],
  );
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
