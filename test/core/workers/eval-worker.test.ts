/** A warm worker runs the script it is handed later exactly as a worker started with that script. */
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { test } from 'node:test';
import { startEvalWorker, warmEvalWorker } from '../../../src/core/workers/eval-worker.js';

const ECHO = `'use strict';
const { parentPort, workerData, isMainThread } = require('node:worker_threads');
const { join } = require('node:path');
const shared = new Int32Array(workerData.shared);
Atomics.add(shared, 0, 1);
parentPort.on('message', (m) => parentPort.postMessage({ got: m, data: workerData.n, isMainThread, path: join('a', 'b') }));
`;

async function roundTrip(warmFirst: boolean): Promise<unknown> {
  if (warmFirst) warmEvalWorker();
  const shared = new Int32Array(new SharedArrayBuffer(4));
  const worker = startEvalWorker(ECHO, { n: 42, shared: shared.buffer });
  try {
    worker.postMessage('ping');
    const [reply] = (await once(worker, 'message')) as [unknown];
    assert.equal(Atomics.load(shared, 0), 1, 'the script saw the shared buffer of its workerData');
    return reply;
  } finally {
    await worker.terminate();
  }
}

test('a warm worker and a new one run the same script with the same workerData', async () => {
  const expected = { got: 'ping', data: 42, isMainThread: false, path: 'a/b' };
  assert.deepEqual(await roundTrip(false), expected);
  assert.deepEqual(await roundTrip(true), expected);
  // The warm worker was taken: the next one starts fresh and still works.
  assert.deepEqual(await roundTrip(false), expected);
});

test('a warm worker nobody takes does not keep the process alive', () => {
  warmEvalWorker();
  warmEvalWorker(); // one at most
  // The test process ending on its own is the check (node --test would time out otherwise).
});
