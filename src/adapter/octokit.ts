import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { Octokit } from '@octokit/rest';
import type { Logger } from '../core/logger.js';

const RetryingOctokit = Octokit.plugin(retry, throttling);
export type GitHubClient = InstanceType<typeof RetryingOctokit>;

export interface OctokitOptions {
  token: string;
  baseUrl: string;
  logger: Logger;
  /** Seconds-scale waits are right on GitHub; tests shrink them (MLOPS_HTTP_RETRY_BASE_MS). */
  retryBaseMs?: number;
  /** How many times a rate-limited request is retried before giving up. */
  maxRateLimitRetries?: number;
}

/**
 * The one GitHub client factory: token masked by the caller, GHES base URL honoured, 5xx/network errors
 * retried with backoff, primary and secondary rate limits waited out a bounded number of times.
 * 4xx that will not change on retry (400/401/403/404/410/422/451) fail at once.
 */
export function createOctokit(options: OctokitOptions): GitHubClient {
  const maxRetries = options.maxRateLimitRetries ?? 3;
  const base = options.retryBaseMs ?? 1000;
  // Both limits: say what happened, then wait (the plugin waits retryAfter seconds) a bounded number of times.
  const waitOrGiveUp =
    (kind: string) =>
    (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
      options.logger.warning(
        `GitHub ${kind} hit on ${request.method} ${request.url}; retrying after ${retryAfter}s.`,
      );
      return retryCount < maxRetries;
    };
  return new RetryingOctokit({
    auth: options.token,
    baseUrl: options.baseUrl,
    userAgent: 'mlops-actions',
    log: {
      debug: (m: string) => options.logger.debug(m),
      info: (m: string) => options.logger.debug(m),
      warn: (m: string) => options.logger.warning(m),
      error: (m: string) => options.logger.debug(m),
    },
    retry: { doNotRetry: [400, 401, 403, 404, 410, 422, 451], retries: 3, retryAfterBaseValue: base },
    throttle: {
      fallbackSecondaryRateRetryAfter: Math.max(1, Math.round(base / 1000)),
      onRateLimit: waitOrGiveUp('rate limit'),
      onSecondaryRateLimit: waitOrGiveUp('secondary rate limit'),
    },
  });
}
