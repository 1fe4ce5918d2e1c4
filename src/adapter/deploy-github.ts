/**
 * gated-deploy's GitHub calls (core/deploy/github-port.ts) through the one Octokit factory: check runs and
 * the combined status, pull requests of a commit, deployments and their statuses, releases, and the deploy
 * pull request. GitHub's refusals that a user can fix become ConfigurationErrors naming the permission.
 */

import { ConfigurationError } from '../core/errors.js';
import type { CommitCheck } from '../core/deploy/gates/context.js';
import type {
  DeployGitHub,
  GitHubDeployment,
  GitHubRelease,
  PullRequestRef,
} from '../core/deploy/github-port.js';
import type { AssociatedPull } from '../core/deploy/run-lookup.js';
import type { GitHubClient } from './octokit.js';

const status = (error: unknown): number | undefined => {
  const value = (error as { status?: unknown } | null)?.status;
  return typeof value === 'number' ? value : undefined;
};

/** 404 → undefined; anything else is thrown. */
async function orMissing<T>(call: () => Promise<T>): Promise<T | undefined> {
  try {
    return await call();
  } catch (error) {
    if (status(error) === 404) return undefined;
    throw error;
  }
}

/** A refusal of a write the job's `permissions:` can fix. */
function permission(error: unknown, what: string, needed: string): never {
  const code = status(error);
  if (code === 403 || code === 401) {
    const detail = (error as Error).message;
    throw new ConfigurationError(
      `GitHub refused ${what} (HTTP ${code}: ${detail}). Give the job \`permissions: ${needed}\`` +
        (/not permitted to create or approve pull requests/i.test(detail)
          ? ', and allow GitHub Actions to create pull requests in the repository settings (Actions → General).'
          : '.'),
      { cause: error },
    );
  }
  throw error;
}

interface Release {
  id: number;
  html_url: string;
  body?: string | null;
  name: string | null;
}

const release = (r: Release): GitHubRelease => ({
  id: r.id,
  url: r.html_url,
  body: r.body ?? '',
  name: r.name ?? '',
});

export function deployGitHub(octokit: GitHubClient, repository: string): DeployGitHub {
  const [owner = '', repo = ''] = repository.split('/');
  const where = { owner, repo };
  return {
    async checksFor(ref: string): Promise<CommitCheck[]> {
      const runs = await octokit.paginate(octokit.rest.checks.listForRef, {
        ...where,
        ref,
        filter: 'latest',
        per_page: 100,
      });
      const combined = await octokit.rest.repos.getCombinedStatusForRef({ ...where, ref, per_page: 100 });
      return [
        ...runs.map((r): CommitCheck => ({
          name: r.name,
          kind: 'check run',
          status: r.status,
          conclusion: r.conclusion,
        })),
        ...combined.data.statuses.map((s): CommitCheck => ({
          name: s.context,
          kind: 'status',
          status: s.state,
          conclusion: null,
        })),
      ];
    },

    async pullsForCommit(sha: string): Promise<AssociatedPull[]> {
      const found = await orMissing(() =>
        octokit.rest.repos.listPullRequestsAssociatedWithCommit({ ...where, commit_sha: sha, per_page: 20 }),
      );
      return (found?.data ?? []).map((p) => ({
        number: p.number,
        headSha: p.head.sha,
        merged: p.merged_at !== null,
      }));
    },

    async deployments(environment, options): Promise<GitHubDeployment[]> {
      const { data } = await octokit.rest.repos.listDeployments({
        ...where,
        environment,
        ...(options.sha ? { sha: options.sha } : {}),
        per_page: Math.min(100, options.limit),
      });
      const out: GitHubDeployment[] = [];
      for (const d of data.slice(0, options.limit)) {
        const statuses = await octokit.rest.repos.listDeploymentStatuses({
          ...where,
          deployment_id: d.id,
          per_page: 1,
        });
        out.push({
          id: d.id,
          sha: d.sha,
          environment: d.environment,
          payload: d.payload,
          state: statuses.data[0]?.state,
        });
      }
      return out;
    },

    async createDeployment(request): Promise<number> {
      try {
        const response = await octokit.rest.repos.createDeployment({
          ...where,
          ref: request.sha,
          task: 'deploy',
          environment: request.environment,
          auto_merge: false,
          required_contexts: [],
          production_environment: request.production,
          transient_environment: false,
          description: request.description,
          payload: request.payload,
        });
        if (response.status !== 201 || !('id' in response.data)) {
          throw new Error(
            `GitHub answered ${response.status} without a deployment: ${JSON.stringify(response.data)}`,
          );
        }
        return response.data.id;
      } catch (error) {
        return permission(error, 'creating a deployment', 'deployments: write');
      }
    },

    async setDeploymentStatus(id, s): Promise<void> {
      try {
        await octokit.rest.repos.createDeploymentStatus({
          ...where,
          deployment_id: id,
          state: s.state,
          description: s.description,
          ...(s.logUrl ? { log_url: s.logUrl } : {}),
          ...(s.environmentUrl ? { environment_url: s.environmentUrl } : {}),
        });
      } catch (error) {
        permission(error, 'setting a deployment status', 'deployments: write');
      }
    },

    async releaseByTag(tag) {
      const found = await orMissing(() => octokit.rest.repos.getReleaseByTag({ ...where, tag }));
      return found ? release(found.data) : undefined;
    },

    async latestReleaseId() {
      return (await orMissing(() => octokit.rest.repos.getLatestRelease(where)))?.data.id;
    },

    async createRelease(r) {
      try {
        const { data } = await octokit.rest.repos.createRelease({
          ...where,
          tag_name: r.tag,
          target_commitish: r.target,
          name: r.name,
          body: r.body,
          make_latest: 'true',
        });
        return release(data);
      } catch (error) {
        return permission(error, 'creating a release', 'contents: write');
      }
    },

    async updateRelease(id, r) {
      try {
        const { data } = await octokit.rest.repos.updateRelease({
          ...where,
          release_id: id,
          name: r.name,
          body: r.body,
          make_latest: 'true',
        });
        return release(data);
      } catch (error) {
        return permission(error, 'updating a release', 'contents: write');
      }
    },

    async openPull(head): Promise<PullRequestRef | undefined> {
      const { data } = await octokit.rest.pulls.list({
        ...where,
        head: `${owner}:${head}`,
        state: 'open',
        per_page: 10,
      });
      const pull = data[0];
      return pull
        ? { number: pull.number, url: pull.html_url, title: pull.title, body: pull.body ?? '' }
        : undefined;
    },

    async createPull(r): Promise<PullRequestRef> {
      try {
        const { data } = await octokit.rest.pulls.create({
          ...where,
          head: r.head,
          base: r.base,
          title: r.title,
          body: r.body,
        });
        return { number: data.number, url: data.html_url, title: data.title, body: data.body ?? '' };
      } catch (error) {
        return permission(error, `opening the deploy pull request from ${r.head}`, 'pull-requests: write');
      }
    },

    async updatePull(number, r): Promise<void> {
      try {
        await octokit.rest.pulls.update({ ...where, pull_number: number, title: r.title, body: r.body });
      } catch (error) {
        permission(error, `updating pull request #${number}`, 'pull-requests: write');
      }
    },
  };
}
