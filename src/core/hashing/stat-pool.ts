import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

/**
 * stat() many files on every core. A status of 100,000 unchanged files is mostly stat calls (~2 µs each
 * in the kernel here); git spreads its lstats over threads (core.preloadIndex) and so do we. Like the
 * hash pool, the worker is a tiny self-contained script evaluated from a string.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { statSync } = require('node:fs');
const paths = workerData.paths;
const n = paths.length;
const numbers = new Float64Array(n * 4);
let error;
for (let i = 0; i < n; i++) {
  try {
    const st = statSync(paths[i]);
    numbers[i * 4] = st.ino;
    numbers[i * 4 + 1] = st.mtimeMs;
    numbers[i * 4 + 2] = st.size;
    numbers[i * 4 + 3] = st.mode;
  } catch (e) {
    error = { index: i, message: e.message, code: e.code };
    break;
  }
}
parentPort.postMessage({ numbers, error }, [numbers.buffer]);
`;

export interface StatNumbers {
  /** ino, mtimeMs, size, mode per path. */
  numbers: Float64Array;
}

export class StatError extends Error {
  constructor(
    readonly index: number,
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
  }
}

/** Below this many paths a worker's start-up (~30 ms) costs more than it saves. */
const PARALLEL_MIN = 8000;

function statRange(paths: readonly string[], from: number, to: number, numbers: Float64Array): void {
  for (let i = from; i < to; i++) {
    let st;
    try {
      st = statSync(paths[i]!);
    } catch (error) {
      const e = error as NodeJS.ErrnoException;
      throw new StatError(i, e.message, e.code);
    }
    numbers[i * 4] = st.ino;
    numbers[i * 4 + 1] = st.mtimeMs;
    numbers[i * 4 + 2] = st.size;
    numbers[i * 4 + 3] = st.mode;
  }
}

/** stat() every path (following symlinks); `parallel` caps the threads used. */
export async function statMany(paths: readonly string[], parallel: number): Promise<Float64Array> {
  const numbers = new Float64Array(paths.length * 4);
  const threads = Math.max(1, Math.min(parallel, availableParallelism()));
  if (threads === 1 || paths.length < PARALLEL_MIN) {
    statRange(paths, 0, paths.length, numbers);
    return numbers;
  }
  // The main thread takes the first share; each worker one of the others.
  const share = Math.ceil(paths.length / threads);
  const replies = Array.from({ length: threads - 1 }, (_, k) => {
    const from = (k + 1) * share;
    const slice = paths.slice(from, Math.min(paths.length, from + share));
    const worker = new Worker(WORKER_SOURCE, { eval: true, execArgv: [], workerData: { paths: slice } });
    return new Promise<void>((resolve, reject) => {
      worker.once(
        'message',
        (reply: { numbers: Float64Array; error?: { index: number; message: string; code?: string } }) => {
          void worker.terminate();
          if (reply.error)
            reject(new StatError(from + reply.error.index, reply.error.message, reply.error.code));
          else {
            numbers.set(reply.numbers, from * 4);
            resolve();
          }
        },
      );
      worker.once('error', reject);
    });
  });
  let mainError: unknown;
  try {
    statRange(paths, 0, Math.min(share, paths.length), numbers);
  } catch (error) {
    mainError = error;
  }
  const settled = await Promise.allSettled(replies);
  if (mainError !== undefined) throw mainError as Error;
  for (const outcome of settled) if (outcome.status === 'rejected') throw outcome.reason as Error;
  return numbers;
}
