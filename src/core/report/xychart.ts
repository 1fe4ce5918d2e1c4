/**
 * What every Mermaid `xychart-beta` in a report shares (GitHub draws Mermaid itself, in light and dark
 * themes): the size, an explicit palette so both series are visible on either background, numbers the
 * chart grammar can read, and category labels that stay distinct after shortening — Mermaid merges
 * positions with equal labels, stacking bars and making lines run backwards.
 */

/** About 300 px high: a few charts fit on a screen; 800 px wide, scaled down by GitHub when narrower. */
export const CHART_HEIGHT = 300;
export const CHART_WIDTH = 800;

/** Baseline/reference in grey, this run/current in blue: both readable on white and on Mermaid's dark grey. */
export const REFERENCE_COLOR = '#8c8c8c';
export const CURRENT_COLOR = '#2f81f7';

/** The init directive (size, title size, palette) and the chart line. */
export function xychartHeader(
  palette: readonly string[],
  orientation: 'vertical' | 'horizontal' = 'vertical',
): string[] {
  const init = {
    xyChart: { width: CHART_WIDTH, height: CHART_HEIGHT, titleFontSize: 16 },
    themeVariables: { xyChart: { plotColorPalette: palette.join(', ') } },
  };
  return [
    `%%{init: ${JSON.stringify(init)}}%%`,
    orientation === 'horizontal' ? 'xychart-beta horizontal' : 'xychart-beta',
  ];
}

/**
 * A number as the xychart grammar reads it (`[+-]?(\d+(\.\d+)?|\.\d+)`: no exponent), to about
 * `significant` digits.
 */
export function plainNumber(value: number, significant = 6): string {
  if (!Number.isFinite(value) || value === 0) return '0';
  const rounded = Number(value.toPrecision(significant));
  const text = String(rounded);
  if (!/e/i.test(text)) return text;
  if (Math.abs(rounded) >= 1e21) return BigInt(Math.round(rounded)).toString();
  const decimals = Math.min(100, significant - 1 - Math.floor(Math.log10(Math.abs(rounded))));
  return rounded
    .toFixed(decimals)
    .replace(/(\.\d*?)0+$/, '$1')
    .replace(/\.$/, '');
}

/** Shorten in the middle, keeping the start and the end (names often differ only in a suffix). */
function middleEllipsis(text: string, max: number): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  const tail = Math.floor((max - 1) / 2);
  const head = max - 1 - tail;
  return `${chars.slice(0, head).join('')}…${chars.slice(chars.length - tail).join('')}`;
}

/**
 * Category labels at most `max` characters, all distinct: shortened in the middle, and when two still
 * collide every label gets its rank (position) as a prefix, which also keeps the chart order readable.
 */
export function uniqueLabels(labels: readonly string[], max: number): string[] {
  const short = labels.map((l) => middleEllipsis(l, max));
  if (new Set(short).size === short.length) return short;
  return labels.map((l, i) => {
    const prefix = `${i + 1}. `;
    return `${prefix}${middleEllipsis(l, Math.max(4, max - prefix.length))}`;
  });
}
