/**
 * Gate `no-regression`: each named metric of the candidate run may be worse than the run of the version now
 * in the environment by at most its tolerance (absolute, or a percentage of the baseline), in the metric's
 * direction (`.mlops.yml` metrics.directions, else the name's words: loss → lower, auc → higher).
 */

import type { GateResult } from '../../registry/deploy-records.js';
import type { RunRecord } from '../../registry/run-records.js';
import { formatNumber, parseTolerance, toleranceAmount, toleranceText } from '../limits.js';
import type { GateContext } from './context.js';

/** The run behind the version now in the environment: its deployment record's run, else a run of its commit. */
export function baselineRun(ctx: GateContext): RunRecord | undefined {
  const current = ctx.current;
  if (!current) return undefined;
  const recorded = [...ctx.deployRecords]
    .reverse()
    .find((r) => r.record.version === current.version && r.record.commit === current.commit && r.record.run);
  const ref = recorded?.record.run;
  if (ref) {
    const found = ctx.runs.find((r) => r.experiment === ref.experiment && r.id === ref.id);
    if (found) return found;
  }
  return [...ctx.runs]
    .filter((r) => r.git.commit === current.commit)
    .sort((a, b) => (a.endedAt < b.endedAt ? 1 : a.endedAt > b.endedAt ? -1 : 0))[0];
}

export function noRegressionGate(
  tolerances: Record<string, string | number>,
  ctx: GateContext,
): GateResult[] {
  const current = ctx.current;
  const keys = Object.keys(tolerances);
  const skipAll = (reason: string): GateResult[] => [
    { gate: 'no-regression', subject: keys.join(', '), status: 'skip', observed: '', limit: '', reason },
  ];
  if (!current) return skipAll(`nothing is in ${ctx.environment} yet`);
  if (current.version === ctx.version && current.commit === ctx.commit) {
    return skipAll(`${ctx.version} is already the version in ${ctx.environment}`);
  }
  const baseline = baselineRun(ctx);
  return keys.map((key): GateResult => {
    const tolerance = parseTolerance(tolerances[key]!);
    const row = { gate: 'no-regression' as const, subject: key };
    const fail = (reason: string, observed = '', limit = ''): GateResult => ({
      ...row,
      status: 'fail',
      observed,
      limit,
      reason,
    });
    if (!baseline) {
      return fail(`no run record for ${current.version} (now in ${ctx.environment}) to compare with`);
    }
    const before = baseline.metrics[key];
    const now = ctx.run?.metrics[key];
    if (before === undefined) return fail(`run ${baseline.id} of ${current.version} recorded no '${key}'`);
    if (now === undefined) return fail(ctx.run ? `run ${ctx.run.id} recorded no '${key}'` : 'no run record');
    const direction = ctx.directions(key);
    const observed = `${formatNumber(now)} (${current.version}: ${formatNumber(before)})`;
    if (!direction) {
      return fail(
        `which way is better for '${key}' is unknown; set metrics.directions in .mlops.yml`,
        observed,
      );
    }
    const allowed = toleranceAmount(tolerance, before);
    const bound = direction === 'higher' ? before - allowed : before + allowed;
    // Decimal tolerances are not exact in binary (0.815 - 0.005 = 0.80999…): allow float noise at the bound.
    const noise = 1e-12 * Math.max(1, Math.abs(bound));
    const ok = direction === 'higher' ? now >= bound - noise : now <= bound + noise;
    const limit = `${direction === 'higher' ? '≥' : '≤'} ${formatNumber(bound)} (${toleranceText(tolerance)} ${direction === 'higher' ? 'below' : 'above'} ${current.version})`;
    return {
      ...row,
      status: ok ? 'pass' : 'fail',
      observed,
      limit,
      reason: ok
        ? 'no regression beyond the tolerance'
        : `regressed beyond the tolerance (${direction} is better)`,
    };
  });
}
