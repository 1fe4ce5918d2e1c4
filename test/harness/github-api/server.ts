/** The HTTP side of the double: prefix, auth, faults, routing, schema checks, logging, GitHub's headers. */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { ApiError, DOCS, errorBody } from './errors.js';
import { FaultList } from './faults.js';
import { graphql } from './graphql.js';
import { matchOperation, validateRequestBody, validateResponseBody, type OperationMatch } from './openapi.js';
import type { Reply, RouteContext } from './routes/context.js';
import { handlers } from './routes/index.js';
import type { Links } from './shapes-repo.js';
import type { ApiState, Identity } from './state.js';
import { invalidRequest } from './validation-message.js';

export interface RecordedRequest {
  method: string;
  /** Path without query string and without the GHES prefix, as sent (percent-encoding kept). */
  path: string;
  query: Record<string, string>;
  /** Status answered; 0 while the request is still in flight. */
  status: number;
  operationId?: string;
  body?: unknown;
}

export interface ServerOptions {
  validate: boolean;
  pathPrefix: string;
  serverUrl: string;
}

const MAX_BODY_BYTES = 25 * 1024 * 1024;
const WRITE_METHODS = new Set(['POST', 'PATCH', 'PUT', 'DELETE']);

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new ApiError(413, 'Payload Too Large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function tokenOf(header: string | undefined): string | undefined {
  const m = /^(?:token|bearer)\s+(\S+)\s*$/i.exec(header ?? '');
  return m?.[1];
}

export class ApiServer {
  readonly requests: RecordedRequest[] = [];
  readonly responseErrors: string[] = [];
  readonly faults = new FaultList();
  private readonly http: Server;
  private served = 0;
  url = '';

