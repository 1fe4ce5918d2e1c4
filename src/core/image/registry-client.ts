import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import { retry, type RetryPolicy } from '../async/retry.js';
import { ConfigurationError } from '../errors.js';
import type { Logger } from '../logger.js';
import type { BlobStore } from './blob-store.js';
import { header, httpSend, httpStream, NetworkError, type Body, type HttpResponse } from './http.js';
import { apiHost, registryScheme } from '../oci/reference.js';
import { basicAuthorization, parseWwwAuthenticate } from './registry-auth.js';

export interface Credentials {
  username: string;
  password: string;
}

export interface RegistryClientOptions {
  /** Registry as written in the image reference (host[:port]). */
  registry: string;
  credentials?: Credentials;
  logger: Logger;
  /** Repositories this client touches and how: `{ 'o/model': 'pull,push', 'o/base': 'pull' }`. */
  access: Record<string, string>;
  attempts?: number;
  retryBaseMs?: number;
}

interface SendOptions {
  headers?: Record<string, string>;
  body?: Body;
  /** Retry on 5xx/network errors (false for requests that consume server state, like an upload PUT). */
  retry?: boolean;
}

/**
 * A client of the OCI distribution API for one registry: anonymous, Basic, or the Bearer token flow
 * (challenge → token endpoint with Basic credentials → Bearer), retries with backoff on 5xx, 429 and
 * dropped connections. The Authorization header only ever goes to the registry host itself.
 */
export class RegistryClient {
  readonly host: string;
  readonly base: string;
  private authorization: string | undefined;
  private readonly attempts: number;
  private readonly retryBaseMs: number;

  constructor(private readonly options: RegistryClientOptions) {
    this.host = apiHost(options.registry);
    this.base = `${registryScheme(options.registry)}://${this.host}`;
    this.attempts = options.attempts ?? 5;
    this.retryBaseMs = options.retryBaseMs ?? 500;
  }

  private headersFor(url: string, extra: Record<string, string> = {}): Record<string, string> {
    const sameHost = new URL(url).host === new URL(this.base).host;
    return sameHost && this.authorization ? { ...extra, Authorization: this.authorization } : { ...extra };
  }

  private retryPolicy(): RetryPolicy {
    return { attempts: this.attempts, baseDelayMs: this.retryBaseMs, maxDelayMs: 30_000 };
  }

  /** Run `fn` with retries on network errors, 5xx and 429. */
  async withRetry<T extends { status: number }>(
    what: string,
    fn: () => Promise<T>,
    retryable = true,
  ): Promise<T> {
    try {
      return await retry(fn, {
        ...this.retryPolicy(),
        attempts: retryable ? this.attempts : 1,
        retryOn: (error) => error instanceof NetworkError,
        retryResult: (result) => result.status >= 500 || result.status === 429,
        onRetry: ({ attempt, error, value }) =>
          this.options.logger.debug(
            `${what}: ${value ? `HTTP ${value.status}` : (error as Error).message}, retrying (attempt ${attempt + 1}/${this.attempts})`,
          ),
      });
    } catch (error) {
      throw this.networkFailure(error);
    }
  }

  networkFailure(error: unknown): unknown {
    if (
      error instanceof NetworkError &&
      ['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH'].includes(error.code ?? '')
    ) {
      return new ConfigurationError(
        `Cannot reach the registry ${this.options.registry} (${error.code}): check the image name and that the registry is up and reachable from the runner.`,
        { cause: error },
      );
    }
    return error;
  }

  /** Send a request, authenticating on a 401 challenge and retrying once with the new credentials. */
  async send(method: string, pathOrUrl: string, options: SendOptions = {}): Promise<HttpResponse> {
    const url = pathOrUrl.startsWith('/') ? `${this.base}${pathOrUrl}` : pathOrUrl;
    const attempt = () =>
      this.withRetry(
        `${method} ${url}`,
        () => httpSend({ method, url, headers: this.headersFor(url, options.headers), body: options.body }),
        options.retry ?? true,
      );
    const used = this.authorization;
    let response = await attempt();
    if (response.status === 401) {
      // A concurrent request may have authenticated meanwhile: then just retry with its credentials.
      if (this.authorization === used)
        await this.authenticate(header(response.headers, 'www-authenticate') ?? '');
      if (this.authorization !== used) response = await attempt();
    }
    return response;
  }

