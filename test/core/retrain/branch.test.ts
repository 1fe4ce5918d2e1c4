/**
 * The retrain branch with real git: a depth-1 detached checkout (as actions/checkout leaves it) and a bare
 * origin. Built from base, rebuilt from base while the branch is only ours, stacked on people's commits,
 * started again on request, nothing pushed on a rerun, "already in base" when merged, and one commit when
 * two runs race for the lease.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Git } from '../../../src/adapter/git.js';
import { GitCommands } from '../../../src/core/git/commands.js';
import { silentLogger } from '../../../src/core/logger.js';
import { type BranchOptions, publishRetrainBranch } from '../../../src/core/retrain/branch.js';
import { decide } from '../../../src/core/retrain/decide.js';
import { buildRequest, type RetrainRequest } from '../../../src/core/retrain/request.js';
import {
  checkoutLikeActions,
  createRepoWithOrigin,
  git,
  type RepoWithOrigin,
} from '../../harness/git-fixtures.js';
import { tempDir } from '../../harness/temp-dir.js';
import { evidence } from './evidence-fixtures.js';

const BRANCH = 'mlops/retrain/churn';

function request(score: number, at = '2026-12-01T06:00:00Z'): RetrainRequest {
  const e = evidence([
    ['amount', score],
    ['region', 0.5],
  ]);
  return buildRequest({
    model: 'churn',
    branch: BRANCH,
    now: new Date(at),
    decision: decide(e, undefined, { when: 'drift', watchColumns: ['amount'], minDriftShare: undefined }),
    evidence: e,
    decay: undefined,
    watchColumns: ['amount'],
    minDriftShare: undefined,
    data: [],
    production: null,
    run: {},
  });
}

async function setup(): Promise<{ repo: RepoWithOrigin; git: GitCommands; main: string }> {
  const repo = await createRepoWithOrigin({ 'README.md': '# m\n' });
  const main = await git(repo.work, 'rev-parse', 'HEAD');
  const ws = await checkoutLikeActions(repo.originUrl, main);
  return { repo, git: new GitCommands(new Git(ws)), main };
}

async function publish(g: GitCommands, req: RetrainRequest, over: Partial<BranchOptions> = {}) {
  return publishRetrainBranch(g, {
    remote: 'origin',
    model: 'churn',
    base: 'main',
    request: req,
    snapshot: undefined,
    message: 'Retrain churn: test\n',
    restart: false,
    tempDir: await tempDir('mlops-branch-'),
    logger: silentLogger,
    retry: { baseDelayMs: 5 },
    ...over,
  });
}

const tipOf = (repo: RepoWithOrigin, ref = BRANCH) => git(repo.origin, 'rev-parse', ref);
const requestOn = async (repo: RepoWithOrigin, ref = BRANCH) =>
  JSON.parse(await git(repo.origin, 'show', `${ref}:retrain/churn/request.json`)) as RetrainRequest;

describe('the retrain branch', () => {
  it('is built on base, kept on a rerun with the same evidence, rebuilt from base on new evidence', async () => {
    const { repo, git: g, main } = await setup();
    const first = await publish(g, request(0.01));
    assert.ok(!('inBase' in first) && first.pushed);
    const tip = await tipOf(repo);
    assert.equal(await git(repo.origin, 'rev-parse', `${tip}^`), main);
    assert.match(
      await git(repo.origin, 'log', '-1', '--format=%B', tip),
      /\n\nMlops-Retrain: churn\nMlops-Retrain-Base: [0-9a-f]{40}$/,
    );
    assert.equal(
      await git(repo.origin, 'log', '-1', '--format=%an <%ae>', tip),
      'github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>',
    );

    // Same evidence a week later from another run: nothing pushed, the first request (and its time) kept.
    const rerun = await publish(g, request(0.01, '2026-12-08T06:00:00Z'));
    assert.ok(!('inBase' in rerun) && !rerun.pushed);
    assert.equal(await tipOf(repo), tip);
    assert.equal((await requestOn(repo)).requestedAt, '2026-12-01T06:00:00.000Z');

    // main moves, the evidence changes: one commit on the new main, not a stack.
    const newMain = await repo.commit({ 'params.yaml': 'lr: 1\n' }, 'tune');
    const next = await publish(g, request(0.001));
    assert.ok(!('inBase' in next) && next.pushed && !next.keptCommits);
    const tip2 = await tipOf(repo);
    assert.equal(await git(repo.origin, 'rev-parse', `${tip2}^`), newMain);
    assert.equal((await requestOn(repo)).drift!.columns[0]!.score, 0.001);
  });

  it("keeps people's commits and puts the change set on top; a restart begins again from base", async () => {
    const { repo, git: g, main } = await setup();
    await publish(g, request(0.01));
    await git(repo.work, 'fetch', '-q', 'origin', `${BRANCH}:${BRANCH}`);
    const human = await repo.commit({ 'train.py': 'weights\n' }, 'class weights', BRANCH);
    const next = await publish(g, request(0.002));
    assert.ok(!('inBase' in next) && next.pushed && next.keptCommits);
    const tip = await tipOf(repo);
    assert.equal(await git(repo.origin, 'rev-parse', `${tip}^`), human);
    assert.doesNotMatch(await git(repo.origin, 'log', '-1', '--format=%B', tip), /Mlops-Retrain-Base/);
    // Still stacked on the next change (the tip is ours, but not straight on base).
    await publish(g, request(0.003));
    assert.equal(await git(repo.origin, 'rev-parse', `${await tipOf(repo)}~2`), human);

    const restarted = await publish(g, request(0.004), { restart: true });
    assert.ok(!('inBase' in restarted) && restarted.pushed);
    assert.equal(await git(repo.origin, 'rev-parse', `${await tipOf(repo)}^`), main);
    assert.equal(await git(repo.origin, 'show', `${BRANCH}:train.py`).catch(() => 'gone'), 'gone');
  });

  it('says so when base already holds the request (it was merged)', async () => {
    const { repo, git: g } = await setup();
    await publish(g, request(0.01));
    await git(repo.work, 'fetch', '-q', 'origin', BRANCH);
    await git(repo.work, 'checkout', '-q', 'main');
    await git(repo.work, 'merge', '-q', '--ff-only', `origin/${BRANCH}`);
    await git(repo.work, 'push', '-q', 'origin', 'main');
    const again = await publish(g, request(0.01, '2026-12-09T00:00:00Z'), { restart: true });
    assert.ok('inBase' in again);
  });

  it('two runs racing for the lease: one commit lands, the other finds it and pushes nothing', async () => {
    const { repo, git: g, main } = await setup();
    const other = new GitCommands(new Git(await checkoutLikeActions(repo.originUrl, main)));
    const [a, b] = await Promise.all([
      publish(g, request(0.01)),
      publish(other, request(0.01, '2026-12-01T06:00:01Z')),
    ]);
    assert.ok(!('inBase' in a) && !('inBase' in b));
    assert.equal([a.pushed, b.pushed].filter(Boolean).length, 1);
    assert.equal(a.head, b.head);
    assert.equal(await tipOf(repo), a.head);
    assert.equal(await git(repo.origin, 'rev-list', '--count', `main..${BRANCH}`), '1');
  });

  it('refuses to write under .github/workflows/', async () => {
    const { git: g } = await setup();
    await assert.rejects(
      publish(g, request(0.01), {
        snapshot: {
          entries: [],
          pointers: [{ treePath: '.github/workflows/x.yml.dvc', text: 'x' }],
          ignores: [],
          extra: [],
        },
      }),
      /The file '\.github\/workflows\/x\.yml\.dvc' is under \.github\/workflows\/, which open-retrain-pr never writes/,
    );
  });
});
