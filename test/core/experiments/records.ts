import { RECORD_SCHEMA_VERSION, type RunRecord } from '../../../src/core/registry/run-records.js';

/** A valid run record with sensible defaults; tests override what they care about. */
export function makeRecord(overrides: Partial<RunRecord> & { id: string }): RunRecord {
  return {
    schema: RECORD_SCHEMA_VERSION,
    experiment: 'demo',
    status: 'FINISHED',
    startedAt: '2026-01-01T00:00:00.000Z',
    endedAt: '2026-01-01T00:00:00.000Z',
    params: {},
    metrics: {},
    series: {},
    tags: {},
    git: {},
    data: [],
    artifacts: [],
    sources: { metrics: [], params: [] },
    ...overrides,
  };
}
