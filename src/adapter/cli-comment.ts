/**
 * A sticky pull-request comment written from a CLI command (`mlops experiments best --comment <pr>`): the
 * repository, API URL and server URL from the runner's variables, the token from GITHUB_TOKEN (a workflow
 * passes `${{ github.token }}`, which the runner masks), and the same upsert the actions use (one comment
 * per marker and token identity; a rerun edits it).
 */

import { ConfigurationError } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import { createOctokit } from './octokit.js';
import { upsertStickyComment } from './sticky-comment.js';

export interface CommentTarget {
  repository: string;
  serverUrl: string;
}

const serverUrlOf = (procEnv: NodeJS.ProcessEnv) =>
  (procEnv.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
const apiUrlOf = (procEnv: NodeJS.ProcessEnv) =>
  (procEnv.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');

/** The repository the runner says this is (for links), or undefined outside a workflow. */
export function runnerRepository(procEnv: NodeJS.ProcessEnv = process.env): CommentTarget | undefined {
  const repository = procEnv.GITHUB_REPOSITORY;
  return repository ? { repository, serverUrl: serverUrlOf(procEnv) } : undefined;
}

/** Where a comment would go, or why it cannot: read before anything is computed. */
export function commentTarget(procEnv: NodeJS.ProcessEnv = process.env): CommentTarget & { token: string } {
  const token = procEnv.GITHUB_TOKEN;
  const repository = procEnv.GITHUB_REPOSITORY;
  if (!token || !repository) {
    throw new ConfigurationError(
      '--comment needs GITHUB_TOKEN and GITHUB_REPOSITORY in the environment: in a workflow step, set `env: GITHUB_TOKEN: ${{ github.token }}` (the job needs `pull-requests: write`).',
    );
  }
  return { token, repository, serverUrl: serverUrlOf(procEnv) };
}

export async function upsertCliComment(
  target: CommentTarget & { token: string },
  issueNumber: number,
  marker: string,
  body: string,
  logger: Logger,
  procEnv: NodeJS.ProcessEnv = process.env,
): Promise<string> {
  const [owner, repo] = target.repository.split('/');
  if (!owner || !repo)
    throw new ConfigurationError(`GITHUB_REPOSITORY '${target.repository}' is not owner/name.`);
  const octokit = createOctokit({
    token: target.token,
    baseUrl: apiUrlOf(procEnv),
    logger,
    retryBaseMs:
      Number(procEnv.MLOPS_HTTP_RETRY_BASE_MS) > 0 ? Number(procEnv.MLOPS_HTTP_RETRY_BASE_MS) : undefined,
  });
  const result = await upsertStickyComment({ octokit, owner, repo, issueNumber, marker, body, logger });
  return result.url;
}
