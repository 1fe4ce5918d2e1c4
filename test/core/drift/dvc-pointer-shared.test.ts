/**
 * The drift reader's `.dvc` resolution now goes through data-hash's pointer parser and cache layout:
 * the messages drift users saw stay, and both DVC cache layouts are still found.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { resolveDvcPointer } from '../../../src/core/drift/readers/dvc-pointer.js';
import { PathPolicy } from '../../../src/core/fs/path-policy.js';
import { parseDataPointer } from '../../../src/core/experiments/data-versions.js';
import { tempDir } from '../../harness/temp-dir.js';

describe('one .dvc pointer reader', () => {
  it('drift: a DVC 2 (legacy layout) object is found; bad pointers keep their messages', async () => {
    const repo = await tempDir('drift-pointer-');
    const data = 'a,b\n1,2\n';
    const md5 = createHash('md5').update(data).digest('hex');
    await mkdir(join(repo, '.dvc', 'cache', md5.slice(0, 2)), { recursive: true });
    await writeFile(join(repo, '.dvc', 'cache', md5.slice(0, 2), md5.slice(2)), data);
    await writeFile(join(repo, 'old.csv.dvc'), `outs:\n- md5: ${md5}\n  path: old.csv\n`);
    const resolved = await resolveDvcPointer(
      join(repo, 'old.csv.dvc'),
      PathPolicy.forWorkspace(repo),
      'reference',
    );
    assert.deepEqual(resolved, {
      path: join(repo, '.dvc', 'cache', md5.slice(0, 2), md5.slice(2)),
      name: 'old.csv',
      md5,
    });

    await writeFile(join(repo, 'broken.dvc'), 'outs: [\n');
    await assert.rejects(
      resolveDvcPointer(join(repo, 'broken.dvc'), PathPolicy.forWorkspace(repo), 'current'),
      (error: Error) => {
        assert.match(
          error.message,
          /^current: cannot read the \.dvc pointer \(broken\.dvc:\d+: malformed YAML/,
        );
        return true;
      },
    );
    await writeFile(join(repo, 'nohash.dvc'), 'outs:\n- path: x.csv\n');
    await assert.rejects(
      resolveDvcPointer(join(repo, 'nohash.dvc'), PathPolicy.forWorkspace(repo), 'current'),
      /current: the \.dvc pointer has no 'outs' entry with an md5 and a path\.$/,
    );
    await assert.rejects(
      resolveDvcPointer(join(repo, 'missing.dvc'), PathPolicy.forWorkspace(repo), 'current'),
      /current: cannot read the \.dvc pointer \(ENOENT/,
    );
  });

  it('experiments: data versions from a pointer, and nothing from one data-hash refuses', () => {
    const md5 = 'acbd18db4cc2f85cedef654fccc4a4d8';
    assert.deepEqual(
      parseDataPointer(
        `outs:\n- md5: ${md5}\n  size: 3\n  hash: md5\n  path: train.csv\n`,
        'data/train.csv.dvc',
      ),
      [{ path: 'data/train.csv', md5, size: 3, source: 'data/train.csv.dvc' }],
    );
    assert.deepEqual(parseDataPointer('outs: [\n', 'data/x.dvc'), []);
    assert.deepEqual(parseDataPointer('outs:\n- path: x\n', 'x.dvc'), []);
  });
});
