/**
 * drift-report benchmark: `mlops drift-report` (dist/, Node 24) against a pandas.read_csv + scipy baseline
 * computing the same per-column tests (scripts/bench/drift-baseline.py, /usr/bin/python3), on the same
 * generated data (scripts/bench/gen-drift-data.ts: 20 columns, 15 numerical + 5 categorical; reference and
 * a shifted current file of N rows each), in the same run. Per process: wall time, CPU time (user + sys of
 * all its threads, from /proc/<pid>/stat sampled every 20 ms until it exits, so up to ~20 ms short) and
 * peak RSS (VmHWM, sampled likewise); both compute the same scores, which are compared too. Each size is
 * measured `--repeat` times (baseline and ours alternating) and reported as median and best, since other
 * work on the machine slows wall time (CPU time much less so).
 *   npx tsx scripts/bench/drift-report.ts [--quick] [--5m] [--repeat N]
 * --quick: 100k rows only; --5m: add 5,000,000 rows (about 1.6 GB of CSV, several minutes of baseline);
 * --repeat: runs per size (default 3; 1 at 5M rows).
 * Targets at 1M rows: time ≤ 0.15× and peak RSS ≤ 0.5× the baseline's; cost growing linearly.
 */
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeDataset } from './gen-drift-data.js';
import { benchWorkDir, CLI, NODE, quick } from './bench-env.js';
import { type Measured, measure } from './measure-process.js';

const PYTHON = '/usr/bin/python3';
const BASELINE = join(import.meta.dirname, 'drift-baseline.py');

const repeatAt = process.argv.indexOf('--repeat');
const repeatArg = repeatAt >= 0 ? Number(process.argv[repeatAt + 1]) : undefined;
if (repeatArg !== undefined && !(Number.isInteger(repeatArg) && repeatArg >= 1)) {
  console.error('--repeat needs a whole number ≥ 1');
  process.exit(2);
}
const repeats = (rows: number) => repeatArg ?? (rows >= 5_000_000 ? 1 : 3);
const sizes = quick ? [100_000] : [100_000, 1_000_000, ...(process.argv.includes('--5m') ? [5_000_000] : [])];
const work = benchWorkDir('drift-report');

interface Summary {
  /** Median and best (lowest) of the repeated runs. */
  seconds: [number, number];
  cpuSeconds: [number, number];
  peakMiB: [number, number];
}

function summarize(runs: Measured[]): Summary {
  const pick = (key: 'seconds' | 'cpuSeconds' | 'peakMiB'): [number, number] => {
    const values = runs.map((r) => r[key]).sort((a, b) => a - b);
    const mid = values.length >> 1;
    const median = values.length % 2 ? values[mid]! : (values[mid - 1]! + values[mid]!) / 2;
    return [median, values[0]!];
  };
  return { seconds: pick('seconds'), cpuSeconds: pick('cpuSeconds'), peakMiB: pick('peakMiB') };
}

interface Row {
  rows: number;
  csvMiB: number;
  runs: number;
  baseline: Summary;
  ours: Summary;
  maxScoreDiff: number;
  sameVerdicts: boolean;
}

const results: Row[] = [];
for (const rows of sizes) {
  const dir = join(work, String(rows));
  mkdirSync(dir);
  process.stdout.write(`generating ${rows.toLocaleString('en-US')} rows × 20 columns … `);
  writeDataset(join(dir, 'reference.csv'), rows, false);
  writeDataset(join(dir, 'current.csv'), rows, true);
  const csvMiB = (Number(readFileSync(join(dir, 'reference.csv')).length) * 2) / 1048576;
  process.stdout.write(`${csvMiB.toFixed(0)} MiB of CSV\n`);
  const baselineRuns: Measured[] = [];
  const ourRuns: Measured[] = [];
  let maxScoreDiff = 0;
  let sameVerdicts = true;
  for (let run = 0; run < repeats(rows); run++) {
    const baseline = await measure(PYTHON, [BASELINE, 'reference.csv', 'current.csv'], dir);
    const ours = await measure(
      NODE,
      [
        CLI,
        'drift-report',
        '--reference',
        'reference.csv',
        '--current',
        'current.csv',
        '--report-dir',
        'out',
      ],
      dir,
    );
    baselineRuns.push(baseline);
    ourRuns.push(ours);
    // Same tests, same numbers: compare every column's score and the drifted set.
    const expected = JSON.parse(baseline.stdout.trim().split('\n').pop()!) as {
      drifted: string[];
      scores: Record<string, number>;
    };
    const report = JSON.parse(readFileSync(join(dir, 'out', 'report.json'), 'utf8')) as {
      columns: { name: string; score: number | null; drifted: boolean }[];
    };
    for (const column of report.columns) {
      const want = expected.scores[column.name]!;
      maxScoreDiff = Math.max(maxScoreDiff, Math.abs((column.score ?? NaN) - want) / Math.abs(want));
    }
    const ourDrifted = report.columns.filter((c) => c.drifted).map((c) => c.name);
    if (JSON.stringify(ourDrifted.sort()) !== JSON.stringify([...expected.drifted].sort()))
      sameVerdicts = false;
    rmSync(join(dir, 'out'), { recursive: true, force: true });
    process.stdout.write(
      `  run ${run + 1}: baseline ${baseline.seconds.toFixed(2)} s (CPU ${baseline.cpuSeconds.toFixed(2)} s, ` +
        `${baseline.peakMiB.toFixed(0)} MiB), ours ${ours.seconds.toFixed(2)} s (CPU ${ours.cpuSeconds.toFixed(2)} s, ` +
        `${ours.peakMiB.toFixed(0)} MiB)\n`,
    );
  }
  results.push({
    rows,
    csvMiB,
    runs: baselineRuns.length,
    baseline: summarize(baselineRuns),
    ours: summarize(ourRuns),
    maxScoreDiff,
    sameVerdicts,
  });
  rmSync(dir, { recursive: true, force: true });
}

