/**
 * What gated-deploy asks of GitHub, as one small interface: the adapter implements it with Octokit
 * (src/adapter/deploy-github.ts), so the deployment logic here stays free of HTTP and tokens.
 */

import type { ChecksSource } from './gates/context.js';
import type { AssociatedPull } from './run-lookup.js';

export interface GitHubDeployment {
  id: number;
  sha: string;
  environment: string;
  payload: unknown;
  /** The newest status's state, undefined when it has none. */
  state: string | undefined;
}

export interface NewDeployment {
  sha: string;
  environment: string;
  production: boolean;
  description: string;
  payload: Record<string, unknown>;
}

export interface DeploymentStatus {
  state: 'in_progress' | 'success' | 'failure' | 'error' | 'inactive';
  description: string;
  logUrl: string | undefined;
  environmentUrl: string | undefined;
}

export interface GitHubRelease {
  id: number;
  url: string;
  body: string;
  name: string;
}

export interface PullRequestRef {
  number: number;
  url: string;
  title: string;
  body: string;
}

export interface DeployGitHub extends ChecksSource {
  pullsForCommit(sha: string): Promise<AssociatedPull[]>;
  /** Deployments of an environment, newest first (at `sha` when given; at most `limit`). */
  deployments(environment: string, options: { sha?: string; limit: number }): Promise<GitHubDeployment[]>;
  createDeployment(request: NewDeployment): Promise<number>;
  setDeploymentStatus(id: number, status: DeploymentStatus): Promise<void>;
  releaseByTag(tag: string): Promise<GitHubRelease | undefined>;
  latestReleaseId(): Promise<number | undefined>;
  createRelease(request: { tag: string; target: string; name: string; body: string }): Promise<GitHubRelease>;
  updateRelease(id: number, request: { name: string; body: string }): Promise<GitHubRelease>;
  openPull(head: string): Promise<PullRequestRef | undefined>;
  createPull(request: { head: string; base: string; title: string; body: string }): Promise<PullRequestRef>;
  updatePull(number: number, request: { title: string; body: string }): Promise<void>;
}
