/** The reference-vs-current distribution kept in the report for charts: bins, or the top categories. */

import type { Distribution } from './report-schema.js';
import type { Binned } from './stats/binning.js';

export const MAX_CHART_CATEGORIES = 12;

function formatNumber(x: number, precision: number): string {
  if (x === 0) return '0';
  const abs = Math.abs(x);
  return abs >= 1e5 || abs < 1e-3
    ? x.toExponential(precision - 1).replace(/\.?0+e/, 'e')
    : String(Number(x.toPrecision(precision)));
}

/**
 * Bin edges as text with enough digits that neighbours differ: a narrow range such as 10000.0–10002.5 needs
 * six significant digits, where three would label every bin "10000…10000" and charts would merge them.
 */
export function edgeTexts(edges: ArrayLike<number>): string[] {
  const values = Array.from(edges);
  for (let precision = 3; precision < 17; precision++) {
    const texts = values.map((e) => formatNumber(e, precision));
    if (texts.every((t, i) => i === 0 || t !== texts[i - 1])) return texts;
  }
  return values.map((e) => String(e));
}

function valueLabel(l: string | number): string {
  return typeof l === 'number' ? formatNumber(l, 3) : l;
}

export function chartDistribution(b: Binned): Distribution {
  const ref = Array.from(b.refCounts, (c) => c / b.nRef);
  const cur = Array.from(b.curCounts, (c) => c / b.nCur);
  if (b.sturges) {
    const bins = b.labels as [number, number][];
    const edges = [...bins.map(([lo]) => lo), bins[bins.length - 1]![1]];
    const texts = edgeTexts(edges);
    return {
      kind: 'bins',
      labels: bins.map((_, i) => `${texts[i]}…${texts[i + 1]}`),
      reference: ref,
      current: cur,
      edges,
    };
  }
  const labels = b.labels as (string | number)[];
  if (labels.length <= MAX_CHART_CATEGORIES) {
    return { kind: 'categories', labels: labels.map(valueLabel), reference: ref, current: cur };
  }
  // The most frequent categories (by either dataset); the rest are counted in `others`, not charted.
  const order = labels
    .map((_, i) => i)
    .sort((x, y) => Math.max(ref[y]!, cur[y]!) - Math.max(ref[x]!, cur[x]!));
  const keep = order.slice(0, MAX_CHART_CATEGORIES);
  const rest = order.slice(MAX_CHART_CATEGORIES);
  const sum = (values: number[]) => rest.reduce((s, i) => s + values[i]!, 0);
  return {
    kind: 'categories',
    labels: keep.map((i) => valueLabel(labels[i]!)),
    reference: keep.map((i) => ref[i]!),
    current: keep.map((i) => cur[i]!),
    others: { count: rest.length, reference: sum(ref), current: sum(cur) },
  };
}
