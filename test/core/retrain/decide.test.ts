import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConfigurationError } from '../../../src/core/errors.js';
import { decide, type DecisionPolicy } from '../../../src/core/retrain/decide.js';
import { evidence } from './evidence-fixtures.js';

const policy = (over: Partial<DecisionPolicy> = {}): DecisionPolicy => ({
  when: 'drift',
  watchColumns: [],
  minDriftShare: undefined,
  ...over,
});

// 3 of 5 tested columns drift (age untested): share 3/4 = 0.75.
const MIXED = evidence([
  ['amount', 0.001],
  ['region', 0.01],
  ['tenure', 0.04],
  ['plan', 0.6],
  ['age', null],
]);
const CALM = evidence([
  ['amount', 0.2],
  ['region', 0.01],
  ['tenure', 0.5],
]);

describe('decide: which triggers fire, and the one-line reason', () => {
  const table: {
    name: string;
    evidence?: ReturnType<typeof evidence>;
    decay?: { value: number; below: number };
    policy?: Partial<DecisionPolicy>;
    triggered: boolean;
    summary: string;
    title?: string;
  }[] = [
    {
      name: "the report's dataset drift (the default rule)",
      evidence: MIXED,
      triggered: true,
      summary: 'dataset drift: 3 of 4 columns drifted (75.0% ≥ 50.0%)',
      title: 'dataset drift in 3 of 4 columns',
    },
    {
      name: 'no dataset drift',
      evidence: CALM,
      triggered: false,
      summary: 'no trigger: no dataset drift: 1 of 3 columns drifted (33.3% < 50.0%)',
    },
    {
      name: 'a watched column drifted, though the dataset did not',
      evidence: CALM,
      policy: { watchColumns: ['region', 'tenure'] },
      triggered: true,
      summary: 'watched column drifted: region',
      title: 'drift in 1 watched column',
    },
    {
      name: 'watched columns quiet, though the dataset drifted',
      evidence: MIXED,
      policy: { watchColumns: ['plan', 'age'] },
      triggered: false,
      summary: 'no trigger: none of the 2 watched columns drifted (plan, age)',
    },
    {
      name: 'share at the limit fires (≥)',
      evidence: MIXED,
      policy: { minDriftShare: 0.75 },
      triggered: true,
      summary: '3 of 4 columns drifted (75.0% ≥ min-drift-share 75.0%)',
      title: 'drift in 75.0% of columns',
    },
    {
      name: 'share below the limit',
      evidence: MIXED,
      policy: { minDriftShare: 0.8 },
      triggered: false,
      summary: 'no trigger: 3 of 4 columns drifted (75.0% < min-drift-share 80.0%)',
    },
    {
      name: 'min-drift-share over the watched columns only',
      evidence: MIXED,
      policy: { watchColumns: ['amount', 'plan'], minDriftShare: 0.5 },
      triggered: true,
      summary: '1 of 2 watched columns drifted (50.0% ≥ min-drift-share 50.0%)',
    },
    {
      name: 'min-drift-share 0: any drifted column, but not none',
      evidence: evidence([['a', 0.9]]),
      policy: { minDriftShare: 0 },
      triggered: false,
      summary: 'no trigger: 0 of 1 columns drifted (0.0%)',
    },
    {
      name: 'decay below the threshold, alone',
      decay: { value: 0.79, below: 0.8 },
      triggered: true,
      summary: 'accuracy is 0.79, below 0.8',
      title: 'accuracy 0.79 below 0.8',
    },
    {
      name: 'a metric at the threshold is not decay (strictly below)',
      decay: { value: 0.8, below: 0.8 },
      triggered: false,
      summary: 'no trigger: accuracy is 0.8, not below 0.8',
    },
    {
      name: 'drift and decay together: both reasons, one drift phrase in the title',
      evidence: MIXED,
      decay: { value: 0.7, below: 0.8 },
      policy: { watchColumns: ['amount'] },
      triggered: true,
      summary: 'watched column drifted: amount; accuracy is 0.7, below 0.8',
      title: 'drift in 1 watched column, accuracy 0.7 below 0.8',
    },
    {
      name: 'when: always without a trigger',
      evidence: CALM,
      policy: { when: 'always' },
      triggered: true,
      summary: 'when: always (no trigger needed)',
      title: 'retraining requested',
    },
  ];
  for (const row of table) {
    it(row.name, () => {
      const decision = decide(
        row.evidence,
        row.decay && { metric: 'accuracy', ...row.decay, from: 'metric-value' },
        policy(row.policy),
      );
      assert.equal(decision.triggered, row.triggered);
      assert.equal(decision.summary, row.summary);
      if (row.title !== undefined) assert.equal(decision.title, row.title);
      assert.equal(decision.reasons.length > 0, row.triggered);
    });
  }

  it('drifted columns that count: the watched ones when watch-columns is given', () => {
    assert.deepEqual(
      decide(MIXED, undefined, policy()).drifted.map((c) => c.name),
      ['amount', 'region', 'tenure'],
    );
    assert.deepEqual(
      decide(MIXED, undefined, policy({ watchColumns: ['tenure', 'plan'] })).drifted.map((c) => c.name),
      ['tenure'],
    );
  });

  it('a watched column the evidence lacks is a mistake, named with where it was set', () => {
    assert.throws(
      () =>
        decide(
          MIXED,
          undefined,
          policy({
            watchColumns: ['amount', 'amuont'],
            watchWhere: '.mlops.yml retrain.models.churn.watch-columns',
          }),
        ),
      (error: unknown) =>
        error instanceof ConfigurationError &&
        error.message ===
          '.mlops.yml retrain.models.churn.watch-columns names a column the drift report does not have: amuont (it has amount, region, tenure, plan, age).',
    );
  });

  it('column names with line breaks stay on one line in the reason', () => {
    const hostile = evidence([['x\n::error::PWNED', 0.001]]);
    const decision = decide(hostile, undefined, policy({ watchColumns: ['x\n::error::PWNED'] }));
    assert.equal(decision.summary, 'watched column drifted: x%0A::error::PWNED');
  });
});
