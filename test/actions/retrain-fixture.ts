/**
 * A project for open-retrain-pr's action tests: a real bare origin with a `main` branch and GTO tags
 * (`churn` v1.0.0 in `prod`), a checkout made the way actions/checkout makes it (depth 1, detached), the
 * GitHub API double following the origin's real branches (`gitDir`), and drift reports — one made by
 * drift-report's own core from the fixture data, the others written by hand with chosen scores.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runDriftReport } from '../../src/core/drift/run-report.js';
import { mergeSettings } from '../../src/core/drift/settings.js';
import { silentLogger } from '../../src/core/logger.js';
import {
  checkoutLikeActions,
  createRepoWithOrigin,
  git,
  type RepoWithOrigin,
  writeFiles,
} from '../harness/git-fixtures.js';
import { startGitHubApi, type GitHubApiDouble, type RepoOptions } from '../harness/github-api/index.js';
import { type ActionRun, runAction } from '../harness/run-action.js';
import { tempDir } from '../harness/temp-dir.js';

export const REPO = 'octo-org/ml-project';
export const TOKEN = 'ghs_workflowtoken0000000000000000000000';
export const APP_TOKEN = 'ghs_apptoken00000000000000000000000000';
export const READ_ONLY = 'ghs_forktoken0000000000000000000000000';
export const BRANCH = 'mlops/retrain/churn';
const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'drift');

export interface RetrainProject {
  repo: RepoWithOrigin;
  api: GitHubApiDouble;
  /** The checkout the action runs in. */
  ws: string;
  mainSha: string;
  /** The commit churn v1.0.0 (in prod) is registered at. */
  modelSha: string;
  /** A local DVC remote (directory) outside the workspace. */
  dataRemote: string;
  run(
    inputs: Record<string, string>,
    options?: { token?: string; env?: Record<string, string>; workspace?: string },
  ): Promise<ActionRun>;
  /** The tip of a branch on the origin, or '' when it does not exist. */
  tip(branch?: string): Promise<string>;
  show(path: string, branch?: string): Promise<string>;
  close(): Promise<void>;
}

/** An annotated GTO tag, as `gto register` / `gto assign` write it. */
async function gtoTag(work: string, name: string, message: string, target: string): Promise<void> {
  await git(work, 'tag', '-a', name, '-m', message, target);
}

export async function retrainProject(
  options: { repo?: RepoOptions; files?: Record<string, string> } = {},
): Promise<RetrainProject> {
  const repo = await createRepoWithOrigin({
    'README.md': '# churn model\n',
    'train.py': 'print("train")\n',
    ...options.files,
  });
  const modelSha = await git(repo.work, 'rev-parse', 'HEAD');
  await gtoTag(repo.work, 'churn@v1.0.0', 'Registering artifact churn version v1.0.0', modelSha);
  await gtoTag(repo.work, 'churn#prod#1', 'Assigning stage prod to artifact churn version v1.0.0', modelSha);
  await git(repo.work, 'push', '-q', 'origin', '--tags');
  const mainSha = await repo.commit({ 'params.yaml': 'lr: 0.1\n' }, 'tune');
  const api = await startGitHubApi();
  api.addRepo(REPO, { gitDir: repo.origin, ...options.repo });
  api.addToken(TOKEN, { login: 'github-actions[bot]', type: 'Bot', kind: 'installation' });
  api.addToken(APP_TOKEN, { login: 'retrain-app[bot]', type: 'Bot', kind: 'installation' });
  api.addToken(READ_ONLY, {
    login: 'github-actions[bot]',
    type: 'Bot',
    kind: 'installation',
    readOnly: true,
  });
  const ws = await checkoutLikeActions(repo.originUrl, mainSha);
  const dataRemote = await tempDir('mlops-data-remote-');
  return {
    repo,
    api,
    ws,
    mainSha,
    modelSha,
    dataRemote,
    run: (inputs, runOptions = {}) =>
      runAction({
        action: 'open-retrain-pr',
        workspace: runOptions.workspace ?? ws,
        inputs: { name: 'churn', ...inputs },
        token: runOptions.token ?? TOKEN,
        event: { name: 'schedule', payload: { schedule: '0 6 * * 1' } },
        env: {
          GITHUB_API_URL: api.url,
          GITHUB_GRAPHQL_URL: `${api.url}/graphql`,
          GITHUB_SHA: mainSha,
          MLOPS_HTTP_RETRY_BASE_MS: '5',
          MLOPS_REGISTRY_RETRY_BASE_MS: '20',
          ...runOptions.env,
        },
      }),
    tip: (branch = BRANCH) =>
      git(repo.origin, 'rev-parse', '--verify', '--quiet', `refs/heads/${branch}`).catch(() => ''),
    show: (path, branch = BRANCH) => git(repo.origin, 'show', `${branch}:${path}`),
    close: () => api.close(),
  };
}

