/** Injected faults: per-route error answers (5xx, secondary rate limit, 429) and delays, each for `times` hits. */

export interface Fault {
  /** HTTP method to match (any when omitted). */
  method?: string;
  /** Matched against the request path (without query and GHES prefix); a string also matches an operationId. */
  path: RegExp | string;
  /** Answer with this status instead of handling the request; omitted = only delay, then handle normally. */
  status?: number;
  headers?: Record<string, string>;
  body?: unknown;
  delayMs?: number;
  /** How many matching requests the fault hits (default: every one until the double is closed). */
  times?: number;
  /**
   * Response headers to leave out of the default answer, e.g. `['retry-after']` for a secondary rate limit
   * without `retry-after` (GitHub sometimes omits it; clients must then wait at least a minute).
   */
  omitHeaders?: string[];
  /**
   * Handle the request first (the write happens), then answer the fault instead of the real response —
   * a 502 that "actually performed the write", for idempotency tests.
   */
  afterHandling?: boolean;
}

export interface FaultAnswer {
  status?: number;
  afterHandling: boolean;
  headers: Record<string, string>;
  body: unknown;
  delayMs: number;
}

const RATE_LIMIT_DOCS =
  'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits';

/** What GitHub sends for each status when the test does not say otherwise. */
function defaults(status: number): { headers: Record<string, string>; body: unknown } {
  if (status === 403) {
    return {
      headers: { 'retry-after': '1' },
      body: {
        message:
          'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. ' +
          'If you reach out to GitHub Support for help, please include the request ID 0000:0000:0000000:0000000:00000000.',
        documentation_url: RATE_LIMIT_DOCS,
        status: '403',
      },
    };
  }
  if (status === 429) {
    return {
      headers: {
        'retry-after': '1',
        'x-ratelimit-limit': '5000',
        'x-ratelimit-remaining': '0',
        'x-ratelimit-used': '5000',
        'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 1),
        'x-ratelimit-resource': 'core',
      },
      body: {
        message: 'API rate limit exceeded for installation ID 1.',
        documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api',
        status: '429',
      },
    };
  }
  if (status >= 500) return { headers: {}, body: { message: 'Server Error', status: String(status) } };
  return { headers: {}, body: { message: 'Injected fault', status: String(status) } };
}

export class FaultList {
  private readonly faults: { fault: Fault; left: number }[] = [];

  add(fault: Fault): void {
    this.faults.push({ fault, left: fault.times ?? Number.POSITIVE_INFINITY });
  }

  clear(): void {
    this.faults.length = 0;
  }

  /** The first live fault for this request, consuming one of its `times`. */
  take(method: string, path: string, operationId: string | undefined): FaultAnswer | undefined {
    const entry = this.faults.find(({ fault, left }) => {
      if (left <= 0) return false;
      if (fault.method && fault.method.toUpperCase() !== method) return false;
      if (typeof fault.path === 'string') return fault.path === path || fault.path === operationId;
      fault.path.lastIndex = 0;
      return fault.path.test(path);
    });
    if (!entry) return undefined;
    entry.left -= 1;
    const { fault } = entry;
    const afterHandling = fault.afterHandling === true;
    if (fault.status === undefined) {
      return { headers: {}, body: undefined, delayMs: fault.delayMs ?? 0, afterHandling };
    }
    const base = defaults(fault.status);
    const omit = new Set((fault.omitHeaders ?? []).map((h) => h.toLowerCase()));
    const headers = Object.fromEntries(
      Object.entries({ ...base.headers, ...fault.headers }).filter(([h]) => !omit.has(h.toLowerCase())),
    );
    return {
      status: fault.status,
      afterHandling,
      headers,
      body: fault.body ?? base.body,
      delayMs: fault.delayMs ?? 0,
    };
  }
}
