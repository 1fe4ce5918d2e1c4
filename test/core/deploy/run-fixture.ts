import type { RunRecord } from '../../../src/core/registry/run-records.js';

/** A run record as track-experiment stores it, with only what a test sets. */
export function runRecord(id: string, commit: string, extra: Partial<RunRecord> = {}): RunRecord {
  return {
    schema: 1,
    id,
    experiment: 'churn',
    status: 'FINISHED',
    startedAt: '2026-11-01T00:00:00Z',
    endedAt: '2026-11-01T00:10:00Z',
    params: {},
    metrics: {},
    series: {},
    tags: {},
    git: { commit },
    data: [],
    artifacts: [],
    sources: { metrics: [], params: [] },
    ...extra,
  };
}
