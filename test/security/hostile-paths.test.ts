/**
 * Hostile PATH cases (issue 9), as an attacker with write access to a pull request would try them: every
 * row is a repository layout × the action that meets it × the refusal, run through the runner-faithful
 * executor against the built bundle, with nothing written anywhere (hostile-table.ts). Needs `npm run build`.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { git } from '../harness/git-fixtures.js';
import { runAction } from '../harness/run-action.js';
import { tempDir } from '../harness/temp-dir.js';
import {
  type HostileRow,
  link,
  md5,
  pointer,
  putManifest,
  putObject,
  runRow,
  scene,
  SECRET,
  snapshot,
  write,
} from './hostile-table.js';

const HOOK = '#!/bin/sh\ntouch "$GIT_DIR/../pwned"\n';
const SECRET_CSV = `key,value\n${SECRET},1\n`;
const cacheOf = (ws: string) => join(ws, '.dvc', 'cache');
const pull = (s: { remote: string }) => ({ command: 'pull', remote: s.remote });
const status = () => ({ command: 'status' });
const drift = () => ({ reference: 'ref.csv.dvc', current: 'cur.csv' });
const image = () => ({ model: 'model', name: 'm', 'oci-layout': 'image-layout' });
const retrain =
  (extra: Record<string, string>) =>
  ({ remote }: { remote: string }) => ({
    name: 'churn',
    'drift-report': 'drift/report.json',
    remote,
    ...extra,
  });
/** A drift report with drift (K-S p 0.001 in both columns), for open-retrain-pr rows. */
const retrainReport = ({ ws }: { ws: string }) =>
  write(ws, {
    'drift/report.json': JSON.stringify({
      schemaVersion: 1,
      generatedAt: '2026-12-01T00:00:00.000Z',
      reference: { source: 'a.csv', format: 'csv', rows: 10, columns: 1 },
      current: { source: 'b.csv', format: 'csv', rows: 10, columns: 1 },
      settings: { driftShare: 0.5, correction: 'none' },
      summary: { tested: 1, drifted: 1, share: 1, datasetDrift: true, notTested: 0 },
      columns: [
        {
          name: 'x',
          type: 'numerical',
          test: 'ks',
          testLabel: 'K-S p-value',
          threshold: 0.05,
          operator: '<=',
          score: 0.001,
          drifted: true,
          missingShare: { reference: 0, current: 0 },
          values: { reference: 10, current: 10 },
          distinct: 10,
        },
      ],
      findings: [],
    }),
  });

