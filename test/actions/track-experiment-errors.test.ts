import assert from 'node:assert/strict';
import { chmod, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { pullRequestEvent, pushEvent } from '../harness/events.js';
import { startGitHubApi } from '../harness/github-api/index.js';
import { writeFiles } from '../harness/git-fixtures.js';
import { runAction } from '../harness/run-action.js';
import { tempDir } from '../harness/temp-dir.js';
import {
  apiEnv,
  checkout,
  exampleProject,
  METRICS_INPUT,
  REPO,
  registryFiles,
  TOKEN,
  writeMetrics,
} from '../core/experiments/project.js';

const project = await exampleProject();
const workspace = await checkout(project.repo, project.mainSha, 'main');
await writeMetrics(workspace, 0.8, [0.9, 0.5]);

function track(
  inputs: Record<string, string>,
  extra: { env?: Record<string, string>; runnerTemp?: string } = {},
) {
  return runAction({
    action: 'track-experiment',
    inputs: { name: 'demo', ...inputs },
    workspace,
    event: pushEvent({ after: project.mainSha }),
    token: TOKEN,
    ...extra,
  });
}

function errorOf(run: { annotations: { level: string; message: string; file?: string }[] }) {
  const errors = run.annotations.filter((a) => a.level === 'error');
  assert.equal(errors.length, 1, JSON.stringify(run.annotations));
  return errors[0]!;
}

describe('track-experiment action: bad input fails clearly and stores nothing', () => {
  it('a missing metrics file names the input and the file', async () => {
    const run = await track({ metrics: 'missing.json' });
    assert.equal(run.exitCode, 1);
    assert.equal(errorOf(run).message, "Input 'metrics': file 'missing.json' does not exist.");
    assert.deepEqual(await registryFiles(project.repo), []);
  });

  it('invalid JSON, a non-numeric metric (file and key), a params file that is not a mapping', async () => {
    await writeFiles(workspace, {
      'broken.json': '{"acc": 0.9,',
      'text.json': '{"eval": {"acc": "n/a"}}',
      'list-params.yaml': '- lr\n- 0.1\n',
    });
    const broken = await track({ metrics: 'broken.json' });
    assert.equal(broken.exitCode, 1);
    assert.match(errorOf(broken).message, /^broken\.json is not valid JSON/);
    assert.equal(errorOf(broken).file, 'broken.json');

    const text = await track({ metrics: 'text.json' });
    assert.equal(text.exitCode, 1);
    assert.equal(
      errorOf(text).message,
      'Metrics file text.json: metric \'eval.acc\' must be a finite number, got the text "n/a".',
    );

    const params = await track({ metrics: METRICS_INPUT, params: 'list-params.yaml' });
    assert.equal(params.exitCode, 1);
    assert.equal(
      errorOf(params).message,
      'Params file list-params.yaml must be a mapping of names to values, got a list.',
    );
    assert.deepEqual(await registryFiles(project.repo), []);
  });

  it('refuses paths into .git and unsafe experiment names', async () => {
    const git = await track({ metrics: '.git/config' });
    assert.equal(git.exitCode, 1);
    assert.match(errorOf(git).message, /^Input 'metrics': path '\.git\/config' points into \.git\//);
    const name = await track({ name: '../evil', metrics: METRICS_INPUT });
    assert.equal(name.exitCode, 1);
    assert.match(errorOf(name).message, /Input 'name' '\.\.\/evil' is not allowed/);
  });

  it('a push rejected again and again: clear error after bounded retries, record kept in RUNNER_TEMP', async () => {
    const hook = join(project.repo.origin, 'hooks', 'pre-receive');
    await writeFile(
      hook,
      [
        '#!/bin/sh',
        '# someone else always moves the branch first',
        'unset GIT_QUARANTINE_PATH GIT_OBJECT_DIRECTORY GIT_ALTERNATE_OBJECT_DIRECTORIES',
        'export GIT_AUTHOR_NAME=x GIT_AUTHOR_EMAIL=x@x GIT_COMMITTER_NAME=x GIT_COMMITTER_EMAIL=x@x',
        'while read old new ref; do',
        '  c=$(echo "race $new $(date +%s%N)" | git commit-tree "$(git mktree </dev/null)")',
        '  git update-ref "$ref" "$c"',
        'done',
        '',
      ].join('\n'),
    );
    await chmod(hook, 0o755);
    const runnerTemp = await tempDir('mlops-runner-temp-');
    try {
      const run = await track(
        { metrics: METRICS_INPUT, 'run-id': 'kept-run' },
        { env: { MLOPS_REGISTRY_PUSH_ATTEMPTS: '3', MLOPS_REGISTRY_RETRY_BASE_MS: '5' }, runnerTemp },
      );
      assert.equal(run.exitCode, 1);
      const kept = join(runnerTemp, 'mlops-runs', 'demo', 'kept-run.json');
      const message = errorOf(run).message;
      assert.match(
        message,
        /Could not store run record runs\/demo\/kept-run\.json on branch 'mlops\/registry'.*rejected 3 times/s,
      );
      assert.ok(message.includes(`The record is kept at ${kept}`), message);
      const record = JSON.parse(await readFile(kept, 'utf8')) as {
        id: string;
        metrics: Record<string, number>;
      };
      assert.equal(record.id, 'kept-run');
      assert.deepEqual(record.metrics, { acc: 0.8, loss: 0.5 });
    } finally {
      await writeFile(hook, '#!/bin/sh\nexit 0\n');
    }
  });
});

describe('track-experiment action: read-only tokens degrade to the job summary', () => {
  it('a fork pull request with a read-only token: no push, no comment, a fork hint, the report in the summary', async () => {
    const api = await startGitHubApi();
    try {
      api.addRepo(REPO);
      api.addToken('ghs_readonly', {
        login: 'github-actions[bot]',
        type: 'Bot',
        kind: 'installation',
        readOnly: true,
      });
      api.addPullRequest(REPO, {
        number: 5,
        head: { ref: 'patch-1', sha: project.mainSha, repoFullName: 'forker/ml-project' },
        base: { ref: 'main', sha: project.mainSha },
      });
      const event = pullRequestEvent({
        number: 5,
        forkOwner: 'forker',
        head: { ref: 'patch-1', sha: project.mainSha },
        base: { ref: 'main', sha: project.mainSha },
      });
      const run = await runAction({
        action: 'track-experiment',
        inputs: { name: 'fork-demo', metrics: METRICS_INPUT },
        workspace,
        event,
        env: { ...apiEnv(api), GITHUB_SHA: project.mainSha },
        token: 'ghs_readonly',
      });
      assert.equal(run.exitCode, 0, run.stdout + run.stderr);
      const warnings = run.annotations.filter((a) => a.level === 'warning').map((a) => a.message);
      const hint = warnings.find((w) => /cannot write comments on #5/.test(w));
      assert.ok(hint, warnings.join('\n'));
      assert.match(
        hint,
        /comes from a fork, and GitHub gives workflows of fork pull requests a read-only token/,
      );
      assert.match(hint, /the job summary carries the report/);
      // Asking for a permission cannot help a fork: the hint must not send the user there.
      assert.doesNotMatch(hint, /permissions: pull-requests: write/);
      assert.equal(run.outputs['comment-url'], '');
      assert.match(run.summary, /<!-- mlops-actions:track-experiment:fork-demo -->/);
      assert.match(run.summary, /record not stored \(pull request from a fork\)/);
      assert.deepEqual(
        api.requests.filter((r) => r.method !== 'GET').map((r) => [r.operationId, r.status]),
        [
          ['graphql', 200],
          ['issues/create-comment', 403],
        ],
      );
      assert.equal(api.comments(REPO, 5).length, 0);
      assert.ok(!(await registryFiles(project.repo)).some((f) => f.startsWith('runs/fork-demo/')));
    } finally {
      await api.close();
    }
  });

  it('a fork pull request whose token may write (pull_request_target, private-repo setting) gets its comment', async () => {
    const api = await startGitHubApi();
    try {
      api.addRepo(REPO);
      api.addToken(TOKEN, { login: 'github-actions[bot]', type: 'Bot', kind: 'installation' });
      api.addPullRequest(REPO, {
        number: 8,
        head: { ref: 'patch-2', sha: project.mainSha, repoFullName: 'forker/ml-project' },
        base: { ref: 'main', sha: project.mainSha },
      });
      const run = await runAction({
        action: 'track-experiment',
        inputs: { name: 'fork-write', metrics: METRICS_INPUT },
        workspace,
        event: pullRequestEvent({
          number: 8,
          forkOwner: 'forker',
          head: { ref: 'patch-2', sha: project.mainSha },
          base: { ref: 'main', sha: project.mainSha },
        }),
        env: { ...apiEnv(api), GITHUB_SHA: project.mainSha },
        token: TOKEN,
      });
      assert.equal(run.exitCode, 0, run.stdout + run.stderr);
      const comments = api.comments(REPO, 8);
      assert.equal(comments.length, 1);
      assert.match(comments[0]!.body, /<!-- mlops-actions:track-experiment:fork-write -->/);
      assert.match(run.outputs['comment-url'] ?? '', new RegExp(`/pull/8#issuecomment-${comments[0]!.id}$`));
    } finally {
      await api.close();
    }
  });

  it('a token that cannot write comments: warning, record stored, exit 0', async () => {
    const api = await startGitHubApi();
    try {
      api.addRepo(REPO);
      api.addToken('ghs_readonly', {
        login: 'github-actions[bot]',
        type: 'Bot',
        kind: 'installation',
        readOnly: true,
      });
      api.addPullRequest(REPO, {
        number: 6,
        head: { ref: 'feature', sha: project.mainSha },
        base: { ref: 'main', sha: project.mainSha },
      });
      const run = await runAction({
        action: 'track-experiment',
        inputs: { name: 'ro-demo', metrics: METRICS_INPUT },
        workspace,
        event: pullRequestEvent({
          number: 6,
          head: { ref: 'feature', sha: project.mainSha },
          base: { ref: 'main', sha: project.mainSha },
        }),
        env: { ...apiEnv(api), GITHUB_SHA: project.mainSha },
        token: 'ghs_readonly',
      });
      assert.equal(run.exitCode, 0, run.stdout + run.stderr);
      const warnings = run.annotations.filter((a) => a.level === 'warning').map((a) => a.message);
      const hint = warnings.find((w) =>
        /cannot write comments on #6 \(403: Resource not accessible by integration\b/.test(w),
      );
      assert.ok(hint, warnings.join('\n'));
      assert.match(hint, /Give the job `permissions: pull-requests: write` to get the comment/);
      assert.doesNotMatch(hint, /fork/);
      assert.equal(api.comments(REPO, 6).length, 0);
      assert.ok((await registryFiles(project.repo)).some((f) => f.startsWith('runs/ro-demo/')));
    } finally {
      await api.close();
    }
  });

  it('comment: never makes no API request on a pull request', async () => {
    const run = await runAction({
      action: 'track-experiment',
      inputs: { name: 'quiet', metrics: METRICS_INPUT, comment: 'never' },
      workspace,
      event: pullRequestEvent({
        number: 3,
        head: { ref: 'feature', sha: project.mainSha },
        base: { ref: 'main', sha: project.mainSha },
      }),
      env: { GITHUB_SHA: project.mainSha },
      token: TOKEN,
    });
    // GITHUB_API_URL points at a closed port: any request would fail the run
    assert.equal(run.exitCode, 0, run.stdout + run.stderr);
    assert.equal(run.outputs['comment-url'], '');
    assert.match(run.summary, /### 🧪 Experiment `quiet`/);
  });
});
