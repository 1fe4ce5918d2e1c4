/**
 * Hostile repository content that is large or deep rather than crafted text (issue 9): configuration, params,
 * metrics and datasets sized or nested to make a naive parser take minutes or exhaust memory. Each row: the
 * input × where it enters × the bounded, clear outcome expected. The crafted-text cases (markers, workflow
 * commands, control characters) are in hostile-content.test.ts.
 */
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parseMlopsConfig } from '../../src/core/config/parse.js';
import { openDataset } from '../../src/core/drift/readers/open-dataset.js';
import { parseMetricsFile } from '../../src/core/experiments/metrics-files.js';
import { parseParamsFile } from '../../src/core/experiments/params-files.js';
import { PathPolicy } from '../../src/core/fs/path-policy.js';
import { writeFiles } from '../harness/git-fixtures.js';
import { runAction } from '../harness/run-action.js';
import { tempDir } from '../harness/temp-dir.js';
import { configurationError, runModule } from './hostile-helpers.js';

interface HostileCase {
  hostile: string;
  entersThrough: string;
  expected: string;
  check: () => Promise<void>;
}

const CASES: HostileCase[] = [
  {
    hostile: '.mlops.yml of 100,000 keys (2.5 MB)',
    entersThrough: '.mlops.yml → every action',
    expected: 'refused at once: one error naming .mlops.yml and the 1 MiB limit',
    check: async () => {
      const workspace = await tempDir('hostile-config-');
      const directions = Array.from({ length: 100_000 }, (_, i) => `    metric_${i}: higher`).join('\n');
      await writeFiles(workspace, { '.mlops.yml': `metrics:\n  directions:\n${directions}\n` });
      const run = await runAction({ action: 'data-hash', inputs: { command: 'status' }, workspace });
      assert.equal(run.exitCode, 1);
      assert.deepEqual(
        run.annotations.map((a) => [a.file, a.message]),
        // 23 header bytes + 100,000 lines of 20 bytes + 488,890 digits (10×1 + 90×2 + 900×3 + 9,000×4 + 90,000×5)
        [['.mlops.yml', '.mlops.yml is 2,488,913 bytes; the limit is 1,048,576 bytes (1 MiB).']],
      );
    },
  },
  {
    hostile: '.mlops.yml of 40,000 keys under the size limit, then one key twice',
    entersThrough: '.mlops.yml → every action',
    expected: 'parsed (linear duplicate check); a duplicate key names the file, its line and the key',
    check: async () => {
      const out = await runModule(`
        import { parseMlopsConfig } from './src/core/config/parse.js';
        const lines = Array.from({ length: 40000 }, (_, i) => '    metric_' + i + ': lower');
        const config = parseMlopsConfig('metrics:\\n  directions:\\n' + lines.join('\\n') + '\\n');
        const directions = config.metrics.directions;
        console.log(JSON.stringify([Object.keys(directions).length, directions.metric_39999]));
      `);
      assert.deepEqual(JSON.parse(out), [40_000, 'lower']);
      const lines = Array.from({ length: 40_000 }, (_, i) => `    metric_${i}: lower`);
      const error = await configurationError(() =>
        parseMlopsConfig(`metrics:\n  directions:\n${lines.join('\n')}\n    metric_7: higher\n`),
      );
      assert.equal(error.file, '.mlops.yml');
      assert.equal(error.line, 40_003);
      assert.match(
        error.message,
        /^\.mlops\.yml:40003: invalid YAML: the key "metric_7" appears twice in one mapping \(first on line 10\)/,
      );
    },
  },
  {
    hostile: 'params.yaml of 100,000 keys',
    entersThrough: 'params file → track-experiment',
    expected: 'read in time linear in its size, every key kept',
    check: async () => {
      const out = await runModule(`
        import { parseParamsFile } from './src/core/experiments/params-files.js';
        const text = Array.from({ length: 100000 }, (_, i) => 'p' + i + ': ' + i).join('\\n');
        const params = parseParamsFile(text, 'params.yaml');
        console.log(JSON.stringify([params.size, params.get('p0'), params.get('p99999')]));
      `);
      assert.deepEqual(JSON.parse(out), [100_000, 0, 99_999]);
    },
  },
  {
    hostile: 'a YAML alias bomb (9 levels of 9 aliases)',
    entersThrough: '.mlops.yml → every action',
    expected: 'one clear error naming .mlops.yml, not "failed unexpectedly"',
    check: async () => {
      const workspace = await tempDir('hostile-bomb-');
      await writeFiles(workspace, { '.mlops.yml': aliasBomb('x-bomb') });
      const run = await runAction({ action: 'data-hash', inputs: { command: 'status' }, workspace });
      assert.equal(run.exitCode, 1);
      assert.equal(run.annotations.length, 1);
      assert.equal(run.annotations[0]!.file, '.mlops.yml');
      assert.match(
        run.annotations[0]!.message,
        /^\.mlops\.yml: YAML aliases \(\*name\) expand into too many values/,
      );
    },
  },
  {
    hostile: 'a YAML alias bomb',
    entersThrough: 'params file → track-experiment',
    expected: 'a ConfigurationError naming the file',
    check: async () => {
      const error = await configurationError(() => parseParamsFile(aliasBomb('bomb'), 'params.yaml'));
      assert.equal(error.file, 'params.yaml');
      assert.match(error.message, /^params\.yaml: YAML aliases/);
    },
  },
  {
    hostile: 'metrics JSON nested 10,000 deep',
    entersThrough: 'metrics file → track-experiment',
    expected: 'a ConfigurationError naming the file',
    check: async () => {
      const text = `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`;
      const error = await configurationError(() => parseMetricsFile(text, 'metrics.json'));
      assert.equal(error.message, 'metrics.json: values are nested more than 100 levels deep.');
    },
  },
  {
    hostile: 'YAML nested 10,000 deep',
    entersThrough: 'params file → track-experiment',
    expected: 'a ConfigurationError naming the file and line',
    check: async () => {
      const text = `a: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`;
      const error = await configurationError(() => parseParamsFile(text, 'params.yaml'));
      assert.match(error.message, /^params\.yaml:1: values are nested more than 100 levels deep\.$/);
    },
  },
  {
    hostile: 'a JSON Lines record nested 100,000 deep',
    entersThrough: 'dataset → drift-report',
    expected: 'a ConfigurationError naming the input and the line',
    check: async () => {
      const dir = await tempDir('hostile-jsonl-');
      const path = join(dir, 'cur.jsonl');
      await writeFile(path, `{"a": 1}\n{"a": ${'['.repeat(100_000)}${']'.repeat(100_000)}}\n`);
      const error = await configurationError(() =>
        openDataset({ path, source: 'cur.jsonl', inputName: 'current', paths: PathPolicy.forWorkspace(dir) }),
      );
      assert.equal(
        error.message,
        "Input 'current' (cur.jsonl): line 2: values are nested more than 100 levels deep.",
      );
    },
  },
  {
    hostile: 'a CSV header of 100,001 columns',
    entersThrough: 'dataset → drift-report',
    expected: 'refused before reading: an error naming the input and the documented limit',
    check: async () => {
      const dir = await tempDir('hostile-wide-');
      const path = join(dir, 'wide.csv');
      const header = Array.from({ length: 100_001 }, (_, i) => `c${i}`).join(',');
      await writeFile(path, `${header}\n${header.replace(/c\d+/g, '1')}\n`);
      const error = await configurationError(() =>
        openDataset({
          path,
          source: 'wide.csv',
          inputName: 'reference',
          paths: PathPolicy.forWorkspace(dir),
        }),
      );
      assert.equal(
        error.message,
        "Input 'reference' (wide.csv): 100,001 columns; drift-report reads at most 100,000 columns per dataset.",
      );
    },
  },
];

/** 9 levels of 9 aliases: a few hundred bytes that expand to 9^9 values. */
function aliasBomb(key: string): string {
  const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
  for (let level = 1; level < 9; level++) {
    const name = String.fromCharCode(97 + level);
    const previous = String.fromCharCode(96 + level);
    lines.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]`);
  }
  return `${key}:\n${lines.map((l) => `  ${l}`).join('\n')}\n`;
}

describe('hostile content, large or deep: input × where it enters → bounded outcome', () => {
  for (const c of CASES) {
    // A generous bound, not a timing: the quadratic parsers of issue 9 took minutes on these inputs.
    it(`${c.hostile} (${c.entersThrough}): ${c.expected}`, { timeout: 120_000 }, c.check);
  }
});
