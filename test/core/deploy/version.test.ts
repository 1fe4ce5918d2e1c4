/**
 * `version: auto` as GTO would pick it: the version registered at the commit; else the one of a pushed
 * `name@vX.Y.Z` tag (an annotated GTO tag is that registration; a lightweight one GTO ignores, so it is
 * refused with the fix); else the next by the policy's bump (the first v0.0.1). A given version is SemVer.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { resolveVersion, versionFromTagRef } from '../../../src/core/deploy/version.js';
import { parseTagName } from '../../../src/core/registry/gto/grammar.js';
import { ModelRegistry } from '../../../src/core/registry/gto/model-registry.js';
import type { GtoTag } from '../../../src/core/registry/gto/read-tags.js';
import { buildState } from '../../../src/core/registry/gto/state.js';

const C1 = '1'.repeat(40);
const C2 = '2'.repeat(40);
const C3 = '3'.repeat(40);

function registry(annotated: Record<string, string>, lightweight: string[] = []): ModelRegistry {
  const tags: GtoTag[] = Object.entries(annotated).map(([name, target], i) => ({
    name,
    annotated: true,
    target,
    taggerName: 'b',
    taggerEmail: 'b@e',
    time: 100 + i,
    offsetMinutes: 0,
    message: '',
    parsed: parseTagName(name)!,
  }));
  const names = [...Object.keys(annotated), ...lightweight];
  return new ModelRegistry(
    buildState(tags),
    names.map((n) => parseTagName(n)!),
    new Set(names),
  );
}

const request = { model: 'churn', commit: C3, given: 'auto', ref: 'refs/heads/main', bump: undefined };

describe('version resolution', () => {
  it('first v0.0.1; then the next by bump; never a used one', () => {
    assert.deepEqual(resolveVersion(registry({}), request), {
      version: 'v0.0.1',
      source: 'bump',
      requested: undefined,
    });
    const reg = registry({ 'churn@v1.2.0': C1, 'churn@v1.2.1': C2 });
    assert.equal(resolveVersion(reg, request).version, 'v1.2.2');
    assert.equal(resolveVersion(reg, { ...request, bump: 'minor' }).version, 'v1.3.0');
    assert.equal(resolveVersion(reg, { ...request, bump: 'major' }).version, 'v2.0.0');
  });

  it('the version registered at the commit wins; a different given version is refused', () => {
    const reg = registry({ 'churn@v1.2.0': C3 });
    assert.deepEqual(resolveVersion(reg, request), {
      version: 'v1.2.0',
      source: 'registered',
      requested: 'v1.2.0',
    });
    assert.throws(
      () => resolveVersion(reg, { ...request, given: 'v2.0.0' }),
      /^ConfigurationError: Input 'version': commit 3333333 already carries churn v1\.2\.0/,
    );
  });

  it('a pushed name@vX.Y.Z tag: annotated is the registration, lightweight is refused with the fix', () => {
    const ref = 'refs/tags/churn@v1.5.0';
    assert.equal(versionFromTagRef('churn', ref), 'v1.5.0');
    assert.equal(versionFromTagRef('models:churn', 'refs/tags/models=churn@v1.0.0'), 'v1.0.0');
    assert.equal(versionFromTagRef('churn', 'refs/tags/v1.5.0'), undefined);
    assert.equal(resolveVersion(registry({ 'churn@v1.5.0': C3 }), { ...request, ref }).source, 'registered');
    assert.deepEqual(resolveVersion(registry({ 'churn@v1.0.0': C1 }), { ...request, ref }), {
      version: 'v1.5.0',
      source: 'tag',
      requested: 'v1.5.0',
    });
    assert.throws(
      () => resolveVersion(registry({}, ['churn@v1.5.0']), { ...request, ref }),
      /The pushed tag churn@v1\.5\.0 is a lightweight tag, which GTO does not read as a registration; push an annotated tag instead/,
    );
  });

  it('a given version: SemVer with v, not one registered elsewhere', () => {
    assert.equal(resolveVersion(registry({}), { ...request, given: 'v2.0.0-rc.1' }).version, 'v2.0.0-rc.1');
    assert.throws(
      () => resolveVersion(registry({}), { ...request, given: '2.0.0' }),
      /'2\.0\.0' is not a version \(input 'version'\)/,
    );
    assert.throws(
      () => resolveVersion(registry({ 'churn@v2.0.0': C1 }), { ...request, given: 'v2.0.0' }),
      /churn v2\.0\.0 is already registered at 1111111/,
    );
  });
});
