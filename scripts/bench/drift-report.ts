/**
 * drift-report benchmark: `mlops drift-report` (dist/, Node 24) against a pandas.read_csv + scipy baseline
 * computing the same per-column tests (scripts/bench/drift-baseline.py, /usr/bin/python3), on the same
 * generated data (scripts/bench/gen-drift-data.ts: 20 columns, 15 numerical + 5 categorical; reference and
 * a shifted current file of N rows each), in the same run. Wall time and peak RSS (VmHWM from /proc,
 * sampled until the process exits) per process; both compute the same scores, which are compared too.
 *   npx tsx scripts/bench/drift-report.ts [--quick] [--5m]
 * --quick: 100k rows only; --5m: add 5,000,000 rows (about 1.6 GB of CSV, several minutes of baseline).
 * Targets at 1M rows: time ≤ 0.15× and peak RSS ≤ 0.5× the baseline's; cost growing linearly.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { writeDataset } from './gen-drift-data.js';

const ROOT = join(import.meta.dirname, '..', '..');
const NODE = join(ROOT, 'node_modules', 'node', 'bin', 'node');
const CLI = join(ROOT, 'dist', 'mlops.js');
const PYTHON = '/usr/bin/python3';
const BASELINE = join(import.meta.dirname, 'drift-baseline.py');

const quick = process.argv.includes('--quick');
const sizes = quick ? [100_000] : [100_000, 1_000_000, ...(process.argv.includes('--5m') ? [5_000_000] : [])];
const base = existsSync('/work') ? join('/work', 'tmp-bench') : tmpdir();
mkdirSync(base, { recursive: true });
const work = mkdtempSync(join(base, 'drift-report-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));
process.on('SIGINT', () => process.exit(130));

interface Measured {
  seconds: number;
  peakMiB: number;
  stdout: string;
}

function vmHwmKiB(pid: number): number | undefined {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : undefined;
  } catch {
    return undefined;
  }
}

/** Run a process to completion; wall time and the highest VmHWM seen (sampled every 20 ms). */
function measure(command: string, args: string[], cwd: string): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let peak = 0;
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setInterval(() => {
      const hwm = child.pid === undefined ? undefined : vmHwmKiB(child.pid);
      if (hwm !== undefined) peak = Math.max(peak, hwm);
    }, 20);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(timer);
      const seconds = (performance.now() - started) / 1000;
      if (code !== 0)
        reject(new Error(`${command} ${args.join(' ')} exited ${code}:\n${stderr.slice(-2000)}`));
      else resolve({ seconds, peakMiB: peak / 1024, stdout });
    });
  });
}

interface Row {
  rows: number;
  csvMiB: number;
  baseline: Measured;
  ours: Measured;
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
  const baseline = await measure(PYTHON, [BASELINE, 'reference.csv', 'current.csv'], dir);
  const ours = await measure(
    NODE,
    [CLI, 'drift-report', '--reference', 'reference.csv', '--current', 'current.csv', '--report-dir', 'out'],
    dir,
  );
  // Same tests, same numbers: compare every column's score and the drifted set.
  const expected = JSON.parse(baseline.stdout.trim().split('\n').pop()!) as {
    drifted: string[];
    scores: Record<string, number>;
  };
  const report = JSON.parse(readFileSync(join(dir, 'out', 'report.json'), 'utf8')) as {
    columns: { name: string; score: number | null; drifted: boolean }[];
  };
  let maxScoreDiff = 0;
  for (const column of report.columns) {
    const want = expected.scores[column.name]!;
    maxScoreDiff = Math.max(maxScoreDiff, Math.abs((column.score ?? NaN) - want) / Math.abs(want));
  }
  const ourDrifted = report.columns.filter((c) => c.drifted).map((c) => c.name);
  const sameVerdicts = JSON.stringify(ourDrifted.sort()) === JSON.stringify([...expected.drifted].sort());
  results.push({ rows, csvMiB, baseline, ours, maxScoreDiff, sameVerdicts });
  rmSync(dir, { recursive: true, force: true });
}

const fmt = (x: number, digits = 2) => x.toFixed(digits);
console.log('\ndrift-report vs pandas.read_csv + scipy (same data, same tests, same run)\n');
console.log(
  '| rows | CSV MiB | baseline s | ours s | time ratio | baseline MiB | ours MiB | RSS ratio | max score rel. diff | same verdicts |',
);
console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|:---:|');
for (const r of results) {
  console.log(
    `| ${r.rows.toLocaleString('en-US')} | ${fmt(r.csvMiB, 0)} | ${fmt(r.baseline.seconds)} | ${fmt(r.ours.seconds)} | ` +
      `${fmt(r.ours.seconds / r.baseline.seconds, 3)} | ${fmt(r.baseline.peakMiB, 0)} | ${fmt(r.ours.peakMiB, 0)} | ` +
      `${fmt(r.ours.peakMiB / r.baseline.peakMiB, 3)} | ${r.maxScoreDiff.toExponential(1)} | ${r.sameVerdicts ? 'yes' : 'NO'} |`,
  );
}
const first = results[0]!;
for (const r of results.slice(1)) {
  const scale = r.rows / first.rows;
  console.log(
    `growth ${first.rows.toLocaleString('en-US')} → ${r.rows.toLocaleString('en-US')} rows (×${scale}): ` +
      `ours ×${fmt(r.ours.seconds / first.ours.seconds, 1)} time, ×${fmt(r.ours.peakMiB / first.ours.peakMiB, 1)} RSS; ` +
      `baseline ×${fmt(r.baseline.seconds / first.baseline.seconds, 1)} time, ×${fmt(r.baseline.peakMiB / first.baseline.peakMiB, 1)} RSS`,
  );
}
const million = results.find((r) => r.rows === 1_000_000);
if (million) {
  const timeOk = million.ours.seconds <= 0.15 * million.baseline.seconds;
  const rssOk = million.ours.peakMiB <= 0.5 * million.baseline.peakMiB;
  console.log(
    `targets at 1M rows: time ≤ 0.15× ${timeOk ? 'met' : 'NOT met'} (${fmt(million.ours.seconds / million.baseline.seconds, 3)}×), ` +
      `peak RSS ≤ 0.5× ${rssOk ? 'met' : 'NOT met'} (${fmt(million.ours.peakMiB / million.baseline.peakMiB, 3)}×)`,
  );
}
if (results.some((r) => !r.sameVerdicts || !(r.maxScoreDiff <= 1e-9))) {
  console.log('MISMATCH between drift-report and the baseline scores');
  process.exitCode = 1;
}
