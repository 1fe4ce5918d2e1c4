/** Gate `after`: the candidate must be active in another stage first (production after staging). */

import type { GateResult } from '../../registry/deploy-records.js';
import type { GateContext } from './context.js';

export function afterGate(stage: string, ctx: GateContext): GateResult[] {
  const row = { gate: 'after' as const, subject: stage, limit: `${ctx.version} active in ${stage}` };
  const artifact = ctx.registry.artifact(ctx.model);
  const active = artifact?.activeInStage(stage) ?? [];
  const observed = active.length > 0 ? active.map((v) => v.version).join(', ') : 'nothing';
  const candidate = active.find((v) => v.version === ctx.version && v.commit === ctx.commit);
  if (candidate)
    return [{ ...row, status: 'pass', observed, reason: `${ctx.version} is active in ${stage}` }];
  const registered = artifact?.find(ctx.version);
  return [
    {
      ...row,
      status: 'fail',
      observed,
      reason: registered
        ? `${ctx.version} is not active in ${stage}; promote it there first`
        : `${ctx.version} is not registered yet, so it cannot be active in ${stage}; promote it there first`,
    },
  ];
}
