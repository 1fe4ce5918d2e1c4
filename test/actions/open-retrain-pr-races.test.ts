/**
 * open-retrain-pr when the world does not hold still, through the runner-faithful executor against a real
 * origin and the API double: two runs at once (one branch, one pull request), a 502 on create that did
 * create the pull request, GitHub not yet knowing a new pull request ("Could not resolve to a node"), and a
 * secondary rate limit without retry-after (a wait of at least a minute — scaled by MLOPS_HTTP_RETRY_BASE_MS
 * — and one retry, not a storm).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkoutLikeActions, git } from '../harness/git-fixtures.js';
import type { ActionRun } from '../harness/run-action.js';
import { BRANCH, realReport, REPO, retrainProject, TOKEN } from './retrain-fixture.js';

const ok = (run: ActionRun) => assert.equal(run.exitCode, 0, `${run.stdout}\n${run.stderr}`);

interface DoublePull {
  number: number;
  state: string;
  labels: { name: string }[];
  assignees: { login: string }[];
  requested_reviewers: { login: string }[];
}

async function pulls(url: string): Promise<DoublePull[]> {
  const response = await fetch(`${url}/repos/${REPO}/pulls?state=all`, {
    headers: { authorization: `token ${TOKEN}` },
  });
  return (await response.json()) as DoublePull[];
}

describe('open-retrain-pr under races and faults', () => {
  it('two runs at once: one branch commit, one pull request, both runs report it', async () => {
    const p = await retrainProject();
    try {
      // Two workflow runs: two runners, two checkouts of the same commit, one origin, one GitHub.
      const other = await checkoutLikeActions(p.repo.originUrl, p.mainSha);
      const report = await realReport(p.ws);
      await realReport(other);
      const [a, b] = await Promise.all([
        p.run({ 'drift-report': report }, { env: { GITHUB_RUN_ID: '111' } }),
        p.run({ 'drift-report': report }, { env: { GITHUB_RUN_ID: '222' }, workspace: other }),
      ]);
      ok(a);
      ok(b);
      const all = await pulls(p.api.url);
      assert.equal(all.length, 1);
      assert.deepEqual([a.outputs['pull-request-number'], b.outputs['pull-request-number']], ['1', '1']);
      assert.deepEqual([a.outputs['pull-request-operation'], b.outputs['pull-request-operation']].sort(), [
        'created',
        'unchanged',
      ]);
      // The loser of the push race found the winner's request (same evidence) and pushed nothing.
      const tip = await p.tip();
      assert.equal(a.outputs['pull-request-head-sha'], tip);
      assert.equal(b.outputs['pull-request-head-sha'], tip);
      assert.equal(await git(p.repo.origin, 'rev-parse', `${tip}^`), p.mainSha);
      assert.deepEqual(p.api.responseErrors, []);
    } finally {
      await p.close();
    }
  });

  it('a 502 on create that did create the pull request: the retry finds it and updates it, no duplicate', async () => {
    const p = await retrainProject();
    try {
      const report = await realReport(p.ws);
      p.api.injectFault({ method: 'POST', path: 'pulls/create', status: 502, times: 1, afterHandling: true });
      const run = await p.run({ 'drift-report': report, labels: 'retrain', assignees: 'bob' });
      ok(run);
      const all = await pulls(p.api.url);
      assert.equal(all.length, 1);
      assert.equal(run.outputs['pull-request-number'], '1');
      assert.equal(run.outputs['pull-request-operation'], 'updated');
      assert.deepEqual(
        all[0]!.labels.map((l) => l.name),
        ['retrain'],
      );
      assert.deepEqual(
        all[0]!.assignees.map((l) => l.login),
        ['bob'],
      );
      // Octokit retried the 502'd create, GitHub said "already exists", and the run updated that one.
      const creates = p.api.requests.filter((r) => r.operationId === 'pulls/create').map((r) => r.status);
      assert.deepEqual(creates, [502, 422]);
      assert.match(run.stdout, /Pull request #1 for mlops\/retrain\/churn appeared meanwhile; updating it\./);
    } finally {
      await p.close();
    }
  });

  it('"Could not resolve to a node" right after creation: labels, assignees and reviewers are retried', async () => {
    const p = await retrainProject();
    try {
      const report = await realReport(p.ws);
      p.api.setNodeLag(2);
      const run = await p.run({
        'drift-report': report,
        labels: 'retrain',
        assignees: 'bob',
        reviewers: 'alice',
      });
      ok(run);
      const [pr] = await pulls(p.api.url);
      assert.deepEqual(
        pr!.labels.map((l) => l.name),
        ['retrain'],
      );
      assert.deepEqual(
        pr!.assignees.map((l) => l.login),
        ['bob'],
      );
      assert.deepEqual(
        pr!.requested_reviewers.map((l) => l.login),
        ['alice'],
      );
      const labelTries = p.api.requests
        .filter((r) => r.operationId === 'issues/add-labels')
        .map((r) => r.status);
      assert.deepEqual(labelTries, [422, 422, 200]);
      assert.equal(
        (run.stdout.match(/GitHub does not know pull request #1 yet; retrying in/g) ?? []).length,
        2,
      );
    } finally {
      await p.close();
    }
  });

  it('a secondary rate limit without retry-after: waits at least 60 s (scaled), once, then goes on', async () => {
    const p = await retrainProject();
    try {
      const report = await realReport(p.ws);
      p.api.injectFault({
        method: 'POST',
        path: 'pulls/create',
        status: 403,
        times: 1,
        omitHeaders: ['retry-after'],
      });
      // 5 ms per second of wait: the minute GitHub asks for takes 0.3 s.
      const run = await p.run({ 'drift-report': report }, { env: { MLOPS_HTTP_RETRY_BASE_MS: '5' } });
      ok(run);
      assert.equal(run.outputs['pull-request-operation'], 'created');
      const creates = p.api.requests.filter((r) => r.operationId === 'pulls/create').map((r) => r.status);
      assert.deepEqual(creates, [403, 201]);
      const waits = run.annotations.filter((a) => a.level === 'warning' && /rate limit/.test(a.message));
      assert.equal(waits.length, 1);
      assert.match(
        waits[0]!.message,
        /^GitHub secondary rate limit on POST \/repos\/\{owner\}\/\{repo\}\/pulls: waiting 60 s before retry 1 \(secondary rate limit without retry-after/,
      );
      assert.equal(await p.tip(BRANCH), run.outputs['pull-request-head-sha']);
    } finally {
      await p.close();
    }
  });
});
