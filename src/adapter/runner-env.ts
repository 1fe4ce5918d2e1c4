import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigurationError } from '../core/errors.js';

/** What the runner tells an action about where and why it runs. Read from the environment once. */
export interface RunnerEnv {
  workspace: string;
  temp: string;
  eventName: string;
  /** The webhook payload (`GITHUB_EVENT_PATH`), `{}` when absent (e.g. the CLI outside Actions). */
  payload: Record<string, unknown>;
  /** owner/repo, when known. */
  repository: string | undefined;
  sha: string | undefined;
  ref: string | undefined;
  actor: string | undefined;
  runId: string | undefined;
  runAttempt: string | undefined;
  workflow: string | undefined;
  job: string | undefined;
  apiUrl: string;
  serverUrl: string;
  graphqlUrl: string;
  /** Link to the workflow run, when running in Actions. */
  runUrl: string | undefined;
  /** Whether this looks like a GitHub Actions run (vs. the CLI on a laptop). */
  inActions: boolean;
  /** SOURCE_DATE_EPOCH as set (the image action validates it), for reproducible timestamps. */
  sourceDateEpoch: string | undefined;
  /** The AWS SDK's variables the S3 remote honours. */
  aws: { endpointUrl: string | undefined; region: string | undefined };
  /** Waits and attempts that tests shrink (MLOPS_* variables); undefined → the built-in values. */
  tuning: Tuning;
}

export interface Tuning {
  /** MLOPS_HTTP_RETRY_BASE_MS: first backoff of GitHub and registry HTTP retries. */
  httpRetryBaseMs: number | undefined;
  /** MLOPS_REGISTRY_PUSH_ATTEMPTS: attempts to push the registry branch. */
  registryPushAttempts: number | undefined;
  /** MLOPS_REGISTRY_RETRY_BASE_MS: first backoff between registry-branch push attempts. */
  registryRetryBaseMs: number | undefined;
}

function positive(value: string | undefined): number | undefined {
  const n = Number(value);
  return value !== undefined && value.trim() !== '' && Number.isFinite(n) && n > 0 ? n : undefined;
}

function readPayload(path: string | undefined): Record<string, unknown> {
  if (!path) return {};
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ConfigurationError(
      `Cannot read the event payload GITHUB_EVENT_PATH=${path}: ${(error as Error).message}`,
    );
  }
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed !== null && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
  } catch {
    throw new ConfigurationError(`The event payload at ${path} is not valid JSON.`);
  }
}

let privateTemp: string | undefined;

/**
 * Outside Actions (the CLI) there is no RUNNER_TEMP: use a directory of this process's own (mode 0700),
 * not a shared, predictable one in /tmp that another user could pre-create or read.
 */
function privateTempDir(): string {
  privateTemp ??= mkdtempSync(join(tmpdir(), 'mlops-'));
  return privateTemp;
}

export function readRunnerEnv(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): RunnerEnv {
  const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  const repository = env.GITHUB_REPOSITORY || undefined;
  const runId = env.GITHUB_RUN_ID || undefined;
  return {
    workspace: env.GITHUB_WORKSPACE || cwd,
    temp: env.RUNNER_TEMP || privateTempDir(),
    eventName: env.GITHUB_EVENT_NAME || '',
    payload: readPayload(env.GITHUB_EVENT_PATH),
    repository,
    sha: env.GITHUB_SHA || undefined,
    ref: env.GITHUB_REF || undefined,
    actor: env.GITHUB_ACTOR || undefined,
    runId,
    runAttempt: env.GITHUB_RUN_ATTEMPT || undefined,
    workflow: env.GITHUB_WORKFLOW || undefined,
    job: env.GITHUB_JOB || undefined,
    apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
    serverUrl,
    graphqlUrl: (env.GITHUB_GRAPHQL_URL || 'https://api.github.com/graphql').replace(/\/+$/, ''),
    runUrl: repository && runId ? `${serverUrl}/${repository}/actions/runs/${runId}` : undefined,
    inActions: env.GITHUB_ACTIONS === 'true',
    sourceDateEpoch: env.SOURCE_DATE_EPOCH?.trim() || undefined,
    aws: {
      endpointUrl: env.AWS_ENDPOINT_URL_S3 || env.AWS_ENDPOINT_URL || undefined,
      region: env.AWS_REGION || env.AWS_DEFAULT_REGION || undefined,
    },
    tuning: {
      httpRetryBaseMs: positive(env.MLOPS_HTTP_RETRY_BASE_MS),
      registryPushAttempts: positive(env.MLOPS_REGISTRY_PUSH_ATTEMPTS),
      registryRetryBaseMs: positive(env.MLOPS_REGISTRY_RETRY_BASE_MS),
    },
  };
}
