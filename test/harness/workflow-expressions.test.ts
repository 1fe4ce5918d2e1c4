/**
 * The `${{ }}` evaluator and the `on:` filters the lifecycle test runs templates with, held to the examples in
 * GitHub's documentation ("Evaluate expressions in workflows and actions", "Workflow syntax: filter pattern
 * cheat sheet"), so a template is not run under rules GitHub does not have.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  evaluateCondition,
  evaluateExpression,
  type ExpressionContext,
  interpolate,
} from './workflow-expressions.js';
import { filterIncludes } from './workflow-run.js';

const ctx: ExpressionContext = {
  contexts: {
    github: {
      head_ref: 'mlops/retrain/churn',
      event: { issue: { labels: [{ name: 'bug' }, { name: 'help wanted' }] }, pull_request: { number: 7 } },
    },
    env: { EMPTY: '' },
    steps: { drift: { outputs: { 'drift-detected': 'true' } } },
  },
  status: 'success',
};
const value = (expression: string) => evaluateExpression(expression, ctx);

describe('workflow expressions, as GitHub documents them', () => {
  it('loose equality: strings ignore case, mixed types compare as numbers, NaN is never equal', () => {
    assert.equal(value("'ABC' == 'abc'"), true);
    assert.equal(value('null == 0'), true);
    assert.equal(value("'' == 0"), true);
    assert.equal(value('true == 1'), true);
    assert.equal(value("'abc' == 0"), false);
  });

  it('&& and || yield an operand; a missing property is null', () => {
    assert.equal(value("env.EMPTY || 'default'"), 'default');
    assert.equal(value("github.nothing.here || 'x'"), 'x');
    assert.equal(value("'a' && 'b'"), 'b');
  });

  it('functions: contains on strings and arrays (the * filter), startsWith, format with {{ }}, join', () => {
    assert.equal(value("contains('Hello world', 'llo')"), true);
    assert.equal(value("contains(github.event.issue.labels.*.name, 'bug')"), true);
    assert.equal(value("startsWith('Hello world', 'He')"), true);
    assert.equal(value("format('Hello {0} {1} {2}', 'Mona', 'the', 'Octocat')"), 'Hello Mona the Octocat');
    assert.equal(
      value("format('{{Hello {0} {1} {2}!}}', 'Mona', 'the', 'Octocat')"),
      '{Hello Mona the Octocat!}',
    );
    assert.equal(value("join(github.event.issue.labels.*.name, ', ')"), 'bug, help wanted');
  });

  it('if: adds success() unless a status function is named; ${{ }} is optional', () => {
    assert.equal(evaluateCondition("steps.drift.outputs.drift-detected == 'true'", ctx), true);
    assert.equal(evaluateCondition("${{ !startsWith(github.head_ref, 'mlops/retrain/') }}", ctx), false);
    assert.equal(evaluateCondition('true', { ...ctx, status: 'failure' }), false);
    assert.equal(evaluateCondition('always()', { ...ctx, status: 'failure' }), true);
    assert.equal(evaluateCondition('!cancelled()', { ...ctx, status: 'skipped' }), true);
  });

  it('interpolates; anything unsupported throws instead of guessing', () => {
    assert.equal(interpolate('pr-${{ github.event.pull_request.number }}-x', ctx), 'pr-7-x');
    assert.throws(() => value("hashFiles('**/x')"), /unsupported function hashFiles/);
    assert.throws(() => value('unknown.thing'), /unknown context/);
  });
});

describe('on: filter patterns, as GitHub documents them', () => {
  it('* stays in a path segment, ** crosses them, a later ! excludes again', () => {
    assert.equal(filterIncludes(['feature/*'], 'feature/my-branch'), true);
    assert.equal(filterIncludes(['feature/*'], 'feature/your-branch/x'), false);
    assert.equal(filterIncludes(['feature/**'], 'feature/your-branch/x'), true);
    assert.equal(filterIncludes(['*.dvc'], 'data/train.csv.dvc'), false);
    assert.equal(filterIncludes(['**.dvc'], 'data/train.csv.dvc'), true);
    assert.equal(filterIncludes(['data/**', '!data/**.md'], 'data/README.md'), false);
    assert.equal(filterIncludes(['data/**', '!data/**.md'], 'data/train.csv'), true);
  });
});
