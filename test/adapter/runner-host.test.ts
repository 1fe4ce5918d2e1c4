import assert from 'node:assert/strict';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { it } from 'node:test';
import { createRunnerHost } from '../../src/adapter/runner-host.js';
import { tempDir } from '../harness/temp-dir.js';

it('appendSummary counts what the step already wrote: the file never passes 1 MiB', async () => {
  // @actions/core resolves GITHUB_STEP_SUMMARY once per process, as a step does: one file for the test.
  const file = join(await tempDir('mlops-summary-'), 'step_summary.md');
  const earlier = `${'a'.repeat(99)}\n`.repeat(10_000); // 1,000,000 bytes from earlier appends
  await writeFile(file, earlier);
  process.env.GITHUB_STEP_SUMMARY = file;
  const host = createRunnerHost();
  // What fits is written whole.
  await host.appendSummary('## ok\n\nall fine', '`report.md`');
  assert.equal(await readFile(file, 'utf8'), `${earlier}## ok\n\nall fine\n`);
  // 200,000 bytes more would pass the limit: cut, with the note.
  await host.appendSummary(`${'б'.repeat(49)}\n`.repeat(2_000), '`report.md`');
  const size = (await stat(file)).size;
  assert.ok(size <= 1_048_576 && size > 1_040_000, `${size} bytes`);
  const text = await readFile(file, 'utf8');
  assert.ok(text.startsWith(`${earlier}## ok\n\nall fine\n${'б'.repeat(49)}\n`));
  assert.match(text, /are left out\. The full report: `report\.md`\.\n$/);
});
