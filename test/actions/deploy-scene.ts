/**
 * A project to deploy from, for the gated-deploy tests: a real bare origin with a Deployment manifest and a
 * `.mlops.yml`, run records stored on the registry branch as track-experiment stores them, the local GitHub
 * API double following the origin (`gitDir`), and each step run from a depth-1 checkout (as actions/checkout
 * makes one) through the runner-faithful executor with a push event payload.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { Git } from '../../src/adapter/git.js';
import { createOctokit, type GitHubClient } from '../../src/adapter/octokit.js';
import { GitCommands } from '../../src/core/git/commands.js';
import { silentLogger } from '../../src/core/logger.js';
import { type RunRecord, writeRunRecord } from '../../src/core/registry/run-records.js';
import { pushEvent } from '../harness/events.js';
import {
  checkoutLikeActions,
  createRepoWithOrigin,
  git,
  type RepoWithOrigin,
} from '../harness/git-fixtures.js';
import { type GitHubApiDouble, type RepoOptions, startGitHubApi } from '../harness/github-api/index.js';
import { type ActionRun, type EventSpec, PROJECT_ROOT, runAction, runCli } from '../harness/run-action.js';
import { tempDir } from '../harness/temp-dir.js';

export const MODEL = 'churn';
export const FULL = 'octo-org/ml-project';
export const TOKEN = 'ghs_workflow_token';

/** `ghcr.io/acme/churn@sha256:<c × 64>`: a distinct, valid image per character. */
export const image = (c: string, repo = 'ghcr.io/acme/churn'): string => `${repo}@sha256:${c.repeat(64)}`;

/** A Deployment with the model server and a sidecar that must never be touched. */
export const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: churn   # the scoring service
spec:
  template:
    spec:
      containers:
        - name: server
          image: ghcr.io/acme/churn:latest  # pinned by gated-deploy
        - name: proxy
          image: docker.io/library/nginx:1.27
`;

/** The Deployment as it reads pinned to `pinned` (only the server's image scalar differs). */
export const pinnedDeployment = (pinned: string): string =>
  DEPLOYMENT.replace('ghcr.io/acme/churn:latest  #', `${pinned.replace('@', ':latest@')}  #`);

export interface RunOptions {
  id: string;
  metrics: Record<string, number>;
  params?: Record<string, string | number>;
  data?: { path: string; md5: string; source: string }[];
  experiment?: string;
  endedAt?: string;
  pullRequest?: { number: number; headSha: string };
}

export interface DeployOptions {
  sha: string;
  event?: EventSpec;
  env?: Record<string, string>;
  /** The checkout's branch (default main); undefined → detached (a tag, a PR). */
  branch?: string | null;
  /** RUNNER_TEMP to keep after the run (the decision file is written there). */
  runnerTemp?: string;
}

export interface Scene {
  repo: RepoWithOrigin;
  api: GitHubApiDouble;
  /** Commit files on main (pushed), returning the sha. */
  commit(files: Record<string, string>, message?: string): Promise<string>;
  /** Store a run record for `sha` on the registry branch, as track-experiment does. */
  recordRun(sha: string, run: RunOptions): Promise<RunRecord>;
  deploy(inputs: Record<string, string>, options: DeployOptions): Promise<ActionRun>;
  /** Every ref of the origin → the object it names. */
  originRefs(): Promise<Record<string, string>>;
  /** A GitHub client of the double (the workflow token). */
  gh: GitHubClient;
  /** Tag names of the model on the origin, sorted. */
  tags(): Promise<string[]>;
  /** `mlops models list --plain` in the origin, as rows of cells. */
  modelsList(...options: string[]): Promise<string[][]>;
  /** A file at a ref of the origin. */
  show(ref: string, path: string): Promise<string>;
  close(): Promise<void>;
}

