/**
 * The worker half of a parallel directory walk. The main thread and the worker take units from one shared
 * counter (Atomics.add), so a worker that starts late or gets less CPU simply walks fewer units; the worker
 * sends everything it walked in one message at the end. It runs walker.ts's code, from its source text
 * (a worker evaluated from a string loads a few kilobytes, not the bundle).
 */
import { walkerFactory, type UnitFiles, type WalkFailureInfo, type WalkUnit } from './walker.js';

export interface WalkWorkerData {
  units: WalkUnit[];
  /** Int32Array(1) over this buffer: the next unit to take. */
  next: SharedArrayBuffer;
  sep: string;
}

export interface WalkWorkerReply {
  /** [unit index, what it found] for every unit this worker took, in the order taken. */
  done: [number, UnitFiles][];
  failure?: WalkFailureInfo & { unit: number };
}

let source: string | undefined;

export function walkWorkerSource(): string {
  source ??= `'use strict';
// Name-keeping helper some TypeScript transpilers (tsx) reference inside function bodies.
const __name = (target) => target;
const { parentPort, workerData } = require('node:worker_threads');
const walker = (${walkerFactory.toString()})(require('node:fs'), workerData.sep);
const next = new Int32Array(workerData.next);
const units = workerData.units;
const done = [];
const transfer = [];
let failure;
for (;;) {
  const k = Atomics.add(next, 0, 1);
  if (k >= units.length) break;
  try {
    const found = walker.runUnit(units[k]);
    done.push([k, found]);
    transfer.push(found.numbers.buffer);
  } catch (error) {
    const info = walker.failureOf(error);
    failure = info ? { unit: k, ...info } : { unit: k, where: '', message: String(error && error.message), directory: false };
    Atomics.store(next, 0, units.length); // the main thread stops taking units too
    break;
  }
}
parentPort.postMessage({ done, failure }, transfer);
`;
  return source;
}
