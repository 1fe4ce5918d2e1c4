/** The paths big directories take (parallel stat, worker hashing, cache stamps), config parsing, safety. */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { objectPath } from '../../../src/core/dvc/cache.js';
import { type DataHashCommand, runDataHash } from '../../../src/core/hashing/data-hash.js';
import { parseDvcIni, readDvcConfig } from '../../../src/core/hashing/dvc-config.js';
import { escapeGitignore } from '../../../src/core/hashing/gitignore.js';
import { manifestText } from '../../../src/core/dvc/python-json.js';
import { silentLogger } from '../../../src/core/logger.js';
import { tempDir } from '../../harness/temp-dir.js';
import { pythonManifest, workspace, writeTree } from './helpers.js';

async function dh(root: string, command: DataHashCommand, paths: string[] = [], remote?: string) {
  return runDataHash({
    command,
    root,
    paths,
    cacheDir: undefined,
    remote,
    endpointUrl: undefined,
    region: undefined,
    jobs: 2,
    logger: silentLogger,
    reportPath: join(root, '..', `${command}.json`),
    transfer: { attempts: 1, retryDelayMs: 1 },
  });
}

const md5 = (text: string) => createHash('md5').update(text).digest('hex');

test('an 8,100-file directory: hashed on workers, stat in parallel, unchanged status reads nothing', async () => {
  const { root } = await workspace();
  const entries: { md5: string; relpath: string }[] = [];
  let size = 0;
  for (let d = 0; d < 9; d++) {
    await mkdir(join(root, 'big', `part-${d}`), { recursive: true });
    for (let f = 0; f < 900; f++) {
      const relpath = `part-${d}/row-${f}.txt`;
      const content = `${d}/${f}\n`;
      await writeFile(join(root, 'big', relpath), content);
      entries.push({ md5: md5(content), relpath });
      size += content.length;
    }
  }
  const expected = await pythonManifest(entries);
  const added = await dh(root, 'add', ['big']);
  assert.deepEqual(added.hashes.big, { md5: `${md5(expected)}.dir`, size, nfiles: 8100 });
  const status = await dh(root, 'status');
  assert.deepEqual(
    status.statuses.map((s) => [s.status, s.rehashed]),
    [['unchanged', 0]],
  );
  await writeFile(join(root, 'big', 'part-3', 'row-7.txt'), 'changed\n');
  const changed = await dh(root, 'status');
  assert.equal(changed.statuses[0]!.status, 'modified');
  assert.equal(changed.statuses[0]!.rehashed, 1);
  assert.deepEqual(changed.statuses[0]!.changes, { added: [], removed: [], modified: ['part-3/row-7.txt'] });
  // Back to the recorded content: unchanged again; then an object vanishes from the cache (stamp invalidated).
  await writeFile(join(root, 'big', 'part-3', 'row-7.txt'), '3/7\n');
  assert.equal((await dh(root, 'status')).statuses[0]!.status, 'unchanged');
  await rm(objectPath(join(root, '.dvc', 'cache'), { md5: md5('3/7\n'), legacy: false }));
  const lost = await dh(root, 'status');
  assert.equal(lost.statuses[0]!.status, 'not in cache');
  assert.equal(lost.statuses[0]!.missingObjects, 1);
});

test('.dvc/config sections in every quoting configobj accepts; config.local overrides', async () => {
  const sections = parseDvcIni(
    `# comment\n[core]\n    remote = a\n['remote "a"']\n    url = s3://b/p\n    endpointurl = http://127.0.0.1:9000\n[remote "c"]\n  url = "/mnt/store"\n`,
    '.dvc/config',
  );
  assert.equal(sections.get('remote "a"')!.get('endpointurl'), 'http://127.0.0.1:9000');
  assert.equal(sections.get('remote "c"')!.get('url'), '/mnt/store');
  assert.throws(() => parseDvcIni('[core]\nnonsense\n', '.dvc/config'), /\.dvc\/config:2: expected/);
  const { root } = await workspace();
  await writeTree(root, {
    '.dvc/config': `[core]\n    remote = a\n['remote "a"']\n    url = ../store\n`,
    '.dvc/config.local': `[core]\n    remote = b\n['remote "b"']\n    url = s3://bucket/x\n    region = eu-west-1\n`,
  });
  const config = readDvcConfig(root);
  assert.equal(config.defaultRemote, 'b');
  assert.equal(config.remotes.get('a')!.url, join(root, 'store'));
  assert.equal(config.remotes.get('b')!.region, 'eu-west-1');
});

test('.gitignore entries are escaped like dvc writes them and appended once', async () => {
  assert.equal(escapeGitignore('data[1]*.csv'), 'data\\[1\\]\\*.csv');
  assert.equal(escapeGitignore('#x!'), '\\#x\\!');
  const { root } = await workspace();
  await writeTree(root, { 'd/.gitignore': '*.log', 'd/f': 'x' });
  await dh(root, 'add', ['d/f']);
  await dh(root, 'add', ['d/f']);
  assert.equal(await readFile(join(root, 'd', '.gitignore'), 'utf8'), '*.log\n/f\n');
});

test('pull refuses a manifest whose paths climb out of the directory', async () => {
  const { root } = await workspace();
  const remote = await tempDir('mlops-remote-');
  const manifest = manifestText([{ md5: md5('x'), relpath: '../escaped' }]);
  const dirMd5 = `${md5(manifest)}.dir`;
  await writeTree(remote, {
    [`files/md5/${dirMd5.slice(0, 2)}/${dirMd5.slice(2)}`]: manifest,
    [`files/md5/${md5('x').slice(0, 2)}/${md5('x').slice(2)}`]: 'x',
  });
  await writeTree(root, {
    'd.dvc': `outs:\n- md5: ${dirMd5}\n  size: 1\n  nfiles: 1\n  hash: md5\n  path: d\n`,
  });
  await assert.rejects(dh(root, 'pull', [], remote), /unsafe path '\.\.\/escaped'/);
  await assert.rejects(readFile(join(root, 'escaped')), /ENOENT/);
});

test('verify reports deleted data and new (untracked) paths', async () => {
  const { root } = await workspace();
  await writeTree(root, { a: 'a', b: 'b' });
  await dh(root, 'add', ['a']);
  await rm(join(root, 'a'));
  const result = await dh(root, 'verify', ['a.dvc', 'b']);
  assert.deepEqual(
    result.statuses.map((s) => [s.path, s.status]),
    [
      ['a', 'deleted'],
      ['b', 'new'],
    ],
  );
  assert.equal(result.changed, true);
});
