/** The reference-vs-current distribution kept in the report for charts: bins, or the top categories. */

import type { Distribution } from './report-schema.js';
import type { Binned } from './stats/binning.js';

export const MAX_CHART_CATEGORIES = 12;

function formatNumber(x: number): string {
  if (x === 0) return '0';
  const abs = Math.abs(x);
  return abs >= 1e5 || abs < 1e-3 ? x.toExponential(2) : String(Number(x.toPrecision(3)));
}

function label(l: Binned['labels'][number]): string {
  if (Array.isArray(l)) return `${formatNumber(l[0])}…${formatNumber(l[1])}`;
  return typeof l === 'number' ? formatNumber(l) : l;
}

export function chartDistribution(b: Binned): Distribution {
  const ref = Array.from(b.refCounts, (c) => c / b.nRef);
  const cur = Array.from(b.curCounts, (c) => c / b.nCur);
  if (b.sturges || b.labels.length <= MAX_CHART_CATEGORIES) {
    return {
      kind: b.sturges ? 'bins' : 'categories',
      labels: b.labels.map(label),
      reference: ref,
      current: cur,
    };
  }
  // Most frequent categories (by either dataset), the rest folded into "other".
  const order = b.labels
    .map((_, i) => i)
    .sort((x, y) => Math.max(ref[y]!, cur[y]!) - Math.max(ref[x]!, cur[x]!));
  const keep = order.slice(0, MAX_CHART_CATEGORIES - 1);
  const rest = order.slice(MAX_CHART_CATEGORIES - 1);
  const sum = (values: number[]) => rest.reduce((s, i) => s + values[i]!, 0);
  return {
    kind: 'categories',
    labels: [...keep.map((i) => label(b.labels[i]!)), `(${rest.length} others)`],
    reference: [...keep.map((i) => ref[i]!), sum(ref)],
    current: [...keep.map((i) => cur[i]!), sum(cur)],
  };
}
