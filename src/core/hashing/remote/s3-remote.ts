import { createReadStream, createWriteStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type * as S3Sdk from '@aws-sdk/client-s3';
import type { S3Client } from '@aws-sdk/client-s3';
import { ConfigurationError } from '../../errors.js';
import { mapLimit } from '../../async/limit.js';
import type { Remote } from './remote.js';

export interface S3Settings {
  /** `s3://bucket/prefix` */
  url: string;
  /** Endpoint for S3-compatible stores (MinIO, s3rver, …). */
  endpointUrl: string | undefined;
  region: string | undefined;
  /** SDK-level attempts per request (the caller retries whole transfers on top). */
  maxAttempts: number;
}

export function parseS3Url(url: string): { bucket: string; prefix: string } {
  const match = /^s3:\/\/([^/]+)\/?(.*)$/.exec(url);
  if (!match) throw new ConfigurationError(`Input 'remote': '${url}' is not an s3://bucket/prefix URL.`);
  return { bucket: match[1]!, prefix: match[2]!.replace(/\/+$/, '') };
}

/**
 * An S3 (or S3-compatible) remote. Credentials come from the SDK's standard chain (AWS_ACCESS_KEY_ID /
 * AWS_SECRET_ACCESS_KEY / AWS_SESSION_TOKEN, profiles, instance roles). Path-style addressing so
 * endpoints like MinIO and s3rver work. The SDK is loaded on first use to keep start-up fast.
 */
export class S3Remote implements Remote {
  readonly url: string;
  private readonly bucket: string;
  private readonly prefix: string;
  private client: Promise<{ s3: S3Client; sdk: typeof S3Sdk }> | undefined;

  constructor(private readonly settings: S3Settings) {
    this.url = settings.url;
    ({ bucket: this.bucket, prefix: this.prefix } = parseS3Url(settings.url));
  }

  private key(key: string): string {
    return this.prefix === '' ? key : `${this.prefix}/${key}`;
  }

  private async sdk() {
    this.client ??= import('@aws-sdk/client-s3').then((sdk) => ({
      sdk,
      s3: new sdk.S3Client({
        forcePathStyle: true,
        region: this.settings.region ?? 'us-east-1',
        maxAttempts: this.settings.maxAttempts,
        // Plain PUT/GET bodies: S3-compatible stores do not all understand the newer checksum trailers.
        requestChecksumCalculation: 'WHEN_REQUIRED',
        responseChecksumValidation: 'WHEN_REQUIRED',
        ...(this.settings.endpointUrl ? { endpoint: this.settings.endpointUrl } : {}),
      }),
    }));
    return this.client;
  }

  /**
   * Existence by listing (many keys) or HEAD (few). With `localSize`, an object whose stored size differs
   * from the local one does not count: a non-atomic store (or an interrupted multipart copy) can leave a
   * truncated object under the final key, and it must be uploaded again rather than trusted.
   */
  async has(
    keys: readonly string[],
    jobs: number,
    localSize?: (key: string) => Promise<number>,
  ): Promise<Set<string>> {
    const { s3, sdk } = await this.sdk();
    const stored = new Map<string, number | undefined>();
    if (keys.length > 1000) {
      // Listing returns 1,000 keys per request; far cheaper than one HEAD per object for big pushes.
      const wanted = new Set(keys);
      let token: string | undefined;
      const listPrefix = this.key('');
      do {
        const page = await s3.send(
          new sdk.ListObjectsV2Command({ Bucket: this.bucket, Prefix: listPrefix, ContinuationToken: token }),
        );
        for (const object of page.Contents ?? []) {
          const key = object.Key?.slice(listPrefix.length);
          if (key !== undefined && wanted.has(key)) stored.set(key, object.Size);
        }
        token = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (token);
    } else {
      await mapLimit(keys, jobs, async (key) => {
        try {
          const head = await s3.send(new sdk.HeadObjectCommand({ Bucket: this.bucket, Key: this.key(key) }));
          stored.set(key, head.ContentLength);
        } catch (error) {
          const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
          if (status === 404 || (error as Error).name === 'NotFound' || (error as Error).name === 'NoSuchKey')
            return;
          throw error;
        }
      });
    }
    if (!localSize) return new Set(stored.keys());
    const found = new Set<string>();
    await mapLimit([...stored], jobs, async ([key, size]) => {
      if (size === undefined || size === (await localSize(key))) found.add(key);
    });
    return found;
  }

  async upload(localPath: string, key: string): Promise<void> {
    const { s3, sdk } = await this.sdk();
    const { size } = await stat(localPath);
    await s3.send(
      new sdk.PutObjectCommand({
        Bucket: this.bucket,
        Key: this.key(key),
        Body: createReadStream(localPath),
        ContentLength: size,
      }),
    );
  }

  async download(key: string, destTemp: string): Promise<void> {
    const { s3, sdk } = await this.sdk();
    const response = await s3.send(new sdk.GetObjectCommand({ Bucket: this.bucket, Key: this.key(key) }));
    if (!response.Body) throw new Error(`empty response body for ${key}`);
    await pipeline(response.Body as Readable, createWriteStream(destTemp, { flags: 'wx', mode: 0o600 }));
  }
}
