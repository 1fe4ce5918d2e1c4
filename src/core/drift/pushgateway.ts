/** Push the exposition text to a Prometheus Pushgateway (PUT replaces the job's group, so reruns are idempotent). */

import { ConfigurationError } from '../errors.js';

/**
 * The Pushgateway group one drift report replaces: job (the push), repository and dataset_name (input
 * dataset-name). The dataset keeps two drift-report steps of one repository apart and lets an alert name the
 * data; the label is `dataset_name` because `dataset` is already a label of an exported series
 * (mlops_drift_column_missing_share).
 */
export function driftGrouping(repository: string | undefined, dataset: string): Record<string, string> {
  return { ...(repository ? { repository } : {}), dataset_name: dataset };
}

export interface PushOptions {
  url: string;
  job: string;
  /** Extra grouping labels (e.g. repository, dataset_name). */
  grouping?: Record<string, string>;
  timeoutMs?: number;
}

/** Grouping-key path segment; base64url form (`label@base64/…`) keeps any value safe in a URL path. */
function segment(name: string, value: string): string {
  if (value === '') return `${name}@base64/=`;
  return `${name}@base64/${Buffer.from(value, 'utf8').toString('base64url')}`;
}

/** Split user:password out of the URL (fetch refuses credentials in URLs) into a Basic header. */
export function pushTarget(options: PushOptions): { url: string; headers: Record<string, string> } {
  let base: URL;
  try {
    base = new URL(options.url);
  } catch {
    throw new ConfigurationError(`Input 'pushgateway-url': '${options.url}' is not a URL.`);
  }
  if (base.protocol !== 'http:' && base.protocol !== 'https:') {
    throw new ConfigurationError(`Input 'pushgateway-url' must be an http(s) URL, got '${base.protocol}'.`);
  }
  const headers: Record<string, string> = { 'content-type': 'text/plain; version=0.0.4; charset=utf-8' };
  if (base.username || base.password) {
    const user = decodeURIComponent(base.username);
    const pass = decodeURIComponent(base.password);
    headers.authorization = `Basic ${Buffer.from(`${user}:${pass}`).toString('base64')}`;
    base.username = '';
    base.password = '';
  }
  const path = [
    segment('job', options.job),
    ...Object.entries(options.grouping ?? {}).map(([k, v]) => segment(k, v)),
  ];
  const url = `${base.toString().replace(/\/+$/, '')}/metrics/${path.join('/')}`;
  return { url, headers };
}

export async function pushMetrics(text: string, options: PushOptions): Promise<string> {
  const target = pushTarget(options);
  let response: Response;
  try {
    response = await fetch(target.url, {
      method: 'PUT',
      headers: target.headers,
      body: text,
      signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
    });
  } catch (error) {
    throw new ConfigurationError(
      `Pushgateway ${new URL(target.url).origin} is not reachable: ${(error as Error).message}`,
    );
  }
  if (!response.ok) {
    const body = (await response.text()).slice(0, 300);
    throw new ConfigurationError(`Pushgateway refused the metrics: HTTP ${response.status} ${body}`);
  }
  return target.url;
}
