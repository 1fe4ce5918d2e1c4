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

function formatValue(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(6)));
}

/** Evenly chosen positions from a sorted list, always keeping the first and the last. */
function downsample(steps: readonly number[], max: number): number[] {
  if (steps.length <= max) return [...steps];
  const picked: number[] = [];
  for (let i = 0; i < max; i++) picked.push(steps[Math.round((i * (steps.length - 1)) / (max - 1))]!);
  return [...new Set(picked)];
}

/** Value of a series at a step: the last point at or before it, else the first point (carried back). */
function valueAt(points: readonly SeriesPoint[], step: number): number {
  let value = points[0]![1];
  for (const [s, v] of points) {
    if (s > step) break;
    value = v;
  }
  return value;
}

/**
 * A Mermaid `xychart-beta` with one line per series (GitHub renders Mermaid itself, so no image hosting).
 * xychart lines share the x categories, so both series are sampled on the union of their steps. The
 * palette makes the first line grey (baseline) and the second blue (this run); xychart has no legend.
 */
export function stepChart(title: string, lines: readonly (readonly SeriesPoint[])[]): string {
  const present = lines.filter((l) => l.length > 0);
  if (present.length === 0) return '';
  const steps = downsample(
    [...new Set(present.flatMap((l) => l.map(([s]) => s)))].sort((a, b) => a - b),
    MAX_CHART_POINTS,
  );
  const palette = lines.length > 1 && lines[0]!.length > 0 ? '#9e9e9e, #1f77b4' : '#1f77b4';
  const body = [
    `%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "${palette}"}}}}%%`,
    'xychart-beta',
    `  title "${mermaidText(title)}"`,
    `  x-axis "step" [${steps.map((s) => `"${formatValue(s)}"`).join(', ')}]`,
    `  y-axis "${mermaidText(title)}"`,
    ...present.map((l) => `  line [${steps.map((s) => formatValue(valueAt(l, s))).join(', ')}]`),
  ];
  return ['```mermaid', ...body, '```'].join('\n');
}
