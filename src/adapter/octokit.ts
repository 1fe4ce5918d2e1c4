import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { Octokit } from '@octokit/rest';
import type { Logger } from '../core/logger.js';
import { applyRateLimitPolicy, DEFAULT_RATE_LIMIT_POLICY, type RateLimitPolicy } from './rate-limit.js';

const RetryingOctokit = Octokit.plugin(retry, throttling);
export type GitHubClient = InstanceType<typeof RetryingOctokit>;

export interface OctokitOptions {
  token: string;
  baseUrl: string;
  logger: Logger;
  /**
   * Milliseconds per second of every wait (5xx backoff, retry-after, rate-limit resets): 1000 on GitHub;
   * tests shrink it through MLOPS_HTTP_RETRY_BASE_MS so a one-minute wait takes milliseconds.
   */
  retryBaseMs?: number;
  /** Overrides of the rate-limit rules (retry counts, longest primary wait). */
  rateLimit?: Partial<Omit<RateLimitPolicy, 'msPerSecond'>>;
}

/**
 * The one GitHub client factory: token masked by the caller, GHES base URL honoured, 5xx/network errors
 * retried with backoff, writes paced by the throttling plugin, and rate limits handled by GitHub's rules
 * (rate-limit.ts): secondary limits waited out (retry-after, else ≥ 60 s doubling), primary limits waited
 * for only when the reset is a few minutes away. 4xx that will not change on retry fail at once.
 */
export function createOctokit(options: OctokitOptions): GitHubClient {
  const base = options.retryBaseMs ?? 1000;
  const client = new RetryingOctokit({
    auth: options.token,
    baseUrl: options.baseUrl,
    userAgent: 'mlops-actions',
    log: {
      debug: (m: string) => options.logger.debug(m),
      info: (m: string) => options.logger.debug(m),
      warn: (m: string) => options.logger.warning(m),
      error: (m: string) => options.logger.debug(m),
    },
    // 429 is a rate limit: rate-limit.ts decides, not the generic backoff.
    retry: { doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451], retries: 3, retryAfterBaseValue: base },
    // The throttling plugin paces requests (one write at a time, a second apart); its own rate-limit
    // retries are off because its fallback for a secondary limit is a fixed wait, not GitHub's rules.
    throttle: { onRateLimit: () => false, onSecondaryRateLimit: () => false },
  });
  applyRateLimitPolicy(
    client,
    { ...DEFAULT_RATE_LIMIT_POLICY, ...options.rateLimit, msPerSecond: base },
    options.logger,
  );
  return client;
}
