import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ConfigurationError } from '../../../src/core/errors.js';
import { readCsv } from '../../../src/core/drift/readers/csv.js';
import { columnNumbers, type ColumnData } from '../../../src/core/drift/readers/column-builder.js';
import { tempDir } from '../../harness/temp-dir.js';

const dir = await tempDir('drift-csv-');

async function read(name: string, content: string | Buffer, workers = 1) {
  const path = join(dir, name);
  await writeFile(path, content);
  return readCsv(path, name, { label: name, workers, parallelMinBytes: 1 });
}

function col(columns: ColumnData[], name: string): ColumnData {
  const found = columns.find((c) => c.name === name);
  assert.ok(found, `column ${name}`);
  return found;
}

describe('CSV reader (RFC 4180)', () => {
  it('reads quoted fields with commas, doubled quotes and newlines, a BOM and CRLF', async () => {
    const text =
      '\uFEFFid,"na,me",note\r\n' +
      '1,"Smith, J","said ""hi""\r\nthen left"\r\n' +
      '2,plain,"multi\nline"\r\n' +
      '3,"",x\r\n';
    const t = await read('quoted.csv', text);
    assert.deepEqual(
      t.columns.map((c) => c.name),
      ['id', 'na,me', 'note'],
    );
    assert.equal(t.rows, 3);
    assert.deepEqual(Array.from(col(t.columns, 'id').numbers), [1, 2, 3]);
    assert.deepEqual([...col(t.columns, 'na,me').text.keys()].sort(), ['Smith, J', 'plain']);
    assert.equal(col(t.columns, 'na,me').missing, 1, 'an empty quoted field is missing, as pandas reads it');
    assert.deepEqual([...col(t.columns, 'note').text.keys()].sort(), [
      'multi\nline',
      'said "hi"\r\nthen left',
      'x',
    ]);
  });

  it('treats pandas NA tokens and empty fields as missing, ±inf as numbers, and counts text in numbers', async () => {
    const t = await read('na.csv', 'a,b\n1.5,NA\n,x\nnan,inf\n-inf,NULL\n2e3,n/a\nabc,None\n');
    const a = col(t.columns, 'a');
    assert.deepEqual(Array.from(a.numbers), [-Infinity, 1.5, 2000].filter(Number.isFinite));
    assert.equal(a.infinite, 1);
    assert.equal(a.missing, 2);
    assert.equal(a.textValues, 1);
    assert.deepEqual([...a.text], [['abc', 1]]);
    const b = col(t.columns, 'b');
    assert.equal(b.missing, 4);
    assert.equal(b.infinite, 1);
    assert.deepEqual([...b.text], [['x', 1]]);
  });

  it('parses numbers exactly as strtod does (fast path and long mantissas)', async () => {
    const values = [
      '0.1',
      '-0.414720',
      '123456789012345',
      '1234567890123456789',
      '3.141592653589793238',
      '1e-310',
      '+7',
      '0.30000000000000004',
    ];
    const t = await read('numbers.csv', `x\n${values.join('\n')}\n`);
    const expected = values.map(Number).sort((p, q) => p - q);
    assert.deepEqual(Array.from(col(t.columns, 'x').numbers), expected);
    assert.equal(col(t.columns, 'x').integerLiterals, 3);
  });

  it('skips blank lines and accepts a last line without a newline', async () => {
    const t = await read('blank.csv', '\na,b\n\n1,2\n\n3,4');
    assert.equal(t.rows, 2);
    assert.deepEqual(Array.from(col(t.columns, 'b').numbers), [2, 4]);
  });

  it('names blank header cells like pandas', async () => {
    const t = await read('unnamed.csv', 'a,,c\n1,2,3\n');
    assert.deepEqual(
      t.columns.map((c) => c.name),
      ['a', 'Unnamed: 1', 'c'],
    );
  });

  it('parses in parallel byte ranges exactly as on one thread, quotes across range boundaries included', async () => {
    const lines = ['k,v,t'];
    for (let i = 0; i < 20000; i++) {
      const text = i % 7 === 0 ? `"line ${i}\nwith ""quotes"", and commas"` : `t${i % 13}`;
      lines.push(`${i % 101},${(i * 0.37).toFixed(3)},${text}`);
    }
    const content = lines.join('\r\n') + '\r\n';
    const one = await read('big.csv', content, 1);
    const two = await read('big2.csv', content, 2);
    const four = await read('big4.csv', content, 4);
    for (const t of [two, four]) {
      assert.equal(t.rows, one.rows);
      for (const c of one.columns) {
        const other = col(t.columns, c.name);
        assert.deepEqual(
          Array.from(columnNumbers(other, 'current')),
          Array.from(columnNumbers(c, 'reference')),
          `${c.name} numbers`,
        );
        assert.deepEqual(new Map([...other.text].sort()), new Map([...c.text].sort()), `${c.name} text`);
        assert.equal(other.missing, c.missing);
      }
    }
  });
});

describe('CSV reader errors', () => {
  async function rejects(name: string, content: string, pattern: RegExp, workers = 1) {
    await assert.rejects(read(name, content, workers), (error: unknown) => {
      assert.ok(error instanceof ConfigurationError, String(error));
      assert.match(error.message, pattern);
      return true;
    });
  }

  it('refuses an empty file', () => rejects('empty.csv', '', /empty\.csv: the file is empty/));
  it('refuses a header-only file', () => rejects('header.csv', 'a,b\n', /has a header but no data rows/));
  it('names the row and line of a ragged row (too many fields)', () =>
    rejects('ragged.csv', 'a,b\n1,2\n"x\ny",3\n4,5,6\n', /row 3 \(line 5\) has 3 fields, the header has 2/));
  it('names the row of a ragged row (too few fields)', () =>
    rejects('short.csv', 'a,b,c\n1,2,3\n4,5\n', /row 2 \(line 3\) has 2 fields, the header has 3/));
  it('reports a ragged row found by a parallel worker with its global row', async () => {
    const rows = Array.from({ length: 5000 }, (_, i) => `${i},${i}`);
    rows[4000] = '1,2,3';
    await rejects('ragged-par.csv', `a,b\n${rows.join('\n')}\n`, /row 4001 \(line 4002\) has 3 fields/, 2);
  });
  it('refuses an unclosed quote', () =>
    rejects('unclosed.csv', 'a,b\n1,"open\n', /quoted field is never closed/));
  it('reads a 9 MiB field (parallel path, no record boundary in the sample) and refuses a record over 64 MiB', async () => {
    const huge = 'x'.repeat(9 << 20);
    const t = await read('huge.csv', `a,b\n1,"${huge}"\n2,small\n`, 2);
    assert.equal(t.rows, 2);
    assert.equal(t.columns[1]!.text.get(huge), 1);
    await rejects(
      'too-big.csv',
      `a\n"${'y'.repeat(65 << 20)}"\n`,
      /row 1 \(line 2\) a record is longer than 64 MiB/,
    );
  });
  it('refuses duplicate column names', () => rejects('dup.csv', 'a,a\n1,2\n', /column 'a' appears twice/));
});
