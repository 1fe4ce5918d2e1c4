import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { closeSync, openSync, readSync } from 'node:fs';
import { CHUNK_SIZE, ContentHasher, hashFile, type HashAlgorithm } from '../dvc/content-hash.js';
import { startEvalWorker } from '../workers/eval-worker.js';

/**
 * Hash many files on every core. md5 runs on the JS thread that calls it, so one thread cannot keep two
 * cores busy; worker threads can. The worker is a small self-contained script evaluated from a string, so
 * it works the same from the TypeScript sources (tests) and from the single ncc bundle (dist/), with no
 * second entry file to ship. It mirrors content-hash.ts (tests hold both to the same vectors).
 */
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const { openSync, readSync, closeSync } = require('node:fs');
const { createHash } = require('node:crypto');
const CHUNK = ${CHUNK_SIZE};
const buffer = Buffer.allocUnsafe(CHUNK);
function isText(block) {
  if (block.length === 0) return true;
  let non = 0;
  for (let i = 0; i < block.length; i++) {
    const b = block[i];
    if (b === 0) return false;
    if ((b < 0x20 || b > 0x7e) && b !== 10 && b !== 13 && b !== 9 && b !== 12 && b !== 8) non++;
  }
  return non / block.length <= 0.3;
}
function dos2unix(chunk) {
  if (chunk.indexOf(13) === -1) return chunk;
  const out = Buffer.allocUnsafe(chunk.length);
  let n = 0;
  for (let i = 0; i < chunk.length; i++) {
    if (chunk[i] === 13 && chunk[i + 1] === 10) continue;
    out[n++] = chunk[i];
  }
  return out.subarray(0, n);
}
function hashOne(path, legacy) {
  const fd = openSync(path, 'r');
  try {
    const md5 = createHash('md5');
    let size = 0;
    let text;
    for (;;) {
      let filled = 0;
      while (filled < CHUNK) {
        const n = readSync(fd, buffer, filled, CHUNK - filled, null);
        if (n === 0) break;
        filled += n;
      }
      if (filled === 0) break;
      size += filled;
      const chunk = buffer.subarray(0, filled);
      if (legacy) {
        if (text === undefined) text = isText(chunk.subarray(0, 512));
        md5.update(text ? dos2unix(chunk) : chunk);
      } else md5.update(chunk);
      if (filled < CHUNK) break;
    }
    return { md5: md5.digest('hex'), size };
  } finally {
    closeSync(fd);
  }
}
parentPort.on('message', (batch) => {
  const results = batch.items.map((item) => {
    try {
      return hashOne(item.path, item.legacy);
    } catch (error) {
      return { error: error.message, code: error.code };
    }
  });
  parentPort.postMessage({ id: batch.id, results });
});
`;

export interface HashJob {
  path: string;
  algorithm: HashAlgorithm;
  /** Size from stat, used to balance batches. */
  size: number;
}

export type HashResult = { md5: string; size: number } | { error: string; code: string | undefined };

interface Batch {
  id: number;
  start: number;
  items: { path: string; legacy: boolean }[];
}

/** Below this much work, worker start-up (~20 ms each) costs more than it saves. */
const INLINE_MAX_FILES = 8;
const INLINE_MAX_BYTES = 4 * CHUNK_SIZE;
const BATCH_FILES = 64;
const BATCH_BYTES = 16 * CHUNK_SIZE;

/** Files up to this size are read synchronously (one reused 1 MiB buffer): no thread-pool round trips. */
const SMALL_FILE = 4 * CHUNK_SIZE;

/** A small file read through one reused buffer: no per-file allocation (readFileSync allocates each time). */
function hashSmall(path: string, algorithm: HashAlgorithm, buffer: Buffer): { md5: string; size: number } {
  const fd = openSync(path, 'r');
  try {
    const hasher = new ContentHasher(algorithm);
    for (;;) {
      const n = readSync(fd, buffer, 0, buffer.length, null);
      if (n === 0) break;
      // The hasher consumes (md5) or copies (dos2unix) the chunk before the buffer is reused.
      hasher.update(buffer.subarray(0, n));
    }
    return { md5: hasher.digest(), size: hasher.size };
  } finally {
    closeSync(fd);
  }
}

async function hashInline(jobs: readonly HashJob[]): Promise<HashResult[]> {
  const out: HashResult[] = [];
  let buffer: Buffer | undefined;
  for (const job of jobs) {
    try {
      if (job.size <= SMALL_FILE)
        out.push(hashSmall(job.path, job.algorithm, (buffer ??= Buffer.allocUnsafe(CHUNK_SIZE))));
      else out.push(await hashFile(job.path, job.algorithm));
    } catch (error) {
      const e = error as NodeJS.ErrnoException;
      out.push({ error: e.message, code: e.code });
    }
  }
  return out;
}

function makeBatches(jobs: readonly HashJob[]): Batch[] {
  const batches: Batch[] = [];
  let current: Batch | undefined;
  let bytes = 0;
  jobs.forEach((job, index) => {
    if (!current || current.items.length >= BATCH_FILES || bytes >= BATCH_BYTES) {
      current = { id: batches.length, start: index, items: [] };
      batches.push(current);
      bytes = 0;
    }
    current.items.push({ path: job.path, legacy: job.algorithm === 'md5-dos2unix' });
    bytes += job.size;
  });
  return batches;
}

/** Hash one batch on the calling thread (errors become entries, as in the worker). */
function hashBatchHere(batch: Batch, results: HashResult[], buffer: Buffer): void {
  batch.items.forEach((item, i) => {
    try {
      results[batch.start + i] = hashSmall(item.path, item.legacy ? 'md5-dos2unix' : 'md5', buffer);
    } catch (error) {
      const e = error as NodeJS.ErrnoException;
      results[batch.start + i] = { error: e.message, code: e.code };
    }
  });
}

/** Whether hashing this many files and bytes pays for worker threads (else it runs on the calling thread). */
export function worthWorkers(files: number, bytes: number): boolean {
  return files > INLINE_MAX_FILES || bytes > INLINE_MAX_BYTES;
}

/**
 * Hash files on up to `parallel` threads (capped at the cores available): this thread and `parallel - 1`
 * workers all take batches from one queue. Hashing here too saves a worker's start-up and keeps the
 * thread count at `parallel`; a batch is small (≤ 64 files, ≤ 16 MiB), so worker replies wait briefly and
 * each worker always has a second batch queued meanwhile. Results come back in job order; a file that
 * cannot be read yields an error entry rather than failing the others.
 *
 * start() creates the workers early, so their start-up (tens of milliseconds) overlaps what this thread
 * does before it has the list of files (the directory walk); close() ends them.
 */
export class HashPool {
  private readonly threads: number;
  private workers: Worker[] = [];

  constructor(parallel: number) {
    this.threads = Math.max(1, Math.min(parallel, availableParallelism()));
  }

  start(count = this.threads - 1): void {
    while (this.workers.length < Math.min(count, this.threads - 1))
      this.workers.push(startEvalWorker(WORKER_SOURCE));
  }

  async hash(jobs: readonly HashJob[]): Promise<HashResult[]> {
    const totalBytes = jobs.reduce((sum, job) => sum + job.size, 0);
    if (jobs.length === 0) return [];
    if (!worthWorkers(jobs.length, totalBytes) || jobs.length === 1 || this.threads === 1) {
      // Few small files, or one file (its reads already overlap its hashing): no worker to wait for.
      return hashInline(jobs);
    }
    const batches = makeBatches(jobs);
    this.start(batches.length - 1);
    return hashBatches(batches, jobs.length, this.workers);
  }

  async close(): Promise<void> {
    const workers = this.workers.splice(0);
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

async function hashBatches(
  batches: Batch[],
  count: number,
  workers: readonly Worker[],
): Promise<HashResult[]> {
  const results = new Array<HashResult>(count);
  let next = 0;
  let failed = false;
  const done = Promise.all(
    workers.map(
      (worker) =>
        new Promise<void>((resolve, reject) => {
          let inFlight = 0;
          const send = () => {
            const batch = batches[next++];
            if (batch) {
              inFlight++;
              worker.postMessage({ id: batch.id, items: batch.items });
            } else if (inFlight === 0) finish();
          };
          const onMessage = (reply: { id: number; results: HashResult[] }) => {
            inFlight--;
            const batch = batches[reply.id]!;
            reply.results.forEach((result, i) => (results[batch.start + i] = result));
            send();
          };
          const onExit = (code: number) => {
            if (code !== 0) reject(new Error(`hash worker exited with code ${code}`));
          };
          const finish = () => {
            worker.off('message', onMessage);
            worker.off('error', reject);
            worker.off('exit', onExit);
            resolve();
          };
          worker.on('message', onMessage);
          worker.on('error', reject);
          worker.on('exit', onExit);
          // Two batches queued per worker, so it never waits for this thread between batches.
          send();
          send();
        }),
    ),
  );
  done.catch(() => (failed = true));
  const buffer = Buffer.allocUnsafe(CHUNK_SIZE);
  while (!failed && next < batches.length) {
    hashBatchHere(batches[next++]!, results, buffer);
    // Let worker replies in (they hand out the next batches) before taking another one.
    await new Promise((resolve) => setImmediate(resolve));
  }
  await done;
  return results;
}

/** Hash files with a pool of `parallel` threads that lives for this call only. */
export async function hashFiles(jobs: readonly HashJob[], parallel: number): Promise<HashResult[]> {
  const pool = new HashPool(parallel);
  try {
    return await pool.hash(jobs);
  } finally {
    await pool.close();
  }
}
