/**
 * The new data snapshot a retrain PR carries: the `data` paths are added with data-hash's core (objects
 * cached, `.dvc` pointer written, `.gitignore` entry beside the data) and pushed to the data remote before
 * any branch or pull request is touched, so a pointer on the branch never names data the remote lacks. The
 * branch gets the pointers and the `.gitignore` lines, never the data.
 */

import { existsSync, realpathSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, join, relative, sep } from 'node:path';
import { ConfigurationError } from '../errors.js';
import type { PathOrigin, PathPolicy } from '../fs/path-policy.js';
import type { FileWrite } from '../git/change-set.js';
import type { GitCommands } from '../git/commands.js';
import { readDvcConfig } from '../hashing/dvc-config.js';
import { runDataHash } from '../hashing/data-hash.js';
import { escapeGitignore } from '../hashing/gitignore.js';
import type { Logger } from '../logger.js';
import type { DataEntry } from './request.js';

const INSIDE_ONLY = 'the new data snapshot must be inside the repository, where a .dvc pointer can name it';

/** Paths this action never writes: GITHUB_TOKEN may not change workflows, and a data PR has no business there. */
export function checkNotWorkflow(treePath: string, what: string): void {
  if (/^\.github\/workflows(\/|$)/i.test(treePath)) {
    throw new ConfigurationError(
      `${what} '${treePath}' is under .github/workflows/, which open-retrain-pr never writes (changing workflows needs the \`workflows\` permission, which GITHUB_TOKEN cannot have); keep data elsewhere.`,
    );
  }
}

export interface SnapshotTarget {
  /** As given. */
  given: string;
  abs: string;
  /** Path inside the git tree (`/`-separated). */
  treePath: string;
}

export interface SnapshotOptions {
  policy: PathPolicy;
  /** The git top-level (real path); tree paths are relative to it. */
  gitRoot: string;
  paths: readonly string[];
  from: PathOrigin;
  /** The data remote (input or `.mlops.yml data.remote`); else `.dvc/config`'s default remote. */
  remote: string | undefined;
}

const describeOrigin = (from: PathOrigin): string =>
  'input' in from ? `Input '${from.input}'` : `${from.file} ${from.what ?? 'path'}`;

/** Resolve and check the data paths and the remote; writes nothing (a dry run stops here). */
export function checkSnapshot(options: SnapshotOptions): SnapshotTarget[] {
  const { policy, from } = options;
  const where = describeOrigin(from);
  const targets = options.paths.map((given) => {
    const abs =
      'input' in from
        ? policy.resolveInput(given, from.input, 'output', { insideOnly: INSIDE_ONLY })
        : policy.resolveContent(given, { file: from.file, what: from.what }, 'output');
    if (!existsSync(abs)) throw new ConfigurationError(`${where}: '${given}' does not exist.`);
    if (abs.endsWith('.dvc') && statSync(abs).isFile()) {
      throw new ConfigurationError(`${where}: '${given}' is a .dvc pointer; give the data path it tracks.`);
    }
    const treePath = relative(options.gitRoot, realpathSync(abs)).split(sep).join('/');
    if (treePath === '' || treePath.startsWith('..')) {
      throw new ConfigurationError(
        `${where}: '${given}' is not inside the git repository (${options.gitRoot}).`,
      );
    }
    checkNotWorkflow(treePath, `${where}:`);
    return { given, abs, treePath };
  });
  if (targets.length > 0 && !options.remote && !readDvcConfig(policy.root).defaultRemote) {
    throw new ConfigurationError(
      `${where} is given, but there is no data remote to push the new data to: set 'remote' (a directory or s3://bucket/prefix), .mlops.yml data.remote, or a default remote in .dvc/config.`,
    );
  }
  return targets;
}

export interface SnapshotResult {
  entries: DataEntry[];
  /** The pointers as data-hash wrote them, by tree path. */
  pointers: { treePath: string; text: string }[];
  /** `.gitignore` entries to have on the branch: the file's tree path and the `/name` line. */
  ignores: { treePath: string; entry: string }[];
  /** Files the branch gets only when the parent lacks them (`.dvc/.gitignore`). */
  extra: { treePath: string; text: string }[];
}

