import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Git } from '../../../src/adapter/git.js';
import { GitCommands } from '../../../src/core/git/commands.js';
import { ModelRegistry } from '../../../src/core/registry/gto/model-registry.js';
import {
  formatModelReference,
  parseModelReference,
  resolveModelReference,
} from '../../../src/core/registry/gto/reference.js';
import { createRepoWithOrigin } from '../../harness/git-fixtures.js';
import { rawTag } from './gto-fixtures.js';

const T0 = 1_767_225_600; // 2026-01-01T00:00:00Z

describe('model references: name#stage, name@vX.Y.Z', () => {
  it('parses the two forms, dirname:name artifacts included', () => {
    const table: [string, ReturnType<typeof parseModelReference>][] = [
      ['churn#production', { name: 'churn', stage: 'production' }],
      ['churn@v1.2.0', { name: 'churn', version: 'v1.2.0' }],
      ['models:churn#prod', { name: 'models:churn', stage: 'prod' }],
      ['nested/churn@v0.0.1-rc.1', { name: 'nested/churn', version: 'v0.0.1-rc.1' }],
      ['  churn#staging  ', { name: 'churn', stage: 'staging' }],
    ];
    for (const [text, expected] of table) {
      assert.deepEqual(parseModelReference(text, "Input 'x'"), expected, text);
      assert.equal(formatModelReference(expected), text.trim());
    }
  });

  it('refuses anything else with one error naming where the text came from', () => {
    const table: [string, RegExp][] = [
      ['churn', /Input 'x': 'churn' names no model version; write <model>#<stage> .* or <model>@vX\.Y\.Z\.$/],
      ['', /names no model version/],
      ['churn#', /names no model version/],
      ['#prod', /names no model version/],
      ['churn@latest', /'latest' is not a version \(Input 'x'\)/],
      ['churn@1.2.0', /'1\.2\.0' is not a version \(Input 'x'\)/],
      ['churn#a#b', /'churn#a' is not a GTO artifact name/],
      ['churn#-prod', /'-prod' is not a GTO stage name \(Input 'x'\)/],
      ['.hidden#prod', /is not a GTO artifact name \(Input 'x'\)/],
    ];
    for (const [text, message] of table) {
      assert.throws(() => parseModelReference(text, "Input 'x'"), message, text);
    }
  });

  it("resolves through the GTO tags: a stage by GTO's CLI rule, a version only while active", async () => {
    const repo = await createRepoWithOrigin();
    const a = await repo.commit({ 'm.txt': '1' });
    const b = await repo.commit({ 'm.txt': '2' });
    const w = repo.work;
    await rawTag(w, 'churn@v1.0.0', a, { time: T0 });
    await rawTag(w, 'churn@v1.1.0', b, { time: T0 + 10 });
    await rawTag(w, 'churn#prod#1', b, { time: T0 + 20 });
    // Rolled back: v1.0.0 assigned later, so `gto show` shows it in prod (newest assignment wins).
    await rawTag(w, 'churn#prod#2', a, { time: T0 + 30 });
    await rawTag(w, 'churn@v1.1.0!', b, { time: T0 + 40 });
    const registry = await ModelRegistry.read(new GitCommands(new Git(w)));
    const resolve = (text: string) => resolveModelReference(registry, parseModelReference(text, 'x'));
    assert.deepEqual([resolve('churn#prod')?.version, resolve('churn#prod')?.commit], ['v1.0.0', a]);
    assert.equal(resolve('churn@v1.0.0')?.commit, a);
    assert.equal(resolve('churn@v1.1.0'), undefined, 'deregistered');
    assert.equal(resolve('churn@v9.9.9'), undefined);
    assert.equal(resolve('churn#staging'), undefined);
    assert.equal(resolve('other#prod'), undefined);
  });
});
