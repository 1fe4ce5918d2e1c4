/** Multiple-testing corrections for the p-values of the columns tested with a p-value test. */

import type { Correction } from './settings.js';

/** Adjusted p-values, same order as given: Bonferroni min(1, p·m); Benjamini–Hochberg step-up q-values. */
export function adjustPValues(pValues: readonly number[], method: Exclude<Correction, 'none'>): number[] {
  const m = pValues.length;
  if (method === 'bonferroni') return pValues.map((p) => Math.min(1, p * m));
  const order = pValues.map((p, i) => ({ p, i })).sort((a, b) => a.p - b.p || a.i - b.i);
  const adjusted = new Array<number>(m);
  let running = 1;
  for (let rank = m; rank >= 1; rank--) {
    const { p, i } = order[rank - 1]!;
    running = Math.min(running, (p * m) / rank);
    adjusted[i] = Math.min(1, running);
  }
  return adjusted;
}
