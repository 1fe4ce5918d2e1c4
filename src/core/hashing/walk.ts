import { readdirSync, realpathSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { sep } from 'node:path';
import type { Worker } from 'node:worker_threads';
import { ConfigurationError } from '../errors.js';
import { startEvalWorker } from '../workers/eval-worker.js';
import { PathPolicy } from '../fs/path-policy.js';
import { FileList, type PathSpan } from './file-list.js';
import { walkWorkerSource, type WalkWorkerData, type WalkWorkerReply } from './walk-worker.js';
import { type UnitFiles, type WalkFailureInfo, type WalkUnit, walkerFactory } from './walker.js';

export { FileList };

const walker = walkerFactory({ readdirSync, statSync }, sep);

/** Below this many files (as the state cache remembers from last time) one thread walks everything. */
const PARALLEL_WALK_MIN = 8000;
/** Files of one directory are stat-ed in pieces of this many, so even a flat directory can be shared. */
const FILES_PER_UNIT = 1024;
/** Top levels are split into their entries until there are this many units (or three levels). */
const MIN_UNITS = 32;
const MAX_SPLIT_DEPTH = 3;

/** Called on the main thread after each unit it walked: files and bytes found so far (its own). */
export type WalkProgress = (files: number, bytes: number) => void;

function walkError(info: WalkFailureInfo, display: string): ConfigurationError {
  return info.directory
    ? new ConfigurationError(`Cannot read directory '${display}/${info.where}': ${info.message}`)
    : new ConfigurationError(`Cannot read '${display}/${info.where}': ${info.message}`);
}

/** Run `fn`, turning a walker failure into the user-facing error. */
function reported<T>(display: string, fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    const info = walker.failureOf(error);
    throw info ? walkError(info, display) : error;
  }
}

/** The output's entries as units of work, in walk order; big, shallow trees split a level or two deeper. */
function planUnits(dir: string): WalkUnit[] {
  let units = walker.childUnits(dir, '', FILES_PER_UNIT);
  for (let depth = 1; depth < MAX_SPLIT_DEPTH; depth++) {
    if (units.length >= MIN_UNITS || !units.some((u) => u.kind === 'tree')) break;
    units = units.flatMap((u) =>
      u.kind === 'tree' ? walker.childUnits(u.dir, u.prefix, FILES_PER_UNIT) : [u],
    );
  }
  return units;
}

/**
 * Walk the units on this thread and, with threads > 1, on a worker: both take the next unit from one
 * shared counter, so neither waits for the other to start. Results come back in unit order; the first
 * failure in walk order wins, as in a single-threaded walk.
 */
async function runUnits(
  units: WalkUnit[],
  threads: number,
  display: string,
  onProgress?: WalkProgress,
): Promise<UnitFiles[]> {
  const results = new Array<UnitFiles>(units.length);
  const next = new Int32Array(new SharedArrayBuffer(4));
  let worker: Worker | undefined;
  let reply: Promise<WalkWorkerReply> | undefined;
  if (threads > 1 && units.length > 1) {
    const workerData: WalkWorkerData = { units, next: next.buffer, sep };
    const started = startEvalWorker(walkWorkerSource(), workerData);
    worker = started;
    reply = new Promise<WalkWorkerReply>((resolve, reject) => {
      started.once('message', resolve);
      started.once('error', reject);
      started.once('exit', (code) =>
        reject(new Error(`walk worker exited with code ${code} before replying`)),
      );
    });
    reply.catch(() => undefined); // not awaited when the worker took no unit (then it is just ended)
  }
  let failure: (WalkFailureInfo & { unit: number }) | undefined;
  let mine = 0;
  let files = 0;
  let bytes = 0;
  try {
    for (;;) {
      const k = Atomics.add(next, 0, 1);
      if (k >= units.length) break;
      mine++;
      let found: UnitFiles;
      try {
        found = walker.runUnit(units[k]!);
      } catch (error) {
        const info = walker.failureOf(error);
        if (!info) throw error;
        failure = { unit: k, ...info };
        Atomics.store(next, 0, units.length);
        break;
      }
      results[k] = found;
      if (onProgress) {
        files += found.count;
        for (let i = 0; i < found.count; i++) bytes += found.numbers[i * 4 + 2]!;
        onProgress(files, bytes);
      }
    }
    // A worker that took no unit (it started after this thread took the last one) is not waited for.
    if (worker && reply && mine < units.length) {
      const got = await reply;
      for (const [k, found] of got.done) results[k] = found;
      if (got.failure && (!failure || got.failure.unit < failure.unit)) failure = got.failure;
    }
  } finally {
    void worker?.terminate();
  }
  if (failure) throw walkError(failure, display);
  return results;
}

/** Collects the walk's pieces in order, following symbolic links where they were met. */
class Assembly {
  private readonly parts: string[] = [];
  private readonly numbers: Float64Array[] = [];
  private readonly spans: PathSpan[] = [];
  private total = 0;
  private readonly policy: PathPolicy;

