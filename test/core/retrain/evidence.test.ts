import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ConfigurationError } from '../../../src/core/errors.js';
import { readReportEvidence, recordEvidence, reportEvidence } from '../../../src/core/retrain/evidence.js';
import { checkDecayInputs, readDecay } from '../../../src/core/retrain/metric.js';
import { writeFiles } from '../../harness/git-fixtures.js';
import { tempDir } from '../../harness/temp-dir.js';
import { realReport } from '../../actions/retrain-fixture.js';

const fails = (fn: () => unknown, message: RegExp) =>
  assert.throws(fn, (e: unknown) => e instanceof ConfigurationError && message.test(e.message));

describe('drift evidence from report.json', () => {
  it("drift-report's own report reads as evidence, also as earlier versions wrote it (statistic null)", async () => {
    const ws = await tempDir('mlops-evidence-');
    const path = await realReport(ws);
    const text = await readFile(join(ws, path), 'utf8');
    const e = await readReportEvidence(join(ws, path), path);
    assert.deepEqual(e.summary, { tested: 5, drifted: 4, share: 0.8, datasetDrift: true, driftShare: 0.5 });
    assert.deepEqual(
      e.columns.map((c) => [c.name, c.test, c.drifted]),
      [
        ['num', 'ks', true],
        ['num_missing', 'ks', true],
        ['cat', 'chisquare', true],
        ['cat_new', 'chisquare', true],
        ['bin', 'z', false],
      ],
    );
    assert.ok(e.report, 'the whole report is kept for the markdown');
    // A new category gives an infinite chi-square statistic, written as Python writes it.
    assert.match(text, /"statistic": "Infinity"/);
    const older = text.replace(/"statistic": "Infinity"/g, '"statistic": null');
    assert.notEqual(older, text);
    assert.deepEqual(reportEvidence(older, path).summary, e.summary);
  });

  it('anything else is one clear error naming the input', () => {
    fails(
      () => reportEvidence('{"acc": 1}', 'metrics.json'),
      /^Input 'drift-report': metrics\.json is not a drift-report report\.json \(schemaVersion: /,
    );
    fails(() => reportEvidence('[1, 2', 'r.json'), /^r\.json is not valid JSON/);
    fails(
      () => reportEvidence('{"schemaVersion": 3}', 'r.json'),
      /schemaVersion 3, newer than this version of open-retrain-pr reads \(1\)/,
    );
    fails(
      () => reportEvidence(`${'['.repeat(200)}${']'.repeat(200)}`, 'deep.json'),
      /deep\.json: values are nested more than 100 levels deep/,
    );
  });

  it('a drift record: the summary and the scores, no thresholds', () => {
    const e = recordEvidence(
      {
        schema: 1,
        dataset: 'sales',
        run: '1-x',
        recordedAt: '2026-11-27T06:00:00.000Z',
        reference: { path: 'a', rows: 1 },
        current: { path: 'b', rows: 1 },
        settings: { driftShare: 0.3, correction: 'none' },
        summary: { tested: 1, drifted: 1, share: 1, datasetDrift: true },
        columns: [{ name: 'x', test: 'psi', score: 0.4, drifted: true }],
      },
      { branch: 'mlops/registry', path: 'drift/sales/r.json', registryCommit: 'c'.repeat(40) },
    );
    assert.equal(e.summary.driftShare, 0.3);
    assert.deepEqual(e.columns, [{ name: 'x', test: 'psi', score: 0.4, threshold: null, drifted: true }]);
  });
});

describe('decay: the rule from policy, the measurement from the run', () => {
  const where = { metric: "Input 'metric'", below: '.mlops.yml retrain.below' };
  it('checks the combination', () => {
    fails(
      () => checkDecayInputs({ metric: 'acc', below: undefined, where, value: 0.5 }),
      /^Input 'metric' is set but 'below' is not/,
    );
    fails(
      () => checkDecayInputs({ metric: undefined, below: 0.5, where, value: undefined }),
      /^\.mlops\.yml retrain\.below is set but 'metric' is not/,
    );
    fails(() => checkDecayInputs({ metric: 'acc', below: 0.5, where, value: 0.5, file: {} }), /both given/);
    checkDecayInputs({ metric: 'acc', below: 0.5, where, value: undefined });
  });

  it('reads a dotted key from a YAML metrics file; a rule without a measurement is no check', async () => {
    const dir = await tempDir('mlops-metric-');
    await writeFiles(dir, { 'm.yaml': 'eval:\n  accuracy: 0.77\n' });
    assert.deepEqual(
      await readDecay({
        metric: 'eval.accuracy',
        below: 0.8,
        where,
        value: undefined,
        file: { display: 'm.yaml', abs: join(dir, 'm.yaml') },
      }),
      { metric: 'eval.accuracy', value: 0.77, below: 0.8, from: 'm.yaml' },
    );
    assert.equal(
      await readDecay({ metric: 'acc', below: 0.8, where, value: undefined, file: undefined }),
      undefined,
    );
    await assert.rejects(
      readDecay({
        metric: 'acc',
        below: 0.8,
        where,
        value: undefined,
        file: { display: 'no.json', abs: join(dir, 'no.json') },
      }),
      /^ConfigurationError: Input 'metrics-file': 'no\.json' does not exist\.$/,
    );
  });
});