const fmt = (x: number, digits = 2) => x.toFixed(digits);
const pair = (v: [number, number], digits = 2) => `${fmt(v[0], digits)} / ${fmt(v[1], digits)}`;
const ratio = (ours: [number, number], base: [number, number]): [number, number] => [
  ours[0] / base[0],
  ours[1] / base[1],
];
console.log('\ndrift-report vs pandas.read_csv + scipy (same data, same tests, same run)');
console.log('each cell: median / best of the runs; ratios: ours ÷ baseline (median ÷ median, best ÷ best)\n');
console.log(
  '| rows | runs | CSV MiB | baseline wall s | ours wall s | wall ratio | baseline CPU s | ours CPU s | CPU ratio | baseline MiB | ours MiB | RSS ratio | max score rel. diff | same verdicts |',
);
console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|:---:|');
for (const r of results) {
  console.log(
    `| ${r.rows.toLocaleString('en-US')} | ${r.runs} | ${fmt(r.csvMiB, 0)} | ${pair(r.baseline.seconds)} | ${pair(r.ours.seconds)} | ` +
      `${pair(ratio(r.ours.seconds, r.baseline.seconds), 3)} | ${pair(r.baseline.cpuSeconds)} | ${pair(r.ours.cpuSeconds)} | ` +
      `${pair(ratio(r.ours.cpuSeconds, r.baseline.cpuSeconds), 3)} | ${pair(r.baseline.peakMiB, 0)} | ${pair(r.ours.peakMiB, 0)} | ` +
      `${pair(ratio(r.ours.peakMiB, r.baseline.peakMiB), 3)} | ${r.maxScoreDiff.toExponential(1)} | ${r.sameVerdicts ? 'yes' : 'NO'} |`,
  );
}
// Growth between consecutive sizes (linear cost: the ratio of rows or less).
for (let k = 1; k < results.length; k++) {
  const [a, r] = [results[k - 1]!, results[k]!];
  const g = (x: [number, number], y: [number, number]) => fmt(x[0] / y[0], 1);
  console.log(
    `growth ${a.rows.toLocaleString('en-US')} → ${r.rows.toLocaleString('en-US')} rows (×${r.rows / a.rows}, medians): ` +
      `ours ×${g(r.ours.seconds, a.ours.seconds)} wall, ×${g(r.ours.cpuSeconds, a.ours.cpuSeconds)} CPU, ` +
      `×${g(r.ours.peakMiB, a.ours.peakMiB)} RSS; baseline ×${g(r.baseline.seconds, a.baseline.seconds)} wall, ` +
      `×${g(r.baseline.cpuSeconds, a.baseline.cpuSeconds)} CPU, ×${g(r.baseline.peakMiB, a.baseline.peakMiB)} RSS`,
  );
}
const million = results.find((r) => r.rows === 1_000_000);
if (million) {
  const wall = million.ours.seconds[0] / million.baseline.seconds[0];
  const cpu = million.ours.cpuSeconds[0] / million.baseline.cpuSeconds[0];
  const rss = million.ours.peakMiB[0] / million.baseline.peakMiB[0];
  console.log(
    `targets at 1M rows (medians): time ≤ 0.15× ${wall <= 0.15 ? 'met' : 'NOT met'} (wall ${fmt(wall, 3)}×, CPU ${fmt(cpu, 3)}×), ` +
      `peak RSS ≤ 0.5× ${rss <= 0.5 ? 'met' : 'NOT met'} (${fmt(rss, 3)}×)`,
  );
}
if (results.some((r) => !r.sameVerdicts || !(r.maxScoreDiff <= 1e-9))) {
  console.log('MISMATCH between drift-report and the baseline scores');
  process.exitCode = 1;
}
