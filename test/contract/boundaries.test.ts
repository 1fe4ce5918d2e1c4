/**
 * Layering, as `npm run lint` enforces it: src/core reaches no layer above it (adapter, cli, actions) from a
 * file at any depth, and only src/adapter reads process.env. Run through ESLint's API with the project's own
 * config, on real paths (type-aware linting needs files the TypeScript project knows; the text is ours).
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ESLint } from 'eslint';
import { PROJECT_ROOT } from '../harness/run-action.js';

const eslint = new ESLint({
  cwd: PROJECT_ROOT,
  overrideConfigFile: join(PROJECT_ROOT, 'scripts', 'eslint.config.js'),
});

/** The messages of `rule` when `code` stands at `file` (relative to the project). */
async function messages(file: string, code: string, rule: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(PROJECT_ROOT, file) });
  return result!.messages.filter((m) => m.ruleId === rule).map((m) => m.message);
}

// Three directories below src/core: the depth a path pattern like '../../adapter/*' misses.
const DEEP = 'src/core/drift/readers/csv.ts';
const SHALLOW = 'src/core/errors.ts';

describe('src/core imports nothing above it', () => {
  it('a deep core file importing the adapter fails lint', async () => {
    const found = await messages(
      DEEP,
      "import { Git } from '../../../adapter/git.js';\nexport const probe: unknown = Git;\n",
      'mlops/core-boundary',
    );
    assert.equal(found.length, 1);
    assert.match(
      found[0]!,
      /src\/core must not import src\/adapter \('\.\.\/\.\.\/\.\.\/adapter\/git\.js'\)/,
    );
  });

  it('so do cli and actions, re-exports and dynamic imports, and the same from a shallow file', async () => {
    const deep = await messages(
      DEEP,
      [
        "export { cli } from '../../../cli/main.js';",
        "export * from '../../../actions/index.js';",
        "export const later = () => import('../../../adapter/octokit.js');",
      ].join('\n'),
      'mlops/core-boundary',
    );
    assert.equal(deep.length, 3, deep.join('\n'));
    const shallow = await messages(
      SHALLOW,
      "import { Git } from '../adapter/git.js';\nexport const probe: unknown = Git;\n",
      'mlops/core-boundary',
    );
    assert.equal(shallow.length, 1);
  });

  it('imports within core pass', async () => {
    const found = await messages(
      DEEP,
      "import { ConfigurationError } from '../../errors.js';\nimport { DEFAULT_DRIFT_SHARE } from '../settings.js';\nexport const probe: unknown = [ConfigurationError, DEFAULT_DRIFT_SHARE];\n",
      'mlops/core-boundary',
    );
    assert.deepEqual(found, []);
  });
});

describe('process.env is read only in src/adapter', () => {
  const code = 'export const token = process.env.GITHUB_TOKEN;\n';
  for (const file of ['src/actions/data-hash.ts', 'src/cli/main.ts', SHALLOW, DEEP, 'src/main.ts']) {
    it(`${file}: refused`, async () => {
      assert.equal((await messages(file, code, 'no-restricted-properties')).length, 1);
    });
  }
  it('destructuring counts too', async () => {
    const found = await messages(
      'src/actions/data-hash.ts',
      'const { env } = process;\nexport const e = env;\n',
      'no-restricted-properties',
    );
    assert.equal(found.length, 1);
  });
  it('src/adapter/runner-env.ts: allowed', async () => {
    assert.deepEqual(await messages('src/adapter/runner-env.ts', code, 'no-restricted-properties'), []);
  });
});

describe('domains in src/core meet only through the shared layers', () => {
  it('a domain importing another domain off the listed edges fails lint, naming both', async () => {
    const found = await messages(
      'src/core/hashing/add.ts',
      "import { DECISION_VERSION } from '../deploy/decision.js';\nexport const probe: unknown = DECISION_VERSION;\n",
      'mlops/core-boundary',
    );
    assert.equal(found.length, 1);
    assert.match(
      found[0]!,
      /src\/core\/hashing must not import src\/core\/deploy \('\.\.\/deploy\/decision\.js'\)/,
    );
  });

  it('so does a shared layer importing any domain, from any depth', async () => {
    const found = await messages(
      'src/core/registry/gto/grammar.ts',
      "export * from '../../hashing/add.js';\n",
      'mlops/core-boundary',
    );
    assert.equal(found.length, 1);
    assert.match(found[0]!, /src\/core\/registry must not import src\/core\/hashing/);
    const format = await messages(
      'src/core/dvc/pointer.ts',
      "export * from '../drift/config.js';\n",
      'mlops/core-boundary',
    );
    assert.equal(format.length, 1, 'core/dvc, a format layer, reaches no domain either');
  });

  it('the shared layers, top-level core files and a listed edge pass', async () => {
    const found = await messages(
      'src/core/deploy/gates/context.ts',
      [
        "export { GitCommands } from '../../git/commands.js';",
        "export { ConfigurationError } from '../../errors.js';",
        "export * from '../../dvc/pointer.js';",
        "export * from '../../gitops/pin.js';",
      ].join('\n'),
      'mlops/core-boundary',
    );
    assert.deepEqual(found, []);
  });
});
