/**
 * The world the four workflow templates run in, for the lifecycle test: the example project
 * (scripts/demo/example, its manifests included) in a repository with a bare origin, its data tracked with data-hash and pushed to a
 * local data remote, the project's policy (test/fixtures/lifecycle/); the local GitHub API double following
 * the origin (`gitDir`); a real docker-registry and Pushgateway. What GitHub itself does around a workflow is
 * done here, with git on the origin: pull requests opened through the API by a person, their merge preview
 * `refs/pull/<n>/merge` (what a pull_request run checks out), merges, events and the files they change (for
 * `paths:` filters), and the third-party actions the templates use (checkout, setup-node, upload-artifact,
 * create-github-app-token), each done for real where it matters (a depth-1 checkout, Node 24 on PATH).
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { cp, readdir, readFile, rm } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { TestContext } from 'node:test';
import { createOctokit, type GitHubClient } from '../../src/adapter/octokit.js';
import { silentLogger } from '../../src/core/logger.js';
import { pullRequestEvent, pushEvent } from '../harness/events.js';
import { checkoutLikeActions, git, writeFiles } from '../harness/git-fixtures.js';
import { type GitHubApiDouble, startGitHubApi } from '../harness/github-api/index.js';
import { startPushgateway } from '../harness/prometheus.js';
import { startRegistry, type TestRegistry } from '../harness/registry.js';
import { type EventSpec, NODE24, PROJECT_ROOT, runCli } from '../harness/run-action.js';
import { tempDir } from '../harness/temp-dir.js';
import type { Provider } from '../harness/workflow-job.js';
import { runWorkflow, type WorkflowRun } from '../harness/workflow-run.js';

export const FULL = 'octo-org/ml-project';
export const WORKFLOW_TOKEN = 'ghs_workflowtoken0000000000000000000000';
export const APP_TOKEN = 'ghs_retrainapptoken000000000000000000000';
export const PERSON_TOKEN = 'github_pat_octocat00000000000000000000';
const EXAMPLE = join(PROJECT_ROOT, 'scripts', 'demo', 'example');
const FIXTURE = join(PROJECT_ROOT, 'test', 'fixtures', 'lifecycle');
/** The example's data: the training set, the batch scored first (no drift), the batch that drifts. */
export const TRAIN_DATA = join(EXAMPLE, 'data', 'train.csv');
export const FIRST_BATCH = join(EXAMPLE, 'data', 'batch-early.csv');
export const SECOND_BATCH = join(EXAMPLE, 'data', 'batch.csv');
export const TEMPLATES = join(PROJECT_ROOT, 'workflows-templates');

/** An event as GitHub sends it, with the commit it runs at and the files it changes (for paths filters). */
export interface Trigger {
  event: EventSpec;
  sha: string;
  changedFiles: string[];
}

export interface Lifecycle {
  origin: string;
  /** A developer's clone (main checked out). */
  work: string;
  dataRemote: string;
  api: GitHubApiDouble;
  /** The workflow token's client, to read what GitHub holds. */
  gh: GitHubClient;
  registry: TestRegistry;
  pushgateway: string;
  /** `MODEL_IMAGE`: the repository images are pushed to. */
  imageRepository: string;
  /** Jobs that waited for an environment's reviewers, in order (`production` for the production job). */
  approvals: string[];
  /** What upload-artifact was given: name and path. */
  artifacts: { name: string; path: string }[];
  /** Run a template for a trigger, as GitHub would (not triggered: `triggered: false`, nothing ran). */
  run(template: string, trigger: Trigger): Promise<WorkflowRun>;
  /** A person pushes `branch` (from main) with `files` changed and opens a pull request; returns its number. */
  openPullRequest(branch: string, files: Record<string, string>, title: string): Promise<number>;
  /** The pull_request event for an open pull request, with its merge preview made (refs/pull/<n>/merge). */
  pullRequest(number: number, action?: 'opened' | 'synchronize'): Promise<Trigger>;
  /** A person merges the pull request (a merge commit on main); returns the push event. */
  merge(number: number): Promise<Trigger>;
  /** A commit straight to main (the data pipeline); returns the push event. */
  pushToMain(files: Record<string, string>, message: string): Promise<Trigger>;
  /** The daily schedule firing, at main's tip. */
  schedule(cron: string): Promise<Trigger>;
  /** `git show <ref>:<path>` on the origin. */
  show(ref: string, path: string): Promise<string>;
  mainTip(): Promise<string>;
  close(): Promise<void>;
}

/** The example project's files as a checkout of this repository has them (its .gitignore'd outputs left out). */
async function exampleFiles(): Promise<Record<string, Buffer>> {
  const ignored = (await readFile(join(EXAMPLE, '.gitignore'), 'utf8'))
    .split('\n')
    .map((line) => line.trim().replace(/^\/|\/$/g, ''))
    .filter(Boolean);
  const files: Record<string, Buffer> = {};
  for (const entry of await readdir(EXAMPLE, { recursive: true, withFileTypes: true })) {
    const path = relative(EXAMPLE, join(entry.parentPath, entry.name));
    if (!entry.isFile() || ignored.some((name) => path === name || path.startsWith(`${name}/`))) continue;
    files[path] = await readFile(join(EXAMPLE, path));
  }
  return files;
}

