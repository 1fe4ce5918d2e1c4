import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseMlopsConfig } from '../../../src/core/config/parse.js';
import { ConfigurationError } from '../../../src/core/errors.js';
import type { PolicyKey } from '../../../src/core/retrain/config.js';
import { describeDuration, parseDuration } from '../../../src/core/retrain/duration.js';
import { type PolicyValues, resolvePolicy, type ValueSource } from '../../../src/core/retrain/policy.js';

const DEFAULTS: PolicyValues = {
  when: 'drift',
  'watch-columns': [],
  'min-drift-share': undefined,
  metric: undefined,
  below: undefined,
  data: [],
  base: undefined,
  labels: [],
  reviewers: [],
  assignees: [],
  draft: false,
  'cool-down': '7d',
  issue: false,
  'close-when-clear': false,
  stage: 'prod',
};

const CONFIG = parseMlopsConfig(`retrain:
  labels: [retrain]
  cool-down: 3d
  stage: production
  models:
    churn:
      labels: [churn-team]
      watch-columns: [amount]
      data: [data/current.csv]
`);

/** What the adapter hands over: the input where given, else retrain.<key>, else the default. */
function resolved(given: Partial<PolicyValues>) {
  const top = CONFIG.retrain!;
  const values = { ...DEFAULTS } as Record<string, unknown>;
  const sources: Partial<Record<PolicyKey, ValueSource>> = {};
  for (const key of Object.keys(DEFAULTS) as PolicyKey[]) {
    if (key in given) {
      values[key] = given[key];
      sources[key] = 'input';
    } else if (top[key] !== undefined) {
      values[key] = top[key];
      sources[key] = 'config';
    } else sources[key] = 'default';
  }
  return { values: values as unknown as PolicyValues, source: (k: PolicyKey) => sources[k]! };
}

describe('the retraining policy: input, then retrain.models.<name>, then retrain, then default', () => {
  it('a model with its own values', () => {
    const { values, source } = resolved({ reviewers: ['@alice'] });
    const policy = resolvePolicy('churn', values, source, CONFIG.retrain);
    assert.deepEqual(policy.labels, ['churn-team'], 'per model over top level');
    assert.equal(policy.coolDown.text, '3d', 'top level over the default');
    assert.equal(policy.coolDown.ms, 3 * 86_400_000);
    assert.deepEqual(policy.reviewers, ['alice'], 'an input wins; a leading @ is dropped');
    assert.equal(policy.stage, 'production');
    assert.deepEqual(policy.watchColumns, ['amount']);
    assert.equal(policy.where.labels, '.mlops.yml retrain.models.churn.labels');
    assert.equal(policy.where['cool-down'], '.mlops.yml retrain.cool-down');
    assert.equal(policy.where.reviewers, "Input 'reviewers'");
    assert.equal(policy.where.draft, "Input 'draft'", 'a default is named by its input');
    assert.deepEqual(policy.dataFrom, { file: '.mlops.yml', what: 'retrain.models.churn.data' });
  });

  it('another model gets only the top-level values; inputs still win', () => {
    const { values, source } = resolved({ labels: ['urgent'], data: ['x.csv'] });
    const policy = resolvePolicy('fraud', values, source, CONFIG.retrain);
    assert.deepEqual(policy.labels, ['urgent']);
    assert.deepEqual(policy.watchColumns, []);
    assert.deepEqual(policy.dataFrom, { input: 'data' });
  });

  it('bad values are refused, naming where they came from', () => {
    const bad = (given: Partial<PolicyValues>, message: RegExp) => {
      const { values, source } = resolved(given);
      assert.throws(
        () => resolvePolicy('churn', values, source, CONFIG.retrain),
        (e: unknown) => e instanceof ConfigurationError && message.test(e.message),
      );
    };
    bad({ 'cool-down': '1 week' }, /^Input 'cool-down': '1 week' is not a duration/);
    bad({ stage: 'prod stage' }, /^'prod stage' is not a GTO stage name \(stage\)/);
    bad({ base: 'refs/tags/v1' }, /^Input 'base': 'refs\/tags\/v1' is not a usable branch name\.$/);
  });

  it('.mlops.yml: unknown keys and bad durations are errors with the line', () => {
    assert.throws(
      () => parseMlopsConfig('retrain:\n  models:\n    churn:\n      lables: [x]\n'),
      /\.mlops\.yml:4: retrain\.models\.churn: Unrecognized key: "lables"/,
    );
    assert.throws(
      () => parseMlopsConfig('retrain:\n  cool-down: 1y\n'),
      /\.mlops\.yml:2: retrain\.cool-down: must be a duration such as 7d/,
    );
  });
});

describe('durations', () => {
  it('parses the units DVC users know from other tools, and 0', () => {
    assert.deepEqual(
      ['30m', '12h', '7d', '2w', '0'].map((t) => parseDuration(t, 'x').ms),
      [1_800_000, 43_200_000, 604_800_000, 1_209_600_000, 0],
    );
    assert.equal(describeDuration(parseDuration('1d', 'x')), '1 day');
    assert.equal(describeDuration(parseDuration('2w', 'x')), '2 weeks');
    for (const bad of ['7', 'd', '-1d', '1.5d', '07d', '1y'])
      assert.throws(() => parseDuration(bad, 'x'), ConfigurationError);
  });
});
