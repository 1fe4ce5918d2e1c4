import { request as httpRequest, type IncomingHttpHeaders, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { Readable } from 'node:stream';

/** A request body that can be sent again on retry: bytes, or a factory opening a fresh stream. */
export type Body = Uint8Array | { length: number; open(): Readable };

export interface HttpRequest {
  method: string;
  url: string;
  headers?: Record<string, string>;
  body?: Body;
  /** Idle timeout of the socket; a stalled upload fails instead of hanging the job. */
  timeoutMs?: number;
}

export interface StreamingResponse {
  status: number;
  headers: IncomingHttpHeaders;
  url: string;
  stream: IncomingMessage;
}

export interface HttpResponse {
  status: number;
  headers: IncomingHttpHeaders;
  url: string;
  body: Buffer;
}

/** A failure below HTTP (refused, reset, timed out): worth a retry, and reported with its code. */
export class NetworkError extends Error {
  override readonly name = 'NetworkError';
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
  }
}

/** Send a request; the response body is left as a stream. Uses node:http(s) so bodies stream with a known length. */
export function httpStream(req: HttpRequest): Promise<StreamingResponse> {
  const url = new URL(req.url);
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  const headers: Record<string, string> = { 'User-Agent': 'mlops-actions', ...req.headers };
  if (req.body !== undefined) headers['Content-Length'] = String(req.body.length);
  return new Promise((resolve, reject) => {
    const fail = (error: NodeJS.ErrnoException) =>
      reject(new NetworkError(`${req.method} ${url.origin}${url.pathname}: ${error.message}`, error.code));
    const outgoing = send(
      url,
      { method: req.method, headers, timeout: req.timeoutMs ?? 120_000 },
      (response) =>
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          url: req.url,
          stream: response,
        }),
    );
    outgoing.on('error', fail);
    outgoing.on('timeout', () =>
      outgoing.destroy(Object.assign(new Error('timed out'), { code: 'ETIMEDOUT' })),
    );
    const body = req.body;
    if (body === undefined) outgoing.end();
    else if (body instanceof Uint8Array) outgoing.end(body);
    else {
      const source = body.open();
      source.on('error', (error) => outgoing.destroy(error));
      source.pipe(outgoing);
    }
  });
}

/** Send a request and read the whole (small: manifests, configs, errors) response body. */
export async function httpSend(req: HttpRequest, maxBytes = 64 * 1024 * 1024): Promise<HttpResponse> {
  const response = await httpStream(req);
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of response.stream) {
      total += (chunk as Buffer).length;
      if (total > maxBytes) {
        response.stream.destroy();
        throw new NetworkError(`${req.method} ${req.url}: response larger than ${maxBytes} bytes`, 'ETOOBIG');
      }
      chunks.push(chunk as Buffer);
    }
  } catch (error) {
    if (error instanceof NetworkError) throw error;
    const e = error as NodeJS.ErrnoException;
    throw new NetworkError(`${req.method} ${req.url}: ${e.message}`, e.code);
  }
  return {
    status: response.status,
    headers: response.headers,
    url: response.url,
    body: Buffer.concat(chunks),
  };
}

export function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}