async function mlops(cwd: string, args: string[]): Promise<string> {
  const run = await runCli(args, { cwd });
  assert.equal(run.exitCode, 0, `mlops ${args.join(' ')}: ${run.stderr}`);
  return run.stdout;
}

/** The third-party actions the templates use, done here. */
function providers(scene: { artifacts: Lifecycle['artifacts']; origin: string }): Record<string, Provider> {
  return {
    // A depth-1 fetch of the run's commit: the branch checked out for a push, schedule or dispatch; the merge
    // preview, detached, for a pull request (GITHUB_SHA is its sha then).
    'actions/checkout': async (call) => {
      assert.ok(
        !call.with['fetch-depth'] && !call.with.ref,
        'the templates check out the run commit, depth 1',
      );
      const sha = call.runnerEnv.GITHUB_SHA!;
      const ref = call.runnerEnv.GITHUB_REF ?? '';
      const branch = ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined;
      await checkoutLikeActions(`file://${scene.origin}`, sha, {
        dir: call.workspace,
        ...(branch ? { branch } : {}),
      });
    },
    'actions/setup-node': (call) => {
      assert.equal(call.with['node-version'], '24');
      return Promise.resolve({ path: [dirname(NODE24)] });
    },
    'actions/upload-artifact': (call) => {
      const path = resolve(call.workspace, call.with.path!);
      assert.ok(existsSync(path), `upload-artifact: ${call.with.path} does not exist`);
      scene.artifacts.push({ name: call.with.name!, path });
      return Promise.resolve();
    },
    // The App's installation token; the test's App is `mlops-retrain[bot]` in the double.
    'actions/create-github-app-token': (call) => {
      assert.ok(call.with['client-id'] && call.with['private-key'], 'the App is configured');
      return Promise.resolve({ outputs: { token: APP_TOKEN } });
    },
  };
}