  constructor(
    private readonly state: ApiState,
    private readonly options: ServerOptions,
  ) {
    this.http = createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => {
        this.responseErrors.push(`internal error: ${String(error)}`);
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ message: 'Server Error' }));
      });
    });
  }

  async listen(): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.http.once('error', reject);
      this.http.listen(0, '127.0.0.1', () => resolve());
    });
    const { port } = this.http.address() as AddressInfo;
    this.url = `http://127.0.0.1:${port}${this.options.pathPrefix}`;
  }

  async close(): Promise<void> {
    this.http.closeAllConnections();
    await new Promise<void>((resolve) => this.http.close(() => resolve()));
  }

  private links(): Links {
    return { api: this.url, web: this.options.serverUrl };
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = (req.method ?? 'GET').toUpperCase();
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const prefix = this.options.pathPrefix;
    // GHES serves REST under /api/v3 and GraphQL at /api/graphql (Octokit derives the latter from the former).
    const graphqlPaths = new Set([`${prefix}/graphql`, `${prefix.replace(/\/v3$/, '')}/graphql`]);
    const isGraphql = method === 'POST' && graphqlPaths.has(url.pathname);
    const path = isGraphql
      ? '/graphql'
      : url.pathname.startsWith(`${prefix}/`)
        ? url.pathname.slice(prefix.length)
        : undefined;
    const entry: RecordedRequest = {
      method,
      path: path ?? url.pathname,
      query: Object.fromEntries(url.searchParams),
      status: 0,
    };
    this.requests.push(entry);
    let match: OperationMatch | undefined;
    let reply: Reply;
    let injected = false;
    try {
      const raw = await readBody(req);
      if (raw.length > 0) {
        try {
          entry.body = JSON.parse(raw.toString('utf8')) as unknown;
        } catch {
          throw new ApiError(400, 'Problems parsing JSON');
        }
      }
      match = path && !isGraphql ? matchOperation(method, path) : undefined;
      entry.operationId = isGraphql ? 'graphql' : match?.operationId;
      const fault = this.faults.take(method, entry.path, entry.operationId);
      if (fault) await sleep(fault.delayMs);
      if (fault?.status !== undefined && !fault.afterHandling) {
        injected = true;
        reply = { status: fault.status, body: fault.body, headers: fault.headers };
      } else {
        const identity = this.authenticate(req);
        if (isGraphql) reply = graphql(identity, entry.body);
        else if (fault?.status !== undefined) {
          // The request is handled (its write happens, or its own error is swallowed), then the fault answers.
          try {
            this.dispatch(method, path, match, identity, url, entry.body);
          } catch (error) {
            if (!(error instanceof ApiError)) throw error;
          }
          injected = true;
          reply = { status: fault.status, body: fault.body, headers: fault.headers };
        } else reply = this.dispatch(method, path, match, identity, url, entry.body);
      }
    } catch (caught) {
      // Anything but an ApiError is a bug in the double: answer 500 and make the test see it.
      const error =
        caught instanceof ApiError ? caught : new ApiError(500, `API double bug: ${String(caught)}`);
      if (!(caught instanceof ApiError)) {
        this.responseErrors.push(`${method} ${entry.path}: handler threw ${String(caught)}`);
      }
      // GitHub points credential errors at the REST overview, everything else at the operation's page.
      const docs = error.status === 401 ? DOCS : (match?.documentationUrl ?? DOCS);
      reply = {
        status: error.status,
        body: errorBody(error.status, error.message, docs, error.errors),
        headers: error.headers,
      };
    }
    if (this.options.validate && match && !injected)
      reply = this.checkResponse(method, entry.path, match, reply);
    entry.status = reply.status;
    this.send(res, reply);
  }

  private authenticate(req: IncomingMessage): Identity {
    const header = req.headers.authorization;
    if (!header) throw new ApiError(401, 'Requires authentication');
    const token = tokenOf(header);
    const identity = token ? this.state.tokens.get(token) : undefined;
    if (!identity) throw new ApiError(401, 'Bad credentials');
    return identity;
  }

  private dispatch(
    method: string,
    path: string | undefined,
    match: OperationMatch | undefined,
    identity: Identity,
    url: URL,
    body: unknown,
  ): Reply {
    const handler = match && handlers.get(match.operationId);
    if (!path || !match || !handler) throw new ApiError(404, 'Not Found');
    if (identity.readOnly && WRITE_METHODS.has(method)) {
      throw new ApiError(403, 'Resource not accessible by integration');
    }
    if (this.options.validate && WRITE_METHODS.has(method)) {
      const problems = validateRequestBody(match, body ?? {});
      if (problems.length > 0) {
        const { message, errors } = invalidRequest(problems, body);
        throw new ApiError(422, message, errors);
      }
    }
    const ctx: RouteContext = {
      state: this.state,
      links: this.links(),
      params: match.params,
      query: url.searchParams,
      body,
      identity,
      match,
      path,
    };
    return handler(ctx);
  }

  /** Holds what the double answers (success or error) to the operation's documented schema for that status. */
  private checkResponse(method: string, path: string, match: OperationMatch, reply: Reply): Reply {
    if (reply.body === undefined) return reply;
    const problems = validateResponseBody(match, reply.status, reply.body);
    if (problems.length === 0) return reply;
    const detail = problems
      .slice(0, 5)
      .map((p) => `${p.path || '/'} ${p.message}`)
      .join('; ');
    const message = `${method} ${path} (${match.operationId}) ${reply.status}: response breaks GitHub's schema: ${detail}`;
    this.responseErrors.push(message);
    return { status: 500, body: { message: `API double bug: ${message}` } };
  }

  private send(res: ServerResponse, reply: Reply): void {
    this.served += 1;
    const headers: Record<string, string> = {
      'x-github-api-version-selected': '2022-11-28',
      'x-github-media-type': 'github.v3; format=json',
      'x-github-request-id': randomBytes(8).toString('hex').toUpperCase(),
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': String(5000 - (this.served % 4000)),
      'x-ratelimit-used': String(this.served % 4000),
      'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
      'x-ratelimit-resource': 'core',
      ...reply.headers,
    };
    if (reply.body === undefined || reply.status === 204) {
      res.writeHead(reply.status, headers);
      res.end();
      return;
    }
    const text = JSON.stringify(reply.body);
    headers['content-type'] = 'application/json; charset=utf-8';
    headers['content-length'] = String(Buffer.byteLength(text));
    res.writeHead(reply.status, headers);
    res.end(text);
  }
}
