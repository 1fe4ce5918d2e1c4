import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { writeFiles } from '../harness/git-fixtures.js';
import { runCli } from '../harness/run-cli.js';
import { checkout, exampleProject } from '../core/experiments/project.js';

const mlops = (cwd: string, args: string[]) => runCli(args, cwd);

const project = await exampleProject();
const laptop = await checkout(project.repo, project.mainSha, 'main');

describe('mlops experiments: the leaderboard from the registry branch', () => {
  it('records runs from the CLI, then lists, shows, compares and ranks them', async () => {
    const ids: string[] = [];
    for (const [lr, acc, loss] of [
      [0.1, 0.8, 0.5],
      [0.2, 0.9, 0.4],
      [0.3, 0.7, 0.6],
    ] as const) {
      await writeFiles(laptop, {
        'params.yaml': `train:\n  lr: ${lr}\n`,
        'metrics.json': JSON.stringify({ acc, loss }),
      });
      const run = await mlops(laptop, [
        'track-experiment',
        '--name',
        'sweep',
        '--metrics',
        'metrics.json',
        '--params',
        'params.yaml',
        '--quiet',
      ]);
      assert.equal(run.code, 0, run.stderr);
      ids.push((JSON.parse(run.stdout) as Record<string, string>)['run-id']!);
    }

    const list = await mlops(laptop, ['experiments', 'list', '--json']);
    assert.equal(list.code, 0, list.stderr);
    const rows = JSON.parse(list.stdout) as { id: string; where: string; metrics: Record<string, number> }[];
    assert.deepEqual(rows.map((r) => r.id).sort(), [...ids].sort());
    assert.ok(rows.every((r) => r.where === 'main'));

    const best = await mlops(laptop, ['experiments', 'best', '--metric', 'loss', '--json']);
    const ranking = JSON.parse(best.stdout) as { direction: string; runs: { id: string; value: number }[] };
    assert.equal(ranking.direction, 'lower');
    assert.deepEqual(
      ranking.runs.map((r) => r.value),
      [0.4, 0.5, 0.6],
    );
    assert.equal(ranking.runs[0]!.id, ids[1]);

    const table = await mlops(laptop, ['experiments', 'best', '--metric', 'acc']);
    assert.match(table.stdout, /^RANK\s+EXPERIMENT\s+RUN\s+acc/m);
    assert.match(table.stdout, /\(higher is better\)/);

    const show = await mlops(laptop, ['experiments', 'show', `sweep/${ids[0]}`, '--json']);
    assert.deepEqual((JSON.parse(show.stdout) as { params: unknown }).params, { 'train.lr': 0.1 });

    const compare = await mlops(laptop, ['experiments', 'compare', ids[0]!, ids[1]!, '--json']);
    const diff = JSON.parse(compare.stdout) as { improved: string[]; regressed: string[] };
    assert.deepEqual([diff.improved, diff.regressed], [['acc', 'loss'], []]);

    // another clone sees the same leaderboard after --fetch
    const other = await checkout(project.repo, project.mainSha, 'main');
    const fetched = await mlops(other, ['experiments', 'list', '--fetch', '--json']);
    assert.equal((JSON.parse(fetched.stdout) as unknown[]).length, 3);
  });

  it('explains what is missing', async () => {
    const fresh = await checkout(project.repo, project.mainSha, 'main');
    const none = await mlops(fresh, ['experiments', 'list']);
    assert.equal(none.code, 1);
    assert.match(none.stderr, /No registry branch 'mlops\/registry' here .*try --fetch/);
    const unknown = await mlops(laptop, ['experiments', 'best', '--metric', 'throughput']);
    assert.equal(unknown.code, 1);
    assert.match(unknown.stderr, /direction of 'throughput' is not known/);
    const missing = await mlops(laptop, ['experiments', 'show', 'nope']);
    assert.match(missing.stderr, /No run 'nope'/);
  });
});
