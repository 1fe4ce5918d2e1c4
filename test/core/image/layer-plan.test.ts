import assert from 'node:assert/strict';
import { createCipheriv } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { measureCompressibility, planLayers } from '../../../src/core/image/layer-plan.js';
import type { ModelFile } from '../../../src/core/image/model-files.js';
import { tempDir } from '../../harness/temp-dir.js';

const MiB = 1024 * 1024;

async function file(dir: string, name: string, data: Uint8Array): Promise<ModelFile> {
  const source = join(dir, name);
  await writeFile(source, data);
  return { dest: `models/m/${name}`, source, size: data.length, executable: false };
}

function keystream(seed: number, size: number): Buffer {
  return createCipheriv('aes-256-ctr', Buffer.alloc(32, seed), Buffer.alloc(16)).update(Buffer.alloc(size));
}

function floats(size: number): Buffer {
  const bytes = keystream(9, size);
  const words = new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.length >>> 2);
  for (let i = 0; i < words.length; i++)
    words[i] = (words[i]! & 0x807fffff) | ((118 + ((words[i]! >>> 23) % 7)) << 23);
  return bytes;
}

test('auto: incompressible weights go uncompressed, text to LZ gzip; gzip: weights to Huffman-only', async () => {
  const dir = await tempDir('mlops-plan-');
  const random = await file(dir, 'random.bin', keystream(1, 2 * MiB));
  const weights = await file(dir, 'weights.bin', floats(2 * MiB));
  const text = await file(dir, 'vocab.txt', Buffer.from('token_a token_b token_c\n'.repeat(100_000)));
  const small = await file(dir, 'config.json', Buffer.from('{"a": 1}'));
  const m = await measureCompressibility(weights);
  assert.ok(m.huffman > 0.9 && m.huffman < 0.97, `weights: Huffman saves a few % (${m.huffman})`);
  const auto = await planLayers([random, weights, text, small], 'auto', 512 * MiB);
  assert.deepEqual(
    auto.map((l) => [l.encoding, l.files.map((f) => f.dest.split('/').pop())]),
    [
      ['none', ['random.bin', 'weights.bin']],
      ['deflate', ['vocab.txt', 'config.json']],
    ],
  );
  const gzip = await planLayers([random, weights, text, small], 'gzip', 512 * MiB);
  assert.deepEqual(
    gzip.map((l) => [l.encoding, l.files.length]),
    [
      ['huffman', 2],
      ['deflate', 2],
    ],
  );
  const none = await planLayers([random, text], 'none', 512 * MiB);
  assert.deepEqual(
    none.map((l) => l.encoding),
    ['none'],
  );
});

test('large models are split into layers of at most max-layer-size; a bigger file gets its own', async () => {
  const dir = await tempDir('mlops-plan-');
  const files = [
    await file(dir, 'a.bin', keystream(1, 3 * MiB)),
    await file(dir, 'b.bin', keystream(2, 3 * MiB)),
    await file(dir, 'c.bin', keystream(3, 9 * MiB)),
    await file(dir, 'd.bin', keystream(4, 1 * MiB)),
  ];
  const plans = await planLayers(files, 'none', 7 * MiB);
  assert.deepEqual(
    plans.map((p) => p.files.map((f) => f.dest.split('/').pop())),
    [['a.bin', 'b.bin'], ['c.bin'], ['d.bin']],
  );
});
