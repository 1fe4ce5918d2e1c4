/**
 * `npm run demo`: the whole lifecycle on the example churn project (scripts/demo/example), offline, inside a
 * temporary git repository with a local bare origin. "GitHub" is the local API double (test/harness/github-api,
 * following the bare origin) and the image registry is Debian's docker-registry on 127.0.0.1, both started
 * here; without docker-registry the image goes to an OCI layout and the demo policy's image gate is off.
 * Each stage (scripts/demo/stages/) drives the `mlops` CLI as a user would, with the GITHUB_* variables a
 * runner gives the step when the step talks to GitHub.
 *
 *   --keep               keep the temporary repository (its path is printed)
 *   --save-reports DIR   save the markdown a person reads to DIR (pr-comment.md, deploy-summary.md of the
 *                        production promotion, drift-report.md, retrain-pr.md), e.g. for the rendering tests
 *   --no-registry        use the OCI-layout fallback even when docker-registry is installed
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { startGitHubApi, type GitHubApiDouble } from '../../test/harness/github-api/index.js';
import { haveTool, startRegistry, type TestRegistry } from '../../test/harness/registry.js';
import type { CliResult, DemoContext, DemoGitHub, RunnerStep } from './context.js';
import { buildModelImageStage } from './stages/build-model-image.js';
import { dataHashStage } from './stages/data-hash.js';
import { driftReportStage, firstBatchStage } from './stages/drift-report.js';
import { gatedDeployStage } from './stages/gated-deploy.js';
import { lineageStage } from './stages/lineage.js';
import { mergeStage } from './stages/merge.js';
import { openRetrainPrStage } from './stages/open-retrain-pr.js';
import { trackExperimentStage } from './stages/track-experiment.js';

const execFileAsync = promisify(execFile);
const root = resolve(import.meta.dirname, '..', '..');
const cli = join(root, 'dist', 'mlops.js');
const argv = process.argv.slice(2);
const keep = argv.includes('--keep');
const noRegistry = argv.includes('--no-registry');
const reportsArg = argv.indexOf('--save-reports');
const reportsDir = reportsArg >= 0 ? argv[reportsArg + 1] : undefined;

export const REPOSITORY = 'example/churn-model';
const WORKFLOW_TOKEN = 'ghs_demoWorkflowToken';
const BATCHES = 'data/batch*.csv';
const APP_TOKEN = 'ghs_demoAppInstallationToken';

/** The stages in the order a team meets them; each prints what a person would look at. */
const STAGES: [string, (ctx: DemoContext) => Promise<void>][] = [
  ['data-hash: track the training set', dataHashStage],
  ['pull request: train, track-experiment, the PR comment, the leaderboard', trackExperimentStage],
  ['merge to main: train and record the run of the merge commit', mergeStage],
  ['build-model-image: the model as an OCI image', buildModelImageStage],
  ['scheduled drift, first scoring batch (recorded for the drift gate)', firstBatchStage],
  ['gated-deploy: production too early, staging, production', gatedDeployStage],
  ['scheduled drift, a newer batch: drift-report with record: true', driftReportStage],
  ['open-retrain-pr: the retraining pull request', openRetrainPrStage],
  ['mlops lineage: from the production model back to its data', lineageStage],
];

function print(title: string, text: string): void {
  const bar = '─'.repeat(Math.max(8, 78 - title.length));
  process.stdout.write(`\n── ${title} ${bar}\n${text.trimEnd()}\n`);
}

function line(text: string): void {
  process.stdout.write(`${text}\n`);
}

