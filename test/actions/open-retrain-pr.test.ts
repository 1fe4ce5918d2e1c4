/**
 * open-retrain-pr through the runner-faithful executor (dist/open-retrain-pr.js), against a real bare origin
 * and the GitHub API double following its branches: one model's life — no drift (nothing written), first
 * drift (created), a rerun (unchanged: one read, no write), new scores (updated), the trigger clearing
 * (the PR says so), close-when-clear (closed), a human decline within the cool-down (none, with the
 * reason), and after it (a new PR from base). Needs `npm run build` (the harness rebuilds a stale dist/).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ActionRun } from '../harness/run-action.js';
import {
  BRANCH,
  handReport,
  realReport,
  REPO,
  retrainProject,
  type RetrainProject,
  TOKEN,
  writeReport,
} from './retrain-fixture.js';

const DAY = 86_400_000;
const ok = (run: ActionRun) => assert.equal(run.exitCode, 0, `${run.stdout}\n${run.stderr}`);

interface DoublePull {
  number: number;
  title: string;
  body: string | null;
  state: string;
  labels: { name: string }[];
  requested_reviewers: { login: string }[];
  assignees: { login: string }[];
  head: { sha: string };
}

describe('open-retrain-pr: one model, one pull request, over its life', () => {
  let p: RetrainProject;
  const pulls = async (): Promise<DoublePull[]> => {
    const response = await fetch(`${p.api.url}/repos/${REPO}/pulls?state=all&per_page=100`, {
      headers: { authorization: 'token ghs_workflowtoken0000000000000000000000' },
    });
    return (await response.json()) as DoublePull[];
  };
  const inputs = (report: string) => ({
    'drift-report': report,
    labels: 'retrain, data drift',
    reviewers: 'alice',
    assignees: 'bob',
  });

  before(async () => {
    p = await retrainProject();
  });
  after(async () => {
    await p.close();
    assert.deepEqual(p.api.responseErrors, []);
  });

  it('no drift: operation none, nothing written (one read of the branch’s pull requests)', async () => {
    const report = await writeReport(
      p.ws,
      'clean/report.json',
      handReport([
        { name: 'a', p: 0.5 },
        { name: 'b', p: 0.2 },
      ]),
    );
    p.api.resetLog();
    const run = await p.run(inputs(report));
    ok(run);
    assert.equal(run.outputs['pull-request-operation'], 'none');
    assert.equal(run.outputs.reason, 'no trigger: no dataset drift: 0 of 2 columns drifted (0.0% < 50.0%)');
    assert.equal(run.outputs['pull-request-branch'], BRANCH);
    assert.equal(run.outputs['pull-request-url'], '');
    assert.deepEqual(p.api.writes(), []);
    assert.deepEqual(p.api.countByRoute(), { 'pulls/list': 1 });
    assert.equal(await p.tip(), '');
  });

  let first: ActionRun;
  it('first drift: the branch from base with request.json, and one pull request with labels, reviewer, assignee', async () => {
    const report = await realReport(p.ws);
    first = await p.run(inputs(report));
    ok(first);
    assert.equal(first.outputs['pull-request-operation'], 'created');
    assert.equal(first.outputs['pull-request-number'], '1');
    assert.equal(first.outputs['pull-request-url'], `https://github.com/${REPO}/pull/1`);
    assert.equal(first.outputs.reason, 'dataset drift: 4 of 5 columns drifted (80.0% ≥ 50.0%)');
    const tip = await p.tip();
    assert.equal(first.outputs['pull-request-head-sha'], tip);
    // One commit on main's tip, touching only the request.
    assert.equal(await gitOut(p, 'rev-parse', `${tip}^`), p.mainSha);
    assert.deepEqual((await gitOut(p, 'diff', '--name-only', p.mainSha, tip)).split('\n'), [
      'retrain/churn/request.json',
    ]);
    const request = JSON.parse(await p.show('retrain/churn/request.json')) as Record<string, unknown>;
    assert.equal(request.model, 'churn');
    assert.deepEqual(request.reasons, [
      { kind: 'dataset-drift', drifted: 4, tested: 5, share: 0.8, driftShare: 0.5 },
    ]);
    // Written by hand above as GTO tags churn@v1.0.0 and churn#prod#1.
    assert.deepEqual(request.production, { stage: 'prod', version: 'v1.0.0', commit: p.modelSha });
    assert.deepEqual(request.run, {
      url: 'https://github.com/octo-org/ml-project/actions/runs/1234567890',
      repository: REPO,
      commit: p.mainSha,
      ref: 'refs/heads/main',
      actor: 'octocat',
    });
    const drift = request.drift as {
      columns: { name: string; drifted: boolean }[];
      source: { path: string };
    };
    assert.deepEqual(drift.columns.map((c) => c.name).sort(), ['cat', 'cat_new', 'num', 'num_missing']);
    assert.equal(drift.source.path, 'drift-report/report.json');

    const [pr, ...others] = await pulls();
    assert.equal(others.length, 0);
    assert.equal(pr!.title, 'Retrain churn: dataset drift in 4 of 5 columns');
    assert.equal(pr!.body!.split('\n')[0], '<!-- mlops-actions:open-retrain-pr:churn -->');
    assert.match(pr!.body!, /🔴 \*\*Dataset drift:\*\* 4 of 5 columns drifted/);
    assert.match(pr!.body!, /- \*\*In production:\*\* `churn` `v1\.0\.0` in `prod`/);
    assert.match(pr!.body!, /#### Distributions of the most drifted columns/);
    assert.deepEqual(pr!.labels.map((l) => l.name).sort(), ['data drift', 'retrain']);
    // GitHub creates labels the repository lacks when they are added: both exist in the repository now.
    const repoLabels = (await (
      await fetch(`${p.api.url}/repos/${REPO}/labels`, { headers: { authorization: `token ${TOKEN}` } })
    ).json()) as { name: string }[];
    assert.deepEqual(repoLabels.map((l) => l.name).sort(), ['data drift', 'retrain']);
    assert.deepEqual(
      pr!.requested_reviewers.map((r) => r.login),
      ['alice'],
    );
    assert.deepEqual(
      pr!.assignees.map((a) => a.login),
      ['bob'],
    );
    assert.equal(pr!.head.sha, tip);
    // Made with the workflow's token: GitHub starts no workflow for it, and the step says so.
    assert.ok(
      first.annotations.some(
        (a) => a.level === 'warning' && /GITHUB_TOKEN.*GitHub App token/s.test(a.message),
      ),
      first.stdout,
    );
  });

  it('a rerun on the same evidence: unchanged, one read and no write, the branch where it was', async () => {
    const tip = await p.tip();
    const body = (await pulls())[0]!.body;
    p.api.resetLog();
    const run = await p.run(inputs('drift-report/report.json'), { env: { GITHUB_RUN_ID: '1234567891' } });
    ok(run);
    assert.equal(run.outputs['pull-request-operation'], 'unchanged');
    assert.equal(run.outputs['pull-request-number'], '1');
    assert.deepEqual(p.api.writes(), []);
    assert.deepEqual(p.api.countByRoute(), { 'pulls/list': 1 });
    assert.equal(await p.tip(), tip);
    assert.equal((await pulls())[0]!.body, body);
    assert.ok(
      !run.annotations.some((a) => a.level === 'warning'),
      'no token warning when nothing was written',
    );
  });

  it('new drift scores: the branch and the same pull request are updated in place', async () => {
    const before = await p.tip();
    const report = await writeReport(
      p.ws,
      'drift-report/report.json',
      handReport([
        { name: 'num', p: 0.001 },
        { name: 'cat', p: 0.01 },
        { name: 'bin', p: 0.9 },
      ]),
    );
    const run = await p.run(inputs(report));
    ok(run);
    assert.equal(run.outputs['pull-request-operation'], 'updated');
    assert.equal(run.outputs['pull-request-number'], '1');
    const tip = await p.tip();
    assert.notEqual(tip, before);
    // Our own commit straight on base: rebuilt from base, not stacked.
    assert.equal(await gitOut(p, 'rev-parse', `${tip}^`), p.mainSha);
    const all = await pulls();
    assert.equal(all.length, 1);
    assert.equal(all[0]!.title, 'Retrain churn: dataset drift in 2 of 3 columns');
    assert.match(all[0]!.body!, /"score": 0\.001,/);
    assert.equal(all[0]!.head.sha, tip);
  });

  it('the trigger clears: the open pull request stays open and says so; a rerun changes nothing', async () => {
    const report = await writeReport(
      p.ws,
      'drift-report/report.json',
      handReport([
        { name: 'num', p: 0.4 },
        { name: 'cat', p: 0.3 },
      ]),
    );
    const run = await p.run(inputs(report));
    ok(run);
    assert.equal(run.outputs['pull-request-operation'], 'updated');
    assert.equal(
      run.outputs.reason,
      'trigger cleared: no trigger: no dataset drift: 0 of 2 columns drifted (0.0% < 50.0%)',
    );
    const [pr] = await pulls();
    assert.equal(pr!.state, 'open');
    const lines = pr!.body!.split('\n');
    assert.deepEqual(lines.slice(0, 3), [
      '<!-- mlops-actions:open-retrain-pr:churn -->',
      '<!-- mlops-actions:open-retrain-pr:cleared -->',
      '> [!NOTE]',
    ]);
    assert.match(
      lines[3]!,
      /The trigger has cleared\*\* \(no trigger: no dataset drift: 0 of 2 columns drifted/,
    );
    assert.match(pr!.body!, /## 🔁 Retrain `churn`/, 'the request is still there');
    p.api.resetLog();
    const again = await p.run(inputs(report));
    assert.equal(again.outputs['pull-request-operation'], 'unchanged');
    assert.deepEqual(p.api.writes(), []);
  });

  it('close-when-clear closes it, saying why', async () => {
    const run = await p.run({ ...inputs('drift-report/report.json'), 'close-when-clear': 'true' });
    ok(run);
    assert.equal(run.outputs['pull-request-operation'], 'closed');
    const [pr] = await pulls();
    assert.equal(pr!.state, 'closed');
    assert.equal(pr!.body!.split('\n')[1], '<!-- mlops-actions:open-retrain-pr:closed-when-clear -->');
  });

  it('drift again after an automatic close: a new pull request (no cool-down: nobody declined)', async () => {
    const report = await realReport(p.ws);
    const run = await p.run(inputs(report));
    ok(run);
    assert.equal(run.outputs['pull-request-operation'], 'created');
    assert.equal(run.outputs['pull-request-number'], '2');
    assert.equal(await gitOut(p, 'rev-parse', `${await p.tip()}^`), p.mainSha);
  });

  it('declined (closed unmerged) two days ago, cool-down 7d: none, with the reason; nothing written', async () => {
    p.api.closeIssueOrPull(REPO, 2, {
      at: new Date(Date.now() - 2 * DAY).toISOString().replace(/\.\d+Z$/, 'Z'),
    });
    const tip = await p.tip();
    p.api.resetLog();
    const run = await p.run(inputs('drift-report/report.json'));
    ok(run);
    assert.equal(run.outputs['pull-request-operation'], 'none');
    assert.match(
      run.outputs.reason!,
      /^the retrain pull request #2 for churn was closed without merging on \S+Z, within the cool-down of 7 days \(until \S+Z\), so no new one is opened \(dataset drift: 4 of 5 columns drifted/,
    );
    assert.deepEqual(p.api.writes(), []);
    assert.equal(await p.tip(), tip);
  });

  it('after the cool-down (closed 8 days ago): a new pull request, the branch started again from base', async () => {
    p.api.closeIssueOrPull(REPO, 2, {
      at: new Date(Date.now() - 8 * DAY).toISOString().replace(/\.\d+Z$/, 'Z'),
    });
    const run = await p.run({ ...inputs('drift-report/report.json'), 'cool-down': '7d' });
    ok(run);
    assert.equal(run.outputs['pull-request-operation'], 'created');
    assert.equal(run.outputs['pull-request-number'], '3');
    assert.equal((await pulls()).filter((x) => x.state === 'open').length, 1);
  });
});

async function gitOut(p: RetrainProject, ...args: string[]): Promise<string> {
  const { git } = await import('../harness/git-fixtures.js');
  return git(p.repo.origin, ...args);
}