export async function lifecycleScene(t: Pick<TestContext, 'after'>): Promise<Lifecycle> {
  const root = await tempDir('mlops-lifecycle-');
  const origin = join(root, 'origin.git');
  const work = join(root, 'work');
  const dataRemote = join(root, 'data-remote');
  await git(root, 'init', '-q', '--bare', '--initial-branch=main', origin);
  await git(root, 'init', '-q', '--initial-branch=main', work);
  await git(work, 'remote', 'add', 'origin', `file://${origin}`);

  // The project: the example with its manifests, the test's policy, a data remote; the data tracked with
  // data-hash (the first scoring batch is the example's early one, from the training population), pushed, and
  // only the pointers in git. The example's later batch arrives in the loop (FIRST_BATCH, SECOND_BATCH).
  const example = await exampleFiles();
  for (const path of Object.keys(example)) if (path.startsWith('data/')) delete example[path];
  await writeFiles(work, example);
  await cp(FIXTURE, work, { recursive: true });
  await writeFiles(work, {
    '.dvc/config': `[core]\n    remote = storage\n['remote "storage"']\n    url = ${dataRemote}\n`,
  });
  await cp(TRAIN_DATA, join(work, 'data', 'train.csv'));
  await cp(FIRST_BATCH, join(work, 'data', 'batch.csv'));
  await mlops(work, [
    'data-hash',
    'add',
    '--paths',
    'data/train.csv',
    '--paths',
    'data/batch.csv',
    '--quiet',
  ]);
  await mlops(work, ['data-hash', 'push', '--quiet']);
  await git(work, 'add', '-A');
  await git(work, 'commit', '-q', '-m', 'churn model: code, params, data pointers, deploy policy');
  await git(work, 'push', '-q', 'origin', 'main');

  const api = await startGitHubApi();
  api.addRepo(FULL, { gitDir: origin, defaultBranch: 'main' });
  api.addToken(WORKFLOW_TOKEN, { login: 'github-actions[bot]', type: 'Bot', kind: 'installation' });
  api.addToken(APP_TOKEN, { login: 'mlops-retrain[bot]', type: 'Bot', kind: 'installation' });
  api.addToken(PERSON_TOKEN, { login: 'octocat', type: 'User', kind: 'pat' });
  const client = (token: string) =>
    createOctokit({ token, baseUrl: api.url, logger: silentLogger, retryBaseMs: 5 });
  const gh = client(WORKFLOW_TOKEN);
  const person = client(PERSON_TOKEN);
  const registry = await startRegistry();
  const pushgateway = await startPushgateway(t);
  const [owner, name] = FULL.split('/') as [string, string];

  let runNumber = 9000;
  const changed = async (from: string, to: string) =>
    (await git(origin, 'diff', '--name-only', from, to)).split('\n').filter(Boolean);
  const tip = () => git(origin, 'rev-parse', 'refs/heads/main');
  const pushTrigger = async (before: string, after: string): Promise<Trigger> => ({
    event: pushEvent({ before, after, ref: 'refs/heads/main' }),
    sha: after,
    changedFiles: await changed(before, after),
  });
  /** A merge commit of `head` into `base` made on the origin, as GitHub makes one. */
  const mergeCommit = async (base: string, head: string, message: string) => {
    const tree = (await git(origin, 'merge-tree', '--write-tree', base, head)).split('\n')[0]!;
    return git(origin, 'commit-tree', tree, '-p', base, '-p', head, '-m', message);
  };

  const scene: Lifecycle = {
    origin,
    work,
    dataRemote,
    api,
    gh,
    registry,
    pushgateway,
    imageRepository: `${registry.host}/${owner}/churn`,
    approvals: [],
    artifacts: [],
    async run(template, trigger) {
      return runWorkflow({
        file: join(TEMPLATES, template),
        event: trigger.event,
        changedFiles: trigger.changedFiles,
        runnerEnv: {
          GITHUB_REPOSITORY: FULL,
          GITHUB_REPOSITORY_OWNER: owner,
          GITHUB_SHA: trigger.sha,
          GITHUB_RUN_ID: String(++runNumber),
          GITHUB_API_URL: api.url,
          GITHUB_GRAPHQL_URL: `${api.url}/graphql`,
          GITHUB_SERVER_URL: 'https://github.com',
          GITHUB_ACTOR: 'octocat',
          GITHUB_WORKFLOW: template,
          // Only waits are shortened (retries of a push race, of an HTTP 5xx).
          MLOPS_HTTP_RETRY_BASE_MS: '5',
          MLOPS_REGISTRY_RETRY_BASE_MS: '5',
        },
        token: WORKFLOW_TOKEN,
        secrets: { PUSHGATEWAY_URL: pushgateway, APP_PRIVATE_KEY: '-----BEGIN RSA PRIVATE KEY-----test' },
        vars: { MODEL_IMAGE: scene.imageRepository, APP_CLIENT_ID: 'Iv23liTestApp' },
        providers: providers(scene),
        // A person approves after a moment. GTO tag times are whole seconds: on GitHub the production tags
        // are never in the second of the staging ones, and `gto history` orders by time first.
        approve: async (job, environment) => {
          scene.approvals.push(`${job} → ${environment}`);
          await sleep(1100);
        },
      });
    },
    async openPullRequest(branch, files, title) {
      await git(work, 'fetch', '-q', 'origin', 'main');
      await git(work, 'checkout', '-q', '-B', branch, 'origin/main');
      await writeFiles(work, files);
      await git(work, 'commit', '-q', '-am', title);
      await git(work, 'push', '-q', 'origin', branch);
      await git(work, 'checkout', '-q', 'main');
      const created = await person.rest.pulls.create({
        owner,
        repo: name,
        head: branch,
        base: 'main',
        title,
      });
      return created.data.number;
    },
    async pullRequest(number, action = 'opened') {
      const pr = (await gh.rest.pulls.get({ owner, repo: name, pull_number: number })).data;
      const base = await tip();
      const merge = await mergeCommit(base, pr.head.sha, `Merge ${pr.head.sha} into ${base}`);
      await git(origin, 'update-ref', `refs/pull/${number}/merge`, merge);
      await git(origin, 'update-ref', `refs/pull/${number}/head`, pr.head.sha);
      const mergeBase = await git(origin, 'merge-base', base, pr.head.sha);
      return {
        event: pullRequestEvent({
          action,
          number,
          head: { ref: pr.head.ref, sha: pr.head.sha },
          base: { ref: 'main', sha: base },
          title: pr.title,
          sender: pr.user?.login ?? 'octocat',
        }),
        sha: merge,
        changedFiles: await changed(mergeBase, pr.head.sha),
      };
    },
    async merge(number) {
      const pr = (await gh.rest.pulls.get({ owner, repo: name, pull_number: number })).data;
      const before = await tip();
      const merged = await mergeCommit(
        before,
        pr.head.sha,
        `Merge pull request #${number} from ${owner}/${pr.head.ref}\n\n${pr.title}`,
      );
      await git(origin, 'update-ref', 'refs/heads/main', merged, before);
      api.closeIssueOrPull(FULL, number, { merged: true, mergeCommitSha: merged, by: 'octocat' });
      return pushTrigger(before, merged);
    },
    async pushToMain(files, message) {
      await git(work, 'fetch', '-q', 'origin', 'main');
      await git(work, 'checkout', '-q', '-B', 'main', 'origin/main');
      const before = await git(work, 'rev-parse', 'HEAD');
      await writeFiles(work, files);
      await git(work, 'add', '-A');
      await git(work, 'commit', '-q', '-m', message);
      await git(work, 'push', '-q', 'origin', 'main');
      return pushTrigger(before, await git(work, 'rev-parse', 'HEAD'));
    },
    async schedule(cron) {
      return {
        event: {
          name: 'schedule',
          payload: { schedule: cron, workflow: '.github/workflows/scheduled-drift.yml' },
        },
        sha: await tip(),
        changedFiles: [],
      };
    },
    show: (ref, path) => git(origin, 'show', `${ref}:${path}`),
    mainTip: tip,
    async close() {
      await api.close();
      await registry.stop();
      await rm(root, { recursive: true, force: true });
    },
  };
  return scene;
}
