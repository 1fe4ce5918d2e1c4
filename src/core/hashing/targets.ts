import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import type { PathOrigin, PathPolicy } from '../fs/path-policy.js';
import { ConfigurationError } from '../errors.js';
import { compareCodePoints } from '../dvc/python-json.js';
import { type Pointer, type PointerOut, readPointer } from '../dvc/pointer.js';

/** One tracked output to act on: its pointer entry (if any) and where its data lives. */
export interface Target {
  /** Repository-relative, "/"-separated path of the data. */
  display: string;
  abs: string;
  pointer: Pointer | undefined;
  /** Absolute path of the `.dvc` file (existing or to be written). */
  pointerAbs: string;
  out: PointerOut | undefined;
}

export function toDisplay(root: string, abs: string): string {
  return relative(root, abs).split(sep).join('/');
}

/** Directories never searched for pointers. */
const NOT_SEARCHED = new Set(['.git', '.dvc', 'node_modules']);

/**
 * Every `*.dvc` pointer under `dir`. A directory `X` beside an `X.dvc` is tracked data, not searched (a
 * 100,000-file dataset must not be walked just to find pointers).
 */
export function findPointers(dir: string): string[] {
  const found: string[] = [];
  const visit = (current: string) => {
    const entries = readdirSync(current, { withFileTypes: true });
    const names = new Set(entries.map((e) => e.name));
    for (const entry of entries) {
      const abs = join(current, entry.name);
      if (entry.isFile() && entry.name.endsWith('.dvc') && entry.name !== '.dvc') found.push(abs);
      else if (entry.isDirectory() && !NOT_SEARCHED.has(entry.name) && !names.has(`${entry.name}.dvc`))
        visit(abs);
    }
  };
  visit(dir);
  return found.sort(compareCodePoints);
}

/**
 * A pointer's outputs are repository content: each must stay in the repository and may never be `.git`,
 * `.dvc/`, the cache or the root (pull writes there, with the pointer's `isexec`).
 */
async function targetsOfPointer(paths: PathPolicy, pointerAbs: string): Promise<Target[]> {
  const root = paths.root;
  const display = toDisplay(root, pointerAbs);
  const pointer = await readPointer(pointerAbs, display);
  const targets: Target[] = [];
  for (const out of pointer.outs) {
    const abs = paths.resolveContent(out.path, { file: display, base: dirname(pointerAbs) }, 'output');
    targets.push({ display: toDisplay(root, abs), abs, pointer, pointerAbs, out });
  }
  return targets;
}

const INSIDE_ONLY = 'data-hash tracks data inside the repository only';

/** A `paths` item: from the input, or from `.mlops.yml` `data.paths` (repository content). */
function resolvePath(paths: PathPolicy, path: string, from: PathOrigin, use: 'read' | 'output'): string {
  return 'input' in from
    ? paths.resolveInput(path, from.input, use, { insideOnly: INSIDE_ONLY })
    : paths.resolveContent(path, { file: from.file, what: from.what }, use);
}

/**
 * Resolve the `paths` input for status/verify/push/pull: `.dvc` files, data paths with a pointer beside
 * them, directories containing pointers, or untracked data (reported as new). Empty = every pointer.
 */
export async function resolveTargets(
  policy: PathPolicy,
  paths: readonly string[],
  from: PathOrigin = { input: 'paths' },
): Promise<Target[]> {
  const root = policy.root;
  const pointerFiles: string[] = [];
  const untracked: Target[] = [];
  if (paths.length === 0) pointerFiles.push(...findPointers(root));
  for (const path of paths) {
    const abs = resolvePath(policy, path, from, 'read');
    if (abs.endsWith('.dvc') && existsSync(abs) && statSync(abs).isFile()) pointerFiles.push(abs);
    else if (existsSync(`${abs}.dvc`)) pointerFiles.push(`${abs}.dvc`);
    else if (existsSync(abs) && statSync(abs).isDirectory() && findPointers(abs).length > 0)
      pointerFiles.push(...findPointers(abs));
    else if (existsSync(abs)) {
      untracked.push({
        display: toDisplay(root, abs),
        abs,
        pointer: undefined,
        pointerAbs: `${abs}.dvc`,
        out: undefined,
      });
    } else {
      throw new ConfigurationError(`Input 'paths': '${path}' does not exist and has no .dvc pointer.`);
    }
  }
  const targets: Target[] = [];
  for (const file of [...new Set(pointerFiles)]) targets.push(...(await targetsOfPointer(policy, file)));
  return [...targets, ...untracked];
}

/** Resolve the `paths` input for add: data paths (not pointers), inside the workspace. */
export async function resolveAddTargets(
  policy: PathPolicy,
  paths: readonly string[],
  from: PathOrigin = { input: 'paths' },
): Promise<Target[]> {
  const root = policy.root;
  if (paths.length === 0)
    throw new ConfigurationError("Input 'paths' is required for add: the files or directories to track.");
  const targets: Target[] = [];
  for (const path of paths) {
    const abs = resolvePath(policy, path, from, 'output');
    const display = toDisplay(root, abs);
    if (abs.endsWith('.dvc')) {
      throw new ConfigurationError(`Input 'paths': '${path}' is a pointer file; pass the data path to add.`);
    }
    if (!existsSync(abs)) throw new ConfigurationError(`Input 'paths': '${path}' does not exist.`);
    const pointerAbs = `${abs}.dvc`;
    const pointer = existsSync(pointerAbs)
      ? await readPointer(pointerAbs, toDisplay(root, pointerAbs))
      : undefined;
    const out = pointer?.outs.find((o) => o.path === basename(abs)) ?? pointer?.outs[0];
    targets.push({ display, abs, pointer, pointerAbs, out });
  }
  return targets;
}
