import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fitSummary, STEP_SUMMARY_LIMIT_BYTES } from '../../../src/core/report/summary-limit.js';

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

describe('fitSummary: the runner refuses a step summary over 1 MiB, counted in bytes', () => {
  it('the limit is 1 MiB, 1,048,576 bytes', () => {
    assert.equal(STEP_SUMMARY_LIMIT_BYTES, 1_048_576);
  });

  it('leaves a summary that fits unchanged, to the byte', () => {
    const text = `${'я'.repeat(500)}\n`; // 1,001 bytes, 501 UTF-16 units
    assert.equal(fitSummary(text, 1001), text);
    assert.notEqual(fitSummary(text, 1000), text);
  });

  it('counts bytes, not characters: Cyrillic lines are cut by their UTF-8 size', () => {
    // 100 lines of 50 Cyrillic letters: 100 bytes each, 10,099 bytes with the line breaks, 5,099 characters.
    const lines = Array.from({ length: 100 }, () => 'я'.repeat(50));
    const text = lines.join('\n');
    assert.equal(bytes(text), 10_099);
    const out = fitSummary(text, 4000, '`drift-report/report.md`');
    assert.ok(bytes(out) <= 4000, `${bytes(out)} bytes`);
    const kept = out.split('\n').filter((l) => l === 'я'.repeat(50)).length;
    assert.ok(kept > 20 && kept < 40, `kept ${kept} lines`);
    // Whole lines, in order, then the note.
    assert.ok(out.startsWith(`${lines.slice(0, kept).join('\n')}\n\n> [!WARNING]\n`), out.slice(0, 200));
    const leftBytes = 10_099 - (kept * 100 + (kept - 1));
    const leftKiB = (leftBytes / 1024).toFixed(1);
    assert.ok(
      out.endsWith(
        `> GitHub refuses a step summary over 1 MiB (1,048,576 bytes), so this one stops here: the last ${100 - kept} lines (${leftKiB} KiB) are left out. The full report: \`drift-report/report.md\`.`,
      ),
      out.slice(-300),
    );
  });

  it('closes a code fence and <details> blocks the cut left open', () => {
    const chart = [
      '```mermaid',
      'xychart-beta',
      ...Array.from({ length: 200 }, (_, i) => `  line [${i}]`),
      '```',
    ];
    const text = ['# Report', '', '<details><summary>More</summary>', '', ...chart, '', '</details>'].join(
      '\n',
    );
    const out = fitSummary(text, 1500);
    assert.ok(bytes(out) <= 1500);
    const lines = out.split('\n');
    assert.equal(lines.filter((l) => l.startsWith('```')).length, 2, 'the fence is closed');
    assert.equal(lines.filter((l) => l === '</details>').length, 1, 'the details block is closed');
    assert.ok(
      lines.indexOf('</details>') > lines.lastIndexOf('```'),
      'fence closed inside the details block',
    );
    assert.match(out, /the last \d+ lines \([\d.]+ (B|KiB)\) are left out\.$/);
  });

  it('gives nothing when not even the note fits', () => {
    assert.equal(fitSummary('x'.repeat(1000), 50), '');
  });
});
