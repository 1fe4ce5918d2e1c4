/**
 * One alert issue per subject (a model to retrain), for teams that track work in issues: found by the
 * hidden marker on its body's first line (user text cannot put one there: it is escaped), created when
 * there is none, updated in place, reopened when it was closed and the alert changed, closed on request.
 */

import type { Logger } from '../core/logger.js';
import type { GitHubClient } from './octokit.js';
import { pullRequestError, type RepoName } from './pull-request.js';
import { hasMarker } from './sticky-comment.js';

export interface AlertIssue {
  /** The body's first line, e.g. `<!-- mlops-actions:open-retrain-pr:issue:churn -->`. */
  marker: string;
  title: string;
  body: string;
  labels: readonly string[];
  assignees: readonly string[];
}

export type AlertOperation = 'created' | 'updated' | 'unchanged' | 'closed' | 'none';

export interface AlertResult {
  operation: AlertOperation;
  url: string;
}

interface RawIssue {
  number: number;
  html_url: string;
  state: string;
  title: string;
  body?: string | null;
  pull_request?: unknown;
  labels: (string | { name?: string })[];
  assignees?: { login: string }[] | null;
}

/** The newest issue (any state) carrying the marker, reading page by page. */
async function findAlert(
  octokit: GitHubClient,
  repo: RepoName,
  marker: string,
): Promise<RawIssue | undefined> {
  const pages = octokit.paginate.iterator(octokit.rest.issues.listForRepo, {
    ...repo,
    state: 'all',
    sort: 'created',
    direction: 'desc',
    per_page: 100,
  });
  for await (const page of pages) {
    const found = (page.data as RawIssue[]).find((i) => !i.pull_request && hasMarker(i.body, marker));
    if (found) return found;
  }
  return undefined;
}

const labelNames = (issue: RawIssue): string[] =>
  issue.labels.map((l) => (typeof l === 'string' ? l : (l.name ?? ''))).filter(Boolean);

/** Create, update, reopen or (with `close`) close the alert issue. */
export async function upsertAlertIssue(
  octokit: GitHubClient,
  repo: RepoName,
  alert: AlertIssue,
  options: { close: boolean; logger: Logger },
): Promise<AlertResult> {
  try {
    const found = await findAlert(octokit, repo, alert.marker);
    if (!found) {
      if (options.close) return { operation: 'none', url: '' };
      const { data } = await octokit.rest.issues.create({
        ...repo,
        title: alert.title,
        body: alert.body,
        labels: [...alert.labels],
        assignees: [...alert.assignees],
      });
      return { operation: 'created', url: data.html_url };
    }
    const open = found.state === 'open';
    const same = found.title === alert.title && (found.body ?? '') === alert.body;
    const current = labelNames(found);
    const has = new Set(current.map((l) => l.toLowerCase()));
    const labels = alert.labels.filter((l) => !has.has(l.toLowerCase()));
    if (options.close) {
      if (!open) return { operation: 'unchanged', url: found.html_url };
      await octokit.rest.issues.update({
        ...repo,
        issue_number: found.number,
        body: alert.body,
        state: 'closed',
      });
      return { operation: 'closed', url: found.html_url };
    }
    // A person closed it and nothing changed since: leave it closed.
    if (!open && same) return { operation: 'unchanged', url: found.html_url };
    if (same && labels.length === 0) return { operation: 'unchanged', url: found.html_url };
    await octokit.rest.issues.update({
      ...repo,
      issue_number: found.number,
      title: alert.title,
      body: alert.body,
      ...(open ? {} : { state: 'open' as const }),
      ...(labels.length > 0 ? { labels: [...current, ...labels] } : {}),
    });
    if (!open)
      options.logger.info(`Reopened alert issue #${found.number}: the alert changed since it was closed.`);
    return { operation: 'updated', url: found.html_url };
  } catch (error) {
    throw pullRequestError(error, repo, 'write the alert issue');
  }
}