export async function deployScene(
  files: Record<string, string>,
  options: { repo?: RepoOptions } = {},
): Promise<Scene> {
  const repo = await createRepoWithOrigin({ 'README.md': '# churn\n', ...files });
  const api = await startGitHubApi();
  api.addRepo(FULL, { gitDir: repo.origin, ...options.repo });
  api.addToken(TOKEN, { login: 'github-actions[bot]', type: 'Bot', kind: 'installation' });
  const registryGit = new GitCommands(new Git(repo.work));
  const scratch = await tempDir('mlops-deploy-runs-');
  return {
    repo,
    api,
    gh: createOctokit({ token: TOKEN, baseUrl: api.url, logger: silentLogger, retryBaseMs: 1 }),
    async commit(changed, message) {
      // gated-deploy pushes pinned manifests to main: build on the origin's main, as a developer would pull.
      await git(repo.work, 'fetch', '-q', 'origin', 'main');
      await git(repo.work, 'reset', '-q', '--hard', 'origin/main');
      return repo.commit(changed, message);
    },
    async recordRun(sha, run) {
      const experiment = run.experiment ?? MODEL;
      const record: RunRecord = {
        schema: 1,
        id: run.id,
        experiment,
        status: 'FINISHED',
        startedAt: '2026-11-20T10:00:00.000Z',
        endedAt: run.endedAt ?? '2026-11-20T10:05:00.000Z',
        params: run.params ?? {},
        metrics: run.metrics,
        series: {},
        tags: {},
        git: {
          commit: run.pullRequest ? `${run.pullRequest.headSha.slice(0, 38)}ff` : sha,
          ref: run.pullRequest ? `refs/pull/${run.pullRequest.number}/merge` : 'refs/heads/main',
          branch: run.pullRequest ? 'feature' : 'main',
          ...(run.pullRequest
            ? {
                pullRequest: {
                  number: run.pullRequest.number,
                  baseRef: 'main',
                  baseSha: sha,
                  headRef: 'feature',
                  headSha: run.pullRequest.headSha,
                },
              }
            : {}),
        },
        repository: FULL,
        runUrl: `https://github.com/${FULL}/actions/runs/${run.id.length}00`,
        event: run.pullRequest ? 'pull_request' : 'push',
        data: (run.data ?? []).map((d) => ({ ...d })),
        artifacts: [],
        sources: { metrics: ['metrics.json'], params: [] },
      };
      await writeRunRecord(registryGit, record, {
        location: { remote: 'origin', branch: 'mlops/registry' },
        tempDir: scratch,
        logger: silentLogger,
      });
      return record;
    },
    async deploy(inputs, o) {
      const branch = o.branch === null ? undefined : (o.branch ?? 'main');
      const ws = await checkoutLikeActions(repo.originUrl, o.sha, branch ? { branch } : {});
      return runAction({
        action: 'gated-deploy',
        workspace: ws,
        inputs: { name: MODEL, ...inputs },
        event: o.event ?? pushEvent({ after: o.sha }),
        token: TOKEN,
        runnerTemp: o.runnerTemp,
        env: {
          GITHUB_API_URL: api.url,
          MLOPS_HTTP_RETRY_BASE_MS: '1',
          MLOPS_REGISTRY_RETRY_BASE_MS: '5',
          ...o.env,
        },
      });
    },
    async originRefs() {
      const out = await git(repo.origin, 'for-each-ref', '--format=%(refname) %(objectname)');
      return Object.fromEntries(
        out
          .split('\n')
          .filter(Boolean)
          .map((l) => l.split(' ') as [string, string]),
      );
    },
    async tags() {
      const out = await git(repo.origin, 'tag', '--list');
      return out
        .split('\n')
        .filter((t) => t.startsWith(`${MODEL}@`) || t.startsWith(`${MODEL}#`))
        .sort();
    },
    async modelsList(...extra) {
      const run = await runCli(['models', 'list', '--plain', ...extra], { cwd: repo.origin });
      assert.equal(run.exitCode, 0, run.stderr);
      return run.stdout
        .trim()
        .split('\n')
        .map((l) => l.trim().split(/\s+/));
    },
    show: (ref, path) => git(repo.origin, 'show', `${ref}:${path}`),
    async close() {
      await api.close();
      assert.deepEqual(api.responseErrors, [], 'the double answered off GitHub’s schema');
    },
  };
}

/** Markdown as a reader sees the text: escapes (`0\\.84`, `no\\-regression`) removed, no-break spaces as spaces. */
export const plain = (markdown: string): string =>
  markdown.replace(/\\([\\`*_{}[\]()#+\-.!|<>~&@])/g, '$1').replaceAll('\u00a0', ' ');

/** Validate against the JSON Schema the build exports (draft 2020-12, as zod writes it). */
export async function validator(file: string): Promise<(value: unknown) => string[]> {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  const validate = ajv.compile(
    JSON.parse(await readFile(join(PROJECT_ROOT, 'schema', file), 'utf8')) as object,
  );
  return (value) =>
    validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

/** The one error annotation of a failed run. */
export function errorOf(run: ActionRun): string {
  const errors = run.annotations.filter((a) => a.level === 'error').map((a) => a.message);
  assert.equal(errors.length, 1, `one error expected:\n${run.stdout}\n${run.stderr}`);
  return errors[0]!;
}
