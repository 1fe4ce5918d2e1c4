/**
 * The `deploy:` policy of .mlops.yml: the example parses; misspelt keys, thresholds and ages fail
 * with file, line and key; the environment must be one the model lists; the small languages of the policy.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseMlopsConfig } from '../../../src/core/config/parse.js';
import {
  ageText,
  formatNumber,
  parseComparison,
  parseDuration,
  parseTolerance,
} from '../../../src/core/deploy/limits.js';
import { isProduction, policyManifests, resolvePolicy } from '../../../src/core/deploy/policy.js';

const EXAMPLE = `deploy:
  models:
    churn:
      bump: patch
      environments:
        staging:
          manifests: [deploy/staging/*.yaml]
          pin: push
          gates:
            metrics: { auc: ">= 0.80", latency_ms: "<= 50" }
        production:
          production: true
          after: staging
          manifests: [deploy/production/churn.yaml]
          pin: pull-request
          gates:
            metrics: { auc: ">= 0.80" }
            no-regression: { auc: "0.005", f1: "1%" }
            drift: { dataset: churn-batch, max-share: 0.3, max-age: 7d }
            data: true
            image: true
            checks: [train, test]
          rollback-gates: [checks]
`;

describe('deploy policy', () => {
  it("the issue's example parses, and resolves per model and environment", () => {
    const config = parseMlopsConfig(EXAMPLE);
    const prod = resolvePolicy(config.deploy, 'churn', 'production');
    assert.equal(prod.found, true);
    assert.equal(prod.key, 'deploy.models.churn.environments.production');
    assert.deepEqual(prod.environment.gates?.drift, {
      dataset: 'churn-batch',
      'max-share': 0.3,
      'max-age': '7d',
    });
    assert.deepEqual(policyManifests(prod.environment), ['deploy/production/churn.yaml']);
    assert.equal(isProduction(prod.environment, 'production'), true);
    const staging = resolvePolicy(config.deploy, 'churn', 'staging');
    assert.equal(isProduction(staging.environment, 'staging'), false);
    assert.deepEqual(resolvePolicy(config.deploy, 'fraud', 'staging'), {
      model: {},
      environment: {},
      key: 'deploy.models.fraud.environments.staging',
      found: false,
    });
    assert.throws(
      () => resolvePolicy(config.deploy, 'churn', 'prod'),
      /^ConfigurationError: Input 'environment': \.mlops\.yml has a deploy policy for 'churn' but none for environment 'prod' \(it lists 'staging', 'production'\)/,
    );
  });

  const invalid: [string, string, RegExp][] = [
    [
      'a misspelt gate',
      EXAMPLE.replace('no-regression:', 'no-regresion:'),
      /\.mlops\.yml:17: deploy\.models\.churn\.environments\.production\.gates: Unrecognized key: "no-regresion"/,
    ],
    [
      'a threshold without an operator',
      EXAMPLE.replace('{ auc: ">= 0.80" }', '{ auc: 0.8 }'),
      /\.mlops\.yml:17: deploy\.models\.churn\.environments\.production\.gates\.metrics\.auc: Invalid input: expected string, received number/,
    ],
    [
      'a threshold that is not a comparison',
      EXAMPLE.replace('"<= 50"', '"at most 50"'),
      /\.mlops\.yml:10: deploy\.models\.churn\.environments\.staging\.gates\.metrics\.latency_ms: must be a comparison such as ">= 0\.80"/,
    ],
    [
      'an age without a unit',
      EXAMPLE.replace('max-age: 7d', 'max-age: 7'),
      /\.mlops\.yml:19: deploy\.models\.churn\.environments\.production\.gates\.drift\.max-age: Invalid input: expected string, received number/,
    ],
    [
      'a pin mode that does not exist',
      EXAMPLE.replace('pin: push', 'pin: commit'),
      /\.mlops\.yml:8: deploy\.models\.churn\.environments\.staging\.pin: Invalid option: expected one of "push"\|"pull-request"\|"none"/,
    ],
    [
      'an environment that is not a GTO stage name',
      EXAMPLE.replace('        staging:', '        "stag ing":'),
      /\.mlops\.yml:7: deploy\.models\.churn\.environments\.stag ing: 'stag ing': environment names are GTO stage names/,
    ],
  ];
  for (const [name, text, expected] of invalid) {
    it(`${name}: the file, the line and the key`, () => {
      assert.throws(() => parseMlopsConfig(text), expected);
    });
  }
});

describe('policy limits', () => {
  it('comparisons, tolerances, ages and how numbers read', () => {
    assert.deepEqual(parseComparison('>= 0.80'), { op: '>=', value: 0.8 });
    assert.deepEqual(parseComparison(' <1e-3 '), { op: '<', value: 0.001 });
    assert.throws(() => parseComparison('=> 1'));
    assert.deepEqual(parseTolerance('1%'), { value: 1, relative: true });
    assert.deepEqual(parseTolerance('0.005'), { value: 0.005, relative: false });
    assert.deepEqual(parseTolerance(2), { value: 2, relative: false });
    assert.equal(parseDuration('7d'), 604_800);
    assert.equal(parseDuration('12h'), 43_200);
    assert.equal(parseDuration('2w'), 1_209_600);
    assert.equal(ageText(90_000), '1 d');
    assert.equal(ageText(5400), '1.5 h');
    assert.equal(formatNumber(0.1 + 0.2), '0.3');
    assert.equal(formatNumber(0.812345), '0.8123');
    assert.equal(formatNumber(1234.56), '1234.6');
  });
});
