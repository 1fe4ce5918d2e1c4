/**
 * Which run a deployment is about, when no run-id is given: the newest run of the commit; for a merge commit,
 * the newest run of the pull request whose head it merged (second parent, read from the commit object even in
 * a depth-1 clone); for a squash merge, the pull request GitHub associates with the commit (the API double).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Git } from '../../../src/adapter/git.js';
import { deployGitHub } from '../../../src/adapter/deploy-github.js';
import { createOctokit } from '../../../src/adapter/octokit.js';
import { findRun } from '../../../src/core/deploy/run-lookup.js';
import { GitCommands } from '../../../src/core/git/commands.js';
import { silentLogger } from '../../../src/core/logger.js';
import { runRecord } from './run-fixture.js';
import { checkoutLikeActions, createRepoWithOrigin, git } from '../../harness/git-fixtures.js';
import { startGitHubApi } from '../../harness/github-api/index.js';

const run = runRecord;

const pr = (number: number, headSha: string) => ({
  number,
  baseRef: 'main',
  baseSha: '0'.repeat(40),
  headRef: 'feature',
  headSha,
});

describe('run lookup', () => {
  it('exact commit first; the newest; FAILED runs skipped; an experiment filter; run-id as id or experiment/id', async () => {
    const repo = await createRepoWithOrigin();
    const c = await repo.commit({ 'a.txt': '1' });
    const g = new GitCommands(new Git(repo.work));
    const runs = [
      run('old', c, { endedAt: '2026-11-01T00:00:00Z' }),
      run('new', c, { endedAt: '2026-11-02T00:00:00Z' }),
      run('failed', c, { endedAt: '2026-11-03T00:00:00Z', status: 'FAILED' }),
      run('other', c, { endedAt: '2026-11-04T00:00:00Z', experiment: 'fraud' }),
    ];
    const base = {
      git: g,
      runs,
      commit: c,
      runId: undefined,
      experiment: undefined,
      where: "branch 'mlops/registry'",
    };
    assert.equal((await findRun(base)).run.id, 'other');
    assert.equal((await findRun({ ...base, experiment: 'churn' })).run.id, 'new');
    assert.equal((await findRun({ ...base, runId: 'old' })).run.id, 'old');
    assert.equal((await findRun({ ...base, runId: 'fraud/other' })).run.experiment, 'fraud');
    const both = [...runs, run('new', c, { experiment: 'fraud' })];
    await assert.rejects(
      findRun({ ...base, runs: both, runId: 'new' }),
      /names runs of several experiments \(churn, fraud\); give it as <experiment>\/new/,
    );
  });

  it('a merge commit (in a depth-1 checkout): the run of the pull request whose head is its second parent', async () => {
    const repo = await createRepoWithOrigin();
    const head = await repo.commit({ 'model.txt': 'pr\n' }, 'feature', 'feature');
    await git(repo.work, 'checkout', '-q', 'main');
    await git(repo.work, 'merge', '-q', '--no-ff', '-m', 'Merge pull request #7', 'feature');
    await git(repo.work, 'push', '-q', 'origin', 'main');
    const merge = await git(repo.work, 'rev-parse', 'HEAD');
    const ws = await checkoutLikeActions(repo.originUrl, merge, { branch: 'main' });
    const runs = [
      run('pr-7-old', 'f'.repeat(40), {
        endedAt: '2026-11-01T00:00:00Z',
        git: { commit: 'f'.repeat(40), pullRequest: pr(7, head) },
      }),
      run('pr-7', 'e'.repeat(40), {
        endedAt: '2026-11-02T00:00:00Z',
        git: { commit: 'e'.repeat(40), pullRequest: pr(7, head) },
      }),
      run('pr-8', 'd'.repeat(40), {
        endedAt: '2026-11-03T00:00:00Z',
        git: { commit: 'd'.repeat(40), pullRequest: pr(8, 'c'.repeat(40)) },
      }),
    ];
    const found = await findRun({
      git: new GitCommands(new Git(ws)),
      runs,
      commit: merge,
      runId: undefined,
      experiment: undefined,
      where: 'x',
    });
    assert.equal(found.run.id, 'pr-7');
    assert.match(found.how, /pull request #7, merged by/);
  });

  it('a squash merge: the pull request GitHub associates with the commit, its last head first', async () => {
    const repo = await createRepoWithOrigin();
    const squash = await repo.commit({ 'model.txt': 'squashed\n' }, 'Better model (#9)');
    const api = await startGitHubApi();
    try {
      api.addRepo('octo-org/ml-project', { gitDir: repo.origin });
      api.addToken('t', { login: 'github-actions[bot]', type: 'Bot', kind: 'installation' });
      api.addPullRequest('octo-org/ml-project', {
        number: 9,
        head: { ref: 'feature', sha: 'b'.repeat(40) },
        base: { ref: 'main', sha: 'a'.repeat(40) },
      });
      api.closeIssueOrPull('octo-org/ml-project', 9, { merged: true, mergeCommitSha: squash });
      const github = deployGitHub(
        createOctokit({ token: 't', baseUrl: api.url, logger: silentLogger, retryBaseMs: 1 }),
        'octo-org/ml-project',
      );
      const runs = [
        run('pr-9-last-head', 'e'.repeat(40), {
          endedAt: '2026-11-01T00:00:00Z',
          git: { commit: 'e'.repeat(40), pullRequest: pr(9, 'b'.repeat(40)) },
        }),
        run('pr-9-earlier-head', 'd'.repeat(40), {
          endedAt: '2026-11-02T00:00:00Z',
          git: { commit: 'd'.repeat(40), pullRequest: pr(9, '9'.repeat(40)) },
        }),
      ];
      const lookup = {
        git: new GitCommands(new Git(repo.work)),
        runs,
        commit: squash,
        runId: undefined,
        experiment: undefined,
        where: "branch 'mlops/registry'",
      };
      await assert.rejects(
        findRun(lookup),
        /There is no track-experiment run record for commit .* on branch 'mlops\/registry'/,
      );
      const found = await findRun({ ...lookup, pullsForCommit: (sha) => github.pullsForCommit(sha) });
      assert.equal(found.run.id, 'pr-9-last-head');
      assert.match(found.how, /pull request #9, which GitHub associates with/);
      assert.deepEqual(api.responseErrors, []);
    } finally {
      await api.close();
    }
  });
});
