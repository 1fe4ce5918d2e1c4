/**
 * The Huffman-only gzip writer, checked by independent decoders: the system `gzip -dc` (which also
 * verifies CRC and length) and node:zlib; plus chunking independence and the CRC-32 check value.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createCipheriv } from 'node:crypto';
import { test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { codeLengths, crc32, HuffmanGzip } from '../../../src/core/image/huffman-gzip.js';

function gzipOf(data: Uint8Array, chunk: number): Buffer {
  const parts: Buffer[] = [];
  const gzip = new HuffmanGzip((c) => parts.push(Buffer.from(c)));
  for (let at = 0; at < data.length; at += chunk) gzip.push(data.subarray(at, at + chunk));
  gzip.finish();
  return Buffer.concat(parts);
}

/** Deterministic float32-like bytes: random sign/mantissa, exponents in a narrow band. */
function weights(size: number): Buffer {
  const bytes = createCipheriv('aes-256-ctr', Buffer.alloc(32, 7), Buffer.alloc(16)).update(
    Buffer.alloc(size),
  );
  const words = new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.length >>> 2);
  for (let i = 0; i < words.length; i++)
    words[i] = (words[i]! & 0x807fffff) | ((118 + ((words[i]! >>> 23) % 7)) << 23);
  return bytes;
}

const cases: [string, Uint8Array][] = [
  ['empty', new Uint8Array(0)],
  ['one byte', Buffer.from('a')],
  ['one repeated byte over several blocks', new Uint8Array(700_000).fill(42)],
  ['text', Buffer.from('the quick brown fox jumps over the lazy dog\n'.repeat(20_000))],
  [
    'random bytes',
    createCipheriv('aes-256-ctr', Buffer.alloc(32, 1), Buffer.alloc(16)).update(Buffer.alloc(600_001)),
  ],
  ['float32-like weights', weights(1_048_576 + 12)],
];

for (const [name, data] of cases) {
  test(`huffman gzip round-trips through gzip -dc and zlib: ${name}`, () => {
    const gz = gzipOf(data, 65_537);
    assert.deepEqual(
      execFileSync('gzip', ['-dc'], { input: gz, maxBuffer: 64 * 1024 * 1024 }),
      Buffer.from(data),
    );
    assert.deepEqual(gunzipSync(gz), Buffer.from(data));
    assert.deepEqual(gz.subarray(4, 8), Buffer.alloc(4), 'gzip header mtime is 0');
  });
}

test('huffman gzip output does not depend on how the input is chunked', () => {
  const data = weights(900_000);
  const a = gzipOf(data, 1);
  const b = gzipOf(data, 4096);
  const c = gzipOf(data, data.length);
  assert.deepEqual(a, c);
  assert.deepEqual(b, c);
});

test('huffman gzip saves about what gzip -1 saves on float weights', () => {
  const data = weights(2_000_000);
  const ours = gzipOf(data, 1 << 20).length;
  const reference = execFileSync('gzip', ['-1', '-c'], { input: data, maxBuffer: 64 * 1024 * 1024 }).length;
  assert.ok(ours < data.length * 0.97, `saves something (${ours} of ${data.length})`);
  assert.ok(Math.abs(ours - reference) / reference < 0.02, `within 2% of gzip -1 (${ours} vs ${reference})`);
});

test('crc32 matches the standard check value', () => {
  assert.equal(crc32(0, Buffer.from('123456789')), 0xcbf43926);
  assert.equal(crc32(crc32(0, Buffer.from('12345')), Buffer.from('6789')), 0xcbf43926);
});

test('code lengths respect the limit and form a complete prefix code', () => {
  const freqs = Array.from({ length: 40 }, (_, i) => 2 ** Math.min(i, 30)); // Fibonacci-like skew → deep tree
  const lengths = codeLengths(freqs, 15);
  assert.ok(Math.max(...lengths) <= 15);
  const kraft = [...lengths].reduce((sum, l) => sum + (l ? 2 ** -l : 0), 0);
  assert.equal(kraft, 1);
});
