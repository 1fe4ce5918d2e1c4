/**
 * report.json is a contract (schema/drift-report.schema.json, generated from the zod schema): a report of
 * real data, including a category the reference never saw (an infinite chi-square statistic), must
 * validate against the exported JSON Schema with an independent validator (ajv).
 */
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { test } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { runDriftReport } from '../../../src/core/drift/run-report.js';
import { mergeSettings } from '../../../src/core/drift/settings.js';
import { tempDir } from '../../harness/temp-dir.js';
import { NO_INPUTS } from './tables.js';

const ROOT = join(import.meta.dirname, '..', '..', '..');

test('a report with a new category validates against schema/drift-report.schema.json', async () => {
  const ws = await tempDir('drift-schema-');
  const rows = (labels: string[]) =>
    `plan,usage\n${Array.from({ length: 600 }, (_, i) => `${labels[i % labels.length]},${i % 50}`).join('\n')}\n`;
  await writeFile(join(ws, 'ref.csv'), rows(['basic', 'pro']));
  await writeFile(join(ws, 'cur.csv'), rows(['basic', 'pro', 'enterprise']));
  const result = await runDriftReport({
    workspace: ws,
    reference: 'ref.csv',
    current: 'cur.csv',
    reportDir: 'out',
    settings: mergeSettings(undefined, NO_INPUTS),
    logger: { info: () => undefined, warning: () => undefined, debug: () => undefined },
  });
  const written: unknown = JSON.parse(
    await readFile(isAbsolute(result.files.json) ? result.files.json : join(ws, result.files.json), 'utf8'),
  );
  const plan = (written as { columns: { name: string; details?: Record<string, unknown> }[] }).columns.find(
    (c) => c.name === 'plan',
  );
  // scipy.stats.chisquare gives an infinite statistic when an expected frequency is 0.
  assert.equal(plan?.details?.statistic, 'Infinity');
  const schema: unknown = JSON.parse(
    await readFile(join(ROOT, 'schema', 'drift-report.schema.json'), 'utf8'),
  );
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  const validate = ajv.compile(schema as object);
  assert.ok(validate(written), JSON.stringify(validate.errors, null, 2));
});
