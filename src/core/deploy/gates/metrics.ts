/** Gate `metrics`: absolute thresholds on the candidate run's metrics (`auc: ">= 0.80"`). */

import type { GateResult } from '../../registry/deploy-records.js';
import { compare, comparisonText, formatNumber, parseComparison } from '../limits.js';
import type { GateContext } from './context.js';

export function metricsGate(thresholds: Record<string, string>, ctx: GateContext): GateResult[] {
  return Object.entries(thresholds).map(([key, text]): GateResult => {
    const threshold = parseComparison(text);
    const limit = comparisonText(threshold);
    const row = { gate: 'metrics' as const, subject: key, limit };
    if (!ctx.run)
      return { ...row, status: 'fail', observed: '', reason: 'no run record to read metrics from' };
    const observed = ctx.run.metrics[key];
    if (observed === undefined) {
      return {
        ...row,
        status: 'fail',
        observed: '',
        reason: `run ${ctx.run.id} recorded no metric '${key}'`,
      };
    }
    const ok = compare(observed, threshold);
    return {
      ...row,
      status: ok ? 'pass' : 'fail',
      observed: formatNumber(observed),
      reason: ok ? 'meets the threshold' : 'misses the threshold',
    };
  });
}
