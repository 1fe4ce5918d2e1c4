/**
 * Gate `checks`: each named check run (GitHub Checks) or commit status context on the commit is green.
 * A check run passes when completed with success, neutral or skipped (what branch protection accepts); a
 * status when its latest state is success. Several check runs of one name: the latest of each counts, and
 * all must pass.
 */

import type { GateResult } from '../../registry/deploy-records.js';
import type { CommitCheck, GateContext } from './context.js';

const GREEN = new Set(['success', 'neutral', 'skipped']);

function judge(found: CommitCheck[]): { ok: boolean; observed: string } {
  const states = found.map((c) =>
    c.kind === 'status' ? c.status : c.status === 'completed' ? (c.conclusion ?? 'completed') : c.status,
  );
  const ok = found.every((c) =>
    c.kind === 'status' ? c.status === 'success' : c.status === 'completed' && GREEN.has(c.conclusion ?? ''),
  );
  return { ok, observed: [...new Set(states)].join(', ') };
}

export async function checksGate(names: readonly string[], ctx: GateContext): Promise<GateResult[]> {
  if (!ctx.checks) throw new Error('checks gate without a checks source');
  const all = await ctx.checks.checksFor(ctx.commit);
  return names.map((name): GateResult => {
    const row = { gate: 'checks' as const, subject: name, limit: 'success' };
    const found = all.filter((c) => c.name === name);
    if (found.length === 0) {
      return {
        ...row,
        status: 'fail',
        observed: 'not found',
        reason: `no check run or status named '${name}' on ${ctx.commit.slice(0, 7)}`,
      };
    }
    const { ok, observed } = judge(found);
    return { ...row, status: ok ? 'pass' : 'fail', observed, reason: ok ? 'green' : 'not green' };
  });
}
