/**
 * build-model-image benchmark, every ratio against a baseline measured in the same run on the same files.
 * Run: npx tsx scripts/bench/build-model-image.ts [--quick]   (--quick: 256 MiB instead of 1 GiB)
 *
 * Model: 3 float32-like weight shards (random mantissas, exponents in a narrow band like trained weights:
 * gzip saves a few %) + small JSON files, generated deterministically (AES-CTR keystream) and removed after.
 *  1. `tar | gzip -1` of the model directory (the docker-style baseline) and plain `tar`.
 *  2. build + push to a local docker-registry with default settings (auto compression): target ≤ 0.1× (1).
 *  3. build + push with compression: gzip: throughput vs `gzip -1`, target ≥ 1.0×.
 *  4. peak RSS of each build (layers are streamed, so it must stay far below the model size).
 *  For context: the build alone (to an OCI layout) and `skopeo copy` of that layout to a fresh registry,
 *  i.e. how fast the local registry ingests 1 GiB with an independent client.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createCipheriv } from 'node:crypto';
import { closeSync, createWriteStream, mkdirSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { startRegistry } from '../../test/harness/registry.js';
import { benchWorkDir, CLI, NODE, quick } from './bench-env.js';

const work = benchWorkDir('build-model-image');

const MiB = 1024 * 1024;
const TOTAL = (quick ? 256 : 1024) * MiB;

/** A float32 shard: sign and mantissa random, exponent in [2^-9, 2^-2): values like trained weights. */
function writeShard(path: string, size: number, seed: number): void {
  const key = Buffer.alloc(32, seed);
  const cipher = createCipheriv('aes-256-ctr', key, Buffer.alloc(16));
  const fd = openSync(path, 'w');
  const zeros = Buffer.alloc(4 * MiB);
  for (let done = 0; done < size; done += zeros.length) {
    const bytes = cipher.update(zeros.subarray(0, Math.min(zeros.length, size - done)));
    const words = new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.length >>> 2);
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      words[i] = (w & 0x807fffff) | ((118 + ((w >>> 23) % 7)) << 23);
    }
    writeSync(fd, bytes);
  }
  closeSync(fd);
}

function makeModel(dir: string): void {
  mkdirSync(join(dir, 'model'), { recursive: true });
  const shard = Math.floor(TOTAL / 3 / 4) * 4;
  for (let i = 0; i < 3; i++) writeShard(join(dir, 'model', `model-0000${i + 1}-of-00003.bin`), shard, i + 1);
  writeFileSync(
    join(dir, 'model', 'config.json'),
    JSON.stringify({ architectures: ['Demo'], hidden_size: 1024, layers: 24 }, null, 2),
  );
  const vocab: Record<string, number> = {};
  for (let i = 0; i < 30_000; i++) vocab[`token_${i.toString(36)}`] = i;
  writeFileSync(join(dir, 'model', 'tokenizer.json'), JSON.stringify({ model: { vocab } }));
}

/** `a | b > out`, timed, without a shell. */
async function pipeline(
  a: [string, string[]],
  b: [string, string[]] | undefined,
  cwd: string,
): Promise<number> {
  const start = performance.now();
  const out = createWriteStream(join(work, 'baseline.out'));
  const first = spawn(a[0], a[1], { cwd, stdio: ['ignore', 'pipe', 'inherit'] });
  const second = b ? spawn(b[0], b[1], { stdio: ['pipe', 'pipe', 'inherit'] }) : undefined;
  if (second) first.stdout.pipe(second.stdin);
  (second ?? first).stdout.pipe(out);
  await Promise.all([
    new Promise((resolve) => first.on('close', resolve)),
    ...(second ? [new Promise((resolve) => second.on('close', resolve))] : []),
    new Promise((resolve) => out.on('close', () => resolve(undefined))),
  ]);
  rmSync(join(work, 'baseline.out'), { force: true });
  return (performance.now() - start) / 1000;
}

interface Run {
  seconds: number;
  peakMiB: number;
  digest: string;
}

