/**
 * Reading what the lifecycle left on the origin, the way a person would, without the code under test: the
 * registry branch's JSON records (shapes written out here from schema/*.schema.json, only the fields the test
 * checks), the md5 a `.dvc` pointer names (read from the YAML as DVC writes it), and md5s of the data computed
 * with coreutils' `md5sum` — the independent side of every data hash the test compares.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { git } from '../harness/git-fixtures.js';
import { runCli } from '../harness/run-action.js';
import type { Lifecycle } from './lifecycle-scene.js';

const exec = promisify(execFile);

export interface DeployRecord {
  version: string;
  commit: string;
  environment: string;
  image: string;
  digest: string;
  run: { experiment: string; id: string };
  previous: { version: string } | null;
  tags: string[];
  pin: { mode: string; branch: string; commit: string; files: string[] };
  gates: { gate: string; subject: string; status: string }[];
  recordedAt: string;
}

export interface RunRecord {
  id: string;
  parentRunId?: string;
  params: Record<string, unknown>;
  metrics: Record<string, number>;
  git: { commit: string; branch?: string; pullRequest?: { number: number } };
  data: { path: string; md5: string }[];
  tags: Record<string, string>;
}

export interface DriftRecord {
  commit: string;
  recordedAt: string;
  reference: { path: string; md5: string; rows: number; size?: number };
  current: { path: string; md5: string; rows: number; size?: number };
  summary: { datasetDrift: boolean; share: number };
}

export interface RetrainRequest {
  drift: { source: { path: string } };
  production: { stage: string; version: string; commit: string };
  data: { path: string; md5: string }[];
}

/** The files under `prefix` on the registry branch, in git's (path) order. */
export async function registryFiles(s: Lifecycle, prefix: string): Promise<string[]> {
  const out = await git(s.origin, 'ls-tree', '-r', '--name-only', 'mlops/registry', '--', prefix);
  return out.split('\n').filter(Boolean);
}

export async function readJson<T>(s: Lifecycle, ref: string, path: string): Promise<T> {
  return JSON.parse(await s.show(ref, path)) as T;
}

/** Every JSON record under `prefix` on the registry branch, in path order. */
export async function registryRecords<T>(s: Lifecycle, prefix: string): Promise<T[]> {
  const paths = await registryFiles(s, prefix);
  return Promise.all(paths.map((path) => readJson<T>(s, 'mlops/registry', path)));
}

/** The md5 a .dvc pointer names at `ref`, read from the file as DVC writes it (`- md5: …`). */
export async function pointerMd5(s: Lifecycle, ref: string, path: string): Promise<string> {
  const md5 = /^- md5: ([0-9a-f]{32})$/m.exec(await s.show(ref, path))?.[1];
  assert.ok(md5, `${path} at ${ref} names an md5`);
  return md5;
}

/** `md5sum FILE` (DVC 3 hashes a file's bytes as they are). */
export async function md5sum(file: string): Promise<string> {
  const { stdout } = await exec('md5sum', ['--', file]);
  return stdout.split(' ')[0]!;
}

/** `md5sum` of what bash writes: `script` gets the output file as $1. */
export async function md5sumOf(script: string, out: string, args: string[] = []): Promise<string> {
  await exec('bash', ['-c', script, 'bash', out, ...args]);
  return md5sum(out);
}

/** The data remote holds the file with that md5 in DVC 3's layout (files/md5/xx/rest), with those bytes. */
export async function assertInDataRemote(s: Lifecycle, md5: string): Promise<void> {
  const stored = join(s.dataRemote, 'files', 'md5', md5.slice(0, 2), md5.slice(2));
  assert.ok(existsSync(stored), `the data remote holds ${md5}`);
  assert.equal(await md5sum(stored), md5, `the data remote's ${md5} has those bytes`);
}

/** `skopeo inspect` of an image in the test registry: its digest and labels. */
export async function inspectImage(
  image: string,
): Promise<{ Digest: string; Labels: Record<string, string> }> {
  const { stdout } = await exec('skopeo', ['inspect', '--tls-verify=false', `docker://${image}`]);
  return JSON.parse(stdout) as { Digest: string; Labels: Record<string, string> };
}

/** `mlops …` in the origin (a bare repository holds every ref), asserted to succeed. */
export async function mlops(s: Lifecycle, args: string[]): Promise<string> {
  const run = await runCli(args, { cwd: s.origin });
  assert.equal(run.exitCode, 0, `mlops ${args.join(' ')}: ${run.stderr}`);
  return run.stdout;
}

/** A `--plain` table (tabulate's plain format) cut at its header's column starts, so empty cells stay. */
export function plainTable(text: string): string[][] {
  const [header, ...rows] = text.trimEnd().split('\n');
  const starts = [...header!.matchAll(/\S+/g)].map((m) => m.index);
  return [header!, ...rows].map((line) =>
    starts.map((start, i) => line.slice(start, starts[i + 1] ?? line.length).trim()),
  );
}
