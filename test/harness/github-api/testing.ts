/** Test setup shared by the double's own tests: a double with one repo and token, and the project's client. */
import assert from 'node:assert/strict';
import { createOctokit, type GitHubClient } from '../../../src/adapter/octokit.js';
import { silentLogger } from '../../../src/core/logger.js';
import { startGitHubApi, type GitHubApiDouble, type RepoOptions } from './index.js';

export const OWNER = 'octo-org';
export const REPO = 'ml-project';
export const FULL = `${OWNER}/${REPO}`;
export const BOT_TOKEN = 'ghs_workflow_token';

export interface DoubleWithClient {
  api: GitHubApiDouble;
  /** Octokit from the project's factory (retries 5xx, waits out rate limits), with short waits. */
  gh: GitHubClient;
  /** Closes the double and asserts it never answered off GitHub's schema. */
  close(): Promise<void>;
}

/** `n` repeated as a 40-character sha, for in-memory tests. */
export const sha = (n: number): string => String(n % 10).repeat(40);

/** The tip of main in in-memory doubles made by doubleWithClient. */
export const MAIN = sha(1);

export async function doubleWithClient(repo: RepoOptions = {}): Promise<DoubleWithClient> {
  const api = await startGitHubApi();
  api.addRepo(FULL, repo);
  if (!repo.gitDir) api.setRef(FULL, 'refs/heads/main', MAIN);
  api.addToken(BOT_TOKEN, { login: 'github-actions[bot]', type: 'Bot', kind: 'installation' });
  const gh = createOctokit({ token: BOT_TOKEN, baseUrl: api.url, logger: silentLogger, retryBaseMs: 10 });
  return {
    api,
    gh,
    close: async () => {
      await api.close();
      assert.deepEqual(api.responseErrors, []);
    },
  };
}

/** The HTTP status and message a request failed with (status 0 when it succeeded). */
export async function failure(p: Promise<unknown>): Promise<{ status: number; message: string }> {
  try {
    await p;
    return { status: 0, message: '' };
  } catch (e) {
    const err = e as { status?: number; message: string };
    return { status: err.status ?? -1, message: err.message };
  }
}
