import { errorMessage } from '../errors.js';

/** Runs a task once a slot is free; at most `concurrency` tasks run at once, in the order they were given. */
export type Limiter = <T>(task: () => Promise<T>) => Promise<T>;

/**
 * The one bounded-concurrency primitive: a FIFO queue of tasks with at most `concurrency` in flight.
 * Used directly where work arrives over time (blobs handed to the pusher as layers are built), and by
 * `mapLimit` for a known list.
 */
export function createLimiter(concurrency: number): Limiter {
  const limit = Math.max(1, Math.floor(concurrency));
  let active = 0;
  const waiting: (() => void)[] = [];
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (active >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    active++;
    try {
      return await task();
    } finally {
      active--;
      waiting.shift()?.();
    }
  };
}

/**
 * Run `fn` over `items` with at most `limit` in flight; results keep the input order. After the first
 * failure no new item starts, the ones in flight finish, and that first error is thrown.
 */
export async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const run = createLimiter(Math.min(limit, Math.max(1, items.length)));
  const results = new Array<R>(items.length);
  let failed: { error: unknown } | undefined;
  await Promise.all(
    items.map((item, index) =>
      run(async () => {
        if (failed) return;
        try {
          results[index] = await fn(item, index);
        } catch (error) {
          failed ??= { error };
        }
      }),
    ),
  );
  if (failed) throw failed.error instanceof Error ? failed.error : new Error(errorMessage(failed.error));
  return results;
}
