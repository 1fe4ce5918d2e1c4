import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
/**
 * An example ML project in a real git repository with a bare origin, for the track-experiment action tests:
 * tracked params and a `.dvc` pointer; metrics written into a checkout the way training writes them.
 */

import { startGitHubApi, type GitHubApiDouble } from '../../harness/github-api/index.js';
import {
  checkoutLikeActions,
  createRepoWithOrigin,
  git,
  type RepoWithOrigin,
  writeFiles,
} from '../../harness/git-fixtures.js';

export const REPO = 'octo-org/ml-project';
export const TOKEN = 'ghs_workflowtoken0000000000000000000000';

export function dvcPointer(md5: string, path: string, nfiles?: number): string {
  return `outs:\n- md5: ${md5}\n  size: 10\n${nfiles === undefined ? '' : `  nfiles: ${nfiles}\n`}  hash: md5\n  path: ${path}\n`;
}

const FIXTURE_CACHE = join(import.meta.dirname, '..', '..', 'fixtures', 'experiments', 'dvc-cache');

/** The two `.dir` manifests of data/images (before/after) as files under `.dvc/cache`, for writeFiles. */
export async function dvcCacheFiles(): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const rel of [
    'files/md5/1f/69c66028c35037e8bf67e5bc4ceb6a.dir',
    'files/md5/f9/76ac415a1072a9ac52e60536b1a73c.dir',
  ]) {
    files[`.dvc/cache/${rel}`] = await readFile(join(FIXTURE_CACHE, rel), 'utf8');
  }
  return files;
}

export async function exampleProject(): Promise<{ repo: RepoWithOrigin; mainSha: string }> {
  const repo = await createRepoWithOrigin({
    'params.yaml': 'train:\n  lr: 0.1\n  epochs: 3\nseed: 42\n',
    'data/images.dvc': dvcPointer('1f69c66028c35037e8bf67e5bc4ceb6a.dir', 'images', 2),
    'data/train.csv.dvc': dvcPointer('acbd18db4cc2f85cedef654fccc4a4d8', 'train.csv'),
  });
  return { repo, mainSha: await git(repo.work, 'rev-parse', 'HEAD') };
}

/** What training leaves in the workspace: a metrics summary and a dvclive step series. */
export async function writeMetrics(dir: string, acc: number, loss: number[]): Promise<void> {
  await writeFiles(dir, {
    'metrics.json': JSON.stringify({ acc, loss: loss[loss.length - 1] }),
    'dvclive/plots/metrics/loss.tsv': `timestamp\tstep\tloss\n${loss.map((l, i) => `${1700000000 + i}\t${i}\t${l}`).join('\n')}\n`,
  });
}

export const METRICS_INPUT = 'metrics.json\ndvclive/plots/metrics/loss.tsv';

export async function checkout(repo: RepoWithOrigin, sha: string, branch?: string): Promise<string> {
  return checkoutLikeActions(repo.originUrl, sha, branch ? { branch } : {});
}

export async function registryFiles(repo: RepoWithOrigin, branch = 'mlops/registry'): Promise<string[]> {
  const out = await git(repo.origin, 'ls-tree', '-r', '--name-only', branch).catch(() => '');
  return out.split('\n').filter(Boolean).sort();
}

export async function readRegistryFile(
  repo: RepoWithOrigin,
  path: string,
  branch = 'mlops/registry',
): Promise<unknown> {
  return JSON.parse(await git(repo.origin, 'show', `${branch}:${path}`)) as unknown;
}

export async function startApi(
  prNumber: number,
  head: { ref: string; sha: string },
  base: { ref: string; sha: string },
): Promise<GitHubApiDouble> {
  const api = await startGitHubApi();
  api.addRepo(REPO, { defaultBranch: 'main' });
  api.addToken(TOKEN, { login: 'github-actions[bot]', type: 'Bot', kind: 'installation' });
  api.addPullRequest(REPO, { number: prNumber, head, base });
  return api;
}

export function apiEnv(api: GitHubApiDouble): Record<string, string> {
  return {
    GITHUB_API_URL: api.url,
    GITHUB_GRAPHQL_URL: `${api.url}/graphql`,
    MLOPS_HTTP_RETRY_BASE_MS: '20',
  };
}
