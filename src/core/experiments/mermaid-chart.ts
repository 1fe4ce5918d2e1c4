import { CURRENT_COLOR, plainNumber, REFERENCE_COLOR, xychartHeader } from '../report/xychart.js';
import type { SeriesPoint } from '../registry/run-records.js';

/** Charts stay readable and small in a comment: at most this many x positions. */
export const MAX_CHART_POINTS = 60;

/**
 * Text inside a quoted Mermaid string: no quotes, backticks (they could close the fence), line breaks,
 * or angle brackets (HTML in labels, and `<!--` that could pass for a hidden comment marker).
 */
function mermaidText(text: string): string {
  return text
    .replace(/["`\\]/g, "'")
    .replace(/[<>]/g, '?')
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/[^\x20-\x7e]/g, '?')
    .slice(0, 80);
}

export interface StepLine {
  /** Who the line is, for the legend and the cut note: 'baseline', 'this PR', 'this run'. */
  name: string;
  /** Colour name for the legend: 'grey', 'blue'. */
  colour: string;
  points: readonly SeriesPoint[];
}

function finitePoints(points: readonly SeriesPoint[]): SeriesPoint[] {
  return points.filter(([s, v]) => Number.isFinite(s) && Number.isFinite(v)).sort((a, b) => a[0] - b[0]);
}

/** Linear interpolation at `step` between the points around it (the points span it). */
function interpolate(points: readonly SeriesPoint[], step: number): number {
  let after = points.findIndex(([s]) => s >= step);
  if (after < 0) after = points.length - 1;
  const [s1, v1] = points[after]!;
  if (s1 === step || after === 0) return v1;
  const [s0, v0] = points[after - 1]!;
  return v0 + ((v1 - v0) * (step - s0)) / (s1 - s0);
}

/**
 * The line's values at `count` evenly spaced steps from `lo` to `hi` (the positions Mermaid gives a line
 * on a numeric axis): the mean of the points nearest each position (a noisy curve is averaged, not
 * aliased by picking points), interpolated where no point falls.
 */
export function bucketMeans(points: readonly SeriesPoint[], lo: number, hi: number, count: number): number[] {
  const width = count > 1 ? (hi - lo) / (count - 1) : 0;
  const sums = new Float64Array(count);
  const counts = new Uint32Array(count);
  for (const [step, value] of points) {
    if (step < lo || step > hi) continue;
    const i = width === 0 ? 0 : Math.min(count - 1, Math.round((step - lo) / width));
    sums[i]! += value;
    counts[i]! += 1;
  }
  return Array.from(sums, (sum, i) => (counts[i] ? sum / counts[i] : interpolate(points, lo + i * width)));
}

/**
 * A Mermaid `xychart-beta` of step curves on a numeric step axis (GitHub renders Mermaid itself, so no
 * image hosting). Every line spans the steps all lines have: a run that stopped early is not carried flat
 * to the longer run's end — the axis title says where each run stopped instead. The legend is in the
 * title (xychart-beta has none in the versions GitHub uses).
 */
export function stepChart(title: string, lines: readonly StepLine[]): string {
  const present = lines
    .map((line) => ({ ...line, points: finitePoints(line.points) }))
    .filter((l) => l.points.length > 0);
  if (present.length === 0) return '';
  const lo = Math.max(...present.map((l) => l.points[0]![0]));
  const hi = Math.min(...present.map((l) => l.points[l.points.length - 1]![0]));
  // Runs with no steps in common: chart the last line (this run) alone.
  const drawn = hi > lo ? present : present.slice(-1);
  const from = hi > lo ? lo : drawn[0]!.points[0]![0];
  const to = hi > lo ? hi : drawn[0]!.points[drawn[0]!.points.length - 1]![0];
  if (!(to > from)) return '';
  const inRange = Math.max(...drawn.map((l) => l.points.filter(([s]) => s >= from && s <= to).length));
  const count = Math.max(2, Math.min(MAX_CHART_POINTS, inRange));
  const first = (l: StepLine) => l.points[0]![0];
  const last = (l: StepLine) => l.points[l.points.length - 1]![0];
  const notes = present.flatMap((l) => {
    if (!drawn.includes(l)) return [`${l.name}: no steps in common`];
    if (first(l) < from || last(l) > to)
      return [`${l.name}: steps ${plainNumber(first(l))}–${plainNumber(last(l))}`];
    return [];
  });
  const axis =
    notes.length > 0 ? `step (shown: ${plainNumber(from)}–${plainNumber(to)}; ${notes.join('; ')})` : 'step';
  const legend = drawn.length > 1 ? ` · ${drawn.map((l) => `${l.colour}: ${l.name}`).join(' · ')}` : '';
  const palette = drawn.length > 1 ? [REFERENCE_COLOR, CURRENT_COLOR] : [CURRENT_COLOR];
  const body = [
    ...xychartHeader(palette),
    `  title "${mermaidText(title)}${legend}"`,
    `  x-axis "${axis}" ${plainNumber(from)} --> ${plainNumber(to)}`,
    ...drawn.map(
      (l) =>
        `  line [${bucketMeans(l.points, from, to, count)
          .map((v) => plainNumber(v))
          .join(', ')}]`,
    ),
  ];
  return ['```mermaid', ...body, '```'].join('\n');
}
