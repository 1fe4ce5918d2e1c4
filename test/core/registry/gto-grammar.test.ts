/**
 * GTO's tag grammar, with vectors from GTO itself (tests/test_tag.py, tests/test_constants.py) and from
 * the reference (shared/reference/gitops-deploy.md §1).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  bumpVersion,
  checkArtifactName,
  compareSemVer,
  formatTagName,
  isArtifactName,
  parseSemVer,
  parseTagName,
} from '../../../src/core/registry/gto/grammar.js';

describe('GTO tag grammar', () => {
  it('parses the reference vectors', () => {
    assert.deepEqual(parseTagName('churn@v1.2.0'), {
      artifact: 'churn',
      action: 'register',
      version: 'v1.2.0',
    });
    assert.deepEqual(parseTagName('churn#prod#3'), {
      artifact: 'churn',
      action: 'assign',
      stage: 'prod',
      counter: 3,
    });
    assert.deepEqual(parseTagName('churn#prod!#4'), {
      artifact: 'churn',
      action: 'unassign',
      stage: 'prod',
      counter: 4,
    });
    assert.deepEqual(parseTagName('models=churn@v0.1.0'), {
      artifact: 'models:churn',
      action: 'register',
      version: 'v0.1.0',
    });
    assert.deepEqual(parseTagName('churn@v1.0.0-rc.1+b5'), {
      artifact: 'churn',
      action: 'register',
      version: 'v1.0.0-rc.1+b5',
    });
    assert.deepEqual(parseTagName('churn@deprecated'), { artifact: 'churn', action: 'deprecate' });
    assert.deepEqual(parseTagName('churn@v1.2.0!'), {
      artifact: 'churn',
      action: 'deregister',
      version: 'v1.2.0',
    });
    assert.deepEqual(parseTagName('c@v1.0.0'), { artifact: 'c', action: 'register', version: 'v1.0.0' });
    for (const not of [
      'churn@1.2.0',
      '-churn@v1.0.0',
      'churn#prod#',
      'churn.model@v1.0.0',
      'churn',
      'v1.0.0',
      'churn@v01.0.0',
      'churn@v1.0',
    ]) {
      assert.equal(parseTagName(not), undefined, not);
    }
  });

  it("parses GTO's own test vectors (tests/test_tag.py)", () => {
    assert.deepEqual(parseTagName('path@v1.2.3#5'), {
      artifact: 'path',
      action: 'register',
      version: 'v1.2.3',
      counter: 5,
    });
    assert.deepEqual(parseTagName('path@v1.2.3!#2'), {
      artifact: 'path',
      action: 'deregister',
      version: 'v1.2.3',
      counter: 2,
    });
    assert.deepEqual(parseTagName('path#stage'), { artifact: 'path', action: 'assign', stage: 'stage' });
    assert.deepEqual(parseTagName('dvclive/dsd=nn@v0.0.1'), {
      artifact: 'dvclive/dsd:nn',
      action: 'register',
      version: 'v0.0.1',
    });
    assert.equal(
      formatTagName({ action: 'register', artifact: 'myartifact', version: 'v1' }),
      'myartifact@v1',
    );
    assert.equal(
      formatTagName({ action: 'deregister', artifact: 'myartifact', version: 'v1', counter: 1 }),
      'myartifact@v1!#1',
    );
    assert.equal(
      formatTagName({ action: 'assign', artifact: 'myartifact', stage: 'stage', counter: 1 }),
      'myartifact#stage#1',
    );
    assert.equal(
      formatTagName({ action: 'unassign', artifact: 'myartifact', stage: 'stage', counter: 1 }),
      'myartifact#stage!#1',
    );
    assert.equal(formatTagName({ action: 'deprecate', artifact: 'models:churn' }), 'models=churn@deprecated');
  });

  it('validates names as GTO does (tests/test_constants.py)', () => {
    for (const ok of [
      '1',
      'm',
      'nn',
      'm1',
      '1nn',
      'model-prod',
      'model_prod_v1',
      'dvclive/model',
      'DVCLive/Model',
      'dvclive:model',
      'some/Other_Folder:some/model',
    ]) {
      assert.ok(isArtifactName(ok), ok);
    }
    for (const bad of [
      '',
      'm/',
      '/m',
      '###',
      '@@@',
      'a model',
      '_model',
      '-model',
      'model-',
      'model@1',
      'model#1',
      '@namespace/model',
    ]) {
      assert.ok(!isArtifactName(bad), bad);
      assert.throws(() => checkArtifactName(bad), /not a GTO artifact name/);
    }
  });

  it('orders SemVer by precedence and bumps as GTO does', () => {
    const ordered = [
      'v1.0.0-alpha',
      'v1.0.0-alpha.1',
      'v1.0.0-alpha.beta',
      'v1.0.0-beta',
      'v1.0.0-beta.2',
      'v1.0.0-beta.11',
      'v1.0.0-rc.1',
      'v1.0.0',
      'v1.0.1',
      'v1.10.0',
      'v2.0.0',
    ];
    for (let i = 1; i < ordered.length; i++) {
      assert.ok(
        compareSemVer(parseSemVer(ordered[i - 1]!)!, parseSemVer(ordered[i]!)!) < 0,
        `${ordered[i - 1]} < ${ordered[i]}`,
      );
    }
    assert.equal(
      compareSemVer(parseSemVer('v1.0.0+a')!, parseSemVer('v1.0.0+b')!),
      0,
      'build metadata does not order',
    );
    assert.equal(bumpVersion(undefined), 'v0.0.1');
    assert.equal(bumpVersion('v1.2.3'), 'v1.2.4');
    assert.equal(bumpVersion('v1.2.3-rc.1', 'minor'), 'v1.3.0');
    assert.equal(bumpVersion('v1.2.3', 'major'), 'v2.0.0');
  });
});
