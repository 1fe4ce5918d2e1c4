import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createLimiter, mapLimit } from '../../../src/core/async/limit.js';
import { backoffDelay, retry } from '../../../src/core/async/retry.js';

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('limiter', () => {
  it('never runs more than its limit at once, and starts tasks in the order given', async () => {
    const limit = createLimiter(3);
    let active = 0;
    let peak = 0;
    const started: number[] = [];
    await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        limit(async () => {
          started.push(i);
          active++;
          peak = Math.max(peak, active);
          await tick();
          await tick();
          active--;
        }),
      ),
    );
    assert.equal(peak, 3);
    assert.deepEqual(
      started,
      Array.from({ length: 12 }, (_, i) => i),
    );
  });

  it('mapLimit keeps input order and stops starting items after the first failure', async () => {
    assert.deepEqual(
      await mapLimit([5, 1, 3], 2, async (n) => {
        await new Promise((r) => setTimeout(r, n));
        return n * 10;
      }),
      [50, 10, 30],
    );
    const seen: number[] = [];
    await assert.rejects(
      mapLimit([0, 1, 2, 3, 4, 5], 1, async (n) => {
        seen.push(n);
        if (n === 2) throw new Error('boom at 2');
        await tick();
      }),
      /boom at 2/,
    );
    assert.deepEqual(seen, [0, 1, 2]);
  });
});

describe('retry with backoff', () => {
  it('waits a random time within a window that doubles up to the cap, and gives up after the attempts', async () => {
    const waits: number[] = [];
    let calls = 0;
    await assert.rejects(
      retry(
        () => {
          calls++;
          return Promise.reject(new Error(`fail ${calls}`));
        },
        {
          attempts: 5,
          baseDelayMs: 100,
          maxDelayMs: 300,
          random: () => 0.5,
          sleep: (ms) => {
            waits.push(ms);
            return Promise.resolve();
          },
        },
      ),
      /fail 5/,
    );
    assert.equal(calls, 5);
    assert.deepEqual(waits, [50, 100, 150, 150]); // half of 100, 200, 300 (cap), 300
    assert.equal(backoffDelay(3, { attempts: 9, baseDelayMs: 100, jitter: 'none' }), 400);
  });

  it('stops at once on an error not worth retrying, and retries results when told to', async () => {
    let calls = 0;
    await assert.rejects(
      retry(
        () => {
          calls++;
          return Promise.reject(new TypeError('permanent'));
        },
        { attempts: 5, baseDelayMs: 1, retryOn: (e) => !(e instanceof TypeError) },
      ),
      TypeError,
    );
    assert.equal(calls, 1);
    const statuses = [503, 429, 200];
    const result = await retry((attempt) => Promise.resolve({ status: statuses[attempt - 1]! }), {
      attempts: 5,
      baseDelayMs: 1,
      retryResult: (r) => r.status >= 429,
    });
    assert.deepEqual(result, { status: 200 });
    const last = await retry(() => Promise.resolve({ status: 503 }), {
      attempts: 2,
      baseDelayMs: 1,
      retryResult: (r) => r.status >= 500,
    });
    assert.equal(last.status, 503, 'the last attempt’s result is returned as is');
  });
});