function doubleAccess(api: GitHubApiDouble): DemoGitHub {
  return {
    url: api.url,
    repository: REPOSITORY,
    workflowToken: WORKFLOW_TOKEN,
    appToken: APP_TOKEN,
    openPullRequest: (pr) =>
      api.addPullRequest(REPOSITORY, {
        number: pr.number,
        title: pr.title,
        user: 'demo-user',
        head: { ref: pr.head, sha: pr.headSha },
        base: { ref: 'main', sha: pr.baseSha },
      }),
    mergePullRequest: (number) => api.closeIssueOrPull(REPOSITORY, number, { merged: true }),
    async get<T>(path: string): Promise<T> {
      const response = await fetch(`${api.url}${path}`, {
        headers: { accept: 'application/vnd.github+json', authorization: `token ${WORKFLOW_TOKEN}` },
      });
      if (!response.ok) throw new Error(`GET ${path}: ${response.status} ${await response.text()}`);
      return (await response.json()) as T;
    },
  };
}

/** docker-registry on 127.0.0.1, or undefined (one line says so) when it is missing or --no-registry. */
async function imageRegistry(): Promise<TestRegistry | undefined> {
  if (!noRegistry && haveTool('docker-registry')) return startRegistry();
  line(
    `${noRegistry ? '--no-registry' : 'docker-registry is not installed'}: the image goes to an OCI layout only, ` +
      'and the demo policy runs without its image gate (.mlops.yml production gates: image: false).',
  );
  return undefined;
}

