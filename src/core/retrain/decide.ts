/**
 * Decide whether a model needs retraining, and say why — pure, offline: no token, no network. Triggers:
 * the report's dataset drift (the default), drift in watched columns (`watch-columns`), a drift share at
 * or above `min-drift-share` (over the watched columns when given), a live metric below `below`, or
 * `when: always`.
 */

import { ConfigurationError } from '../errors.js';
import { logValue } from '../log-text.js';
import { printable } from '../report/printable.js';
import type { RetrainWhen } from './config.js';
import type { ColumnEvidence, DriftEvidence } from './evidence.js';
import type { DecayEvidence } from './metric.js';

export type Reason =
  | { kind: 'dataset-drift'; drifted: number; tested: number; share: number; driftShare: number }
  | { kind: 'watched-columns'; columns: string[] }
  | { kind: 'drift-share'; drifted: number; tested: number; share: number; min: number; watched: boolean }
  | { kind: 'decay'; metric: string; value: number; below: number }
  | { kind: 'always' };

export interface DecisionPolicy {
  when: RetrainWhen;
  watchColumns: readonly string[];
  minDriftShare: number | undefined;
  /** Where watch-columns came from, for the error about an unknown column. */
  watchWhere?: string;
}

export interface Decision {
  triggered: boolean;
  /** Why it fires; empty when it does not. */
  reasons: Reason[];
  /** One line of plain text (log-safe): why it fires, or why it does not. */
  summary: string;
  /** A few words for the PR title: `dataset drift in 3 of 5 columns`. */
  title: string;
  /** Drifted columns that count (the watched ones when watch-columns is given), in evidence order. */
  drifted: ColumnEvidence[];
}

export const percent = (x: number): string => `${(x * 100).toFixed(1)}%`;
export const number = (x: number): string => String(Number(x.toPrecision(6)));

function columnList(names: readonly string[], max = 5): string {
  const shown = names.slice(0, max).map(logValue).join(', ');
  return names.length > max ? `${shown} and ${names.length - max} more` : shown;
}

/** A reason as one line of plain text (column and metric names log-escaped). */
export function describeReason(reason: Reason): string {
  switch (reason.kind) {
    case 'dataset-drift':
      return `dataset drift: ${reason.drifted} of ${reason.tested} columns drifted (${percent(reason.share)} ≥ ${percent(reason.driftShare)})`;
    case 'watched-columns':
      return `watched column${reason.columns.length === 1 ? '' : 's'} drifted: ${columnList(reason.columns)}`;
    case 'drift-share':
      return `${reason.drifted} of ${reason.tested} ${reason.watched ? 'watched ' : ''}columns drifted (${percent(reason.share)} ≥ min-drift-share ${percent(reason.min)})`;
    case 'decay':
      return `${logValue(reason.metric)} is ${number(reason.value)}, below ${number(reason.below)}`;
    case 'always':
      return 'when: always (no trigger needed)';
  }
}

function titleOf(reasons: readonly Reason[]): string {
  const parts = reasons.map((r) => {
    switch (r.kind) {
      case 'dataset-drift':
        return `dataset drift in ${r.drifted} of ${r.tested} columns`;
      case 'watched-columns':
        return `drift in ${r.columns.length} watched column${r.columns.length === 1 ? '' : 's'}`;
      case 'drift-share':
        return `drift in ${percent(r.share)} of ${r.watched ? 'watched ' : ''}columns`;
      case 'decay':
        return `${printable(r.metric)} ${number(r.value)} below ${number(r.below)}`;
      case 'always':
        return 'retraining requested';
    }
  });
  // "dataset drift" and "drift in …" say the same thing twice when both fire; keep the first drift phrase.
  const drift = parts.filter((_, i) => reasons[i]!.kind !== 'decay' && reasons[i]!.kind !== 'always');
  const other = parts.filter((_, i) => reasons[i]!.kind === 'decay' || reasons[i]!.kind === 'always');
  return [...drift.slice(0, 1), ...other].join(', ');
}

interface DriftVerdict {
  reason: Reason | undefined;
  /** Why drift does not fire, when it does not. */
  quiet: string | undefined;
  drifted: ColumnEvidence[];
}

function driftVerdict(evidence: DriftEvidence, policy: DecisionPolicy): DriftVerdict {
  const watch = policy.watchColumns;
  const known = new Set(evidence.columns.map((c) => c.name));
  const unknown = watch.filter((name) => !known.has(name));
  if (unknown.length > 0) {
    throw new ConfigurationError(
      `${policy.watchWhere ?? "Input 'watch-columns'"} names ${unknown.length === 1 ? 'a column' : 'columns'} the drift ${evidence.source.kind} does not have: ${columnList(unknown)} (it has ${columnList([...known], 10)}).`,
    );
  }
  const counted =
    watch.length > 0 ? evidence.columns.filter((c) => watch.includes(c.name)) : evidence.columns;
  const tested = counted.filter((c) => c.test !== null).length;
  const drifted = counted.filter((c) => c.drifted);
  const share = tested > 0 ? drifted.length / tested : 0;
  const watched = watch.length > 0;
  if (policy.minDriftShare !== undefined) {
    const min = policy.minDriftShare;
    const fires = drifted.length > 0 && share >= min;
    return {
      reason: fires
        ? { kind: 'drift-share', drifted: drifted.length, tested, share, min, watched }
        : undefined,
      quiet: `${drifted.length} of ${tested} ${watched ? 'watched ' : ''}columns drifted (${percent(share)}${drifted.length > 0 ? ` < min-drift-share ${percent(min)}` : ''})`,
      drifted,
    };
  }
  if (watched) {
    return {
      reason:
        drifted.length > 0 ? { kind: 'watched-columns', columns: drifted.map((c) => c.name) } : undefined,
      quiet: `none of the ${watch.length} watched columns drifted (${columnList(watch)})`,
      drifted,
    };
  }
  const s = evidence.summary;
  return {
    reason: s.datasetDrift
      ? {
          kind: 'dataset-drift',
          drifted: s.drifted,
          tested: s.tested,
          share: s.share,
          driftShare: s.driftShare,
        }
      : undefined,
    quiet: `no dataset drift: ${s.drifted} of ${s.tested} columns drifted (${percent(s.share)} < ${percent(s.driftShare)})`,
    drifted,
  };
}

export function decide(
  evidence: DriftEvidence | undefined,
  decay: DecayEvidence | undefined,
  policy: DecisionPolicy,
): Decision {
  const reasons: Reason[] = [];
  const quiet: string[] = [];
  let drifted: ColumnEvidence[] = [];
  if (evidence) {
    const verdict = driftVerdict(evidence, policy);
    drifted = verdict.drifted;
    if (verdict.reason) reasons.push(verdict.reason);
    else if (verdict.quiet) quiet.push(verdict.quiet);
  }
  if (decay) {
    if (decay.value < decay.below)
      reasons.push({ kind: 'decay', metric: decay.metric, value: decay.value, below: decay.below });
    else quiet.push(`${logValue(decay.metric)} is ${number(decay.value)}, not below ${number(decay.below)}`);
  }
  if (reasons.length === 0 && policy.when === 'always') reasons.push({ kind: 'always' });
  const triggered = reasons.length > 0;
  return {
    triggered,
    reasons,
    summary: triggered ? reasons.map(describeReason).join('; ') : `no trigger: ${quiet.join('; ')}`,
    title: triggered ? titleOf(reasons) : '',
    drifted,
  };
}
