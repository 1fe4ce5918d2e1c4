/** Reading the request log: which requests wrote, and how many requests each route got. */
import type { RecordedRequest } from './server.js';

const WRITE_METHODS = new Set(['POST', 'PATCH', 'PUT', 'DELETE']);

/** POST/PATCH/PUT/DELETE, except GraphQL queries (a POST that reads); GraphQL mutations count. */
export function isWrite(r: RecordedRequest): boolean {
  if (!WRITE_METHODS.has(r.method)) return false;
  if (r.operationId !== 'graphql') return true;
  const query = (r.body as { query?: unknown } | undefined)?.query;
  return typeof query === 'string' && /\bmutation\b/.test(query);
}

/** Requests per route, keyed by operationId (`METHOD path` for paths GitHub does not have). */
export function countByRoute(requests: RecordedRequest[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const r of requests) {
    const key = r.operationId ?? `${r.method} ${r.path}`;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}
