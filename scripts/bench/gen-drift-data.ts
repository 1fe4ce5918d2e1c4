/**
 * Deterministic drift-benchmark data: `reference.csv` and `current.csv` with `rows` rows each and 20
 * columns — 15 numerical (normal, lognormal, uniform, integer counts; 6 decimals; a few missing values)
 * and 5 categorical (3–40 string categories). The current file is shifted on some columns. Same bytes
 * on every run (xorshift128+ seeded per file).
 *   npx tsx scripts/bench/gen-drift-data.ts <rows> <dir>
 */
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { mulberry32 } from '../mulberry32.js';

class Random {
  private s0: bigint;
  private s1: bigint;
  constructor(seed: number) {
    this.s0 = BigInt(seed) * 0x9e3779b97f4a7c15n + 1n;
    this.s1 = BigInt(seed) ^ 0xdeadbeefcafebaben;
    for (let i = 0; i < 10; i++) this.next();
  }
  /** Uniform in [0, 1). */
  next(): number {
    const mask = (1n << 64n) - 1n;
    let x = this.s0;
    const y = this.s1;
    this.s0 = y;
    x = (x ^ (x << 23n)) & mask;
    this.s1 = x ^ y ^ (x >> 17n) ^ (y >> 26n);
    return Number(((this.s1 + y) & mask) >> 11n) / 2 ** 53;
  }
  normal(): number {
    const u = 1 - this.next();
    const v = this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
}

const CATEGORIES = [
  ['red', 'green', 'blue'],
  ['north', 'south', 'east', 'west', 'centre'],
  Array.from({ length: 12 }, (_, i) => `segment_${i}`),
  Array.from({ length: 40 }, (_, i) => `sku-${1000 + i}`),
  ['yes', 'no'],
];

export function header(): string {
  const names = [
    ...Array.from({ length: 15 }, (_, i) => `num_${i}`),
    ...CATEGORIES.map((_, i) => `cat_${i}`),
  ];
  return names.join(',') + '\n';
}

export function writeDataset(path: string, rows: number, shifted: boolean): void {
  const seedBase = new Random(shifted ? 2 : 1);
  const rand = mulberry32(Math.floor(seedBase.next() * 2 ** 32));
  const normal = () => {
    const u = 1 - rand();
    const v = rand();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  };
  const fd = openSync(path, 'w');
  const chunk: string[] = [header()];
  let pending = 0;
  const shift = shifted ? 0.15 : 0;
  for (let r = 0; r < rows; r++) {
    const cells: string[] = [];
    for (let c = 0; c < 15; c++) {
      if (rand() < 0.01) {
        cells.push('');
        continue;
      }
      let v: number;
      if (c % 5 === 0) v = normal() + (c < 5 ? shift : 0);
      else if (c % 5 === 1) v = Math.exp(normal() * 0.5) * (1 + shift);
      else if (c % 5 === 2) v = rand() * 100;
      else if (c % 5 === 3) v = 10 * normal() + 50;
      else v = Math.floor(-Math.log(1 - rand()) * 40);
      cells.push(c % 5 === 4 ? String(v) : v.toFixed(6));
    }
    CATEGORIES.forEach((cats, i) => {
      const skew = shifted && i === 2 ? rand() * rand() : rand();
      cells.push(cats[Math.floor(skew * cats.length)]!);
    });
    chunk.push(cells.join(',') + '\n');
    pending++;
    if (pending === 20000) {
      writeSync(fd, chunk.join(''));
      chunk.length = 0;
      pending = 0;
    }
  }
  if (chunk.length > 0) writeSync(fd, chunk.join(''));
  closeSync(fd);
}

if (import.meta.filename === process.argv[1]) {
  const rows = Number(process.argv[2] ?? 100000);
  const dir = process.argv[3] ?? '.';
  mkdirSync(dir, { recursive: true });
  writeDataset(join(dir, 'reference.csv'), rows, false);
  writeDataset(join(dir, 'current.csv'), rows, true);
}
