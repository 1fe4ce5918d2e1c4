import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Git } from '../../../src/adapter/git.js';
import { selectPreviousOnBranch, selectPullRequestBaseline } from '../../../src/core/experiments/baseline.js';
import { GitCommands } from '../../../src/core/git/commands.js';
import { createRepoWithOrigin } from '../../harness/git-fixtures.js';
import { makeRecord } from './records.js';

describe('baseline selection (ancestry from a real repository)', () => {
  it('prefers a run at the base commit, then the newest at an ancestor, else the newest on the base branch', async () => {
    const repo = await createRepoWithOrigin();
    const c1 = await repo.commit({ 'a.txt': '1' }, 'c1');
    const c2 = await repo.commit({ 'a.txt': '2' }, 'c2');
    const c3 = await repo.commit({ 'a.txt': '3' }, 'c3');
    const side = await repo.commit({ 'b.txt': 'x' }, 'side', 'feature');
    const git = new GitCommands(new Git(repo.work));
    const ancestry = (commit: string, base: string) => git.isAncestor(commit, base);
    const onMain = (id: string, commit: string, endedAt: string) =>
      makeRecord({ id, endedAt, git: { commit, branch: 'main', ref: 'refs/heads/main' } });
    const r1 = onMain('r1', c1, '2026-01-01T00:00:01Z');
    const r3 = onMain('r3', c3, '2026-01-01T00:00:03Z');
    // newer than everything, but on another branch or from a PR: never a baseline
    const other = makeRecord({
      id: 'other',
      endedAt: '2026-01-02T00:00:00Z',
      git: { commit: side, branch: 'feature' },
    });
    const pr = makeRecord({
      id: 'pr',
      endedAt: '2026-01-02T00:00:00Z',
      git: {
        commit: side,
        branch: 'main',
        pullRequest: { number: 1, baseRef: 'main', baseSha: c2, headRef: 'main', headSha: side },
      },
    });

    const exact = await selectPullRequestBaseline([r1, r3, other, pr], 'main', c3, ancestry);
    assert.equal(exact?.record.id, 'r3');
    assert.equal(exact?.kind, 'base-commit');

    // base at c2: r3 (c3) is newer but after the base commit; r1 (c1) is the newest at or before it
    const before = await selectPullRequestBaseline([r1, r3, other, pr], 'main', c2, ancestry);
    assert.equal(before?.record.id, 'r1');
    assert.equal(before?.kind, 'ancestor');
    assert.match(before.reason, /before the pull request's base commit/);

    // base at c1 with only r3 recorded: nothing at or before c1 → newest on main, and the report says so
    const fallback = await selectPullRequestBaseline([r3, other], 'main', c1, ancestry);
    assert.equal(fallback?.record.id, 'r3');
    assert.equal(fallback?.kind, 'newest-on-base');
    assert.match(fallback.reason, /no run at or before the base commit/);

    assert.equal(await selectPullRequestBaseline([other, pr], 'main', c1, ancestry), undefined);
  });

  it('outside pull requests uses the previous run on the same branch', () => {
    const a = makeRecord({ id: 'a', endedAt: '2026-01-01T00:00:01Z', git: { branch: 'main' } });
    const b = makeRecord({ id: 'b', endedAt: '2026-01-01T00:00:02Z', git: { branch: 'main' } });
    const c = makeRecord({ id: 'c', endedAt: '2026-01-01T00:00:03Z', git: { branch: 'main' } });
    assert.equal(selectPreviousOnBranch([a, b, c], c)?.record.id, 'b');
    assert.equal(selectPreviousOnBranch([b, c], b), undefined);
    assert.equal(selectPreviousOnBranch([a], makeRecord({ id: 'x', git: {} })), undefined);
  });
});
