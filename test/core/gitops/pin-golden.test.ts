/**
 * Golden manifests: each input pinned equals its hand-written expected file byte for byte; the reported
 * ranges cover exactly the hand-written old value sources, and splicing the hand-written new sources
 * into them reproduces the expected file (so nothing outside the targeted scalars differs); and parsing
 * the output gives the parsed input with only the pinned values set.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parseAllDocuments } from 'yaml';
import { pinManifest } from '../../../src/core/gitops/pin.js';
import { FIXTURES, GOLDEN } from './golden-cases.js';

const decode = (bytes: Buffer) => new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);

function parsed(text: string): unknown[] {
  return parseAllDocuments(text).map((doc) => {
    assert.deepEqual(doc.errors, []);
    return doc.toJS() as unknown;
  });
}

function setIn(root: unknown, path: readonly (string | number)[], value: unknown): void {
  let node = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path.at(-1)!] = value;
}

describe('golden manifests', () => {
  for (const golden of GOLDEN) {
    for (const [file, edits] of Object.entries(golden.edits)) {
      it(`${golden.name}/${file}`, () => {
        const input = readFileSync(join(FIXTURES, golden.name, 'input', file));
        const expected = readFileSync(join(FIXTURES, golden.name, 'expected', file));
        const result = pinManifest(decode(input), {
          file: join(golden.name, file),
          image: golden.image,
          container: golden.container,
          keys: golden.keys,
        });
        const output = Buffer.from(result.text, 'utf8');
        assert.equal(output.toString('latin1'), expected.toString('latin1'), 'pinned bytes = expected file');
        assert.equal(result.changed, edits.length > 0);

        // Distinct changed ranges (several added keys share one insertion point).
        const ranges = [
          ...new Map(
            result.changes.filter((c) => c.changed).map((c) => [c.bytes.join(':'), c.bytes]),
          ).values(),
        ].sort((a, b) => a[0] - b[0]);
        assert.equal(ranges.length, edits.length, 'one changed range per hand-listed edit');
        const pieces: Buffer[] = [];
        let at = 0;
        ranges.forEach(([start, end], i) => {
          const [oldSource, newSource] = edits[i]!;
          assert.equal(input.subarray(start, end).toString('utf8'), oldSource, `range ${i} is the old value`);
          pieces.push(input.subarray(at, start), Buffer.from(newSource, 'utf8'));
          at = end;
        });
        pieces.push(input.subarray(at));
        assert.ok(Buffer.concat(pieces).equals(expected), 'only the targeted bytes differ');

        const want = parsed(decode(input));
        for (const [doc, path, value] of golden.values[file]!) setIn(want[doc], path, value);
        assert.deepEqual(parsed(result.text), want, 'output parses as input + pinned values');
      });
    }
  }

  it('reports every target with its old and new value, line and byte range', () => {
    const text = readFileSync(join(FIXTURES, 'deployment-flux', 'input', 'churn.yaml'), 'utf8');
    const result = pinManifest(text, { file: 'churn.yaml', image: GOLDEN[0]!.image });
    const start = Buffer.byteLength(text.slice(0, text.indexOf('ghcr.io/acme/churn:v1.2.0')));
    assert.deepEqual(result.changes, [
      {
        document: 0,
        path: 'spec.template.spec.containers[0].image',
        target: 'container',
        container: 'server',
        old: 'ghcr.io/acme/churn:v1.2.0',
        new: `ghcr.io/acme/churn:v1.2.0@${GOLDEN[0]!.image.split('@')[1]}`,
        changed: true,
        line: 24,
        bytes: [start, start + 'ghcr.io/acme/churn:v1.2.0'.length],
      },
    ]);
  });

  it('pinning twice changes nothing the second time', () => {
    for (const golden of GOLDEN) {
      for (const file of Object.keys(golden.edits)) {
        const expected = readFileSync(join(FIXTURES, golden.name, 'expected', file), 'utf8');
        const again = pinManifest(expected, {
          file: join(golden.name, file),
          image: golden.image,
          container: golden.container,
          keys: golden.keys,
        });
        assert.equal(again.changed, false, `${golden.name}/${file}`);
        assert.equal(again.text, expected);
        assert.ok(again.changes.length > 0 && again.changes.every((c) => !c.changed));
      }
    }
  });
});
