import assert from 'node:assert/strict';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { ConfigurationError } from '../../../src/core/errors.js';
import { collectModelFiles, modelSources, normaliseImageDir } from '../../../src/core/image/model-files.js';
import { tempDir } from '../../harness/temp-dir.js';

test('files go under the model dir: a file by its name, a directory by its contents', async () => {
  const ws = await tempDir('mlops-files-');
  await mkdir(join(ws, 'model', 'sub'), { recursive: true });
  await writeFile(join(ws, 'model', 'sub', 'w.bin'), 'w');
  await writeFile(join(ws, 'params.yaml'), 'lr: 0.1\n');
  await symlink(join(ws, 'params.yaml'), join(ws, 'model', 'params-link.yaml'));
  const files = await collectModelFiles(
    [
      { given: 'model', absolute: join(ws, 'model') },
      { given: 'params.yaml', absolute: join(ws, 'params.yaml') },
    ],
    'opt/m',
    ws,
  );
  assert.deepEqual(
    files.map((f) => [f.dest, f.size]),
    [
      ['opt/m/params-link.yaml', 8],
      ['opt/m/params.yaml', 8],
      ['opt/m/sub/w.bin', 1],
    ],
  );
});

test('a symlink leading outside the workspace, a clash, a missing path and a bad model-dir are refused', async () => {
  const ws = await tempDir('mlops-files-');
  const outside = await tempDir('mlops-outside-');
  await writeFile(join(outside, 'secret'), 'x');
  await mkdir(join(ws, 'model'), { recursive: true });
  await symlink(join(outside, 'secret'), join(ws, 'model', 'escape'));
  await assert.rejects(
    collectModelFiles([{ given: 'model', absolute: join(ws, 'model') }], 'm', ws),
    (e: unknown) =>
      e instanceof ConfigurationError &&
      /^Input 'model': 'model\/escape' is a symbolic link to .*, outside the workspace/.test(e.message),
  );
  await mkdir(join(ws, 'a'));
  await mkdir(join(ws, 'b'));
  await writeFile(join(ws, 'a', 'x'), '1');
  await writeFile(join(ws, 'b', 'x'), '2');
  await assert.rejects(
    collectModelFiles(
      [
        { given: 'a', absolute: join(ws, 'a') },
        { given: 'b', absolute: join(ws, 'b') },
      ],
      'm',
      ws,
    ),
    /two files would land at \/m\/x/,
  );
  await assert.rejects(
    collectModelFiles([{ given: 'nope', absolute: join(ws, 'nope') }], 'm', ws),
    /'nope' does not exist/,
  );
  assert.throws(() => normaliseImageDir('models/x', 'model-dir'), /must be an absolute path/);
  assert.throws(() => normaliseImageDir('/models/../etc', 'model-dir'), /without '\.\.'/);
  assert.equal(normaliseImageDir('/models//x/', 'model-dir'), 'models/x');
});

test('a model cloned with git: its .git is not model content; a model outside the workspace is fine', async () => {
  const ws = await tempDir('mlops-files-');
  const volume = await tempDir('mlops-volume-');
  await mkdir(join(volume, 'bert', '.git', 'objects'), { recursive: true });
  await writeFile(join(volume, 'bert', '.git', 'config'), '[remote "origin"]\n');
  await writeFile(join(volume, 'bert', 'weights.bin'), 'w');
  // A Hugging Face style cache: the snapshot links to blobs beside it, outside the workspace.
  await mkdir(join(volume, 'blobs'));
  await writeFile(join(volume, 'blobs', 'abc'), 'tok');
  await symlink(join('..', 'blobs', 'abc'), join(volume, 'bert', 'tokenizer.json'));
  const files = await collectModelFiles(modelSources(ws, [join(volume, 'bert')]), 'models/bert', ws);
  assert.deepEqual(
    files.map((f) => [f.dest, f.size]),
    [
      ['models/bert/tokenizer.json', 3],
      ['models/bert/weights.bin', 1],
    ],
  );
});