async function main(): Promise<number> {
  if (!existsSync(cli)) {
    process.stderr.write('dist/mlops.js is missing: run `npm run build` first.\n');
    return 1;
  }
  const started = Date.now();
  const base = mkdtempSync(join(tmpdir(), 'mlops-demo-'));
  const repo = join(base, 'churn-model');
  const origin = join(base, 'origin.git');
  const runnerDir = join(base, 'runner');
  mkdirSync(runnerDir);
  // A clean environment: nothing from a surrounding Actions run leaks into the demo.
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? base,
    LANG: 'C.UTF-8',
    GIT_AUTHOR_NAME: 'Demo User',
    GIT_AUTHOR_EMAIL: 'demo@example.com',
    GIT_COMMITTER_NAME: 'Demo User',
    GIT_COMMITTER_EMAIL: 'demo@example.com',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: join(base, 'gitconfig'),
    MLOPS_HTTP_RETRY_BASE_MS: '50',
  };
  writeFileSync(env.GIT_CONFIG_GLOBAL!, '[user]\n\tname = Demo User\n\temail = demo@example.com\n');
  const exec = async (command: string, args: string[], extra: Record<string, string> = {}) =>
    (await execFileAsync(command, args, { cwd: repo, env: { ...env, ...extra }, maxBuffer: 64 << 20 }))
      .stdout;
  const mlops = async (
    args: string[],
    extra: Record<string, string> = {},
  ): Promise<CliResult & { stdout: string }> => {
    try {
      const { stdout, stderr } = await execFileAsync(process.execPath, [cli, ...args], {
        cwd: repo,
        env: { ...env, ...extra },
        maxBuffer: 64 << 20,
      });
      return { exitCode: 0, stdout, stderr, outputs: {} };
    } catch (error) {
      const e = error as { code?: number; stdout?: string; stderr?: string };
      const exitCode = typeof e.code === 'number' ? e.code : 1;
      return { exitCode, stdout: e.stdout ?? '', stderr: e.stderr ?? '', outputs: {} };
    }
  };
  const run = async (args: string[], extra: Record<string, string> = {}): Promise<CliResult> => {
    const result = await mlops(args, extra);
    let outputs: Record<string, string> = {};
    try {
      outputs = JSON.parse(result.stdout || '{}') as Record<string, string>;
    } catch {
      // a failed step may print nothing parseable; its stderr says why
    }
    return { exitCode: result.exitCode, outputs, stderr: result.stderr };
  };

  let api: GitHubApiDouble | undefined;
  let registry: TestRegistry | undefined;
  let steps = 0;
  const runner = async (step: RunnerStep): Promise<Record<string, string>> => {
    const eventPath = join(runnerDir, `event-${++steps}.json`);
    await writeFile(eventPath, JSON.stringify(step.payload));
    const temp = join(runnerDir, `temp-${steps}`);
    await mkdir(temp);
    return {
      GITHUB_ACTIONS: 'true',
      GITHUB_API_URL: api!.url,
      GITHUB_GRAPHQL_URL: `${api!.url}/graphql`,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REPOSITORY: REPOSITORY,
      GITHUB_TOKEN: step.token ?? WORKFLOW_TOKEN,
      GITHUB_EVENT_NAME: step.event,
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_SHA: step.sha,
      GITHUB_REF: step.ref,
      GITHUB_RUN_ID: String(step.runId),
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_JOB: step.job,
      GITHUB_ACTOR: 'demo-user',
      RUNNER_TEMP: temp,
    };
  };

  try {
    await execFileAsync('git', ['init', '-q', '--bare', '--initial-branch=main', origin], { env });
    api = await startGitHubApi();
    api.addRepo(REPOSITORY, { gitDir: origin });
    api.addToken(WORKFLOW_TOKEN, { login: 'github-actions[bot]', type: 'Bot', kind: 'installation' });
    api.addToken(APP_TOKEN, { login: 'churn-retrainer[bot]', type: 'Bot', kind: 'installation' });
    registry = await imageRegistry();

    cpSync(join(root, 'scripts', 'demo', 'example'), repo, { recursive: true });
    if (!registry) {
      // The OCI-layout fallback: no registry to look the digest up in, so the image gate is turned off.
      const config = join(repo, '.mlops.yml');
      writeFileSync(config, readFileSync(config, 'utf8').replace(/\bimage: true\b/, 'image: false'));
    }
    await exec('git', ['init', '-q', '--initial-branch=main']);
    await exec('git', ['remote', 'add', 'origin', `file://${origin}`]);
    // The scoring batches are not in git: a scheduled job gets them from the serving side, as here.
    await exec('git', ['add', '-A', '--', '.', `:!${BATCHES}`]);
    await exec('git', ['commit', '-q', '-m', 'Example churn project']);
    await exec('git', ['push', '-q', 'origin', 'main']);
    print(
      'demo repository',
      [
        `${repo}   (origin: file://${origin})`,
        `GitHub API double: ${api.url} (${REPOSITORY})`,
        `image registry: ${registry ? `docker-registry at ${registry.host}` : 'none (OCI layout)'}`,
        '',
        `tracked: ${(await exec('git', ['ls-files'])).trim().split('\n').join('  ')}`,
        `untracked (scoring batches, as a scheduled job downloads them): ${(await exec('git', ['ls-files', '--others', '--', BATCHES])).trim().split('\n').join('  ')}`,
      ].join('\n'),
    );

    const saveReport = async (name: string, markdown: string) => {
      if (!reportsDir) return;
      await mkdir(reportsDir, { recursive: true });
      await writeFile(join(reportsDir, name), markdown);
    };
    const ctx: DemoContext = {
      repo,
      originUrl: `file://${origin}`,
      origin,
      github: doubleAccess(api),
      registry: { host: registry?.host },
      state: {},
      run,
      mlops,
      exec,
      runner,
      summaryFile: (name) => join(runnerDir, `summary-${++steps}-${name}.md`),
      print,
      line,
      saveReport,
    };
    for (const [title, stage] of STAGES) {
      process.stdout.write(`\n━━━━ ${title} ${'━'.repeat(Math.max(4, 74 - title.length))}\n`);
      await stage(ctx);
    }
    if (api.responseErrors.length > 0) {
      throw new Error(
        `the GitHub API double answered off GitHub's schema:\n${api.responseErrors.join('\n')}`,
      );
    }
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    print(
      'done',
      `${STAGES.length} stages in ${seconds} s. ` +
        (keep ? `The demo repository is kept at ${repo}.` : '(pass --keep to keep the demo repository)'),
    );
    return 0;
  } finally {
    await api?.close();
    await registry?.stop();
    if (!keep) rmSync(base, { recursive: true, force: true });
  }
}

process.exitCode = await main();
