/**
 * The canonical `.dvc` reader (no YAML library) against the YAML parser, the reference: wherever the fast
 * reader answers, it answers exactly what the parser reads; everything it is unsure of goes to the parser.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mulberry32 } from '../../../scripts/mulberry32.js';
import { parsePointer, parsePointerYaml } from '../../../src/core/dvc/pointer.js';
import { canonicalPointerOuts } from '../../../src/core/dvc/pointer-canonical.js';

const HEX = 'acbd18db4cc2f85cedef654fccc4a4d8';

/** [text, whether the fast reader takes it]. */
const CASES: [string, boolean][] = [
  [`outs:\n- md5: ${HEX}\n  size: 3\n  hash: md5\n  path: foo.txt\n`, true],
  [`outs:\n- md5: ${HEX}.dir\n  size: 679000\n  nfiles: 100000\n  hash: md5\n  path: data\n`, true],
  [`outs:\n- md5: ${HEX}\n  size: 3\n  isexec: true\n  hash: md5\n  path: bin/run.sh\n`, true],
  [`outs:\n- md5: ${HEX}\n  size: 3\n  isexec: false\n  hash: md5\n  path: x\n`, true],
  // DVC 2.x: no hash key (md5-dos2unix), keys in another order, no final newline.
  [`outs:\n- path: old_data\n  md5: ${HEX}\n  size: 0`, true],
  [`outs:\n- md5: ${HEX}\n  path: a\n- md5: ${HEX}.dir\n  nfiles: 2\n  path: b/c_d-e.f\n`, true],
  [`outs:\n- path: untracked-yet\n`, true],
  // Not sure what YAML makes of it, or not the canonical shape: the parser decides.
  [`outs:\n- md5: 12345678901234567890123456789012\n  path: digits\n`, false],
  [`outs:\n- md5: 1234567890123456789012345678e901\n  path: exponent\n`, false],
  [`outs:\n- md5: ${HEX}\n  path: 'quoted'\n`, false],
  [`outs:\n- md5: ${HEX}\n  path: true\n`, false],
  [`outs:\n- md5: ${HEX}\n  path: NULL\n`, false],
  [`outs:\n- md5: ${HEX}\n  path: 2024-data\n`, false],
  [`outs:\n- md5: ${HEX}\n  path: .hidden\n`, false],
  [`outs:\n- md5: ${HEX}\n  path: with space\n`, false],
  [`outs:\n- md5: ${HEX}\n  path: data # comment\n`, false],
  [`outs:\n- md5: ${HEX}\n  path: data\n  cache: false\n`, false],
  [`outs:\n- md5: ${HEX}\n  path: data\n  desc: the data\n`, false],
  [`outs:\r\n- md5: ${HEX}\r\n  path: data\r\n`, false],
  [`outs:\n  - md5: ${HEX}\n    path: data\n`, false],
  [`outs:\n\n- md5: ${HEX}\n  path: data\n`, false],
  [`outs:\n- md5: ${HEX}\n  size: 03\n  path: data\n`, false],
  [`outs:\n- md5: ${HEX}\n  size: 9007199254740993\n  path: data\n`, false],
  [`outs:\n- md5: ${HEX}\n  size: 3\n  hash: md5-dos2unix\n  path: data\n`, false],
  [`outs:\n- md5: ${HEX}\n  isexec: yes\n  path: data\n`, false],
  [`# a comment\nouts:\n- md5: ${HEX}\n  path: data\n`, false],
  [`outs:\n- md5: ${HEX}\n  path: data\ndeps: []\n`, false],
  [`outs:\n- md5: ${HEX}\n  path: a\n  path: b\n`, false],
  [`outs:\n- md5: ${HEX}\n  size: 3\n`, false],
  [`outs: []\n`, false],
];

/** What the YAML parser reads, or its error message. */
function reference(text: string): unknown {
  try {
    return parsePointerYaml(text, 'p.dvc').outs;
  } catch (error) {
    return { error: (error as Error).message };
  }
}

test('the canonical reader takes exactly the canonical shapes, and reads them as YAML does', () => {
  for (const [text, fast] of CASES) {
    const outs = canonicalPointerOuts(text);
    assert.equal(outs !== undefined, fast, JSON.stringify(text));
    if (outs) assert.deepEqual(outs, reference(text), JSON.stringify(text));
  }
});

test('parsePointer gives the parser’s result or error for every shape', () => {
  for (const [text] of CASES) {
    let got: unknown;
    try {
      got = parsePointer(text, 'p.dvc').outs;
    } catch (error) {
      got = { error: (error as Error).message };
    }
    assert.deepEqual(got, reference(text), JSON.stringify(text));
  }
});

test('random pointer-like texts: whenever the canonical reader answers, YAML agrees', () => {
  const random = mulberry32(14);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  // Per key: values the reader must take, and values YAML reads as something else (or that need quoting).
  const values: Record<string, string[]> = {
    md5: [
      HEX,
      `${HEX}.dir`,
      '00000000000000000000000000000000',
      '0000000000000000000000000000e000',
      HEX.toUpperCase(),
    ],
    size: ['0', '7', '100000', '012', '1e3', '0x1F', '-1', '.5'],
    nfiles: ['1', '250000', '007', 'null'],
    isexec: ['true', 'false', 'True', 'yes'],
    hash: ['md5', 'md5-dos2unix', 'MD5'],
    path: ['data', 'a/b.c', '_x', 'x-y_z', 'true', 'Null', '~', '.5', 'x y', '-', "'q'", 'Yes', '1e3', 'a:b'],
    cache: ['false'],
    desc: ['x'],
  };
  const own = ['md5', 'size', 'nfiles', 'isexec', 'hash'];
  let answered = 0;
  for (let n = 0; n < 5000; n++) {
    const lines = ['outs:'];
    const items = 1 + Math.floor(random() * 2);
    for (let i = 0; i < items; i++) {
      // Distinct keys in a random order, usually with a path, sometimes a key DVC writes for users.
      const keys = own.filter(() => random() < 0.6);
      if (random() < 0.9) keys.push('path');
      if (random() < 0.1) keys.push(pick(['cache', 'desc', 'md5']));
      keys.sort(() => random() - 0.5);
      keys.forEach((key, k) => {
        // Mostly a value the reader takes (the first ones), sometimes any.
        const pool = values[key]!;
        const value = random() < 0.7 ? pool[Math.floor(random() * Math.min(3, pool.length))]! : pick(pool);
        lines.push(`${k === 0 ? '- ' : '  '}${key}: ${value}`);
      });
    }
    const text = `${lines.join('\n')}${random() < 0.8 ? '\n' : ''}`;
    const outs = canonicalPointerOuts(text);
    if (!outs) continue;
    answered++;
    assert.deepEqual(outs, reference(text), JSON.stringify(text));
  }
  assert.ok(answered > 100, `only ${answered} random texts were canonical`);
});