const rows: HostileRow[] = [
  // data-hash pull / checkout: repository content must never write into .git (a hook runs in CI).
  {
    name: 'pointer path .git/hooks/pre-push with isexec, object in the in-repository cache',
    action: 'data-hash',
    inputs: pull,
    async layout({ ws }) {
      const hash = await putObject(cacheOf(ws), HOOK);
      await write(ws, { 'hook.dvc': pointer('.git/hooks/pre-push', hash, '  isexec: true\n') });
    },
    refusal:
      /^hook\.dvc: path '\.git\/hooks\/pre-push' points into \.git\/, which repository content may never write\.$/,
  },
  {
    name: 'pointer path . with a manifest entry .git/hooks/post-checkout',
    action: 'data-hash',
    inputs: pull,
    async layout({ ws }) {
      const hook = await putObject(cacheOf(ws), HOOK);
      const dir = await putManifest(cacheOf(ws), [{ relpath: '.git/hooks/post-checkout', md5: hook }]);
      await write(ws, { 'root.dvc': pointer('.', dir) });
    },
    refusal: /^root\.dvc: path '\.' is the repository root, which cannot be a data output\.$/,
  },
  {
    name: 'a manifest entry through an in-workspace symlink into .git',
    action: 'data-hash',
    inputs: pull,
    async layout({ ws }) {
      const hook = await putObject(cacheOf(ws), HOOK);
      const dir = await putManifest(cacheOf(ws), [{ relpath: 'sub/pre-push', md5: hook }]);
      await link(ws, 'data/sub', '../.git/hooks');
      await write(ws, { 'data.dvc': pointer('data', dir) });
    },
    refusal:
      /^data\.dvc: 'data' manifest entry 'sub\/pre-push' points into \.git\/, which repository content may never write\.$/,
  },
  {
    name: 'a manifest entry .git/hooks/x inside a data directory (a nested .git)',
    action: 'data-hash',
    inputs: pull,
    async layout({ ws }) {
      const hook = await putObject(cacheOf(ws), HOOK);
      const dir = await putManifest(cacheOf(ws), [{ relpath: '.git/hooks/x', md5: hook }]);
      await write(ws, { 'data.dvc': pointer('data', dir) });
    },
    refusal: /^data\.dvc: 'data' manifest entry '\.git\/hooks\/x' points into \.git\//,
  },
  {
    name: 'a manifest entry climbing out with ..',
    action: 'data-hash',
    inputs: pull,
    async layout({ ws }) {
      const hook = await putObject(cacheOf(ws), HOOK);
      const dir = await putManifest(cacheOf(ws), [{ relpath: '../escape.sh', md5: hook }]);
      await write(ws, { 'd.dvc': pointer('d', dir) });
    },
    refusal:
      /^d\.dvc: the manifest of 'd' contains an unsafe path '\.\.\/escape\.sh'; nothing was restored\.$/,
  },
  {
    name: 'pointer path through an in-workspace symlink into .git',
    action: 'data-hash',
    inputs: pull,
    async layout({ ws }) {
      const hash = await putObject(cacheOf(ws), HOOK);
      await link(ws, 'hooks', '.git/hooks');
      await write(ws, { 'h.dvc': pointer('hooks/pre-push', hash, '  isexec: true\n') });
    },
    refusal: /^h\.dvc: path 'hooks\/pre-push' points into \.git\//,
  },
  {
    name: 'pointer output inside the DVC cache (poisoning an object)',
    action: 'data-hash',
    inputs: pull,
    async layout({ ws }) {
      const hash = await putObject(cacheOf(ws), 'poison');
      await write(ws, {
        'c.dvc': pointer(`.dvc/cache/files/md5/${md5('x').slice(0, 2)}/${md5('x').slice(2)}`, hash),
      });
    },
    refusal:
      /^c\.dvc: path '\.dvc\/cache\/.*' points into DVC's own \.dvc\/ directory, which is never a data output\.$/,
  },
  {
    name: 'pointer path outside the workspace',
    action: 'data-hash',
    inputs: pull,
    async layout({ ws }) {
      const hash = await putObject(cacheOf(ws), 'planted');
      await write(ws, { 'o.dvc': pointer('../outside/planted.csv', hash) });
    },
    refusal:
      /^o\.dvc: path '\.\.\/outside\/planted\.csv' is outside the workspace; paths in repository content must stay inside it\.$/,
  },
  {
    name: 'pointer path through an in-workspace symlink leading outside',
    action: 'data-hash',
    inputs: pull,
    async layout({ ws, outside }) {
      const hash = await putObject(cacheOf(ws), 'planted');
      await link(ws, 'ext', outside);
      await write(ws, { 'e.dvc': pointer('ext/planted.csv', hash) });
    },
    refusal: /^e\.dvc: path 'ext\/planted\.csv' leads outside the workspace through a symbolic link/,
  },
  {
    name: '.dvc is a symlink to .git (its config, cache and state would be .git)',
    action: 'data-hash',
    inputs: status,
    layout: ({ ws }) => link(ws, '.dvc', '.git'),
    refusal: /^\.dvc: path '\.dvc' points into \.git\//,
  },
  {
    name: '.dvc/config puts the cache in .git',
    action: 'data-hash',
    inputs: pull,
    layout: ({ ws }) => write(ws, { '.dvc/config': '[cache]\n    dir = ../.git/dvc-cache\n' }),
    refusal: /^\.dvc\/config: cache dir '.*\/\.git\/dvc-cache' points into \.git\//,
  },
  {
    name: 'a data directory with a symlink to .git, added (it would cache .git/config)',
    action: 'data-hash',
    inputs: () => ({ command: 'add', paths: 'data' }),
    async layout({ ws }) {
      await write(ws, { 'data/a.csv': 'a\n1\n' });
      await link(ws, 'data/g', '../.git');
    },
    refusal:
      /^'data\/g' is a symbolic link into \.git\/ \('.*\/\.git'\), which is never read into images, caches or reports\.$/,
  },
  {
    name: 'data-hash paths input naming .git',
    action: 'data-hash',
    inputs: () => ({ command: 'add', paths: '.git/hooks' }),
    layout: () => Promise.resolve(),
    refusal:
      /^Input 'paths': path '\.git\/hooks' points into \.git\/, which mlops-actions may never write\.$/,
  },
  {
    name: '.mlops.yml is a symlink to a secret outside the workspace',
    action: 'data-hash',
    inputs: status,
    layout: ({ ws, outside }) => link(ws, '.mlops.yml', join(outside, 'secrets.csv')),
    refusal: /^\.mlops\.yml: path '\.mlops\.yml' leads outside the workspace through a symbolic link/,
  },
  {
    name: '.mlops.yml data.paths outside the workspace',
    action: 'data-hash',
    inputs: status,
    layout: ({ ws }) => write(ws, { '.mlops.yml': 'data:\n  paths: [../outside/secrets.csv]\n' }),
    refusal: /^\.mlops\.yml: data\.paths '\.\.\/outside\/secrets\.csv' is outside the workspace/,
  },
  {
    name: '.mlops.yml data.cache-dir in .git',
    action: 'data-hash',
    inputs: pull,
    layout: ({ ws }) => write(ws, { '.mlops.yml': 'data:\n  cache-dir: .git/objects-cache\n' }),
    refusal: /^\.mlops\.yml: data\.cache-dir '\.git\/objects-cache' points into \.git\//,
  },

  // drift-report: a pointer must not publish files from outside the workspace in the report.
  {
    name: 'drift: a .dvc pointer to a file outside the workspace (md5 not cached)',
    action: 'drift-report',
    inputs: drift,
    layout: ({ ws }) =>
      write(ws, {
        'ref.csv.dvc': pointer('../outside/secrets.csv', md5(SECRET_CSV)),
        'cur.csv': 'key,value\na,1\n',
      }),
    refusal: /^ref\.csv\.dvc: path '\.\.\/outside\/secrets\.csv' is outside the workspace/,
  },
  {
    name: 'drift: a .dvc pointer naming an in-workspace symlink to outside',
    action: 'drift-report',
    inputs: drift,
    async layout({ ws, outside }) {
      await link(ws, 'ref.csv', join(outside, 'secrets.csv'));
      await write(ws, { 'ref.csv.dvc': pointer('ref.csv', md5(SECRET_CSV)), 'cur.csv': 'key,value\na,1\n' });
    },
    refusal: /^ref\.csv\.dvc: path 'ref\.csv' leads outside the workspace through a symbolic link/,
  },
  {
    name: 'drift: an in-repository cache object that is a symlink to a secret',
    action: 'drift-report',
    inputs: drift,
    async layout({ ws, outside }) {
      const hash = md5(SECRET_CSV);
      await link(cacheOf(ws), `files/md5/${hash.slice(0, 2)}/${hash.slice(2)}`, join(outside, 'secrets.csv'));
      await write(ws, { 'ref.csv.dvc': pointer('ref.csv', hash), 'cur.csv': 'key,value\na,1\n' });
    },
    refusal: /^Input 'reference' \(ref\.csv\.dvc\): object [0-9a-f]{32} for ref\.csv is not in the DVC cache/,
  },
  {
    name: 'drift: a .dvc pointer into .git',
    action: 'drift-report',
    inputs: drift,
    layout: ({ ws }) => write(ws, { 'ref.csv.dvc': pointer('.git/config', md5('x')), 'cur.csv': 'k\n1\n' }),
    refusal:
      /^ref\.csv\.dvc: path '\.git\/config' points into \.git\/, which repository content may never read\.$/,
  },
  {
    name: 'drift: the reference input through an in-workspace symlink to outside',
    action: 'drift-report',
    inputs: () => ({ reference: 'data/secrets.csv', current: 'cur.csv' }),
    async layout({ ws, outside }) {
      await link(ws, 'data', outside);
      await write(ws, { 'cur.csv': 'key,value\na,1\n' });
    },
    refusal:
      /^Input 'reference': path 'data\/secrets\.csv' leads outside the workspace through a symbolic link in the repository/,
  },

  // build-model-image: nothing from .git (config holds the checkout's token) or outside goes into a layer.
  {
    name: 'image: model/g -> ../.git',
    action: 'build-model-image',
    inputs: image,
    async layout({ ws }) {
      await write(ws, { 'model/w.bin': 'weights' });
      await link(ws, 'model/g', '../.git');
    },
    refusal: /^Input 'model': 'model\/g' is a symbolic link into \.git\//,
  },
  {
    name: 'image: the model input is itself a symlink to .git',
    action: 'build-model-image',
    inputs: image,
    layout: ({ ws }) => link(ws, 'model', '.git'),
    refusal: /^Input 'model': path 'model' points into \.git\/, which mlops-actions may never read\.$/,
  },
  {
    name: 'image: a model symlink to a secret outside the workspace',
    action: 'build-model-image',
    inputs: image,
    async layout({ ws, outside }) {
      await write(ws, { 'model/w.bin': 'weights' });
      await link(ws, 'model/escape', join(outside, 'secrets.csv'));
    },
    refusal: /^Input 'model': 'model\/escape' is a symbolic link to '.*', outside the workspace/,
  },
  {
    name: 'image: a model symlink loop (one clear error, not ELOOP after walking the workspace 40 times)',
    action: 'build-model-image',
    inputs: image,
    async layout({ ws }) {
      await write(ws, { 'model/w.bin': 'weights' });
      await link(ws, 'model/loop', '..');
    },
    refusal:
      /^Input 'model': 'model\/loop\/model' leads back to 'model' through a symbolic link: a loop\. Remove the link\.$/,
  },
  {
    name: 'image: oci-layout into .git',
    action: 'build-model-image',
    inputs: () => ({ model: 'model', name: 'm', 'oci-layout': '.git/image' }),
    layout: ({ ws }) => write(ws, { 'model/w.bin': 'weights' }),
    refusal:
      /^Input 'oci-layout': path '\.git\/image' points into \.git\/, which mlops-actions may never write\.$/,
  },

  // track-experiment: a metrics file the PR turned into a link to outside is not read into the record.
  {
    name: 'track: metrics through an in-workspace symlink to outside',
    action: 'track-experiment',
    inputs: () => ({ name: 'exp', metrics: 'metrics.json', comment: 'never' }),
    layout: ({ ws, outside }) => link(ws, 'metrics.json', join(outside, 'secrets.csv')),
    refusal:
      /^Input 'metrics': path 'metrics\.json' leads outside the workspace through a symbolic link in the repository/,
  },

  // open-retrain-pr: the new data snapshot must be inside the repository, never .git or a workflow.
  {
    name: 'retrain: a data path outside the workspace',
    action: 'open-retrain-pr',
    inputs: retrain({ data: '../outside/secrets.csv' }),
    layout: retrainReport,
    refusal:
      /^Input 'data': path '\.\.\/outside\/secrets\.csv' is outside the workspace \(.*\); the new data snapshot must be inside the repository, where a \.dvc pointer can name it\.$/,
  },
  {
    name: 'retrain: a data path into .git',
    action: 'open-retrain-pr',
    inputs: retrain({ data: '.git/config' }),
    layout: retrainReport,
    refusal:
      /^Input 'data': path '\.git\/config' points into \.git\/, which mlops-actions may never write\.$/,
  },
  {
    name: 'retrain: a data path through an in-workspace symlink into .git',
    action: 'open-retrain-pr',
    inputs: retrain({ data: 'hooks/pre-push' }),
    async layout(s) {
      await retrainReport(s);
      await link(s.ws, 'hooks', '.git/hooks');
    },
    refusal: /^Input 'data': path 'hooks\/pre-push' points into \.git\//,
  },
  {
    name: 'retrain: .mlops.yml retrain.models.churn.data outside the workspace',
    action: 'open-retrain-pr',
    inputs: retrain({}),
    async layout(s) {
      await retrainReport(s);
      await write(s.ws, {
        '.mlops.yml': 'retrain:\n  models:\n    churn:\n      data: [../outside/secrets.csv]\n',
      });
    },
    refusal:
      /^\.mlops\.yml: retrain\.models\.churn\.data '\.\.\/outside\/secrets\.csv' is outside the workspace; paths in repository content must stay inside it\.$/,
  },
  {
    name: 'retrain: data under .github/workflows/ (a workflow change GITHUB_TOKEN may not push)',
    action: 'open-retrain-pr',
    inputs: retrain({ data: '.github/workflows/train.yml' }),
    async layout(s) {
      await retrainReport(s);
      await write(s.ws, { '.github/workflows/train.yml': 'on: push\n' });
    },
    refusal:
      /^Input 'data': '\.github\/workflows\/train\.yml' is under \.github\/workflows\/, which open-retrain-pr never writes/,
  },
  {
    name: 'retrain: the drift report through an in-workspace symlink to outside',
    action: 'open-retrain-pr',
    inputs: retrain({ 'drift-report': 'reports/secrets.csv' }),
    layout: ({ ws, outside }) => link(ws, 'reports', outside),
    refusal:
      /^Input 'drift-report': path 'reports\/secrets\.csv' leads outside the workspace through a symbolic link in the repository/,
  },
];

