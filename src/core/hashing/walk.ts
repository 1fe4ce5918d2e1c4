import { type Dirent, readdirSync, realpathSync, statSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { Worker } from 'node:worker_threads';
import { sep } from 'node:path';
import { ConfigurationError } from '../errors.js';
import { PathPolicy } from '../fs/path-policy.js';
import { StatError, statMany } from './stat-pool.js';
import { WALK_WORKER_SOURCE, type WalkWorkerReply } from './walk-worker.js';

/**
 * The regular files found under a tracked output, column-wise: 100,000 files are three arrays and one
 * Float64Array, not 100,000 objects for the garbage collector to chase.
 */
export class FileList {
  constructor(
    /** Paths inside the tracked directory, "/"-separated ('' for a single-file output). */
    readonly relpaths: string[],
    /** Absolute paths (through any symlinks, which are followed). */
    readonly paths: string[],
    /** ino, mtimeMs, size, mode per file: what the state cache keys on. */
    readonly numbers: Float64Array,
  ) {}

  get length(): number {
    return this.paths.length;
  }

  ino(i: number): number {
    return this.numbers[i * 4]!;
  }

  mtimeMs(i: number): number {
    return this.numbers[i * 4 + 1]!;
  }

  size(i: number): number {
    return this.numbers[i * 4 + 2]!;
  }

  executable(i: number): boolean {
    return (this.numbers[i * 4 + 3]! & 0o111) !== 0;
  }
}

/** Names DVC never tracks inside a directory output. */
const SKIPPED = new Set(['.git', '.hg', '.dvc']);

/** Lists files (not their stat data) the way DVC walks an output; symlinks checked and followed. */
class Lister {
  readonly relpaths: string[] = [];
  readonly paths: string[] = [];
  private readonly active = new Set<string>();
  private readonly policy: PathPolicy;

  constructor(
    private readonly workspaceReal: string,
    private readonly displayPath: string,
  ) {
    this.policy = PathPolicy.forWorkspace(workspaceReal);
  }

  get workspaceRoot(): string {
    return this.workspaceReal;
  }

  get display(): string {
    return this.displayPath;
  }

  visit(absDir: string, prefix: string, realDir: string): void {
    if (this.active.has(realDir)) return; // a symlink loop: stop instead of recursing forever
    this.active.add(realDir);
    let entries: Dirent[];
    try {
      entries = readdirSync(absDir, { withFileTypes: true });
    } catch (error) {
      throw new ConfigurationError(
        `Cannot read directory '${this.displayPath}/${prefix}': ${(error as Error).message}`,
        { cause: error },
      );
    }
    for (const entry of entries) {
      const name = entry.name;
      if (SKIPPED.has(name)) continue;
      const path = `${absDir}${sep}${name}`;
      if (entry.isDirectory()) this.visit(path, `${prefix}${name}/`, `${realDir}${sep}${name}`);
      else if (entry.isFile()) {
        this.relpaths.push(`${prefix}${name}`);
        this.paths.push(path);
      } else if (entry.isSymbolicLink()) this.link(`${prefix}${name}`, path);
      // sockets, fifos, devices: not data
    }
    this.active.delete(realDir);
  }

  /** Follow a symlink the path policy allows: inside the workspace, never into `.git`. */
  link(relpath: string, path: string): void {
    const real = this.policy.followLink(path, `${this.displayPath}/${relpath}`);
    if (statSync(real).isDirectory()) this.visit(real, `${relpath}/`, real);
    else {
      this.relpaths.push(relpath);
      this.paths.push(real);
    }
  }

  async stat(parallel: number): Promise<FileList> {
    let numbers: Float64Array;
    try {
      numbers = await statMany(this.paths, parallel);
    } catch (error) {
      if (!(error instanceof StatError)) throw error;
      throw new ConfigurationError(
        `Cannot read '${this.displayPath}/${this.relpaths[error.index]}': ${error.message}`,
        { cause: error },
      );
    }
    return new FileList(this.relpaths, this.paths, numbers);
  }
}

/**
 * Threads worth using for a walk: stat work is short, so a worker (start-up, copying 50,000 paths back)
 * only pays off on a core that is actually free. Measured on a shared 2-core machine under load, the
 * parallel walk was slower than one thread (scripts/bench/data-hash.ts prints both).
 */
function freeThreads(parallel: number): number {
  const cores = availableParallelism();
  const idle = Math.floor(cores - loadavg()[0]!);
  return Math.max(1, Math.min(parallel, cores, idle));
}

/** Below this many files (as the state cache remembers from last time) one thread walks everything. */
const PARALLEL_WALK_MIN = 8000;

/** A run of files belonging to one top-level entry: [source, start, end) (source 0 = main thread). */
type Segment = [number, number, number];

function assemble(sources: readonly FileList[], segments: readonly Segment[]): FileList {
  const total = segments.reduce((n, [, start, end]) => n + end - start, 0);
  const relpaths = new Array<string>(total);
  const paths = new Array<string>(total);
  const numbers = new Float64Array(total * 4);
  let at = 0;
  for (const [source, start, end] of segments) {
    const list = sources[source]!;
    for (let i = start; i < end; i++, at++) {
      relpaths[at] = list.relpaths[i]!;
      paths[at] = list.paths[i]!;
    }
    numbers.set(list.numbers.subarray(start * 4, end * 4), (at - (end - start)) * 4);
  }
  return new FileList(relpaths, paths, numbers);
}

/**
 * Walk with every core, as git's preloaded index does: subdirectories are dealt round-robin to the main
 * thread and to workers, each listing and stat-ing whole subtrees; symlinks met by workers come back to the
 * main thread (which checks them). The pieces are put back in top-level readdir order, so the result is
 * the single-threaded walk's order and an unchanged tree still matches its state sequentially.
 */
async function parallelWalk(dir: string, lister: Lister, threads: number): Promise<FileList> {
  const units: [string, string][][] = Array.from({ length: threads - 1 }, () => []);
  // Per top-level entry: main-thread range, or [worker, unit index].
  const plan: ({ main: [number, number] } | { worker: number; unit: number })[] = [];
  let dealt = 0;
  const realDir = realpathSync(dir);
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const name = entry.name;
    if (SKIPPED.has(name)) continue;
    const path = `${dir}${sep}${name}`;
    const start = lister.paths.length;
    if (entry.isDirectory()) {
      const k = dealt++ % threads;
      if (k > 0) {
        plan.push({ worker: k, unit: units[k - 1]!.length });
        units[k - 1]!.push([path, `${name}/`]);
        continue;
      }
      lister.visit(path, `${name}/`, `${realDir}${sep}${name}`);
    } else if (entry.isFile()) {
      lister.relpaths.push(name);
      lister.paths.push(path);
    } else if (entry.isSymbolicLink()) lister.link(name, path);
    plan.push({ main: [start, lister.paths.length] });
  }
  const replies = units.map(
    (workerUnits) =>
      new Promise<WalkWorkerReply>((resolve, reject) => {
        const worker = new Worker(WALK_WORKER_SOURCE, {
          eval: true,
          execArgv: [],
          workerData: { units: workerUnits },
        });
        worker.once('message', (reply: WalkWorkerReply) => {
          void worker.terminate();
          resolve(reply);
        });
        worker.once('error', reject);
      }),
  );
  const sources = [await lister.stat(1)];
  const unitStarts: number[][] = [];
  const links = new Lister(lister.workspaceRoot, lister.display);
  for (const reply of await Promise.all(replies)) {
    if (reply.error) {
      throw new ConfigurationError(
        `Cannot read '${lister.display}/${reply.error.where ?? ''}': ${reply.error.message}`,
      );
    }
    const relpaths = reply.relpaths === '' ? [] : reply.relpaths.split('\0');
    const paths = relpaths.map((relpath) => `${dir}/${relpath}`);
    sources.push(new FileList(relpaths, paths, reply.numbers));
    const starts = [0];
    for (const count of reply.counts) starts.push(starts.at(-1)! + count);
    unitStarts.push(starts);
    for (const [relpath, path] of reply.links) links.link(relpath, path);
  }
  const segments: Segment[] = plan.map((step) => {
    if ('main' in step) return [0, step.main[0], step.main[1]];
    const starts = unitStarts[step.worker - 1]!;
    return [step.worker, starts[step.unit]!, starts[step.unit + 1]!];
  });
  if (links.paths.length > 0) {
    sources.push(await links.stat(1));
    segments.push([sources.length - 1, 0, links.paths.length]);
  }
  return assemble(sources, segments);
}

/**
 * Walk a directory in readdir order (no sorting: the `.dir` manifest is sorted when it is built, and an
 * unchanged directory reads back in the same order, so the state cache is matched sequentially). All sync
 * calls, spread over threads for big trees (`expected`: the file count the state remembers). Never one
 * async lstat per file: that costs ~13× more time and hundreds of MiB. Symlinks are followed when they stay
 * inside `workspaceReal`; one leading outside is refused.
 */
export async function walkDirectory(
  dir: string,
  workspaceReal: string,
  displayPath: string,
  parallel = 2,
  expected = 0,
): Promise<FileList> {
  const lister = new Lister(workspaceReal, displayPath);
  const threads = freeThreads(parallel);
  if (threads > 1 && expected >= PARALLEL_WALK_MIN) return parallelWalk(dir, lister, threads);
  lister.visit(dir, '', realpathSync(dir));
  return lister.stat(threads);
}

/** The parallel walk with a fixed thread count, whatever the load (tests and the benchmark compare it). */
export async function walkInParallel(
  dir: string,
  workspaceReal: string,
  displayPath: string,
  threads: number,
): Promise<FileList> {
  return parallelWalk(dir, new Lister(workspaceReal, displayPath), Math.max(2, threads));
}