  constructor(
    workspaceReal: string,
    private readonly display: string,
  ) {
    this.policy = PathPolicy.forWorkspace(workspaceReal);
  }

  private add(
    relpaths: string,
    count: number,
    numbers: Float64Array,
    span?: Omit<PathSpan, 'start' | 'end'>,
  ) {
    if (count === 0) return;
    this.parts.push(relpaths);
    this.numbers.push(numbers);
    if (span) this.spans.push({ start: this.total, end: this.total + count, ...span });
    this.total += count;
  }

  /**
   * Add what a unit found. `realBase`/`basePrefix`: the real directory its relpaths start from, and their
   * prefix there; `chain`: real directories being walked above it (a link back into one is a loop).
   */
  unit(
    found: UnitFiles,
    realBase: string,
    basePrefix: string,
    chain: ReadonlySet<string>,
    span?: Omit<PathSpan, 'start' | 'end'>,
  ): void {
    if (found.links.length === 0) {
      this.add(found.relpaths, found.count, found.numbers, span);
      return;
    }
    const names = found.count === 0 ? [] : found.relpaths.split('\0');
    let from = 0;
    for (const [relpath, path, at] of found.links) {
      this.add(names.slice(from, at).join('\0'), at - from, found.numbers.subarray(from * 4, at * 4), span);
      from = at;
      this.follow(relpath, path, realBase, basePrefix, chain);
    }
    this.add(names.slice(from).join('\0'), found.count - from, found.numbers.subarray(from * 4), span);
  }

  /** Follow a symlink the path policy allows: inside the workspace, never into `.git`. */
  private follow(
    relpath: string,
    path: string,
    realBase: string,
    basePrefix: string,
    chain: ReadonlySet<string>,
  ) {
    const real = this.policy.followLink(path, `${this.display}/${relpath}`);
    const st = statSync(real);
    if (!st.isDirectory()) {
      this.add(relpath, 1, Float64Array.of(st.ino, st.mtimeMs, st.size, st.mode), {
        base: real,
        strip: relpath.length,
      });
      return;
    }
    // The directories walked above this link: its base and each directory between the base and the link.
    const above = new Set(chain).add(realBase);
    let dir = realBase;
    const inner = relpath.slice(basePrefix.length).split('/');
    for (const name of inner.slice(0, -1)) above.add((dir = `${dir}${sep}${name}`));
    if (above.has(real)) return; // a symbolic link loop: stop instead of recursing forever
    const prefix = `${relpath}/`;
    const found = reported(this.display, () => walker.walkTree(real, prefix));
    this.unit(found, real, prefix, above.add(real), { base: `${real}${sep}`, strip: prefix.length });
  }

  result(dir: string): FileList {
    const numbers = new Float64Array(this.total * 4);
    let at = 0;
    for (const part of this.numbers) {
      numbers.set(part, at);
      at += part.length;
    }
    return new FileList(undefined, undefined, numbers, this.parts.join('\0'), {
      dir,
      sep,
      spans: this.spans,
    });
  }
}

async function walk(
  dir: string,
  workspaceReal: string,
  displayPath: string,
  threads: number,
  onProgress?: WalkProgress,
): Promise<FileList> {
  const realDir = realpathSync(dir);
  const units = reported(displayPath, () => planUnits(dir));
  const results = await runUnits(units, threads, displayPath, onProgress);
  const assembly = new Assembly(workspaceReal, displayPath);
  const root = new Set<string>();
  for (const found of results) assembly.unit(found, realDir, '', root);
  return assembly.result(dir);
}

/**
 * Walk a directory in readdir order (no sorting: the `.dir` manifest is sorted when it is built, and an
 * unchanged directory reads back in the same order, so the state cache is matched in one comparison). All
 * sync calls, shared with a worker thread for big trees (`expected`: the file count the state remembers),
 * as git's preloaded index does. Never one async lstat per file: that costs ~13× more time and hundreds
 * of MiB. Symlinks are followed when they stay inside `workspaceReal`; one leading outside is refused.
 */
export async function walkDirectory(
  dir: string,
  workspaceReal: string,
  displayPath: string,
  parallel = 2,
  expected = 0,
  onProgress?: WalkProgress,
): Promise<FileList> {
  const threads = expected >= PARALLEL_WALK_MIN ? Math.max(1, Math.min(parallel, availableParallelism())) : 1;
  return walk(dir, workspaceReal, displayPath, threads, onProgress);
}

/** The parallel walk with a worker whatever the size (tests and the benchmark compare it). */
export async function walkInParallel(
  dir: string,
  workspaceReal: string,
  displayPath: string,
  threads: number,
): Promise<FileList> {
  return walk(dir, workspaceReal, displayPath, Math.max(2, threads));
}