describe('hostile repository paths are refused, with nothing written', () => {
  for (const row of rows) it(`${row.action}: ${row.name}`, async () => void (await runRow(row)));
});

describe('the attack chain of issue 9 #1', () => {
  it('pull refuses the hook, so the next git push runs no code from the pull request', async () => {
    const s = await scene();
    const origin = join(await tempDir('mlops-origin-'), 'origin.git');
    await git(s.ws, 'init', '-q', '--bare', origin);
    await git(s.ws, 'remote', 'add', 'origin', origin);
    const hash = await putObject(cacheOf(s.ws), HOOK);
    await write(s.ws, { 'hook.dvc': pointer('.git/hooks/pre-push', hash, '  isexec: true\n') });
    const gitBefore = await snapshot(join(s.ws, '.git'));
    const run = await runAction({
      action: 'data-hash',
      workspace: s.ws,
      inputs: { command: 'pull', remote: s.remote },
    });
    assert.equal(run.exitCode, 1, run.stdout);
    assert.ok(!existsSync(join(s.ws, '.git', 'hooks', 'pre-push')), 'hook not installed');
    assert.deepEqual(await snapshot(join(s.ws, '.git')), gitBefore);
    await git(s.ws, 'push', '-q', 'origin', 'HEAD:refs/heads/main');
    assert.ok(!existsSync(join(s.ws, 'pwned')), 'the push ran no hook');
  });
});
