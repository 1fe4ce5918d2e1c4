/**
 * drift-report when the disk fills up while it writes its report (issue 9): the report directory keeps
 * the previous run's complete set (no new report.json beside an old metrics.prom), and the step fails with
 * "disk full at …" rather than "failed unexpectedly". A real ENOSPC, on a small tmpfs.
 */
import assert from 'node:assert/strict';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { writeFiles } from '../harness/git-fixtures.js';
import { runAction } from '../harness/run-action.js';
import { tempDir } from '../harness/temp-dir.js';
import { leaveFree, PAGE, smallTmpfs } from '../harness/tmpfs.js';

const FILES = ['metrics.prom', 'report.json', 'report.md'];

/** Reference and current CSVs of `columns` numeric columns; current shifted so every column drifts. */
function datasets(columns: number): Record<string, string> {
  const header = Array.from({ length: columns }, (_, c) => `feature_${c}`).join(',');
  const rows = (shift: number) =>
    Array.from({ length: 60 }, (_, r) =>
      Array.from({ length: columns }, (_, c) => ((r * 7 + c) % 13) + shift).join(','),
    );
  return { 'ref.csv': [header, ...rows(0)].join('\n'), 'cur.csv': [header, ...rows(5)].join('\n') };
}

const drift = (workspace: string) =>
  runAction({ action: 'drift-report', inputs: { reference: 'ref.csv', current: 'cur.csv' }, workspace });

const pages = (bytes: number) => Math.ceil(bytes / PAGE);

async function reportSet(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const name of FILES) out[name] = await readFile(join(dir, name), 'utf8');
  return out;
}

test('a full disk leaves the previous report set whole and says where the disk is full', async (t) => {
  const workspace = await smallTmpfs(t, 1024);
  if (!workspace) return;
  const reportDir = join(workspace, 'drift-report');

  // The previous run: two columns, every file a page or so.
  await writeFiles(workspace, datasets(2));
  const first = await drift(workspace);
  assert.equal(first.exitCode, 0, first.stdout + first.stderr);
  const previous = await reportSet(reportDir);

  // The sizes of this run's files, from the same run on a roomy disk (only generatedAt differs, same length).
  const roomy = await tempDir('drift-roomy-');
  await writeFiles(roomy, datasets(40));
  const sized = await drift(roomy);
  assert.equal(sized.exitCode, 0, sized.stdout + sized.stderr);
  const size = async (name: string) => (await stat(join(roomy, 'drift-report', name))).size;
  const json = pages(await size('report.json'));
  const markdown = pages(await size('report.md'));
  // Written one by one, the new report.json would fit and replace the old one, freeing its pages, but
  // report.md would not fit in those: a mixed set.
  assert.ok(
    markdown > pages(Buffer.byteLength(previous['report.json']!)),
    'report.md outgrows the old report.json',
  );

  await writeFiles(workspace, datasets(40));
  leaveFree(workspace, json);
  const run = await drift(workspace);
  assert.equal(run.exitCode, 1);
  assert.deepEqual(
    run.annotations.map((a) => [a.level, a.message]),
    [['error', `disk full at ${reportDir} (ENOSPC) while writing report.md; free some space and run again.`]],
  );
  assert.deepEqual(await reportSet(reportDir), previous);
  assert.deepEqual((await readdir(reportDir)).sort(), FILES);
});
