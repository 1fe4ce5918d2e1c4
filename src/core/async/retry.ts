/**
 * The one retry loop: exponential backoff with full jitter (a random wait within a window that doubles
 * each attempt, capped), a bounded number of attempts, and a predicate for what is worth retrying.
 * Used for registry HTTP calls, data transfers and git pushes that lost a race.
 */

export interface RetryPolicy {
  /** Total attempts, the first included (≥ 1). */
  attempts: number;
  /** The first backoff window; each retry doubles it. */
  baseDelayMs: number;
  /** Cap on one window. */
  maxDelayMs?: number;
  /** `full`: wait a random time within the window (spreads out racing writers); `none`: the whole window. */
  jitter?: 'full' | 'none';
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

export interface RetryOptions<T> extends RetryPolicy {
  /** Is this error worth another attempt? Default: every error. */
  retryOn?: (error: unknown, attempt: number) => boolean;
  /** Is this result worth another attempt (e.g. HTTP 503)? The last attempt's result is returned as is. */
  retryResult?: (value: T, attempt: number) => boolean;
  /** Told before each wait, e.g. to log it. */
  onRetry?: (info: { attempt: number; delayMs: number; error?: unknown; value?: T }) => void;
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** The wait before attempt `attempt + 1`, after `attempt` failed (attempt counts from 1). */
export function backoffDelay(attempt: number, policy: RetryPolicy): number {
  const window = Math.min(
    policy.maxDelayMs ?? Number.POSITIVE_INFINITY,
    policy.baseDelayMs * 2 ** (attempt - 1),
  );
  if (policy.jitter === 'none') return window;
  return Math.round((policy.random ?? Math.random)() * window);
}

export async function retry<T>(fn: (attempt: number) => Promise<T>, options: RetryOptions<T>): Promise<T> {
  const attempts = Math.max(1, Math.floor(options.attempts));
  const wait = options.sleep ?? sleep;
  for (let attempt = 1; ; attempt++) {
    let value: T;
    try {
      value = await fn(attempt);
    } catch (error) {
      if (attempt >= attempts || (options.retryOn && !options.retryOn(error, attempt))) throw error;
      const delayMs = backoffDelay(attempt, options);
      options.onRetry?.({ attempt, delayMs, error });
      await wait(delayMs);
      continue;
    }
    if (attempt >= attempts || !options.retryResult?.(value, attempt)) return value;
    const delayMs = backoffDelay(attempt, options);
    options.onRetry?.({ attempt, delayMs, value });
    await wait(delayMs);
  }
}