  private async authenticate(challengeHeader: string): Promise<void> {
    const challenges = parseWwwAuthenticate(challengeHeader);
    const bearer = challenges.find((c) => c.scheme === 'bearer');
    const creds = this.options.credentials;
    if (bearer?.params.realm) {
      const realm = new URL(bearer.params.realm);
      const query = new URLSearchParams();
      if (bearer.params.service) query.append('service', bearer.params.service);
      const scopes = new Set(
        Object.entries(this.options.access).map(([repo, actions]) => `repository:${repo}:${actions}`),
      );
      if (bearer.params.scope) scopes.add(bearer.params.scope);
      for (const scope of scopes) query.append('scope', scope);
      const tokenUrl = `${realm.origin}${realm.pathname}?${[realm.search.slice(1), query.toString()].filter(Boolean).join('&')}`;
      // Credentials go to the token realm only over HTTPS, or over plain HTTP to the registry itself
      // or a loopback address (a local test registry); never in clear text across the network.
      const mayCarry =
        realm.protocol === 'https:' ||
        realm.host === new URL(this.base).host ||
        registryScheme(realm.host) === 'http';
      const headers: Record<string, string> = {};
      if (creds && mayCarry) headers.Authorization = basicAuthorization(creds.username, creds.password);
      const response = await this.withRetry(`GET ${realm.origin}${realm.pathname}`, () =>
        httpSend({ method: 'GET', url: tokenUrl, headers }),
      );
      if (response.status === 401 || response.status === 403) {
        throw new ConfigurationError(
          `The registry ${this.options.registry} token service refused the credentials (HTTP ${response.status}): ${this.credentialHint()}`,
        );
      }
      if (response.status !== 200) {
        throw new Error(`token endpoint ${realm.origin}${realm.pathname} answered HTTP ${response.status}`);
      }
      const json = JSON.parse(response.body.toString('utf8')) as { token?: string; access_token?: string };
      const token = json.token ?? json.access_token;
      if (!token) throw new Error(`token endpoint ${realm.origin}${realm.pathname} returned no token`);
      this.authorization = `Bearer ${token}`;
      return;
    }
    if (challenges.some((c) => c.scheme === 'basic') && creds) {
      this.authorization = basicAuthorization(creds.username, creds.password);
    }
  }

  credentialHint(): string {
    const ghcr = this.options.registry === 'ghcr.io';
    return ghcr
      ? 'pass registry-password: ${{ github.token }} (or a PAT with write:packages) and give the job `permissions: packages: write`.'
      : 'check registry-username and registry-password.';
  }

  /** Turn an unexpected status into a clear error; 401/403 name the missing permission. */
  fail(what: string, repo: string, response: HttpResponse, push: boolean): never {
    const detail = response.body.toString('utf8').slice(0, 300).trim();
    if (response.status === 401 || response.status === 403) {
      const permission = push
        ? this.options.registry === 'ghcr.io'
          ? 'The token needs `packages: write`: add `permissions: packages: write` to the job (and, for an existing package, give this repository Write access in the package settings).'
          : `The credentials need push access to ${repo}; ${this.credentialHint()}`
        : `The credentials need pull access to ${repo}; ${this.credentialHint()}`;
      throw new ConfigurationError(
        `Registry ${this.options.registry} refused ${what} for ${repo} (HTTP ${response.status}${response.status === 401 ? ' Unauthorized' : ' Forbidden'}). ${permission}`,
      );
    }
    throw new Error(`${what} for ${this.options.registry}/${repo} failed: HTTP ${response.status} ${detail}`);
  }

  async blobExists(repo: string, digest: string): Promise<boolean> {
    const response = await this.send('HEAD', `/v2/${repo}/blobs/${digest}`);
    if (response.status === 200) return true;
    if (response.status === 404) return false;
    return this.fail('checking a blob', repo, response, true);
  }

  /** Cross-repository mount; returns true when mounted, else the upload location the registry opened. */
  async mountBlob(repo: string, digest: string, from: string): Promise<true | string> {
    const query = `mount=${encodeURIComponent(digest)}&from=${encodeURIComponent(from)}`;
    const response = await this.send('POST', `/v2/${repo}/blobs/uploads/?${query}`, {
      body: new Uint8Array(0),
    });
    if (response.status === 201) return true;
    if (response.status === 202) return this.location(response, repo);
    return this.fail('mounting a blob', repo, response, true);
  }

  private location(response: HttpResponse, repo: string): string {
    const location = header(response.headers, 'location');
    if (!location)
      throw new Error(`registry ${this.options.registry} opened an upload for ${repo} without a Location`);
    return new URL(location, response.url).toString();
  }

  async startUpload(repo: string): Promise<string> {
    const response = await this.send('POST', `/v2/${repo}/blobs/uploads/`, { body: new Uint8Array(0) });
    if (response.status !== 202) return this.fail('starting an upload', repo, response, true);
    return this.location(response, repo);
  }

