import type { Logger } from '../core/logger.js';
import type { GitHubClient } from './octokit.js';

/** GitHub's limit on a comment body, in characters (code points). */
export const COMMENT_BODY_LIMIT = 65_536;

/** The identity a workflow's GITHUB_TOKEN writes as; used when GraphQL cannot tell us who we are. */
export const WORKFLOW_TOKEN_LOGIN = 'github-actions[bot]';

export interface StickyCommentOptions {
  octokit: GitHubClient;
  owner: string;
  repo: string;
  issueNumber: number;
  /** Hidden HTML comment that marks the comment as ours; the body's first line must be exactly this. */
  marker: string;
  body: string;
  logger: Logger;
}

export interface StickyCommentResult {
  id: number;
  url: string;
  action: 'created' | 'updated' | 'unchanged';
  /** Extra copies (from runs that raced) that were deleted. */
  deleted: number;
}

/** The token may not write here (fork pull request, read-only token): report instead of failing. */
export class CommentNotPermittedError extends Error {
  override readonly name = 'CommentNotPermittedError';
}

interface CommentLike {
  id: number;
  body?: string | null;
  html_url: string;
  user: { login: string } | null;
}

/** `github-actions[bot]` (REST) and `github-actions` (some GraphQL answers) are the same identity. */
const normalLogin = (login: string) => login.toLowerCase().replace(/\[bot\]$/, '');

function status(error: unknown): number | undefined {
  const value = (error as { status?: unknown } | null)?.status;
  return typeof value === 'number' ? value : undefined;
}

/**
 * Who the token writes as. GraphQL `viewer { login }` answers for every token type (REST `GET /user` is
 * 403 for the workflow's installation token); when GraphQL is unavailable (some GHES setups), assume the
 * workflow token's identity.
 */
async function whoAmI(octokit: GitHubClient, logger: Logger): Promise<string> {
  try {
    const answer = await octokit.graphql<{ viewer: { login: string } }>('query { viewer { login } }');
    return answer.viewer.login;
  } catch (error) {
    logger.debug(
      `GraphQL viewer query failed (${(error as Error).message}); assuming ${WORKFLOW_TOKEN_LOGIN}.`,
    );
    return WORKFLOW_TOKEN_LOGIN;
  }
}

/**
 * Is this body marked with `marker`? Only the first line counts, where we put it: user text further down
 * (a metric named like another experiment's marker) must not make another run take the comment for its own.
 */
export function hasMarker(body: string | null | undefined, marker: string): boolean {
  if (!body) return false;
  const end = body.indexOf('\n');
  return (end < 0 ? body : body.slice(0, end)).trim() === marker;
}

/** All of our marked comments on the issue, oldest first, reading every page (100 per page). */
async function findOurs(options: StickyCommentOptions, login: string): Promise<CommentLike[]> {
  const { octokit, owner, repo, issueNumber, marker } = options;
  const ours: CommentLike[] = [];
  const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
    owner,
    repo,
    issue_number: issueNumber,
    per_page: 100,
  });
  for await (const page of pages) {
    for (const comment of page.data as CommentLike[]) {
      if (
        hasMarker(comment.body, marker) &&
        comment.user &&
        normalLogin(comment.user.login) === normalLogin(login)
      ) {
        ours.push(comment);
      }
    }
  }
  return ours.sort((a, b) => a.id - b.id);
}

/**
 * Delete all but the oldest and return it. Keeping the oldest (rather than the newest) makes every racer
 * agree on the survivor even when one of them looked before the other had created its copy: the comment
 * keeps its place in the conversation and every run's `comment-url` points at it.
 */
async function keepOldest(
  options: StickyCommentOptions,
  ours: CommentLike[],
): Promise<{ kept: CommentLike; deleted: number }> {
  const kept = ours[0]!;
  let deleted = 0;
  for (const extra of ours.slice(1)) {
    try {
      await options.octokit.rest.issues.deleteComment({
        owner: options.owner,
        repo: options.repo,
        comment_id: extra.id,
      });
      deleted++;
    } catch (error) {
      if (status(error) !== 404) throw error;
    }
  }
  if (deleted > 0)
    options.logger.info(`Deleted ${deleted} duplicate report comment(s) left by concurrent runs.`);
  return { kept, deleted };
}

async function upsert(options: StickyCommentOptions): Promise<StickyCommentResult> {
  const { octokit, owner, repo, issueNumber, body } = options;
  const login = await whoAmI(octokit, options.logger);
  const update = async (ours: CommentLike[], created: boolean): Promise<StickyCommentResult> => {
    const { kept, deleted } = await keepOldest(options, ours);
    if (kept.body === body) {
      return { id: kept.id, url: kept.html_url, action: created ? 'created' : 'unchanged', deleted };
    }
    const updated = await octokit.rest.issues.updateComment({ owner, repo, comment_id: kept.id, body });
    return { id: updated.data.id, url: updated.data.html_url, action: 'updated', deleted };
  };
  const ours = await findOurs(options, login);
  if (ours.length > 0) return update(ours, false);
  const created = await octokit.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body });
  // Two runs of the same PR may both have found nothing and both created: look again and keep one.
  const after = await findOurs(options, login);
  if (after.length > 1) return update(after, after[0]!.id === created.data.id);
  return { id: created.data.id, url: created.data.html_url, action: 'created', deleted: 0 };
}

/**
 * Create or update the one comment that carries `marker` on an issue or pull request. Only comments by
 * the token's own identity count (updating someone else's is a 403). The common case — find on the first
 * page, update — takes three requests (viewer, list, update); an unchanged body takes two.
 */
export async function upsertStickyComment(options: StickyCommentOptions): Promise<StickyCommentResult> {
  if (!hasMarker(options.body, options.marker))
    throw new Error('sticky comment body must start with its marker line');
  if ([...options.body].length > COMMENT_BODY_LIMIT) {
    throw new Error(`comment body is over GitHub's ${COMMENT_BODY_LIMIT}-character limit`);
  }
  try {
    return await upsert(options);
  } catch (error) {
    const code = status(error);
    const message = (error as Error).message ?? '';
    if ((code === 403 && !/rate limit/i.test(message)) || code === 404) {
      // The caller says why (fork pull request or missing permission): only it knows the event.
      throw new CommentNotPermittedError(
        `The token cannot write comments on #${options.issueNumber} (${code}: ${message}).`,
      );
    }
    throw error;
  }
}
