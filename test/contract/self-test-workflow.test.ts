/**
 * .github/workflows/self-test.yml runs on GitHub; this runs the same steps here, in order, in a checkout that
 * holds the example project (test/harness/workflow-job.ts), so a wrong input name, a missing output or a
 * check that does not hold fails `npm test` before it fails on GitHub.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { createRepoWithOrigin } from '../harness/git-fixtures.js';
import { haveTool } from '../harness/registry.js';
import { PROJECT_ROOT } from '../harness/run-action.js';
import { runWorkflowJob } from '../harness/workflow-job.js';

const missing = ['skopeo', 'md5sum', 'cmp'].filter((t) => !haveTool(t));
if (missing.length > 0 && process.env.CI === 'true') {
  throw new Error(`the self-test workflow needs ${missing.join(', ')} (installed by .ci/run)`);
}
const skip = missing.length > 0 ? `needs ${missing.join(', ')}` : false;

/**
 * The example project's files, at the paths a checkout of this repository has them: everything under
 * scripts/demo/example except what its .gitignore leaves out (outputs of an earlier `node train.mjs`).
 * Read from the file system, not with git: CI runs this as root in a checkout another user owns.
 */
function exampleFiles(): Record<string, Buffer> {
  const base = join(PROJECT_ROOT, 'scripts', 'demo', 'example');
  const ignored = readFileSync(join(base, '.gitignore'), 'utf8')
    .split('\n')
    .map((line) => line.trim().replace(/^\/|\/$/g, ''))
    .filter(Boolean);
  const files: Record<string, Buffer> = {};
  for (const entry of readdirSync(base, { recursive: true, withFileTypes: true })) {
    const path = relative(base, join(entry.parentPath, entry.name));
    if (!entry.isFile() || ignored.some((name) => path === name || path.startsWith(`${name}/`))) continue;
    files[`scripts/demo/example/${path}`] = readFileSync(join(base, path));
  }
  assert.ok(files['scripts/demo/example/data/train.csv'] && files['scripts/demo/example/train.mjs']);
  return files;
}

test('self-test.yml: every step succeeds on a checkout of the example project', { skip }, async () => {
  const repo = await createRepoWithOrigin(exampleFiles());
  const sha = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: repo.work, encoding: 'utf8' }).trim();
  const result = await runWorkflowJob({
    workflow: join(PROJECT_ROOT, '.github', 'workflows', 'self-test.yml'),
    job: 'example-project',
    workspace: repo.work,
    event: { name: 'push', payload: { ref: 'refs/heads/main', after: sha } },
    env: { GITHUB_SHA: sha },
    provided: ['actions/checkout', 'actions/setup-node'],
  });

  // Every action the repository offers ran, each as `uses: ./…`.
  for (const step of ['add', 'drift', 'image', 'track']) assert.ok(result.outputs[step], `step ${step} ran`);
  assert.equal(result.outputs.drift!['drift-detected'], 'true');
  assert.match(result.outputs.image!.digest!, /^sha256:[0-9a-f]{64}$/);
  assert.ok(result.outputs.track!['run-id']);
  assert.equal(result.outputs.track!['comment-url'], '');
  assert.deepEqual(result.log.slice(0, 2), ['skipped actions/checkout', 'skipped actions/setup-node']);
  // Nothing was pushed to the checkout's own origin: run records went to the job's local bare repository.
  const originRefs = execFileSync('git', ['for-each-ref', '--format=%(refname)'], {
    cwd: repo.origin,
    encoding: 'utf8',
  });
  assert.equal(originRefs.trim(), 'refs/heads/main');
});
