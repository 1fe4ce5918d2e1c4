/**
 * `mlops experiments best --parent <sweep> --markdown | --comment <pr>`: a matrix sweep's runs ranked as one
 * markdown leaderboard (expected text written by hand), posted as one pull-request comment to the local GitHub
 * API double and edited in place on a rerun; record text cannot make links, mentions or markers.
 */
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { Git } from '../../src/adapter/git.js';
import { GitCommands } from '../../src/core/git/commands.js';
import { silentLogger } from '../../src/core/logger.js';
import { type RunRecord, writeRunRecord } from '../../src/core/registry/run-records.js';
import { checkoutLikeActions, createRepoWithOrigin, git } from '../harness/git-fixtures.js';
import { startGitHubApi } from '../harness/github-api/index.js';
import { runCli } from '../harness/run-action.js';
import { tempDir } from '../harness/temp-dir.js';

const REPO = 'octo-org/ml-project';
const TOKEN = 'ghs_workflowtoken0000000000000000000000';
const repo = await createRepoWithOrigin({ 'README.md': '# sweep\n' });
const sha = await git(repo.work, 'rev-parse', 'HEAD');
const scratch = await tempDir('mlops-leaderboard-');

function record(id: string, lr: number, auc: number, extra: Partial<RunRecord> = {}): RunRecord {
  return {
    schema: 1,
    id,
    experiment: 'churn',
    status: 'FINISHED',
    startedAt: '2026-12-01T10:00:00.000Z',
    endedAt: '2026-12-01T10:01:00.000Z',
    params: { 'train.learning_rate': lr, 'train.epochs': 40 },
    metrics: { auc, loss: 0.5 },
    series: {},
    tags: {},
    git: {
      commit: sha,
      ref: 'refs/pull/4/merge',
      branch: 'tune',
      pullRequest: { number: 4, baseRef: 'main', baseSha: sha, headRef: 'tune', headSha: sha },
    },
    repository: REPO,
    runUrl: `https://github.com/${REPO}/actions/runs/555`,
    event: 'pull_request',
    data: [],
    artifacts: [],
    parentRunId: 'pr-4-sweep-555',
    sources: { metrics: ['metrics.json'], params: ['params.yaml'] },
    ...extra,
  };
}

const store = new GitCommands(new Git(repo.work));
for (const r of [
  record('555-sweep-aaaaaaaa', 0.02, 0.812246),
  record('555-sweep-bbbbbbbb', 0.05, 0.815949),
  // A record someone edited: its run URL points elsewhere and a param value tries markdown and a mention.
  record('555-sweep-cccccccc', 0.1, 0.815496, {
    runUrl: 'https://evil.example/x',
    params: { 'train.learning_rate': '[click](https://evil.example) @octocat', 'train.epochs': 40 },
  }),
  // Not part of this sweep: another parent, and a main run without one.
  record('444-sweep-dddddddd', 0.2, 0.9, { parentRunId: 'pr-3-sweep-444' }),
  record('300-train-eeeeeeee', 0.05, 0.95, { parentRunId: undefined }),
]) {
  await writeRunRecord(store, r, {
    location: { remote: 'origin', branch: 'mlops/registry' },
    tempDir: scratch,
    logger: silentLogger,
  });
}
const ws = await checkoutLikeActions(repo.originUrl, sha, { branch: 'main' });
const ARGS = ['experiments', 'best', '--fetch', '--experiment', 'churn', '--parent', 'pr-4-sweep-555'];
const RUNNER = { GITHUB_REPOSITORY: REPO, GITHUB_SERVER_URL: 'https://github.com' };

