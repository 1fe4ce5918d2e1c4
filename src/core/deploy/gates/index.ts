/**
 * Every gate of a policy, evaluated in one fixed order (metrics, no-regression, after, drift, data, image,
 * checks), each reported as rows of pass / fail / skip with the observed value, the limit and the reason.
 */

import { type GateName, type GateResult, GATE_NAMES } from '../../registry/deploy-records.js';
import type { EnvironmentPolicy } from '../policy.js';
import { afterGate } from './after.js';
import { checksGate } from './checks.js';
import type { GateContext } from './context.js';
import { dataGate } from './data.js';
import { driftGate } from './drift.js';
import { imageGate } from './image.js';
import { metricsGate } from './metrics.js';
import { noRegressionGate } from './no-regression.js';

/** The gates a policy configures, by name (`after` lives beside `gates:`, the others inside it). */
export function configuredGates(policy: EnvironmentPolicy): GateName[] {
  const g = policy.gates ?? {};
  const on: Record<GateName, boolean> = {
    metrics: g.metrics !== undefined && Object.keys(g.metrics).length > 0,
    'no-regression': g['no-regression'] !== undefined && Object.keys(g['no-regression']).length > 0,
    after: policy.after !== undefined,
    drift: g.drift !== undefined,
    data: g.data === true,
    image: g.image === true,
    checks: g.checks !== undefined && g.checks.length > 0,
  };
  return GATE_NAMES.filter((name) => on[name]);
}

/** Evaluate the named gates of `policy` (in the fixed order). */
export async function evaluateGates(
  policy: EnvironmentPolicy,
  names: readonly GateName[],
  ctx: GateContext,
): Promise<GateResult[]> {
  const g = policy.gates ?? {};
  const rows: GateResult[] = [];
  for (const name of GATE_NAMES.filter((n) => names.includes(n))) {
    switch (name) {
      case 'metrics':
        rows.push(...metricsGate(g.metrics ?? {}, ctx));
        break;
      case 'no-regression':
        rows.push(...noRegressionGate(g['no-regression'] ?? {}, ctx));
        break;
      case 'after':
        rows.push(...afterGate(policy.after!, ctx));
        break;
      case 'drift':
        rows.push(...(await driftGate(g.drift!, ctx)));
        break;
      case 'data':
        rows.push(...(await dataGate(ctx)));
        break;
      case 'image':
        rows.push(...(await imageGate(ctx)));
        break;
      case 'checks':
        rows.push(...(await checksGate(g.checks ?? [], ctx)));
        break;
    }
  }
  return rows;
}
