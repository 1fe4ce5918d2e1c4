import { errorMessage } from '../errors.js';

/** Run `fn` over items with at most `limit` in flight; results keep the input order. */
export async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  let failed: unknown;
  const worker = async () => {
    while (failed === undefined && next < items.length) {
      const index = next++;
      try {
        results[index] = await fn(items[index]!, index);
      } catch (error) {
        failed ??= error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  if (failed !== undefined) throw failed instanceof Error ? failed : new Error(errorMessage(failed));
  return results;
}

export interface RetryOptions {
  attempts: number;
  baseDelayMs: number;
  /** Errors for which another attempt cannot help (a corrupt object, a user mistake). */
  permanent?: (error: unknown) => boolean;
}

/** Retry a transfer with exponential backoff (base, 2×base, …). */
export async function withRetry<T>(fn: () => Promise<T>, options: RetryOptions): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (error) {
      if (attempt >= options.attempts || options.permanent?.(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, options.baseDelayMs * 2 ** (attempt - 1)));
    }
  }
}
