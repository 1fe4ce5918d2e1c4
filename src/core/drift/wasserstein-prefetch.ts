/**
 * The drift analysis on two cores. Most of its time goes to the Wasserstein walk of big numerical
 * columns, so a worker thread scores those columns from the last one backwards while this thread analyses
 * the columns in order; they meet in the middle. The worker reads the columns' shared mantissa buffers
 * (no copy), runs the same factories' source (pairwise-sum.ts, wasserstein.ts, and decodeMantissas), and
 * hands each result back through shared memory, so the synchronous analysis loop never waits on the event
 * loop: a column the worker has not started is scored here, one it is scoring is waited for.
 *
 * Which columns will be scored with Wasserstein is decided by the analysis itself; the worker only guesses
 * (numerical storage, big reference, no other test asked for). A wrong guess costs the worker's time,
 * never a different number: a result is used only when the analysis asks for exactly that column.
 */
import type { Worker } from 'node:worker_threads';
import { startEvalWorker } from '../workers/eval-worker.js';
import { type ColumnData, type CompactNumbers, decodeMantissas } from './readers/column-builder.js';
import { pairwiseFactory } from './stats/pairwise-sum.js';
import { type WassersteinNormed, wassersteinFactory } from './stats/wasserstein.js';

const FREE = 0;
const BUSY = 1;
const DONE = 2;
const TAKEN = 3;
const SKIPPED = 4;

/** Integer columns with at most this many distinct reference values are categorical (column-sample.ts). */
const MAX_INTEGER_CATEGORIES = 10;
/** Below this many values over all candidate columns, a worker's start-up costs more than it saves. */
const MIN_VALUES = 4_000_000;
/** A worker that stops answering (it cannot, short of a crash) is given up on after this long. */
const PATIENCE_MS = 120_000;

export interface PrefetchCandidate {
  name: string;
  ref: CompactNumbers;
  cur: CompactNumbers;
  /** Integer storage: categorical when the reference has ≤ 10 distinct values (then not scored). */
  integer: boolean;
}

function workerSource(): string {
  return `'use strict';
// Name-keeping helper some TypeScript transpilers (tsx) reference inside function bodies.
const __name = (target) => target;
const { workerData } = require('node:worker_threads');
const kernels = (${wassersteinFactory.toString()})((${pairwiseFactory.toString()})());
const decodeMantissas = ${decodeMantissas.toString()};
const { columns, state, results } = workerData;
const st = new Int32Array(state);
const out = new Float64Array(results);
const buffers = [new Float64Array(0), new Float64Array(0)];
function decode(compact, side) {
  const n = compact.mantissas.length;
  if (buffers[side].length < n) buffers[side] = new Float64Array(n);
  const values = buffers[side].subarray(0, n);
  decodeMantissas(compact, values);
  return values;
}
function fewDistinct(m, limit) {
  let n = m.length > 0 ? 1 : 0;
  for (let i = 1; i < m.length && n <= limit; i++) if (m[i] !== m[i - 1]) n++;
  return n <= limit;
}
for (let k = columns.length - 1; k >= 0; k--) {
  if (Atomics.compareExchange(st, k, ${FREE}, ${BUSY}) !== ${FREE}) break;
  let outcome = ${SKIPPED};
  try {
    const column = columns[k];
    if (!(column.integer && fewDistinct(column.ref.mantissas, ${MAX_INTEGER_CATEGORIES}))) {
      const ref = decode(column.ref, 0);
      const cur = decode(column.cur, 1);
      const refStd = kernels.populationStd(ref);
      const walk = kernels.wassersteinWalk(ref, cur);
      out[k * 3] = walk.distance;
      out[k * 3 + 1] = walk.distinct;
      out[k * 3 + 2] = refStd;
      outcome = ${DONE};
    }
  } catch {
    outcome = ${SKIPPED};
  }
  Atomics.store(st, k, outcome);
  Atomics.notify(st, k);
}
`;
}

const kernels = wassersteinFactory(pairwiseFactory());

export class WassersteinPrefetch {
  private readonly index: Map<string, number>;

  private constructor(
    private readonly worker: Worker,
    candidates: readonly PrefetchCandidate[],
    private readonly state: Int32Array,
    private readonly results: Float64Array,
  ) {
    this.index = new Map(candidates.map((c, k) => [c.name, k]));
  }

  /** Start scoring, or undefined when there is too little to score for a worker to pay. */
  static start(candidates: readonly PrefetchCandidate[]): WassersteinPrefetch | undefined {
    const values = candidates.reduce((n, c) => n + c.ref.mantissas.length + c.cur.mantissas.length, 0);
    if (candidates.length < 2 || values < MIN_VALUES) return undefined;
    const state = new Int32Array(new SharedArrayBuffer(4 * candidates.length));
    const results = new Float64Array(new SharedArrayBuffer(8 * 3 * candidates.length));
    const worker = startEvalWorker(workerSource(), {
      columns: candidates.map(({ ref, cur, integer }) => ({ ref, cur, integer })),
      state: state.buffer,
      results: results.buffer,
    });
    worker.unref(); // never what keeps the process alive; close() ends it
    worker.on('error', () => undefined); // its columns are then scored here (take() gives up waiting)
    return new WassersteinPrefetch(worker, candidates, state, results);
  }

  /**
   * The worker's score for this column, or undefined: then the caller scores it (and the worker will
   * not start it). Waits while the worker is scoring it.
   */
  take(name: string): WassersteinNormed | undefined {
    const k = this.index.get(name);
    if (k === undefined) return undefined;
    let seen = Atomics.compareExchange(this.state, k, FREE, TAKEN);
    const deadline = Date.now() + PATIENCE_MS;
    while (seen === BUSY && Date.now() < deadline) {
      Atomics.wait(this.state, k, BUSY, 1000);
      seen = Atomics.load(this.state, k);
    }
    if (seen !== DONE) return undefined;
    const r = this.results;
    return kernels.normed({ distance: r[k * 3]!, distinct: r[k * 3 + 1]! }, r[k * 3 + 2]!);
  }

  /** Where a column stands (for tests and debugging): not started, being scored, scored, taken here, or skipped. */
  status(name: string): 'free' | 'busy' | 'done' | 'taken' | 'skipped' | undefined {
    const k = this.index.get(name);
    if (k === undefined) return undefined;
    return (['free', 'busy', 'done', 'taken', 'skipped'] as const)[Atomics.load(this.state, k)];
  }

  close(): void {
    void this.worker.terminate();
  }
}

/** Whether a column's numbers sit in shared memory a worker can read without a copy. */
export function sharedCompact(column: ColumnData | undefined): CompactNumbers | undefined {
  const compact = column?.compact;
  return compact && compact.mantissas.buffer instanceof SharedArrayBuffer ? compact : undefined;
}
