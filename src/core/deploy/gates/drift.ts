/**
 * Gate `drift`: the newest drift record of a dataset on the registry branch (drift-report `record: true`)
 * shows no dataset drift, or a drifted share at most `max-share`; with `max-age`, it is recent enough.
 */

import type { GateResult } from '../../registry/deploy-records.js';
import { readDriftRecords } from '../../registry/drift-records.js';
import { ageText, formatNumber, parseDuration } from '../limits.js';
import type { GatesPolicy } from '../policy.js';
import type { GateContext } from './context.js';

export async function driftGate(
  policy: NonNullable<GatesPolicy['drift']>,
  ctx: GateContext,
): Promise<GateResult[]> {
  const dataset = policy.dataset;
  const maxShare = policy['max-share'];
  const shareLimit = maxShare === undefined ? 'no dataset drift' : `share ≤ ${formatNumber(maxShare)}`;
  const records = ctx.registryRef
    ? await readDriftRecords(ctx.git, ctx.registryRef, dataset, ctx.logger)
    : [];
  const newest = records.at(-1);
  if (!newest) {
    return [
      {
        gate: 'drift',
        subject: dataset,
        status: 'fail',
        observed: '',
        limit: shareLimit,
        reason: `no drift record of '${dataset}' on the registry branch (run drift-report with record: true)`,
      },
    ];
  }
  const { summary } = newest.record;
  const observed = `share ${formatNumber(summary.share)} (${summary.drifted} of ${summary.tested} columns)${summary.datasetDrift ? ', dataset drift' : ''}`;
  const shareOk = maxShare === undefined ? !summary.datasetDrift : summary.share <= maxShare;
  const rows: GateResult[] = [
    {
      gate: 'drift',
      subject: dataset,
      status: shareOk ? 'pass' : 'fail',
      observed,
      limit: shareLimit,
      reason: `${shareOk ? 'within the limit' : 'drifted beyond the limit'} (record ${newest.path.split('/').at(-1)!})`,
    },
  ];
  const maxAge = policy['max-age'];
  if (maxAge !== undefined) {
    const age = (ctx.now.getTime() - Date.parse(newest.record.recordedAt)) / 1000;
    const limitSeconds = parseDuration(maxAge);
    const fresh = Number.isFinite(age) && age <= limitSeconds;
    rows.push({
      gate: 'drift',
      subject: `${dataset} age`,
      status: fresh ? 'pass' : 'fail',
      observed: Number.isFinite(age) ? ageText(age) : `unreadable time '${newest.record.recordedAt}'`,
      limit: `≤ ${maxAge.trim()}`,
      reason: fresh ? 'recent enough' : `the newest drift record is older than ${maxAge.trim()}`,
    });
  }
  return rows;
}
