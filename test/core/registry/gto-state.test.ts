import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Git } from '../../../src/adapter/git.js';
import { GitCommands } from '../../../src/core/git/commands.js';
import {
  ModelRegistry,
  planAssign,
  planDeprecate,
  planDeregister,
  planRegister,
  planUnassign,
} from '../../../src/core/registry/gto/model-registry.js';
import { historyEvents } from '../../../src/core/registry/gto/show.js';
import { updateModelRegistry } from '../../../src/core/registry/gto/write.js';
import { createRepoWithOrigin, git } from '../../harness/git-fixtures.js';
import { rawTag, steppingClock } from './gto-fixtures.js';

const T0 = 1_767_225_600; // 2026-01-01T00:00:00Z

describe('GTO state from tags GTO would write', () => {
  it("GTO's showcase: what each stage shows, by GTO's CLI rule (newest assignment) and by SemVer", async () => {
    // gto/tests/conftest.py `showcase`, tag for tag; the expectations are GTO's tests/test_cli.py.
    const repo = await createRepoWithOrigin();
    const first = await repo.commit({ 'models/random-forest.pkl': '1st version' });
    const second = await repo.commit({ 'models/random-forest.pkl': '2nd version' });
    const w = repo.work;
    await rawTag(w, 'rf@v1.2.3', first, { time: T0 });
    await rawTag(w, 'nn@v0.0.1', first, { time: T0 });
    await rawTag(w, 'rf@v1.2.4', second, { time: T0 + 1 });
    await rawTag(w, 'nn#staging#1', first, { time: T0 + 1 });
    await rawTag(w, 'rf#production#1', first, { time: T0 + 1 });
    await rawTag(w, 'rf#staging#2', second, { time: T0 + 2 });
    await rawTag(w, 'rf#production#3', second, { time: T0 + 3 });
    await rawTag(w, 'rf#production#4', first, { time: T0 + 4 });
    const registry = await ModelRegistry.read(new GitCommands(new Git(w)));
    const rf = registry.artifact('rf')!;
    assert.equal(rf.inStage('production')?.version, 'v1.2.3', 'gto show rf#production --version');
    assert.equal(rf.inStage('staging')?.version, 'v1.2.4', 'gto show rf#staging --version');
    assert.deepEqual(
      rf
        .stageVersions({ sort: 'timestamp', versionsPerStage: -1 })
        .get('production')
        ?.map((s) => s.version)
        .sort(),
      ['v1.2.3', 'v1.2.4'],
      'gto show rf#production --vs -1',
    );
    assert.equal(rf.latest()?.version, 'v1.2.4', 'gto show rf@greatest --version');
    assert.equal(rf.latest()?.authoringEvent.tag, 'rf@v1.2.4', 'gto show rf@latest --ref');
    assert.equal(
      rf.inStage('production', 'semver')?.version,
      'v1.2.4',
      'sorted by SemVer, the highest active',
    );
    const event = historyEvents(registry.state, 'rf').find((e) => e.tag === 'rf#production#3');
    assert.deepEqual([event?.event, event?.version, event?.stage], ['assignment', 'v1.2.4', 'production']);
    assert.equal(registry.artifact('nn')?.inStage('staging')?.version, 'v0.0.1');
  });

  it('a lightweight tag is not an event, but its counter counts; a tie goes to the removal', async () => {
    const repo = await createRepoWithOrigin();
    const c = await repo.commit({ 'm.txt': '1' });
    const w = repo.work;
    await rawTag(w, 'churn@v1.0.0', c, { time: T0 });
    await rawTag(w, 'churn#prod#9', c, { time: T0 + 1, lightweight: true });
    await rawTag(w, 'churn#dev#1', c, { time: T0 + 2 });
    await rawTag(w, 'churn#dev!#2', c, { time: T0 + 2 }); // same second: the unassignment wins
    const registry = await ModelRegistry.read(new GitCommands(new Git(w)));
    const churn = registry.artifact('churn')!;
    assert.equal(churn.inStage('prod'), undefined);
    assert.equal(churn.inStage('dev'), undefined);
    assert.equal(registry.nextCounter('churn'), 10);
  });
});

