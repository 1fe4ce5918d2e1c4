/**
 * Hostile-input benchmark (issue 9): inputs a pull request can plant, measured against a baseline in the
 * same run.
 * 1. YAML of many keys (params.yaml, `.mlops.yml`), in process: our parser (linear duplicate check) against
 *    JSON.parse of the same data. Before the fix 100,000 keys took 268 s (the YAML library compares each key
 *    with every earlier one); the target is the same order as JSON.parse (a small constant factor).
 * 2. A very wide dataset, whole CLI process (`mlops drift-report`, Node 24): 100,000 columns × 3 rows
 *    against 100 columns × 3,000 rows (the same 300,000 cells). Peak RSS per extra column is the figure:
 *    about 30 KB before the fix (3 GB for 100,000 columns).
 *   npx tsx scripts/bench/hostile-input.ts [--quick]     (--quick: 20,000 keys and columns)
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseMlopsConfig } from '../../src/core/config/parse.js';
import { parseParamsFile } from '../../src/core/experiments/params-files.js';
import { benchWorkDir, CLI, NODE, quick } from './bench-env.js';
import { measure } from './measure-process.js';

const KEYS = quick ? 20_000 : 100_000;
const WIDE = quick ? 20_000 : 100_000;
const NARROW = 100;
const CELLS = WIDE * 3;
const work = benchWorkDir('hostile-input');

/** Median wall time of `runs` calls, in ms. */
function time(runs: number, fn: () => unknown): number {
  const walls: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    fn();
    walls.push(performance.now() - started);
  }
  walls.sort((a, b) => a - b);
  return walls[walls.length >> 1]!;
}

function yamlVersusJson(): void {
  const entries = Array.from({ length: KEYS }, (_, i) => [`param_${i}`, i * 0.5] as const);
  const yaml = entries.map(([k, v]) => `${k}: ${v}`).join('\n');
  const json = JSON.stringify(Object.fromEntries(entries));
  const directions = entries.map(([k]) => `    ${k}: higher`);
  // `.mlops.yml` is capped at 1 MiB: as many direction keys as fit.
  const config = `metrics:\n  directions:\n${directions.slice(0, Math.floor((1 << 20) / 26)).join('\n')}\n`;
  const baseline = time(5, () => JSON.parse(json));
  const rows: [string, number][] = [
    ['params.yaml (parseParamsFile)', time(3, () => parseParamsFile(yaml, 'params.yaml'))],
    ['params.json (parseParamsFile)', time(5, () => parseParamsFile(json, 'params.json'))],
    [
      `.mlops.yml at the 1 MiB cap (${Math.floor((1 << 20) / 26).toLocaleString('en-US')} keys)`,
      time(3, () => parseMlopsConfig(config)),
    ],
  ];
  console.log(
    `\n${KEYS.toLocaleString('en-US')} keys: ours vs JSON.parse of the same data (median, same run)\n`,
  );
  console.log('| input | ms | ÷ JSON.parse |');
  console.log('|---|---:|---:|');
  console.log(`| JSON.parse (baseline) | ${baseline.toFixed(1)} | 1 |`);
  for (const [name, ms] of rows)
    console.log(`| ${name} | ${ms.toFixed(1)} | ${(ms / baseline).toFixed(1)} |`);
}

function csv(path: string, columns: number, rows: number): void {
  const header = Array.from({ length: columns }, (_, c) => `c${c}`).join(',');
  const lines = [header];
  for (let r = 0; r < rows; r++) lines.push(Array.from({ length: columns }, (_, c) => (c + r) % 7).join(','));
  writeFileSync(path, `${lines.join('\n')}\n`);
}

async function wideDataset(): Promise<void> {
  const results: [string, number, Awaited<ReturnType<typeof measure>>][] = [];
  for (const [name, columns, rows] of [
    ['narrow', NARROW, CELLS / NARROW],
    ['wide', WIDE, 3],
  ] as const) {
    const path = join(work, `${name}.csv`);
    csv(path, columns, rows);
    const args = [
      CLI,
      'drift-report',
      '--reference',
      path,
      '--current',
      path,
      '--report-dir',
      join(work, name),
    ];
    results.push([name, columns, await measure(NODE, args, work)]);
  }
  const [narrow, wide] = results;
  const perColumnKiB = ((wide![2].peakMiB - narrow![2].peakMiB) * 1024) / (WIDE - NARROW);
  console.log(`\nmlops drift-report on ${CELLS.toLocaleString('en-US')} cells, whole process (same run)\n`);
  console.log('| table | columns | wall s | CPU s | peak MiB |');
  console.log('|---|---:|---:|---:|---:|');
  for (const [name, columns, m] of results) {
    console.log(
      `| ${name} | ${columns.toLocaleString('en-US')} | ${m.seconds.toFixed(2)} | ${m.cpuSeconds.toFixed(2)} | ${m.peakMiB.toFixed(0)} |`,
    );
  }
  console.log(
    `\npeak RSS per extra column: ${perColumnKiB.toFixed(1)} KiB (before the fix about 30 KB); ` +
      `wide ÷ narrow wall: ${(wide![2].seconds / narrow![2].seconds).toFixed(1)}`,
  );
}

yamlVersusJson();
await wideDataset();