const EXPECTED = [
  '<!-- mlops-actions:leaderboard:churn -->',
  '### Leaderboard: `auc` (higher is better)',
  '',
  '3 runs of experiment `churn`, runs of `pr-4-sweep-555`, ranked by `auc`.',
  '',
  '| # | run | auc | params | where | commit | workflow |',
  '| ---: | --- | ---: | --- | --- | --- | --- |',
  `| 1 | [\`555-sweep-bbbbbbbb\`](https://github.com/${REPO}/blob/mlops/registry/runs/churn/555-sweep-bbbbbbbb.json) | 0.815949 | \`train.learning_rate=0.05\` | PR \\#4 | \`${sha.slice(0, 7)}\` | [run 555](https://github.com/${REPO}/actions/runs/555) |`,
  `| 2 | [\`555-sweep-cccccccc\`](https://github.com/${REPO}/blob/mlops/registry/runs/churn/555-sweep-cccccccc.json) | 0.815496 | \`train.learning_rate=[click](https://evil.example) @octocat\` | PR \\#4 | \`${sha.slice(0, 7)}\` | - |`,
  `| 3 | [\`555-sweep-aaaaaaaa\`](https://github.com/${REPO}/blob/mlops/registry/runs/churn/555-sweep-aaaaaaaa.json) | 0.812246 | \`train.learning_rate=0.02\` | PR \\#4 | \`${sha.slice(0, 7)}\` | [run 555](https://github.com/${REPO}/actions/runs/555) |`,
  '',
  'Best: `555-sweep-bbbbbbbb` with `auc` = 0.815949. Records are on the `mlops/registry` branch.',
].join('\n');

describe('mlops experiments best: the sweep leaderboard', () => {
  const api = startGitHubApi();
  after(async () => {
    const double = await api;
    await double.close();
    assert.deepEqual(double.responseErrors, []);
  });

  it('--parent --markdown: only the sweep, every run linked to its record, the varied params', async () => {
    const run = await runCli([...ARGS, '--metric', 'auc', '--markdown'], { cwd: ws, env: RUNNER });
    assert.equal(run.exitCode, 0, run.stderr);
    assert.equal(run.stdout, `${EXPECTED}\n`);
  });

  it('--comment: one comment on the pull request, edited in place by a rerun', async () => {
    const double = await api;
    double.addRepo(REPO, { defaultBranch: 'main' });
    double.addToken(TOKEN, { login: 'github-actions[bot]', type: 'Bot', kind: 'installation' });
    double.addPullRequest(REPO, {
      number: 4,
      head: { ref: 'tune', sha },
      base: { ref: 'main', sha },
    });
    const env = { ...RUNNER, GITHUB_TOKEN: TOKEN, GITHUB_API_URL: double.url, MLOPS_HTTP_RETRY_BASE_MS: '5' };
    const first = await runCli([...ARGS, '--metric', 'auc', '--comment', '4'], { cwd: ws, env });
    assert.equal(first.exitCode, 0, first.stderr);
    assert.match(first.stdout, /^RANK\s+EXPERIMENT\s+RUN\s+auc/); // the text table still goes to stdout
    assert.match(
      first.stderr,
      /leaderboard comment: https:\/\/github\.com\/octo-org\/ml-project\/pull\/4#issuecomment-\d+/,
    );
    const comments = double.comments(REPO, 4);
    assert.equal(comments.length, 1);
    assert.equal(comments[0]!.body, `${EXPECTED}\n`);

    // A rerun (another attempt of the leaderboard job) changes nothing; a new sweep edits the same comment.
    await runCli([...ARGS, '--metric', 'auc', '--comment', '4'], { cwd: ws, env });
    const limited = await runCli([...ARGS, '--metric', 'auc', '--comment', '4', '--limit', '1'], {
      cwd: ws,
      env,
    });
    assert.equal(limited.exitCode, 0, limited.stderr);
    const after = double.comments(REPO, 4);
    assert.equal(after.length, 1);
    assert.equal(after[0]!.id, comments[0]!.id);
    assert.match(after[0]!.body, /^1 run of experiment `churn`/m);
    assert.deepEqual(double.countByRoute(double.writes()), {
      'issues/create-comment': 1,
      'issues/update-comment': 1,
    });
  });

  it('--comment without a token: one error, nothing read or posted', async () => {
    const run = await runCli([...ARGS, '--metric', 'auc', '--comment', '4'], { cwd: ws, env: RUNNER });
    assert.equal(run.exitCode, 1);
    assert.match(run.stderr, /^error: --comment needs GITHUB_TOKEN and GITHUB_REPOSITORY/);
    const bad = await runCli([...ARGS, '--metric', 'auc', '--comment', 'four'], { cwd: ws, env: RUNNER });
    assert.match(bad.stderr, /Option --comment must be a pull request number, got 'four'/);
  });
});
