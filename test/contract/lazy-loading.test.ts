/**
 * dist/ loads only what the chosen command needs (issue 14 §3): the entry is small, `mlops --help` reads no
 * other file, and an action or subcommand loads none of the other actions' code. Checked on the bundle the
 * way a user runs it, by recording every module Node loads (module.registerHooks) — not by timing it.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { test } from 'node:test';
import { promisify } from 'node:util';
import { writeFiles } from '../harness/git-fixtures.js';
import { ensureFreshDist, NODE24, PROJECT_ROOT } from '../harness/run-action.js';
import { tempDir } from '../harness/temp-dir.js';

const run = promisify(execFile);
const DIST = join(PROJECT_ROOT, 'dist');

/** The dist/ files a CLI run loads, in the order Node loads them. */
async function loadedFiles(args: string[], cwd: string): Promise<string[]> {
  const log = join(await tempDir('mlops-loaded-'), 'loaded.txt');
  const hooks = join(await tempDir('mlops-hooks-'), 'hooks.mjs');
  writeFileSync(
    hooks,
    `import { appendFileSync } from 'node:fs';
import { registerHooks } from 'node:module';
registerHooks({
  load(url, context, next) {
    if (url.startsWith('file:')) appendFileSync(${JSON.stringify(log)}, url + '\\n');
    return next(url, context);
  },
});
`,
  );
  writeFileSync(log, '');
  await run(NODE24, ['--import', hooks, join(DIST, 'mlops.js'), ...args], { cwd }).catch(
    (error: { code?: number }) => {
      if (typeof error.code !== 'number') throw error; // a non-zero exit is fine (e.g. no pointer)
    },
  );
  return readFileSync(log, 'utf8')
    .split('\n')
    .filter((url) => url.includes('/dist/'))
    .map((url) => basename(new URL(url).pathname));
}

/**
 * Code that only its own part of the project contains: a function name or a constant no other part has.
 * (ncc keeps names; webpack may prefix a renamed one, so a substring is what is looked for.)
 */
const SIGNATURES: Record<string, string> = {
  hashing: 'walkerFactory',
  drift: 'wassersteinWalk',
  parquet: 'parquetRead',
  image: 'application/vnd.oci.image.manifest.v1+json',
  experiments: 'readRunRecords',
  gitops: 'pinManifest',
  registry: 'ModelRegistry',
  octokit: 'octokit-rest.js',
  'actions-core': 'getIDToken',
};

/** The parts whose code these dist files hold. */
function parts(files: readonly string[]): Set<string> {
  const texts = files.map((file) => readFileSync(join(DIST, file), 'utf8'));
  return new Set(
    Object.entries(SIGNATURES)
      .filter(([, signature]) => texts.some((text) => text.includes(signature)))
      .map(([part]) => part),
  );
}

test('the entry is small and `mlops --help` loads nothing else', async () => {
  await ensureFreshDist();
  assert.ok(statSync(join(DIST, 'index.js')).size < 200_000, 'dist/index.js holds only the dispatch');
  const cwd = await tempDir('mlops-help-');
  assert.deepEqual(await loadedFiles(['--help'], cwd), ['mlops.js', 'index.js']);
});

test('data-hash status loads no other action’s code, no GitHub client, no image or drift code', async () => {
  await ensureFreshDist();
  const ws = await tempDir('mlops-lazy-');
  await writeFiles(ws, { 'data/a.txt': 'a' });
  const files = await loadedFiles(['data-hash', 'status', '--paths', 'data', '--quiet'], ws);
  assert.ok(files.length > 2, `loaded ${files.join(', ')}`);
  assert.deepEqual([...parts(files)], ['hashing']);
});

test('`mlops models list` loads the registry, not the actions', async () => {
  await ensureFreshDist();
  const ws = await tempDir('mlops-lazy-models-');
  await run('git', ['init', '-q', ws]);
  assert.deepEqual([...parts(await loadedFiles(['models', 'list'], ws))], ['registry']);
});

test('every signature above is somewhere in dist/ (so a missing one cannot pass unseen)', async () => {
  await ensureFreshDist();
  const all = readdirSync(DIST).filter((file) => file.endsWith('.js'));
  assert.deepEqual([...parts(all)].sort(), Object.keys(SIGNATURES).sort());
});
