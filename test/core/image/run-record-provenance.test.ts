/**
 * Finding the run record behind an image: the newest record for the packaged commit, read from the
 * remote-tracking ref left by track-experiment in the same job, or from a local registry branch;
 * nothing at all outside a git repository.
 */
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { Git } from '../../../src/adapter/git.js';
import { silentLogger } from '../../../src/core/logger.js';
import { GitCommands } from '../../../src/core/git/commands.js';
import { writeRunRecord } from '../../../src/core/registry/run-records.js';
import { runRecordForCommit } from '../../../src/core/image/run-record-provenance.js';
import { createRepoWithOrigin, git } from '../../harness/git-fixtures.js';
import { tempDir } from '../../harness/temp-dir.js';
import { makeRecord } from '../experiments/records.js';

describe('run record for the packaged commit', () => {
  it('reads the tracking ref of the same job and picks the newest record of the commit', async () => {
    const repo = await createRepoWithOrigin();
    const sha = await repo.commit({ 'model.json': '{}' });
    const temp = await tempDir();
    const store = async (id: string, commit: string, endedAt: string) =>
      writeRunRecord(
        new GitCommands(new Git(repo.work)),
        makeRecord({ id, git: { commit }, endedAt, metrics: { acc: 1 } }),
        {
          location: { remote: 'origin', branch: 'mlops/registry' },
          tempDir: temp,
          logger: silentLogger,
        },
      );
    await store('run-b', sha, '2026-01-02T00:00:00.000Z');
    await store('run-a', sha, '2026-01-01T00:00:00.000Z');
    await store('run-other', 'f'.repeat(40), '2026-01-03T00:00:00.000Z');
    const lookup = {
      workspace: repo.work,
      git: new Git(repo.work),
      branch: 'mlops/registry',
      logger: silentLogger,
    };
    const found = await runRecordForCommit({ ...lookup, commit: undefined });
    assert.equal(found?.id, 'run-b', 'HEAD is the commit when none is given');
    const none = await runRecordForCommit({ ...lookup, commit: 'e'.repeat(40) });
    assert.equal(none, undefined);
  });

  it('a local registry branch of another name; no repository means no record', async () => {
    const repo = await createRepoWithOrigin();
    const sha = await repo.commit({ 'model.json': '{}' });
    const temp = await tempDir();
    await writeRunRecord(
      new GitCommands(new Git(repo.work)),
      makeRecord({ id: 'local-1', git: { commit: sha } }),
      {
        location: { remote: 'origin', branch: 'ml/runs' },
        tempDir: temp,
        logger: silentLogger,
      },
    );
    // Keep only a local branch: no remote-tracking ref, no remote to fetch from.
    await git(repo.work, 'branch', 'ml/runs', 'refs/remotes/origin/ml/runs');
    await git(repo.work, 'remote', 'remove', 'origin');
    const found = await runRecordForCommit({
      workspace: repo.work,
      git: new Git(repo.work),
      branch: 'ml/runs',
      commit: sha,
      logger: silentLogger,
    });
    assert.equal(found?.id, 'local-1');

    const plain = await tempDir();
    await writeFile(join(plain, 'model.json'), '{}');
    assert.equal(
      await runRecordForCommit({
        workspace: plain,
        git: new Git(plain),
        branch: 'ml/runs',
        commit: sha,
        logger: silentLogger,
      }),
      undefined,
    );
  });
});