export interface AddOptions extends SnapshotOptions {
  targets: readonly SnapshotTarget[];
  cacheDir: string | undefined;
  cacheDirFrom: PathOrigin;
  remoteFrom: PathOrigin;
  jobs: number;
  endpointUrl: string | undefined;
  region: string | undefined;
  tempDir: string;
  logger: Logger;
}

/** data-hash add, then push of exactly those pointers; returns what the branch needs. */
export async function addAndPushSnapshot(options: AddOptions): Promise<SnapshotResult> {
  const root = options.policy.root;
  const common = {
    root,
    cacheDir: options.cacheDir,
    cacheDirFrom: options.cacheDirFrom,
    remote: options.remote,
    remoteFrom: options.remoteFrom,
    endpointUrl: options.endpointUrl,
    region: options.region,
    jobs: options.jobs,
    logger: options.logger,
  } as const;
  const added = await runDataHash({
    ...common,
    command: 'add',
    paths: options.targets.map((t) => t.abs),
    pathsFrom: { input: 'data' },
    reportPath: join(options.tempDir, 'mlops-retrain', `add-${process.pid}.json`),
  });
  const pushed = await runDataHash({
    ...common,
    command: 'push',
    paths: added.added.map((a) => join(root, a.pointer)),
    reportPath: join(options.tempDir, 'mlops-retrain', `push-${process.pid}.json`),
  });
  options.logger.info(
    `Pushed the new data to ${pushed.remote ?? 'the data remote'}: ${pushed.transfer?.transferred ?? 0} object(s) uploaded.`,
  );
  const prefix = relative(options.gitRoot, root).split(sep).join('/');
  const inTree = (path: string) => (prefix === '' ? path : `${prefix}/${path}`);
  const result: SnapshotResult = { entries: [], pointers: [], ignores: [], extra: [] };
  // data-hash add writes .dvc/.gitignore (cache, tmp, config.local) when the cache is the in-repository one;
  // a branch without it would show the cache as untracked files after a `data-hash pull`.
  const dvcIgnore = join(root, '.dvc', '.gitignore');
  if (existsSync(dvcIgnore)) {
    result.extra.push({ treePath: inTree('.dvc/.gitignore'), text: await readFile(dvcIgnore, 'utf8') });
  }
  for (const a of added.added) {
    const pointer = inTree(a.pointer);
    checkNotWorkflow(pointer, 'The pointer');
    result.pointers.push({ treePath: pointer, text: await readFile(join(root, a.pointer), 'utf8') });
    const dir = inTree(a.path).split('/').slice(0, -1).join('/');
    result.ignores.push({
      treePath: dir === '' ? '.gitignore' : `${dir}/.gitignore`,
      entry: `/${escapeGitignore(basename(a.path))}`,
    });
    result.entries.push({
      path: inTree(a.path),
      pointer,
      md5: a.hash.md5,
      size: a.hash.size ?? 0,
      nfiles: a.hash.nfiles ?? 1,
    });
  }
  return result;
}

/**
 * The files the branch gets on top of `parent`: each pointer, and each `.gitignore` with its entry added
 * (once, on a line of its own, as `dvc add` appends it) to the parent's version of that file.
 */
export async function snapshotWrites(
  git: GitCommands,
  parent: string,
  snapshot: SnapshotResult,
): Promise<FileWrite[]> {
  const writes: FileWrite[] = snapshot.pointers.map((p) => ({ path: p.treePath, content: p.text }));
  const byFile = new Map<string, string[]>();
  for (const { treePath, entry } of snapshot.ignores)
    byFile.set(treePath, [...(byFile.get(treePath) ?? []), entry]);
  for (const [treePath, entries] of byFile) {
    const blob = await git.resolveObject(`${parent}:${treePath}`);
    let text = blob ? ((await git.readBlobTexts([blob])).get(blob) ?? '') : '';
    const before = text;
    for (const entry of entries) {
      if (text.split(/\r?\n/).includes(entry)) continue;
      text = `${text}${text === '' || text.endsWith('\n') ? '' : '\n'}${entry}\n`;
    }
    if (text !== before || !blob) writes.push({ path: treePath, content: text });
  }
  for (const file of snapshot.extra) {
    if (!(await git.resolveObject(`${parent}:${file.treePath}`)))
      writes.push({ path: file.treePath, content: file.text });
  }
  return writes;
}