/** drift-report's own report from the fixture data (1,000 rows each): 4 of 5 columns drift. */
export async function realReport(ws: string, dir = 'drift-report'): Promise<string> {
  await runDriftReport({
    workspace: ws,
    reference: join(FIXTURES, 'reference-head1000.csv'),
    current: join(FIXTURES, 'current-head1000.csv'),
    reportDir: join(ws, dir),
    settings: mergeSettings(undefined, {
      columns: [],
      columnTypes: {},
      tests: {},
      thresholds: {},
      driftShare: undefined,
      correction: undefined,
    }),
    logger: silentLogger,
    now: new Date('2026-11-30T06:00:00Z'),
  });
  return `${dir}/report.json`;
}

export interface HandColumn {
  name: string;
  /** K-S p-value: drift when ≤ 0.05. */
  p: number;
}

/** A schema-valid report.json written by hand: K-S p-values per column, the dataset verdict at share ≥ 0.5. */
export function handReport(columns: HandColumn[], generatedAt = '2026-12-01T06:00:00.000Z'): string {
  const drifted = columns.filter((c) => c.p <= 0.05).length;
  const share = columns.length > 0 ? drifted / columns.length : 0;
  return `${JSON.stringify(
    {
      schemaVersion: 1,
      generatedAt,
      reference: { source: 'data/train.csv', format: 'csv', rows: 500, columns: columns.length },
      current: { source: 'data/batch.csv', format: 'csv', rows: 500, columns: columns.length },
      settings: { driftShare: 0.5, correction: 'none' },
      summary: { tested: columns.length, drifted, share, datasetDrift: share >= 0.5, notTested: 0 },
      columns: columns.map((c) => ({
        name: c.name,
        type: 'numerical',
        test: 'ks',
        testLabel: 'K-S p-value',
        threshold: 0.05,
        operator: '<=',
        score: c.p,
        drifted: c.p <= 0.05,
        missingShare: { reference: 0, current: 0 },
        values: { reference: 500, current: 500 },
        distinct: 400,
      })),
      findings: [],
    },
    null,
    2,
  )}\n`;
}

/** Push `files` as the registry branch `mlops/registry` (an orphan branch, as drift-report starts it). */
export async function pushRegistryBranch(p: RetrainProject, files: Record<string, string>): Promise<void> {
  const work = p.repo.work;
  await git(work, 'checkout', '-q', '--orphan', 'mlops/registry');
  await git(work, 'rm', '-rq', '--cached', '.');
  await writeFiles(work, files);
  await git(work, 'add', ...Object.keys(files));
  await git(work, 'commit', '-qm', 'records');
  await git(work, 'push', '-q', 'origin', 'mlops/registry');
  await git(work, 'checkout', '-qf', 'main');
}

export async function writeReport(ws: string, path: string, text: string): Promise<string> {
  await mkdir(join(ws, path, '..'), { recursive: true });
  await writeFile(join(ws, path), text);
  return path;
}
