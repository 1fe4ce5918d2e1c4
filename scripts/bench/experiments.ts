/**
 * Benchmark for track-experiment's registry: reading N run records from the registry branch with one
 * `ls-tree` + one `cat-file --batch` (what `mlops experiments` and baseline selection do) against the naive
 * baseline of one `git cat-file` per record, measured in the same run; plus the cost of storing one record
 * on a branch that already holds N (fetch, temporary index, commit-tree, push to a local bare remote) and of
 * rendering a large report. Data is generated deterministically in a temp dir and removed afterwards.
 *
 *   npx tsx scripts/bench/experiments.ts [records]
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Git } from '../../src/adapter/git.js';
import { GitCommands } from '../../src/core/git/commands.js';
import { compareRuns } from '../../src/core/experiments/compare.js';
import { directionResolver } from '../../src/core/experiments/directions.js';
import {
  RECORD_SCHEMA_VERSION,
  type RunRecord,
  serializeRunRecord,
  readRunRecords,
  writeRunRecord,
} from '../../src/core/registry/run-records.js';
import { COMMENT_LIMIT, renderReport } from '../../src/core/experiments/report.js';
import { silentLogger } from '../../src/core/logger.js';

const countArg = process.argv.slice(2).find((a) => /^\d+$/.test(a));
const N = countArg ? Number(countArg) : process.argv.includes('--quick') ? 200 : 1000;
const BRANCH = 'mlops/registry';

function record(i: number): RunRecord {
  const series: Record<string, [number, number][]> = {
    loss: Array.from({ length: 50 }, (_, s) => [s, 1 / (s + 1 + (i % 7))] as [number, number]),
  };
  return {
    schema: RECORD_SCHEMA_VERSION,
    id: `run-${String(i).padStart(5, '0')}`,
    experiment: `exp-${i % 5}`,
    status: 'FINISHED',
    startedAt: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString(),
    endedAt: new Date(Date.UTC(2026, 0, 1, 0, 0, i + 1)).toISOString(),
    params: { 'train.lr': 0.001 * (i % 100), 'train.epochs': 10 + (i % 3), seed: i },
    metrics: { acc: (i % 1000) / 1000, loss: 1 - (i % 1000) / 1000, f1: ((i * 7) % 1000) / 1000 },
    series,
    tags: { sweep: `s${i % 10}` },
    git: { commit: '0'.repeat(40), ref: 'refs/heads/main', branch: 'main' },
    data: [
      {
        path: 'data/train.csv',
        md5: 'acbd18db4cc2f85cedef654fccc4a4d8',
        size: 3,
        source: 'data/train.csv.dvc',
      },
    ],
    artifacts: [],
    sources: { metrics: ['metrics.json'], params: ['params.yaml'] },
  };
}

function sh(cwd: string, args: string[], input?: string): string {
  return execFileSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.com', ...args], {
    cwd,
    input,
    maxBuffer: 256 << 20,
    encoding: 'utf8',
  }).trim();
}

async function time<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const start = process.hrtime.bigint();
  const value = await fn();
  return [value, Number(process.hrtime.bigint() - start) / 1e6];
}

async function main(): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'mlops-bench-experiments-'));
  try {
    const origin = join(root, 'origin.git');
    const work = join(root, 'work');
    sh(root, ['init', '-q', '--bare', origin]);
    sh(root, ['init', '-q', work]);
    sh(work, ['remote', 'add', 'origin', `file://${origin}`]);
    sh(work, ['commit', '-q', '--allow-empty', '-m', 'init']);

    // N records on the registry branch, written in bulk (hash-object --stdin-paths + one index).
    const files = join(root, 'records');
    execFileSync('mkdir', ['-p', files]);
    const paths: string[] = [];
    for (let i = 0; i < N; i++) {
      const r = record(i);
      const file = join(files, `${r.id}.json`);
      writeFileSync(file, serializeRunRecord(r));
      paths.push(file);
    }
    const blobs = sh(work, ['hash-object', '-w', '--stdin-paths'], `${paths.join('\n')}\n`).split('\n');
    const index = join(root, 'bench-index');
    const info = blobs
      .map((b, i) => `100644 ${b}\truns/${record(i).experiment}/${record(i).id}.json`)
      .join('\n');
    execFileSync('git', ['update-index', '--add', '--index-info'], {
      cwd: work,
      input: `${info}\n`,
      env: { ...process.env, GIT_INDEX_FILE: index },
    });
    const tree = execFileSync('git', ['write-tree'], {
      cwd: work,
      env: { ...process.env, GIT_INDEX_FILE: index },
    })
      .toString()
      .trim();
    const commit = sh(work, ['commit-tree', tree, '-m', 'bench records']);
    sh(work, ['push', '-q', 'origin', `${commit}:refs/heads/${BRANCH}`]);
    sh(work, ['update-ref', `refs/remotes/origin/${BRANCH}`, commit]);
    const ref = `refs/remotes/origin/${BRANCH}`;
    const git = new GitCommands(new Git(work));

    const [records, batchMs] = await time(() => readRunRecords(git, ref, silentLogger));
    if (records.length !== N) throw new Error(`read ${records.length} records, expected ${N}`);
    const [, naiveMs] = await time(() => {
      const names = sh(work, ['ls-tree', '-r', '--name-only', ref, '--', 'runs/']).split('\n');
      for (const name of names) JSON.parse(sh(work, ['cat-file', '-p', `${ref}:${name}`]));
      return Promise.resolve();
    });

    const [written, writeMs] = await time(() =>
      writeRunRecord(git, record(N), {
        location: { remote: 'origin', branch: BRANCH },
        tempDir: root,
        logger: silentLogger,
      }),
    );
    if (written.attempts !== 1) throw new Error('unexpected retry');

    const big = record(N + 1);
    for (let m = 0; m < 200; m++) big.metrics[`metric_${m}`] = m / 3;
    for (let s = 0; s < 10; s++)
      big.series[`curve_${s}`] = Array.from(
        { length: 1000 },
        (_, k) => [k, Math.sin(k / 50 + s)] as [number, number],
      );
    const [report, renderMs] = await time(() => {
      const comparison = compareRuns(big, records[0], directionResolver());
      const text = renderReport(
        {
          record: big,
          baseline: { record: records[0]!, kind: 'base-commit', reason: 'bench' },
          comparison,
          dirChanges: new Map(),
          storage: { branch: BRANCH, path: 'runs/x.json' },
          pullRequest: true,
        },
        COMMENT_LIMIT,
      );
      return Promise.resolve(text);
    });

    const rows: [string, string, string][] = [
      [
        `read ${N} records: ls-tree + cat-file --batch`,
        `${batchMs.toFixed(0)} ms`,
        `${(naiveMs / batchMs).toFixed(1)}x faster`,
      ],
      [`read ${N} records: one git cat-file per record (baseline)`, `${naiveMs.toFixed(0)} ms`, '1.0x'],
      [`store 1 record on a branch holding ${N} (fetch+commit+push)`, `${writeMs.toFixed(0)} ms`, ''],
      [
        `render a PR report: 203 metrics, 10 curves x 1000 steps (${report.length} chars)`,
        `${renderMs.toFixed(1)} ms`,
        '',
      ],
    ];
    const width = Math.max(...rows.map((r) => r[0].length));
    console.log(`${'measure'.padEnd(width)}  ${'time'.padStart(10)}  ratio`);
    for (const [name, value, ratio] of rows)
      console.log(`${name.padEnd(width)}  ${value.padStart(10)}  ${ratio}`);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

await main();
