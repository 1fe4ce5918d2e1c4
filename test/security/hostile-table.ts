/**
 * The table behind test/security/hostile-paths.test.ts: a row is a hostile repository layout (what a pull
 * request can put in the checkout: pointers, manifests, symlinks, config) × the action that meets it × the
 * refusal expected. Each row runs the bundled action the way the runner does (test/harness/run-action.ts)
 * in a real git checkout, and checks that nothing was written: the workspace (.git included) and the
 * directory beside it are byte for byte what they were. New actions that read paths from repository
 * content (gated-deploy's manifest globs, open-retrain-pr's data paths) add their rows here.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { lstat, mkdir, readFile, readdir, readlink, symlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { git } from '../harness/git-fixtures.js';
import { type ActionRun, runAction } from '../harness/run-action.js';
import { tempDir } from '../harness/temp-dir.js';

/** The places a hostile layout is built in: the checkout, and a directory beside it (secrets, targets). */
export interface Scene {
  /** The checkout (`git init`ed, one commit), the action's workspace. */
  ws: string;
  /** A directory outside the workspace holding `secrets.csv`. */
  outside: string;
  /** An empty local DVC remote, outside the workspace. */
  remote: string;
}

export const SECRET = 'AKIAHOSTILEPATHSECRET';

export interface HostileRow {
  /** What the hostile content does. */
  name: string;
  /** Build it (files relative to the workspace; symlinks; DVC objects). */
  layout(scene: Scene): Promise<void>;
  /** The action (actions/<name>) and its inputs; functions get the scene. */
  action: string;
  inputs(scene: Scene): Record<string, string>;
  /** The one error the step must fail with. */
  refusal: RegExp;
}

export function md5(data: string | Uint8Array): string {
  return createHash('md5').update(data).digest('hex');
}

/** Put bytes into a DVC 3 cache (`files/md5/xx/…`, read-only as DVC leaves them); returns the md5. */
export async function putObject(cacheDir: string, data: string, suffix = ''): Promise<string> {
  const hash = md5(data);
  const path = join(cacheDir, 'files', 'md5', hash.slice(0, 2), hash.slice(2) + suffix);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, data, { mode: 0o444 });
  return hash + suffix;
}

/** A `.dir` manifest as DVC writes it (json.dumps, sort_keys) for the given entries; returns its md5.dir. */
export async function putManifest(cacheDir: string, entries: { relpath: string; md5: string }[]) {
  const text = `[${entries.map((e) => `{"md5": "${e.md5}", "relpath": "${e.relpath}"}`).join(', ')}]`;
  return putObject(cacheDir, text, '.dir');
}

export function pointer(path: string, hash: string, extra = ''): string {
  return `outs:\n- md5: ${hash}\n  size: 1\n  hash: md5\n  path: ${path}\n${extra}`;
}

export async function write(root: string, files: Record<string, string>): Promise<void> {
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), content);
  }
}

export async function link(root: string, path: string, target: string): Promise<void> {
  await mkdir(dirname(join(root, path)), { recursive: true });
  await symlink(target, join(root, path));
}

/** Every entry under `dir` (not following links): type, mode, and content hash or link target. */
export async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const walk = async (rel: string) => {
    for (const name of await readdir(join(dir, rel))) {
      const path = rel === '' ? name : `${rel}/${name}`;
      const info = await lstat(join(dir, path));
      const mode = (info.mode & 0o7777).toString(8);
      if (info.isSymbolicLink()) out[path] = `link ${await readlink(join(dir, path))}`;
      else if (info.isDirectory()) {
        out[path] = `dir ${mode}`;
        await walk(path);
      } else out[path] = `file ${mode} ${md5(await readFile(join(dir, path)))}`;
    }
  };
  await walk('');
  return out;
}

export async function scene(): Promise<Scene> {
  const root = await tempDir('mlops-hostile-');
  const s: Scene = { ws: join(root, 'ws'), outside: join(root, 'outside'), remote: join(root, 'remote') };
  await mkdir(s.ws);
  await mkdir(s.remote);
  await write(s.outside, { 'secrets.csv': `key,value\n${SECRET},1\n` });
  await write(s.ws, { 'README.md': '# project\n' });
  await git(s.ws, 'init', '-q');
  await git(s.ws, 'add', '-A');
  await git(s.ws, 'commit', '-q', '-m', 'initial');
  return s;
}

function errors(run: ActionRun): string[] {
  return run.annotations.filter((a) => a.level === 'error').map((a) => a.message);
}

/** Run one row: exit 1, exactly its refusal, no stack trace, no secret, nothing written anywhere. */
export async function runRow(row: HostileRow): Promise<ActionRun> {
  const s = await scene();
  await row.layout(s);
  const before = {
    ws: await snapshot(s.ws),
    outside: await snapshot(s.outside),
    remote: await snapshot(s.remote),
  };
  const run = await runAction({ action: row.action, workspace: s.ws, inputs: row.inputs(s) });
  const shown = `${run.stdout}\n${run.stderr}`;
  assert.equal(run.exitCode, 1, `${row.name}: must fail\n${shown}`);
  const messages = errors(run);
  assert.equal(messages.length, 1, `${row.name}: one error\n${shown}`);
  assert.match(messages[0]!, row.refusal, row.name);
  assert.doesNotMatch(shown, /failed unexpectedly|\n\s+at /, `${row.name}: a user error, not a crash`);
  assert.ok(
    !`${shown}${run.summary}${JSON.stringify(run.outputs)}`.includes(SECRET),
    `${row.name}: secret shown`,
  );
  assert.deepEqual(
    await snapshot(s.ws),
    before.ws,
    `${row.name}: the workspace (.git included) is untouched`,
  );
  assert.deepEqual(await snapshot(s.outside), before.outside, `${row.name}: nothing written outside`);
  assert.deepEqual(await snapshot(s.remote), before.remote, `${row.name}: the remote is untouched`);
  return run;
}