/** One build through the CLI under Node 24, timed, with peak RSS from /usr/bin/time; pushes unless `layout`. */
async function build(
  workspace: string,
  extra: string[],
  layout?: string,
): Promise<Run & { registry?: string }> {
  const registry = layout ? undefined : await startRegistry();
  try {
    const target = registry ? ['--image', `${registry.host}/bench/model`] : ['--oci-layout', layout!];
    const args = [
      '-f',
      '%M',
      NODE,
      CLI,
      'build-model-image',
      '--model',
      'model',
      '--name',
      'bench',
      ...target,
      '--tags',
      'v1',
      '--quiet',
      ...extra,
    ];
    const start = performance.now();
    const result = spawnSync('/usr/bin/time', args, {
      cwd: workspace,
      encoding: 'utf8',
      env: { ...process.env, SOURCE_DATE_EPOCH: '1700000000' },
    });
    const seconds = (performance.now() - start) / 1000;
    if (result.status !== 0) throw new Error(`build failed: ${result.stderr}`);
    const peakKiB = Number(result.stderr.trim().split('\n').pop());
    const digest = (JSON.parse(result.stdout) as { digest: string }).digest;
    return { seconds, peakMiB: peakKiB / 1024, digest };
  } finally {
    await registry?.stop();
  }
}

/** The registry's ingest rate with an independent client: skopeo copies the same image from a layout. */
async function skopeoCopy(layout: string): Promise<number> {
  const registry = await startRegistry();
  try {
    const start = performance.now();
    const result = spawnSync(
      'skopeo',
      ['copy', '--dest-tls-verify=false', `oci:${layout}:v1`, `docker://${registry.host}/bench/copy:v1`],
      {
        encoding: 'utf8',
      },
    );
    if (result.status !== 0) throw new Error(`skopeo copy failed: ${result.stderr}`);
    return (performance.now() - start) / 1000;
  } finally {
    await registry.stop();
  }
}

const model = join(work, 'ws');
console.log(`Generating a ${TOTAL / MiB} MiB model under ${work} …`);
makeModel(model);
spawnSync('sync');
const files = ['model'];
// Warm the page cache the same way for every contender.
await pipeline(['tar', ['-cf', '-', ...files]], undefined, model);
const tarOnly = await pipeline(['tar', ['-cf', '-', ...files]], undefined, model);
const gzip1 = await pipeline(['tar', ['-cf', '-', ...files]], ['gzip', ['-1']], model);
const auto = await build(model, []);
const autoAgain = await build(model, []);
const layoutDir = join(model, 'layout'); // an OCI layout must be inside the workspace
const layoutOnly = await build(model, [], layoutDir);
const copy = await skopeoCopy(layoutDir);
rmSync(layoutDir, { recursive: true, force: true });
const gz = await build(model, ['--compression', 'gzip']);

const mb = TOTAL / 1e6;
const rows: string[][] = [
  ['tar (no compression)', tarOnly.toFixed(2), (mb / tarOnly).toFixed(0), '', ''],
  ['tar | gzip -1 (baseline)', gzip1.toFixed(2), (mb / gzip1).toFixed(1), '1.00×', ''],
  [
    'build+push, defaults (auto)',
    auto.seconds.toFixed(2),
    (mb / auto.seconds).toFixed(0),
    `${(auto.seconds / gzip1).toFixed(3)}× time (target ≤ 0.1)`,
    auto.peakMiB.toFixed(0),
  ],
  [
    '  same, second run',
    autoAgain.seconds.toFixed(2),
    (mb / autoAgain.seconds).toFixed(0),
    `${(autoAgain.seconds / gzip1).toFixed(3)}× time`,
    autoAgain.peakMiB.toFixed(0),
  ],
  [
    'build only, to an OCI layout',
    layoutOnly.seconds.toFixed(2),
    (mb / layoutOnly.seconds).toFixed(0),
    `${(layoutOnly.seconds / gzip1).toFixed(3)}× time`,
    layoutOnly.peakMiB.toFixed(0),
  ],
  [
    'skopeo copy layout → registry',
    copy.toFixed(2),
    (mb / copy).toFixed(0),
    `${(copy / gzip1).toFixed(3)}× (registry ingest, reference)`,
    '',
  ],
  [
    'build+push, compression: gzip',
    gz.seconds.toFixed(2),
    (mb / gz.seconds).toFixed(1),
    `${(gzip1 / gz.seconds).toFixed(2)}× throughput (target ≥ 1.0)`,
    gz.peakMiB.toFixed(0),
  ],
];
const widths = [32, 9, 8, 44, 14];
const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join(' ');
console.log(line(['case', 'seconds', 'MB/s', 'ratio', 'peak RSS MiB']));
for (const row of rows) console.log(line(row));
console.log(
  `reproducible: auto digest ${auto.digest === autoAgain.digest && auto.digest === layoutOnly.digest ? 'identical' : 'DIFFERENT'} on rebuild and in the layout (${auto.digest})`,
);
