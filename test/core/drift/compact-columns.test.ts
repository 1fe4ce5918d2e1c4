import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { readCsv } from '../../../src/core/drift/readers/csv.js';
import { columnNumbers, type ColumnData } from '../../../src/core/drift/readers/column-builder.js';
import { sortInt32 } from '../../../src/core/drift/stats/sort-int32.js';
import { tempDir } from '../../harness/temp-dir.js';

// Numbers are parsed into 32-bit mantissas per column and fall back to doubles when a value does not fit;
// whatever the path, the values must be the doubles JavaScript's own parser (strtod) gives for each
// literal, sorted — the independent reference here.

const dir = await tempDir('drift-compact-');

async function read(name: string, content: string, workers: number) {
  const path = join(dir, name);
  await writeFile(path, content);
  return readCsv(path, name, { label: name, workers, parallelMinBytes: 1 });
}

function expected(literals: string[]): number[] {
  return literals.map(Number).sort((a, b) => a - b);
}

function numbersOf(columns: ColumnData[], name: string): number[] {
  const column = columns.find((c) => c.name === name);
  assert.ok(column, name);
  return Array.from(columnNumbers(column, 'reference'));
}

/** Deterministic literals (LCG), shaped by `make`. */
function literals(n: number, seed: number, make: (u: number, i: number) => string): string[] {
  let x = seed;
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out.push(make(x / 2 ** 32, i));
  }
  return out;
}

describe('compact numeric columns', () => {
  const n = 12000;
  const columns: Record<string, string[]> = {
    // Decimals grow from 0 to 6 as the column goes on: the mantissas are rescaled several times.
    growing: literals(n, 1, (u, i) => (u * 200 - 100).toFixed(Math.min(6, Math.floor(i / 1500)))),
    // Fits 32 bits at first, then a large value forces doubles.
    overflow: literals(n, 2, (u, i) => (i === 9000 ? '98765432.123' : (u * 1000).toFixed(3))),
    // More than 9 decimals: doubles.
    fine: literals(n, 3, (u) => u.toFixed(11)),
    // An exponent mid-column: doubles from there on.
    exponent: literals(n, 4, (u, i) => (i === 7000 ? '1.5e3' : (u * 50).toFixed(2))),
    // Negative zero is kept as a double; integers around the 32-bit limits.
    zeros: literals(n, 5, (u, i) =>
      i % 1000 === 0
        ? '-0.00'
        : i % 777 === 0
          ? '2147483647'
          : i % 555 === 0
            ? '-2147483648'
            : (u * 10 - 5).toFixed(2),
    ),
    // Each half of the file at a different scale (parallel ranges merge at the larger one).
    halves: literals(n, 6, (u, i) => (i < n / 2 ? String(Math.floor(u * 1000)) : (u * 1000).toFixed(4))),
  };
  const names = Object.keys(columns);
  const lines = [names.join(',')];
  for (let i = 0; i < n; i++) lines.push(names.map((k) => columns[k]![i]).join(','));
  const content = lines.join('\n') + '\n';

  for (const workers of [1, 2, 3]) {
    it(`gives strtod's doubles, sorted, on ${workers} thread(s)`, async () => {
      const t = await read(`compact-${workers}.csv`, content, workers);
      // Both storage paths are exercised: big files keep 32-bit mantissas where every value fits.
      const storage = (name: string) => (t.columns.find((c) => c.name === name)!.compact ? 'int' : 'double');
      const want = workers === 1 ? 'double' : 'int';
      assert.deepEqual(
        names.map(storage),
        names.map((name) => (['growing', 'halves'].includes(name) ? want : 'double')),
      );
      for (const name of names) {
        const got = numbersOf(t.columns, name);
        const want = expected(columns[name]!);
        assert.equal(got.length, want.length, name);
        // (-0 and 0 compare equal, so their order among each other is free; their counts are not.)
        for (let i = 0; i < want.length; i++) {
          if (got[i] !== want[i]) assert.fail(`${name}[${i}]: ${got[i]} ≠ ${want[i]}`);
        }
        const negativeZeros = (values: number[]) => values.filter((v) => Object.is(v, -0)).length;
        assert.equal(negativeZeros(got), negativeZeros(want), `${name}: -0 values`);
      }
    });
  }

  it('sorts 32-bit integers like the numeric comparison sort', () => {
    const values = Int32Array.from(
      literals(50000, 7, (u, i) =>
        String(i % 3 === 0 ? Math.floor(u * 4294967296) - 2147483648 : Math.floor(u * 100) - 50),
      ),
      Number,
    );
    const want = Array.from(values).sort((a, b) => a - b);
    sortInt32(values);
    assert.deepEqual(Array.from(values), want);
  });
});
