/** What a route handler receives and returns, and the helpers every route module shares. */
import { ApiError, notFound } from '../errors.js';
import type { OperationMatch } from '../openapi.js';
import type { Links } from '../shapes-repo.js';
import type { ApiState, Identity, RepoRecord } from '../state.js';

export interface RouteContext {
  state: ApiState;
  links: Links;
  params: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
  identity: Identity;
  match: OperationMatch;
  /** The path as requested, without the GHES prefix; Link headers are built from it. */
  path: string;
}

export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export type Handler = (ctx: RouteContext) => Reply;
export type RouteTable = Record<string, Handler>;

export function repoOf(ctx: RouteContext): RepoRecord {
  const repo = ctx.state.repo(ctx.params.owner ?? '', ctx.params.repo ?? '');
  if (!repo) throw notFound();
  return repo;
}

export function intParam(ctx: RouteContext, name: string): number {
  const value = Number(ctx.params[name]);
  if (!Number.isInteger(value) || value < 1) throw notFound();
  return value;
}

/** The JSON body as an object (schema validation has already run when enabled). */
export function bodyOf(ctx: RouteContext): Record<string, unknown> {
  const body = ctx.body;
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw new ApiError(400, 'Problems parsing JSON');
  }
  return body as Record<string, unknown>;
}

export function optString(body: Record<string, unknown>, key: string): string | undefined {
  const value = body[key];
  return typeof value === 'string' ? value : undefined;
}

/** One page of `items` by GitHub's page/per_page rules (default 30, max 100) and its RFC 8288 `Link` header. */
function pageOf<T>(ctx: RouteContext, items: T[]): { slice: T[]; headers: Record<string, string> } {
  const perPageRaw = Number(ctx.query.get('per_page') ?? 30);
  const perPage = Number.isInteger(perPageRaw) && perPageRaw > 0 ? Math.min(perPageRaw, 100) : 30;
  const pageRaw = Number(ctx.query.get('page') ?? 1);
  const page = Number.isInteger(pageRaw) && pageRaw > 0 ? pageRaw : 1;
  const lastPage = Math.max(1, Math.ceil(items.length / perPage));
  const slice = items.slice((page - 1) * perPage, page * perPage);
  const link = (n: number): string => {
    const q = new URLSearchParams(ctx.query);
    q.set('per_page', String(perPage));
    q.set('page', String(n));
    return `${ctx.links.api}${ctx.path}?${q.toString()}`;
  };
  const rels: string[] = [];
  if (page > 1) rels.push(`<${link(Math.min(page - 1, lastPage))}>; rel="prev"`);
  if (page < lastPage) rels.push(`<${link(page + 1)}>; rel="next"`, `<${link(lastPage)}>; rel="last"`);
  if (page > 1) rels.push(`<${link(1)}>; rel="first"`);
  return { slice, headers: rels.length > 0 ? { link: rels.join(', ') } : {} };
}

/**
 * GitHub's page/per_page pagination with next/last and, past page 1, first/prev in the `Link` header —
 * the header Octokit's paginate() follows.
 */
export function paginate<T>(ctx: RouteContext, items: T[], shape: (item: T) => unknown): Reply {
  const { slice, headers } = pageOf(ctx, items);
  return { status: 200, body: slice.map(shape), headers };
}

/** Paginated lists GitHub wraps in an object: `{ total_count, <key>: [...] }` (check runs). */
export function paginateWrapped<T>(
  ctx: RouteContext,
  key: string,
  items: T[],
  shape: (item: T) => unknown,
): Reply {
  const { slice, headers } = pageOf(ctx, items);
  return { status: 200, body: { total_count: items.length, [key]: slice.map(shape) }, headers };
}

/** A list query parameter's direction: `asc`/`desc`, else the operation's default. */
export function direction(ctx: RouteContext, fallback: 'asc' | 'desc'): 'asc' | 'desc' {
  const d = ctx.query.get('direction');
  return d === 'asc' || d === 'desc' ? d : fallback;
}
