import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { driftRunKey } from '../../../src/core/drift/build-drift-record.js';
import { checkSegment, compactTimestamp, driftRecordPath } from '../../../src/core/registry/drift-records.js';

describe('drift record naming', () => {
  it('paths sort by time and carry the run key', () => {
    assert.equal(compactTimestamp('2026-11-26T13:32:05.123Z'), '20261126T133205Z');
    assert.equal(
      driftRecordPath({ dataset: 'churn', recordedAt: '2026-11-26T13:32:05.123Z', run: '99-monitor' }),
      'drift/churn/20261126T133205Z-99-monitor.json',
    );
  });

  it('run keys: workflow run and job (stable across attempts), local runs random', () => {
    assert.equal(driftRunKey('123', 'drift check', 'ab12cd'), '123-drift-check');
    assert.equal(driftRunKey('123', undefined, 'ab12cd'), '123');
    assert.equal(driftRunKey(undefined, 'job', 'ab12cd'), 'local-ab12cd');
  });

  it('dataset names are single safe path segments', () => {
    assert.equal(checkSegment('churn.v2', 'dataset-name'), 'churn.v2');
    for (const bad of ['../x', 'a/b', '.hidden', '', 'x'.repeat(101)]) {
      assert.throws(() => checkSegment(bad, 'dataset-name'), /Input 'dataset-name'/);
    }
  });
});
