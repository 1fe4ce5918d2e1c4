/**
 * The path policy (src/core/fs/path-policy.ts) on real directory trees: where a path comes from decides how
 * far it may reach, and nothing reaches .git. The hostile layouts per action are in test/security/.
 */
import assert from 'node:assert/strict';
import { mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { ConfigurationError } from '../../../src/core/errors.js';
import { writeFileAtomic } from '../../../src/core/fs/atomic-write.js';
import { isGitName, PathPolicy } from '../../../src/core/fs/path-policy.js';
import { tempDir } from '../../harness/temp-dir.js';

async function layout() {
  const root = await tempDir();
  const ws = join(root, 'ws');
  const outside = join(root, 'outside');
  await mkdir(join(ws, 'data'), { recursive: true });
  await mkdir(join(ws, '.git', 'hooks'), { recursive: true });
  await mkdir(outside);
  await writeFile(join(outside, 'secret'), 'x');
  await symlink(outside, join(ws, 'link-out'));
  await symlink(join(ws, 'data'), join(ws, 'link-in'));
  await symlink('.git/hooks', join(ws, 'hooks'));
  return { ws, outside, policy: PathPolicy.forWorkspace(ws) };
}

function refused(pattern: RegExp) {
  return (error: unknown) => {
    assert.ok(error instanceof ConfigurationError, String(error));
    assert.match(error.message, pattern);
    return true;
  };
}

test('inputs may be absolute or outside the workspace; inside it, its symlinks must stay inside', async () => {
  const { ws, outside, policy } = await layout();
  assert.equal(policy.resolveInput('data', 'paths'), join(ws, 'data'));
  assert.equal(policy.resolveInput('link-in/new-file', 'paths', 'write'), join(ws, 'link-in', 'new-file'));
  assert.equal(policy.resolveInput('not/yet/there', 'report-dir', 'write'), join(ws, 'not', 'yet', 'there'));
  // The workflow author's runner.temp, a mounted volume: fine.
  assert.equal(policy.resolveInput(join(outside, 'drift'), 'report-dir', 'write'), join(outside, 'drift'));
  assert.equal(policy.resolveInput('../outside/secret', 'reference'), join(outside, 'secret'));
  // An in-repository symlink is repository content: it may not carry an input out of the workspace.
  for (const bad of ['link-out/secret', 'link-out/not-yet'])
    assert.throws(
      () => policy.resolveInput(bad, 'reference'),
      refused(/^Input 'reference': path 'link-out\/.*' leads outside the workspace through a symbolic link/),
    );
  // Spelled through another name for the workspace, the in-repository link still may not carry it out.
  const alias = join(ws, '..', 'alias');
  await symlink(ws, alias);
  assert.throws(
    () => policy.resolveInput(join(alias, 'link-out', 'secret'), 'reference'),
    refused(/leads outside the workspace through a symbolic link in the repository/),
  );
  // Where DVC's format needs it (data-hash paths), inside only.
  assert.throws(
    () => policy.resolveInput('../outside/secret', 'paths', 'read', { insideOnly: 'tracked data only' }),
    refused(/^Input 'paths': path '\.\.\/outside\/secret' is outside the workspace .*; tracked data only\.$/),
  );
});

test('repository content stays inside the workspace, lexically and through symlinks', async () => {
  const { ws, policy } = await layout();
  const from = { file: 'data/x.dvc', base: join(ws, 'data') };
  assert.equal(policy.resolveContent('x.csv', from), join(ws, 'data', 'x.csv'));
  assert.equal(policy.resolveContent('../link-in/y', from), join(ws, 'link-in', 'y'));
  assert.throws(
    () => policy.resolveContent('../../outside/secret', from),
    refused(
      /^data\/x\.dvc: path '\.\.\/\.\.\/outside\/secret' is outside the workspace; paths in repository content/,
    ),
  );
  assert.throws(
    () => policy.resolveContent('../link-out/secret', from),
    refused(
      /^data\/x\.dvc: path '\.\.\/link-out\/secret' leads outside the workspace through a symbolic link/,
    ),
  );
  assert.throws(() => policy.resolveContent('a\0b', from), refused(/contains a NUL character/));
  // A dangling symlink is followed by hand: a write through it would land where it points.
  await symlink(join(ws, '..', 'outside', 'new-dir'), join(ws, 'data', 'dangling'));
  assert.throws(
    () => policy.resolveContent('dangling/f', from, 'output'),
    refused(/leads outside the workspace/),
  );
});

test('.git is never read or written, whatever the spelling or route', async () => {
  const { ws, outside, policy } = await layout();
  const from = { file: 'data/x.dvc', base: join(ws, 'data') };
  const message = /^data\/x\.dvc: path '.*' points into \.git\/, which repository content may never write\.$/;
  for (const bad of [
    '../.git/hooks/pre-push',
    '../hooks/pre-push',
    '../.GIT/hooks/x',
    '../.git./config',
    '../.g\u200cit/x',
  ])
    assert.throws(() => policy.resolveContent(bad, from, 'output'), refused(message), bad);
  assert.throws(
    () => policy.resolveInput('.git/config', 'model'),
    refused(
      /^Input 'model': path '\.git\/config' points into \.git\/, which mlops-actions may never read\.$/,
    ),
  );
  assert.throws(() => policy.resolveInput('hooks', 'oci-layout', 'write'), refused(/points into \.git\//));
  assert.throws(
    () => policy.resolveStorage('.git/cache', { file: '.dvc/config', what: 'cache dir' }),
    refused(/^\.dvc\/config: cache dir '\.git\/cache' points into \.git\//),
  );
  // A storage location may be outside the workspace (DVC's shared caches), like an input.
  assert.equal(policy.resolveStorage(join(outside, 'cache'), { input: 'cache-dir' }), join(outside, 'cache'));
  assert.throws(
    () => policy.followLink(join(ws, 'hooks'), 'model/hooks'),
    refused(/'model\/hooks' is a symbolic link into \.git\//),
  );
  assert.ok(isGitName('.Git') && isGitName('GIT~1') && isGitName('.git ') && !isGitName('.github'));
});

test('a git directory named by a .git file (worktree, submodule) is protected too', async () => {
  const root = await tempDir();
  const ws = join(root, 'ws');
  await mkdir(join(root, 'separate', 'objects'), { recursive: true });
  await mkdir(ws);
  await writeFile(join(ws, '.git'), `gitdir: ${join(root, 'separate')}\n`);
  await symlink(join(root, 'separate'), join(ws, 'store'));
  const policy = PathPolicy.forWorkspace(ws);
  assert.throws(
    () => policy.resolveInput(join(root, 'separate', 'x'), 'oci-layout', 'write'),
    refused(/points into \.git\//),
  );
  assert.throws(
    () => policy.followLink(join(ws, 'store'), 'data/store'),
    refused(/symbolic link into \.git\//),
  );
});

test('data outputs: never the root, .dvc/ or the cache', async () => {
  const { ws } = await layout();
  const policy = PathPolicy.forWorkspace(ws, {
    protect: [{ dir: join(ws, 'cache'), name: 'the DVC cache' }],
  });
  const from = { file: 'x.dvc' };
  assert.throws(() => policy.resolveContent('.', from, 'output'), refused(/is the repository root/));
  assert.throws(
    () => policy.resolveContent('.dvc/cache/files/md5/ab/c', from, 'output'),
    refused(/DVC's own \.dvc\/ directory/),
  );
  assert.throws(
    () => policy.resolveContent('sub/.dvc/tmp', from, 'output'),
    refused(/DVC's own \.dvc\/ directory/),
  );
  assert.throws(() => policy.resolveContent('cache/x', from, 'output'), refused(/points into the DVC cache/));
  assert.equal(policy.resolveContent('.dvc/cache/x', from, 'read'), join(ws, '.dvc', 'cache', 'x'));
});

test('content globs expand inside the workspace only', async () => {
  const { ws, policy } = await layout();
  await writeFile(join(ws, 'data', 'a.yaml'), '');
  await mkdir(join(ws, 'data', 'sub'));
  await writeFile(join(ws, 'data', 'sub', 'b.yaml'), '');
  await writeFile(join(ws, '.git', 'hooks', 'c.yaml'), '');
  const from = { file: '.mlops.yml', what: 'deploy.manifests' };
  assert.deepEqual(policy.expandContentGlob('**/*.yaml', from), [
    join(ws, 'data', 'a.yaml'),
    join(ws, 'data', 'sub', 'b.yaml'),
  ]);
  for (const bad of ['../*.yaml', '/etc/*', '.git/**', 'x/../../y'])
    assert.throws(
      () => policy.expandContentGlob(bad, from),
      refused(/must be relative to the workspace/),
      bad,
    );
  // A match through a symlink that leads out is refused, not silently published.
  assert.throws(() => policy.expandContentGlob('link-out/*', from), refused(/leads outside the workspace/));
});

test('atomic writes leave either the old or the whole new file, and no temp files', async () => {
  const dir = await tempDir();
  const file = join(dir, 'sub', 'report.json');
  await writeFileAtomic(file, '{"a":1}');
  await writeFileAtomic(file, '{"a":2}');
  assert.equal(await readFile(file, 'utf8'), '{"a":2}');
  assert.deepEqual(await readdir(join(dir, 'sub')), ['report.json']);
  await assert.rejects(writeFileAtomic(join(file, 'child'), 'x'));
  assert.equal(await readFile(file, 'utf8'), '{"a":2}');
});

test("content globs match what Python's glob (recursive) matches", async () => {
  const { execFileSync } = await import('node:child_process');
  const { globFiles } = await import('../../../src/core/fs/content-glob.js');
  const base = await tempDir();
  const tree = [
    'a.yaml',
    'b.yml',
    '.hidden.yaml',
    'k8s/deploy.yaml',
    'k8s/svc.yaml',
    'k8s/.secret.yaml',
    'k8s/base/kustomization.yaml',
    'k8s/overlays/prod/patch.yaml',
    'k8s/overlays/prod/x1.json',
    'k8s/overlays/dev/x2.json',
    '.github/workflows/ci.yaml',
    'c[1].txt',
  ];
  for (const file of tree) {
    await mkdir(join(base, file, '..'), { recursive: true });
    await writeFile(join(base, file), '');
  }
  const patterns = [
    '**/*.yaml',
    '*.y?ml',
    'k8s/*.yaml',
    'k8s/**/*.json',
    'k8s/overlays/*/x[12].json',
    '**/prod/*',
    'k8s/[!o]*',
  ];
  const script =
    'import glob,json,os,sys\nos.chdir(sys.argv[1])\n' +
    'print(json.dumps([sorted(p for p in glob.glob(pat, recursive=True)) for pat in json.loads(sys.argv[2])]))';
  const expected = JSON.parse(
    execFileSync('/usr/bin/python3', ['-c', script, base, JSON.stringify(patterns)], { encoding: 'utf8' }),
  ) as string[][];
  patterns.forEach((pattern, i) => {
    assert.deepEqual(globFiles(base, pattern, isGitName), expected[i], pattern);
  });
  assert.deepEqual(globFiles(base, 'k8s/{deploy,svc}.yaml', isGitName), ['k8s/deploy.yaml', 'k8s/svc.yaml']);
});
