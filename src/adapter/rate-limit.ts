import { setTimeout as sleep } from 'node:timers/promises';
import { ConfigurationError } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import type { Octokit } from '@octokit/rest';

/**
 * GitHub's rules for rate-limited requests
 * (https://docs.github.com/rest/using-the-rest-api/best-practices-for-using-the-rest-api#handle-rate-limit-errors-appropriately):
 * - primary limit (403/429 with `x-ratelimit-remaining: 0`): do not retry before `x-ratelimit-reset`;
 * - secondary limit: wait `retry-after` seconds when it is given, otherwise at least one minute, and wait
 *   exponentially longer while the limit persists; carrying on can get the integration banned.
 * A primary reset can be most of an hour away: rather than idle a billed job that long, fail with a clear
 * message once the wait would pass `maxPrimaryWaitSeconds`.
 */
export interface RateLimitPolicy {
  /** Milliseconds per second GitHub asks to wait: 1000 on GitHub, a few ms in tests. */
  msPerSecond: number;
  /** Waits for a secondary limit before giving up (60 s, 120 s, 240 s, … without `retry-after`). */
  secondaryRetries: number;
  /** Waits for a primary limit's reset before giving up. */
  primaryRetries: number;
  /** The longest wait for a primary limit's reset, in real seconds, before failing instead. */
  maxPrimaryWaitSeconds: number;
}

export const DEFAULT_RATE_LIMIT_POLICY: RateLimitPolicy = {
  msPerSecond: 1000,
  secondaryRetries: 3,
  primaryRetries: 1,
  maxPrimaryWaitSeconds: 300,
};

/** The smallest wait GitHub asks for after a secondary limit that came without `retry-after`. */
export const SECONDARY_FALLBACK_SECONDS = 60;

export interface RateLimitedResponse {
  status: number;
  headers: Record<string, string | number | undefined>;
  message: string;
}

export type RateLimitDecision =
  | { kind: 'primary' | 'secondary'; waitSeconds: number; reason: string }
  | { kind: 'primary' | 'secondary'; fail: string };

function header(response: RateLimitedResponse, name: string): string | undefined {
  const value = response.headers[name];
  return value === undefined || value === '' ? undefined : String(value);
}

function positiveSeconds(text: string | undefined): number | undefined {
  const value = Number(text);
  return text !== undefined && Number.isFinite(value) && value > 0 ? Math.ceil(value) : undefined;
}

function describeWait(seconds: number): string {
  if (seconds < 120) return `${seconds} s`;
  return seconds < 7200 ? `${Math.round(seconds / 60)} min` : `${(seconds / 3600).toFixed(1)} h`;
}

/**
 * What to do with an answer: undefined when it is not a rate limit (other 403s, such as "Resource not
 * accessible by integration", fail at once). `retry` counts the waits already made for this request.
 */
export function rateLimitDecision(
  response: RateLimitedResponse,
  retry: number,
  nowMs: number,
  policy: RateLimitPolicy,
): RateLimitDecision | undefined {
  if (response.status !== 403 && response.status !== 429) return undefined;
  const retryAfter = positiveSeconds(header(response, 'retry-after'));
  const secondaryMessage = /secondary rate limit/i.test(response.message);
  if (header(response, 'x-ratelimit-remaining') === '0' && !secondaryMessage) {
    const resetEpoch = Number(header(response, 'x-ratelimit-reset'));
    const untilReset = Number.isFinite(resetEpoch)
      ? Math.max(0, Math.ceil(resetEpoch - nowMs / 1000)) + 1
      : 61;
    const waitSeconds = Math.max(untilReset, retryAfter ?? 0);
    const resource = header(response, 'x-ratelimit-resource') ?? 'core';
    const limit = header(response, 'x-ratelimit-limit');
    const resetText = Number.isFinite(resetEpoch)
      ? `resets at ${new Date(resetEpoch * 1000).toISOString().slice(11, 19)} UTC, in ${describeWait(waitSeconds)}`
      : 'gives no reset time';
    const used = `GitHub's API rate limit for this token is used up (${limit ? `${limit} requests an hour, ` : ''}resource '${resource}') and ${resetText}`;
    if (waitSeconds > policy.maxPrimaryWaitSeconds) {
      return {
        kind: 'primary',
        fail:
          `${used}. Waiting longer than ${describeWait(policy.maxPrimaryWaitSeconds)} would idle a billed job, ` +
          'so the step stops here: re-run it after the reset, or give this step a token with its own limit ' +
          '(a GitHub App installation token) instead of one shared with other busy workflows.',
      };
    }
    if (retry >= policy.primaryRetries) {
      return { kind: 'primary', fail: `${used}; still refused after waiting for the reset.` };
    }
    return { kind: 'primary', waitSeconds, reason: `primary rate limit used up; waiting for its reset` };
  }
  if (!secondaryMessage && retryAfter === undefined && response.status !== 429) return undefined;
  if (retry >= policy.secondaryRetries) {
    return {
      kind: 'secondary',
      fail:
        `GitHub's secondary rate limit still refused the request after ${retry} waits; GitHub warns that ` +
        'carrying on can get the integration banned, so the step stops here. Re-run it later, or make fewer ' +
        'concurrent jobs call the API at once.',
    };
  }
  if (retryAfter !== undefined) {
    return { kind: 'secondary', waitSeconds: retryAfter, reason: 'secondary rate limit; retry-after given' };
  }
  return {
    kind: 'secondary',
    waitSeconds: SECONDARY_FALLBACK_SECONDS * 2 ** retry,
    reason: 'secondary rate limit without retry-after; GitHub asks for at least a minute, doubling each time',
  };
}

interface RequestErrorLike {
  status?: unknown;
  message?: unknown;
  response?: { headers?: Record<string, string | number | undefined>; data?: unknown };
}

function asRateLimited(error: unknown): RateLimitedResponse | undefined {
  const e = error as RequestErrorLike | null;
  if (typeof e?.status !== 'number') return undefined;
  const data = e.response?.data as { message?: unknown } | undefined;
  const message =
    typeof data?.message === 'string' ? data.message : typeof e.message === 'string' ? e.message : '';
  return { status: e.status, headers: e.response?.headers ?? {}, message };
}

/**
 * Wraps every request (REST and GraphQL) of the client: rate-limited answers are waited out by the policy
 * or turned into a ConfigurationError that says what happened and what to do.
 */
export function applyRateLimitPolicy(
  client: Pick<Octokit, 'hook'>,
  policy: RateLimitPolicy,
  logger: Logger,
): void {
  client.hook.wrap('request', async (request, options) => {
    for (let retry = 0; ; retry++) {
      try {
        return await request(options);
      } catch (error) {
        const response = asRateLimited(error);
        const decision = response && rateLimitDecision(response, retry, Date.now(), policy);
        if (!decision) throw error;
        const what = `${options.method} ${options.url}`;
        if ('fail' in decision) throw new ConfigurationError(`${decision.fail} (${what})`, { cause: error });
        logger.warning(
          `GitHub ${decision.kind} rate limit on ${what}: waiting ${describeWait(decision.waitSeconds)} ` +
            `before retry ${retry + 1} (${decision.reason}).`,
        );
        await sleep(decision.waitSeconds * policy.msPerSecond);
      }
    }
  });
}
