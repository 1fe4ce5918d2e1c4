/** Drift evidence built by hand for the core/retrain tests: column verdicts chosen, the summary as drift-report computes it. */
import type { ColumnEvidence, DriftEvidence } from '../../../src/core/retrain/evidence.js';

export function evidence(columns: [name: string, score: number | null][], driftShare = 0.5): DriftEvidence {
  const cols: ColumnEvidence[] = columns.map(([name, score]) => ({
    name,
    test: score === null ? null : 'ks',
    score,
    threshold: score === null ? null : 0.05,
    drifted: score !== null && score <= 0.05,
  }));
  const tested = cols.filter((c) => c.test !== null).length;
  const drifted = cols.filter((c) => c.drifted).length;
  const share = tested > 0 ? drifted / tested : 0;
  return {
    source: {
      kind: 'report',
      path: 'drift-report/report.json',
      generatedAt: '2026-12-01T06:00:00.000Z',
      reference: 'data/train.csv',
      current: 'data/batch.csv',
    },
    summary: { tested, drifted, share, datasetDrift: tested > 0 && share >= driftShare, driftShare },
    columns: cols,
  };
}
