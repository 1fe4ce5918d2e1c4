/**
 * Worker threads run from source text (the walk, the hash pool, the CSV reader and the drift kernels are
 * each a small self-contained script): a worker evaluated from a string loads a few kilobytes instead of
 * the action's bundle, and runs the same from the TypeScript sources and from dist/.
 *
 * A thread takes ~25–30 ms to start, as long as a whole `status` walk's share of work. warmEvalWorker()
 * starts one before anyone needs it (while the action's code is still loading); the next
 * startEvalWorker() then hands it its script instead of starting a thread. A warm worker nobody takes is
 * unreferenced: it never keeps the process alive.
 */
import { Worker } from 'node:worker_threads';

/** Waits for one task: the script to run, with `require('node:worker_threads').workerData` set for it. */
const WAITING_SOURCE = `'use strict';
const threads = require('node:worker_threads');
threads.parentPort.once('message', (task) => {
  const own = Object.assign(Object.create(null), threads, { workerData: task.workerData });
  const load = (id) => (id === 'node:worker_threads' || id === 'worker_threads' ? own : require(id));
  new Function('require', task.source)(load);
});
`;

let warm: Worker | undefined;

/** Start a worker now for a startEvalWorker() that will come soon (no-op when one is waiting). */
export function warmEvalWorker(): void {
  if (warm) return;
  const worker = new Worker(WAITING_SOURCE, { eval: true, execArgv: [] });
  worker.unref();
  worker.once('exit', () => {
    if (warm === worker) warm = undefined;
  });
  warm = worker;
}

/**
 * A worker running `source` (CommonJS, `require` only) with `workerData`: the warm one when there is one,
 * else a new thread. The caller owns it (listeners, terminate); it is referenced like any new worker.
 */
export function startEvalWorker(source: string, workerData?: unknown): Worker {
  const worker = warm;
  warm = undefined;
  if (!worker) return new Worker(source, { eval: true, execArgv: [], workerData });
  worker.ref();
  worker.postMessage({ source, workerData });
  return worker;
}