  /**
   * Upload a blob from the store in one whole-body PUT (ghcr.io rejects chunked bodies over 4 MiB). A
   * failed or cut upload starts over with a new session; the registry verifies the digest.
   */
  async uploadBlob(
    repo: string,
    digest: string,
    size: number,
    open: () => Readable,
    location?: string,
  ): Promise<void> {
    let session = location;
    try {
      await retry(
        async (attempt) => {
          // A cut upload may still have completed on the registry's side: then there is nothing to redo.
          if (attempt > 1 && (await this.blobExists(repo, digest))) return;
          session ??= await this.startUpload(repo);
          // Append digest to the Location as given (it may carry state in its query), never rebuild it.
          const url = `${session}${session.includes('?') ? '&' : '?'}digest=${encodeURIComponent(digest)}`;
          const body = { length: size, open };
          const response = await this.send('PUT', url, {
            headers: { 'Content-Type': 'application/octet-stream' },
            body,
            retry: false,
          });
          if (response.status === 201 || response.status === 204) return;
          if (response.status < 500 && response.status !== 429)
            this.fail('uploading a blob', repo, response, true);
          throw new NetworkError(`PUT blob ${digest}: HTTP ${response.status}`, `HTTP${response.status}`);
        },
        {
          ...this.retryPolicy(),
          retryOn: (error) => error instanceof NetworkError,
          onRetry: ({ error }) => {
            this.options.logger.info(
              `Upload of ${digest.slice(0, 19)} to ${repo} failed (${(error as Error).message}); retrying from the start.`,
            );
            session = undefined;
          },
        },
      );
    } catch (error) {
      throw this.networkFailure(error);
    }
  }

  /** GET a manifest by tag or digest with the Accept header given. */
  async getManifest(
    repo: string,
    reference: string,
    accept: string,
  ): Promise<{ mediaType: string; bytes: Buffer; digest: string }> {
    const response = await this.send('GET', `/v2/${repo}/manifests/${reference}`, {
      headers: { Accept: accept },
    });
    if (response.status === 404) {
      throw new ConfigurationError(
        `Input 'base-image': ${this.options.registry}/${repo}:${reference} was not found in the registry.`,
      );
    }
    if (response.status !== 200) return this.fail('reading a manifest', repo, response, false);
    const bytes = response.body;
    const digest = `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
    const parsed = JSON.parse(bytes.toString('utf8')) as { mediaType?: string };
    const mediaType = parsed.mediaType ?? header(response.headers, 'content-type')?.split(';')[0] ?? '';
    return { mediaType, bytes, digest };
  }

  /** PUT a manifest (by digest or tag) with its exact media type; returns the digest of the bytes sent. */
  async putManifest(repo: string, reference: string, mediaType: string, bytes: Uint8Array): Promise<string> {
    const response = await this.send('PUT', `/v2/${repo}/manifests/${reference}`, {
      headers: { 'Content-Type': mediaType },
      body: bytes,
    });
    if (response.status !== 201 && response.status !== 200)
      this.fail('pushing the manifest', repo, response, true);
    const digest = `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
    const answered = header(response.headers, 'docker-content-digest');
    if (answered && answered !== digest) {
      this.options.logger.warning(`Registry reported manifest digest ${answered}, expected ${digest}.`);
    }
    return digest;
  }

  /** Download a blob into the store (following redirects; Authorization only to the registry host). */
  async downloadBlob(repo: string, digest: string, store: BlobStore): Promise<void> {
    await this.withRetry(`GET blob ${digest}`, async () => {
      let url = `${this.base}/v2/${repo}/blobs/${digest}`;
      let response = await this.send('HEAD', `/v2/${repo}/blobs/${digest}`); // authenticates if needed
      if (response.status !== 200 && response.status !== 307 && response.status !== 302) {
        return response.status >= 500 ? response : this.fail('reading a base layer', repo, response, false);
      }
      for (let hop = 0; hop < 5; hop++) {
        const streamed = await httpStream({ method: 'GET', url, headers: this.headersFor(url) });
        const location = header(streamed.headers, 'location');
        if (streamed.status >= 300 && streamed.status < 400 && location) {
          streamed.stream.resume();
          url = new URL(location, url).toString();
          continue;
        }
        if (streamed.status !== 200) {
          streamed.stream.resume();
          response = { status: streamed.status, headers: streamed.headers, url, body: Buffer.alloc(0) };
          return response.status >= 500 ? response : this.fail('reading a base layer', repo, response, false);
        }
        const temp = await store.createTemp();
        const hash = createHash('sha256');
        try {
          for await (const chunk of streamed.stream) {
            hash.update(chunk as Buffer);
            await temp.handle.write(chunk as Buffer);
          }
          await temp.handle.close();
        } catch (error) {
          await temp.handle.close().catch(() => undefined);
          await store.discard(temp.path);
          const e = error as NodeJS.ErrnoException;
          throw new NetworkError(`GET blob ${digest}: ${e.message}`, e.code);
        }
        if (`sha256:${hash.digest('hex')}` !== digest) {
          await store.discard(temp.path);
          throw new NetworkError(`GET blob ${digest}: content does not match its digest`, 'EDIGEST');
        }
        await store.commit(temp.path, digest);
        return { status: 200 };
      }
      throw new Error(`GET blob ${digest}: too many redirects`);
    });
  }
}
