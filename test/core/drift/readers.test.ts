import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { ConfigurationError } from '../../../src/core/errors.js';
import { openDataset } from '../../../src/core/drift/readers/open-dataset.js';
import { PathPolicy } from '../../../src/core/fs/path-policy.js';
import { storageKind } from '../../../src/core/drift/column-sample.js';
import { tempDir } from '../../harness/temp-dir.js';

const dir = await tempDir('drift-readers-');

async function open(name: string) {
  return openDataset({
    path: join(dir, name),
    source: name,
    inputName: 'reference',
    paths: PathPolicy.forWorkspace(dir),
  });
}

async function rejects(name: string, pattern: RegExp) {
  await assert.rejects(open(name), (error: unknown) => {
    assert.ok(error instanceof ConfigurationError, String(error));
    assert.match(error.message, pattern);
    return true;
  });
}

describe('JSON Lines reader', () => {
  it('reads objects, nulls, late keys and booleans', async () => {
    await writeFile(
      join(dir, 'a.jsonl'),
      '{"x": 1, "c": "red"}\n{"x": 2.5, "c": null}\n\n{"x": null, "c": "blue", "late": true}\n',
    );
    const t = await open('a.jsonl');
    assert.equal(t.format, 'jsonl');
    assert.equal(t.rows, 3);
    const [x, c, late] = t.columns;
    assert.deepEqual(Array.from(x!.numbers), [1, 2.5]);
    assert.equal(x!.missing, 1);
    assert.deepEqual([...c!.text].sort(), [
      ['blue', 1],
      ['red', 1],
    ]);
    assert.equal(late!.name, 'late');
    assert.equal(late!.missing, 2, 'rows before the key appeared are missing');
    assert.equal(storageKind(late!), 'boolean');
  });

  it('names the line that is not JSON', async () => {
    await writeFile(join(dir, 'bad.jsonl'), '{"x": 1}\n{"x": \n');
    await rejects('bad.jsonl', /line 2 is not valid JSON/);
  });
});

describe('Parquet reader', () => {
  it('reads numbers, strings, nulls and keeps declared integer/float types', async () => {
    const buffer = parquetWriteBuffer({
      columnData: [
        { name: 'i', data: [1, 2, 3, 4, 5, 6], type: 'INT32' },
        { name: 'f', data: [0.5, 1.5, null, 2.5, 3.5, 4.5], type: 'DOUBLE' },
        { name: 's', data: ['a', 'b', 'a', null, 'c', 'a'], type: 'STRING' },
      ],
    });
    await writeFile(join(dir, 'tiny.parquet'), new Uint8Array(buffer));
    const t = await open('tiny.parquet');
    assert.equal(t.format, 'parquet');
    assert.equal(t.rows, 6);
    const [i, f, s] = t.columns;
    assert.deepEqual(Array.from(i!.numbers), [1, 2, 3, 4, 5, 6]);
    assert.equal(storageKind(i!), 'integer');
    assert.deepEqual(Array.from(f!.numbers), [0.5, 1.5, 2.5, 3.5, 4.5]);
    assert.equal(f!.missing, 1);
    assert.equal(storageKind(f!), 'float');
    assert.deepEqual(
      new Map(s!.text),
      new Map([
        ['a', 3],
        ['b', 1],
        ['c', 1],
      ]),
    );
    assert.equal(s!.missing, 1);
  });

  it('refuses a file that is not Parquet', async () => {
    await writeFile(join(dir, 'fake.parquet'), 'not parquet at all');
    await rejects('fake.parquet', /not a readable Parquet file/);
  });
});

describe('.dvc pointers and file types', () => {
  it('resolves a pointer through the DVC 3 cache (files/md5/xx/…)', async () => {
    const repo = join(dir, 'repo');
    const data = 'a,b\n1,x\n2,y\n';
    const md5 = createHash('md5').update(data).digest('hex');
    await mkdir(join(repo, '.dvc', 'cache', 'files', 'md5', md5.slice(0, 2)), { recursive: true });
    await writeFile(join(repo, '.dvc', 'cache', 'files', 'md5', md5.slice(0, 2), md5.slice(2)), data);
    await mkdir(join(repo, 'data'), { recursive: true });
    await writeFile(
      join(repo, 'data', 'train.csv.dvc'),
      `outs:\n- md5: ${md5}\n  size: ${data.length}\n  hash: md5\n  path: train.csv\n`,
    );
    const t = await openDataset({
      path: join(repo, 'data', 'train.csv.dvc'),
      source: 'data/train.csv.dvc',
      inputName: 'reference',
      paths: PathPolicy.forWorkspace(repo),
    });
    assert.equal(t.format, 'csv');
    assert.equal(t.rows, 2);
    assert.deepEqual(Array.from(t.columns[0]!.numbers), [1, 2]);
  });

  it('says how to get an object missing from the cache', async () => {
    await writeFile(
      join(dir, 'gone.csv.dvc'),
      'outs:\n- md5: 0123456789abcdef0123456789abcdef\n  path: gone.csv\n',
    );
    await rejects('gone.csv.dvc', /not in the DVC cache.*pull it first/);
  });

  it('refuses a directory pointer', async () => {
    await writeFile(
      join(dir, 'dir.dvc'),
      'outs:\n- md5: 0123456789abcdef0123456789abcdef.dir\n  path: images\n',
    );
    await rejects('dir.dvc', /tracks a directory/);
  });

  it('refuses an unsupported file type and a missing file', async () => {
    await writeFile(join(dir, 'data.xlsx'), 'x');
    await rejects('data.xlsx', /unsupported file type '\.xlsx'/);
    await rejects('nope.csv', /file not found/);
  });
});
