/**
 * The runner refuses a step summary over 1 MiB (1,048,576 bytes of the GITHUB_STEP_SUMMARY file) and then
 * shows nothing. Cases that used to break it, run as the runner runs the actions: a 6,000-column CSV with
 * Cyrillic column names through drift-report (1,301,526 bytes before the cap), and a run with thousands of
 * Cyrillic metric names through track-experiment (capped in UTF-16 units before, about 1.5 MB in bytes).
 */
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { pushEvent } from '../harness/events.js';
import { runAction } from '../harness/run-action.js';
import { tempDir } from '../harness/temp-dir.js';
import { checkout, exampleProject, TOKEN } from '../core/experiments/project.js';

const LIMIT = 1024 * 1024;
const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

/** A CSV of `columns` Cyrillic-named numeric columns; `shift` moves every other column's values. */
function wideCsv(columns: number, rows: number, shift: number): string {
  const names = Array.from(
    { length: columns },
    (_, c) => `показатель_удовлетворённости_клиентов_обслуживанием_${c}`,
  );
  const lines = [names.join(',')];
  for (let r = 0; r < rows; r++) {
    lines.push(names.map((_, c) => String(((r * 7 + c) % 23) + (c % 2 === 0 ? shift : 0))).join(','));
  }
  return `${lines.join('\n')}\n`;
}

describe('job summaries stay under the runner’s 1 MiB limit, in bytes', () => {
  it('drift-report: 6,000 Cyrillic columns — summary cut with a note, the full report in report.md', async () => {
    const ws = await tempDir('mlops-summary-drift-');
    await writeFile(join(ws, 'reference.csv'), wideCsv(6000, 40, 0));
    await writeFile(join(ws, 'current.csv'), wideCsv(6000, 40, 9));
    const run = await runAction({
      action: 'drift-report',
      workspace: ws,
      event: { name: 'schedule', payload: { schedule: '0 6 * * 1' } },
      inputs: { reference: 'reference.csv', current: 'current.csv' },
      timeoutMs: 300_000,
    });
    assert.equal(run.exitCode, 0, run.stderr + run.stdout.slice(-2000));
    const full = await readFile(join(ws, 'drift-report', 'report.md'), 'utf8');
    assert.ok(bytes(full) > LIMIT, `the full report is ${bytes(full)} bytes: the case must exceed the limit`);
    assert.ok(bytes(run.summary) <= LIMIT, `summary is ${bytes(run.summary)} bytes`);
    assert.ok(bytes(run.summary) > LIMIT - 64 * 1024, 'the summary uses the room it has');
    assert.match(
      run.summary,
      /> GitHub refuses a step summary over 1 MiB \(1,048,576 bytes\), so this one stops here: the last [\d,]+ lines \([\d.]+ KiB\) are left out\. The full report: `drift-report\/report\.md` and `drift-report\/report\.json` in the workspace \(keep them with actions\/upload-artifact\)\.\n$/,
    );
    // What is shown is the report's own beginning, cut between lines.
    const shown = run.summary.slice(0, run.summary.indexOf('\n\n> [!WARNING]'));
    assert.ok(
      full.startsWith(shown.replace(/\n+(<\/details>\n*)*$/, '')),
      'the summary is a prefix of report.md',
    );
    const warnings = run.annotations.filter((a) => a.level === 'warning').map((a) => a.message);
    assert.ok(
      warnings.some((w) => /job summary was cut to fit GitHub's 1 MiB step-summary limit/.test(w)),
      warnings.join('\n'),
    );
  });

  it('track-experiment: 12,000 Cyrillic metric names — summary within 1 MiB, pointing to the record', async () => {
    const project = await exampleProject();
    const workspace = await checkout(project.repo, project.mainSha, 'main');
    const metrics: Record<string, number> = {};
    for (let i = 0; i < 12_000; i++) metrics[`точность_модели_на_отложенной_выборке_${i}`] = i / 7;
    await writeFile(join(workspace, 'metrics.json'), JSON.stringify(metrics));
    const run = await runAction({
      action: 'track-experiment',
      workspace,
      event: pushEvent({ after: project.mainSha }),
      inputs: { name: 'wide', metrics: 'metrics.json', 'run-id': 'wide-run' },
      env: { GITHUB_SHA: project.mainSha },
      token: TOKEN,
      timeoutMs: 300_000,
    });
    assert.equal(run.exitCode, 0, run.stderr + run.stdout.slice(-2000));
    assert.ok(bytes(run.summary) <= LIMIT, `summary is ${bytes(run.summary)} bytes`);
    // Measured in UTF-16 units, as before, this summary would have been let through at over 1 MiB of bytes.
    assert.ok(bytes(run.summary) > LIMIT - 64 * 1024, `summary is only ${bytes(run.summary)} bytes`);
    assert.match(
      run.summary,
      /Summary shortened to fit GitHub's 1 MiB step-summary limit \(left out: the rest of metrics(, data)?\); every value is in the run record `runs\/wide\/wide-run\.json` on `mlops\/registry`\./,
    );
    assert.match(run.summary, /`точность_модели_на_отложенной_выборке_0`/);
  });
});
