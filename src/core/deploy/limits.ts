/**
 * The small languages of the deploy policy: a metric threshold (`">= 0.80"`), a regression tolerance
 * (`0.005`, `"1%"`) and an age (`7d`). The policy schema checks their spelling with the patterns here; the
 * gates parse them with the functions here, so one definition serves both.
 */

export type Operator = '>=' | '>' | '<=' | '<' | '==';

export interface Comparison {
  op: Operator;
  value: number;
}

const NUMBER = '[-+]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][-+]?\\d+)?';
export const COMPARISON_PATTERN = new RegExp(`^\\s*(>=|<=|==|>|<)\\s*(${NUMBER})\\s*$`);
export const TOLERANCE_PATTERN = /^\s*(\d+(?:\.\d*)?|\.\d+)\s*(%?)\s*$/;
export const DURATION_PATTERN = /^\s*(\d+(?:\.\d+)?)\s*([smhdw])\s*$/;

export function parseComparison(text: string): Comparison {
  const m = COMPARISON_PATTERN.exec(text);
  if (!m) throw new Error(`'${text}' is not a comparison such as ">= 0.80"`);
  return { op: m[1] as Operator, value: Number(m[2]) };
}

export function compare(observed: number, c: Comparison): boolean {
  switch (c.op) {
    case '>=':
      return observed >= c.value;
    case '>':
      return observed > c.value;
    case '<=':
      return observed <= c.value;
    case '<':
      return observed < c.value;
    case '==':
      return observed === c.value;
  }
}

/** How a comparison reads in a report: `≥ 0.8`. */
export function comparisonText(c: Comparison): string {
  const symbol = { '>=': '≥', '>': '>', '<=': '≤', '<': '<', '==': '=' }[c.op];
  return `${symbol} ${formatNumber(c.value)}`;
}

export interface Tolerance {
  value: number;
  relative: boolean;
}

export function parseTolerance(given: string | number): Tolerance {
  if (typeof given === 'number') return { value: given, relative: false };
  const m = TOLERANCE_PATTERN.exec(given);
  if (!m) throw new Error(`'${given}' is not a tolerance such as 0.005 or "1%"`);
  return { value: Number(m[1]), relative: m[2] === '%' };
}

/** The allowed worsening from `baseline`: absolute, or a percentage of |baseline|. */
export function toleranceAmount(t: Tolerance, baseline: number): number {
  return t.relative ? (Math.abs(baseline) * t.value) / 100 : t.value;
}

export function toleranceText(t: Tolerance): string {
  return t.relative ? `${formatNumber(t.value)}%` : formatNumber(t.value);
}

const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86_400, w: 604_800 };

/** `7d` → seconds. */
export function parseDuration(text: string): number {
  const m = DURATION_PATTERN.exec(text);
  if (!m) throw new Error(`'${text}' is not an age such as 12h, 7d or 2w`);
  return Number(m[1]) * UNIT_SECONDS[m[2]!]!;
}

/** Seconds as the largest whole-ish unit a person reads: `3.2 d`, `5 h`, `40 min`, `12 s`. */
export function ageText(seconds: number): string {
  if (seconds >= 86_400) return `${formatNumber(round(seconds / 86_400, 1))} d`;
  if (seconds >= 3600) return `${formatNumber(round(seconds / 3600, 1))} h`;
  if (seconds >= 60) return `${Math.round(seconds / 60)} min`;
  return `${Math.max(0, Math.round(seconds))} s`;
}

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

/** A metric value for a report: up to 4 significant decimals, no float noise (0.1 + 0.2 → 0.3). */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (Number.isInteger(value)) return String(value);
  const abs = Math.abs(value);
  const text = abs >= 1000 ? value.toFixed(1) : value.toPrecision(4);
  return String(Number(text));
}