describe('GTO writes against a real bare origin', () => {
  const who = { name: 'Deploy Bot', email: 'deploy@example.com' };

  it('register, assign staging then prod, promote, roll back (assign older + unassign newer), deregister, deprecate', async () => {
    const repo = await createRepoWithOrigin();
    const c1 = await repo.commit({ 'model.txt': 'v1' });
    const c2 = await repo.commit({ 'model.txt': 'v2' });
    const g = new GitCommands(new Git(repo.work));
    const options = { remote: 'origin', tagger: who, now: steppingClock('2026-01-01T00:00:00Z') };
    const why = { actor: 'octocat', runUrl: 'https://github.com/o/r/actions/runs/7', reason: 'test' };
    const tags = async (plan: Parameters<typeof updateModelRegistry>[3]) =>
      (await updateModelRegistry(g, 'churn', options, plan)).tags.map((t) => t.name);

    assert.deepEqual(await tags((r) => planRegister(r, { artifact: 'churn', commit: c1 }, why)), [
      'churn@v0.0.1',
    ]);
    assert.deepEqual(
      await tags((r) => planAssign(r, { artifact: 'churn', stage: 'staging', version: 'v0.0.1' }, why)),
      ['churn#staging#1'],
    );
    assert.deepEqual(
      await tags((r) => planAssign(r, { artifact: 'churn', stage: 'prod', version: 'v0.0.1' }, why)),
      ['churn#prod#2'],
    );
    // Rerun: already in the stage, nothing pushed.
    assert.deepEqual(
      await tags((r) => planAssign(r, { artifact: 'churn', stage: 'prod', version: 'v0.0.1' }, why)),
      [],
    );
    // Promote the next commit exclusively: registered on the way (v0.0.2), the old version unassigned.
    assert.deepEqual(
      await tags((r) =>
        planAssign(r, { artifact: 'churn', stage: 'prod', commit: c2, exclusive: true }, why),
      ),
      ['churn@v0.0.2', 'churn#prod#3', 'churn#prod!#4'],
    );
    // Roll back: assign the older version and unassign the newer, so gto show agrees under either sort.
    assert.deepEqual(
      await tags((r) =>
        planAssign(r, { artifact: 'churn', stage: 'prod', version: 'v0.0.1', exclusive: true }, why),
      ),
      ['churn#prod#5', 'churn#prod!#6'],
    );
    let registry = await ModelRegistry.read(g);
    assert.equal(registry.inStage('churn', 'prod')?.version, 'v0.0.1');
    assert.equal(registry.inStage('churn', 'prod', 'semver')?.version, 'v0.0.1');
    assert.equal(registry.artifact('churn')?.latest()?.version, 'v0.0.2');
    // The tags are on the origin, annotated, with who and why.
    assert.equal(await git(repo.origin, 'cat-file', '-t', 'churn#prod!#6'), 'tag');
    const text = await git(repo.origin, 'cat-file', '-p', 'churn#prod#5');
    assert.match(text, /^tagger Deploy Bot <deploy@example\.com> \d+ \+0000$/m);
    assert.match(
      text,
      /Assigning stage prod to artifact churn version v0\.0\.1\n\nActor: octocat\nWorkflow run: https:\/\/github\.com\/o\/r\/actions\/runs\/7\nReason: test/,
    );

    assert.deepEqual(await tags((r) => planUnassign(r, { artifact: 'churn', stage: 'staging' }, why)), [
      'churn#staging!#7',
    ]);
    assert.deepEqual(await tags((r) => planDeregister(r, { artifact: 'churn', version: 'v0.0.2' }, why)), [
      'churn@v0.0.2!',
    ]);
    registry = await ModelRegistry.read(g);
    assert.equal(registry.artifact('churn')?.latest()?.version, 'v0.0.1');
    // The next version never reuses a deregistered one.
    const next = planRegister(registry, {
      artifact: 'churn',
      commit: await repo.commit({ 'model.txt': 'v3' }),
    });
    assert.equal(next.version, 'v0.0.3');
    assert.deepEqual(await tags((r) => planDeprecate(r, { artifact: 'churn' }, why)), ['churn@deprecated']);
    registry = await ModelRegistry.read(g);
    assert.equal(registry.artifact('churn')?.isActive, false);
    assert.deepEqual(
      await tags((r) => planDeprecate(r, { artifact: 'churn' }, why)),
      [],
      'already deprecated',
    );
  });

  it('one commit carries at most one version; a taken version is refused', async () => {
    const repo = await createRepoWithOrigin();
    const c1 = await repo.commit({ 'model.txt': 'v1' });
    const g = new GitCommands(new Git(repo.work));
    const options = { remote: 'origin', tagger: who };
    await updateModelRegistry(g, 'churn', options, (r) =>
      planRegister(r, { artifact: 'churn', commit: c1, version: 'v1.0.0' }),
    );
    const again = await updateModelRegistry(g, 'churn', options, (r) =>
      planRegister(r, { artifact: 'churn', commit: c1 }),
    );
    assert.deepEqual([again.version, again.tags.length], ['v1.0.0', 0]);
    await assert.rejects(
      updateModelRegistry(g, 'churn', options, (r) =>
        planRegister(r, { artifact: 'churn', commit: c1, version: 'v2.0.0' }),
      ),
      /already carries churn v1\.0\.0/,
    );
    const c2 = await repo.commit({ 'model.txt': 'v2' });
    await assert.rejects(
      updateModelRegistry(g, 'churn', options, (r) =>
        planRegister(r, { artifact: 'churn', commit: c2, version: 'v1.0.0' }),
      ),
      /already registered/,
    );
  });

  it('the counter continues after tags written by others (annotated or lightweight, on the origin)', async () => {
    const repo = await createRepoWithOrigin();
    const c = await repo.commit({ 'model.txt': 'v1' });
    // Someone else's tags, pushed to the origin; our checkout has never seen them.
    await rawTag(repo.work, 'churn@v1.0.0', c, { time: T0 });
    await rawTag(repo.work, 'churn#staging#5', c, { time: T0 + 1 });
    await rawTag(repo.work, 'churn#qa#11', c, { time: T0 + 2, lightweight: true });
    await git(repo.work, 'push', '-q', 'origin', '--tags');
    const fresh = await createRepoWithOrigin();
    await git(fresh.work, 'remote', 'set-url', 'origin', repo.originUrl);
    await git(fresh.work, 'fetch', '-q', '--no-tags', 'origin', 'main');
    const g = new GitCommands(new Git(fresh.work));
    const result = await updateModelRegistry(g, 'churn', { remote: 'origin', tagger: who }, (r) =>
      planAssign(r, { artifact: 'churn', stage: 'prod', version: 'v1.0.0' }),
    );
    assert.deepEqual(
      result.tags.map((t) => t.name),
      ['churn#prod#12'],
    );
  });

  it('10 concurrent assigners from separate clones: 10 tags, distinct counters, none lost', async () => {
    const repo = await createRepoWithOrigin();
    const commits: string[] = [];
    for (let i = 1; i <= 10; i++) commits.push(await repo.commit({ 'model.txt': `v${i}` }));
    for (let i = 0; i < 10; i++)
      await rawTag(repo.work, `churn@v1.0.${i + 1}`, commits[i]!, { time: T0 + i });
    await git(repo.work, 'push', '-q', 'origin', '--tags');
    const clones = await Promise.all(
      commits.map(async () => {
        const clone = await createRepoWithOrigin();
        await git(clone.work, 'remote', 'set-url', 'origin', repo.originUrl);
        await git(clone.work, 'fetch', '-q', '--no-tags', 'origin', 'main');
        return clone.work;
      }),
    );
    const results = await Promise.all(
      clones.map((dir, i) =>
        updateModelRegistry(
          new GitCommands(new Git(dir)),
          'churn',
          { remote: 'origin', tagger: who, retry: { baseDelayMs: 50, maxDelayMs: 400, attempts: 30 } },
          (r) => planAssign(r, { artifact: 'churn', stage: 'prod', version: `v1.0.${i + 1}` }),
        ),
      ),
    );
    const pushed = results.flatMap((r) => r.tags.map((t) => t.name)).sort();
    const onOrigin = (await git(repo.origin, 'tag', '--list', 'churn#prod#*')).split('\n').sort();
    assert.equal(onOrigin.length, 10);
    assert.deepEqual(pushed, onOrigin);
    assert.deepEqual(
      onOrigin.map((t) => Number(t.split('#')[2])).sort((a, b) => a - b),
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
    );
    console.log(`10 assigners: attempts ${results.map((r) => r.attempts).join(',')}`);
  });
});
