import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeDrift } from '../../../src/core/drift/analyze.js';
import { driftReportSchema } from '../../../src/core/drift/report-schema.js';
import { mergeSettings, type DriftInputs } from '../../../src/core/drift/settings.js';
import type { DriftConfig } from '../../../src/core/drift/config.js';
import { ConfigurationError } from '../../../src/core/errors.js';
import { type Cell, NO_INPUTS, table } from './tables.js';

const none = NO_INPUTS;
const settings = (inputs: Partial<DriftInputs> = {}, config?: DriftConfig) =>
  mergeSettings(config, { ...none, ...inputs });

const seq = (n: number, f: (i: number) => Cell): Cell[] => Array.from({ length: n }, (_, i) => f(i));

describe('analyzeDrift', () => {
  it('reports empty and constant columns as not tested, with the reason, and never NaN', () => {
    const ref = table('r', {
      empty: seq(50, () => null),
      constant: seq(50, () => 3.5),
      ok: seq(50, (i) => i * 1.5),
    });
    const cur = table('c', {
      empty: seq(50, () => null),
      constant: seq(50, () => 3.5),
      ok: seq(50, (i) => i * 1.5 + 20),
    });
    const report = analyzeDrift(ref, cur, settings());
    driftReportSchema.parse(report);
    const byName = new Map(report.columns.map((c) => [c.name, c]));
    assert.equal(byName.get('empty')!.test, null);
    assert.match(byName.get('empty')!.notTestedReason!, /no reference values/);
    assert.equal(byName.get('constant')!.test, null);
    assert.match(byName.get('constant')!.notTestedReason!, /constant: every value is 3\.5/);
    assert.equal(byName.get('ok')!.test, 'ks');
    assert.equal(report.summary.tested, 1);
    assert.equal(report.summary.notTested, 2);
    assert.ok(!JSON.stringify(report).includes('NaN'));
  });

  it('infers types like Evidently: few-valued integers categorical, text categorical, floats numerical', () => {
    const ref = table('r', {
      small_int: seq(100, (i) => i % 4),
      big_int: seq(100, (i) => i),
      text: seq(100, (i) => `k${i % 3}`),
    });
    const cur = table('c', {
      small_int: seq(100, (i) => (i + 1) % 4),
      big_int: seq(100, (i) => i + 3),
      text: seq(100, (i) => `k${i % 3}`),
    });
    const report = analyzeDrift(ref, cur, settings());
    const types = Object.fromEntries(report.columns.map((c) => [c.name, [c.type, c.test]]));
    assert.deepEqual(types, {
      small_int: ['categorical', 'chisquare'],
      big_int: ['numerical', 'ks'],
      text: ['categorical', 'chisquare'],
    });
  });

  it('applies per-column overrides from .mlops.yml and inputs, inputs winning', () => {
    const ref = table('r', { a: seq(100, (i) => i / 7), b: seq(100, (i) => i / 3) });
    const cur = table('c', { a: seq(100, (i) => i / 7 + 1), b: seq(100, (i) => i / 3) });
    // drift-share and correction come resolved from the action's inputs (test/actions/config-precedence)
    const config: DriftConfig = { columns: { a: { test: 'psi', threshold: 0.5 }, b: { ignore: true } } };
    const fromConfig = analyzeDrift(ref, cur, settings({}, config));
    assert.deepEqual(
      fromConfig.columns.map((c) => [c.name, c.test, c.threshold]),
      [['a', 'psi', 0.5]],
    );
    assert.equal(fromConfig.settings.driftShare, 0.5);
    const fromInputs = analyzeDrift(
      ref,
      cur,
      settings({ tests: { '*': 'wasserstein' }, thresholds: { a: '0.01' }, driftShare: 0.2 }, config),
    );
    assert.deepEqual(
      fromInputs.columns.map((c) => [c.name, c.test, c.threshold]),
      [['a', 'wasserstein', 0.01]],
    );
    assert.equal(fromInputs.settings.driftShare, 0.2);
  });

  it('refuses unknown columns and bad override values in one clear error', () => {
    const ref = table('r', { a: [1, 2, 3] });
    assert.throws(
      () => analyzeDrift(ref, ref, settings({ columns: ['a', 'zzz'] })),
      (e: unknown) =>
        e instanceof ConfigurationError && /Unknown column 'zzz' \(input 'columns'\)/.test(e.message),
    );
    assert.throws(
      () => analyzeDrift(ref, ref, settings({}, { columns: { nope: { test: 'ks' } } })),
      (e: unknown) =>
        e instanceof ConfigurationError && /'nope' \(\.mlops\.yml drift\.columns\.nope\)/.test(e.message),
    );
    assert.throws(
      () => settings({ tests: { a: 'magic' }, thresholds: { a: 'high' } }),
      (e: unknown) =>
        e instanceof ConfigurationError && /'tests'.*magic[\s\S]*'thresholds'.*high/.test(e.message),
    );
  });

  it('reports data-quality findings: missing/new columns, type change, missing share, unseen categories, non-numeric values', () => {
    const ref = table('r', {
      gone: seq(40, (i) => i),
      kind: seq(40, (i) => i * 0.5),
      miss: seq(40, (i) => i * 0.25),
      cat: seq(40, (i) => ['a', 'b'][i % 2]!),
      dirty: seq(40, (i) => i + 0.5),
    });
    const cur = table('c', {
      added: seq(40, () => 1),
      kind: seq(40, (i) => `w${i % 3}`),
      miss: seq(40, (i) => (i < 10 ? null : i * 0.25)),
      cat: seq(40, (i) => ['a', 'b', 'zz'][i % 3]!),
      dirty: seq(40, (i) => (i === 5 ? 'oops' : i + 0.5)),
    });
    const report = analyzeDrift(ref, cur, settings());
    const kinds = report.findings.map((f) => `${f.kind}:${f.column}`).sort();
    assert.deepEqual(kinds, [
      'missing-column:gone',
      'missing-share:miss',
      'new-column:added',
      'non-numeric:dirty',
      'non-numeric:kind',
      'type-change:kind',
      'unseen-categories:cat',
    ]);
    const gone = report.columns.find((c) => c.name === 'gone')!;
    assert.equal(gone.notTestedReason, 'column missing in the current data');
    assert.deepEqual(report.columns.find((c) => c.name === 'dirty')!.nonNumeric, {
      reference: 0,
      current: 1,
    });
  });

  it('applies Bonferroni to the p-value tests only', () => {
    const ref = table('r', { a: seq(60, (i) => i / 10), b: seq(60, (i) => i / 10) });
    const cur = table('c', { a: seq(60, (i) => i / 10 + 0.9), b: seq(60, (i) => i / 10 + 0.2) });
    const plain = analyzeDrift(ref, cur, settings());
    const corrected = analyzeDrift(ref, cur, settings({ correction: 'bonferroni' }));
    for (const [i, c] of corrected.columns.entries()) {
      assert.equal(c.adjustedPValue, Math.min(1, plain.columns[i]!.score! * 2));
      assert.equal(c.drifted, (c.adjustedPValue ?? 1) <= 0.05);
    }
  });
});
