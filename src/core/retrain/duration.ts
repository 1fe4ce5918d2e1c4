import { ConfigurationError } from '../errors.js';
import { DURATION } from './config.js';

const UNIT_MS = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 } as const;
const UNIT_WORD = { m: 'minute', h: 'hour', d: 'day', w: 'week' } as const;

export interface Duration {
  /** As written: `7d`. */
  text: string;
  ms: number;
}

/** `7d` → 7 days; `0` → none. `where` names the input or `.mlops.yml` key in the error. */
export function parseDuration(text: string, where: string): Duration {
  const trimmed = text.trim();
  if (!DURATION.test(trimmed)) {
    throw new ConfigurationError(
      `${where}: '${trimmed}' is not a duration; use a number and a unit: 30m, 12h, 7d, 2w (or 0 for none).`,
    );
  }
  if (trimmed === '0') return { text: '0', ms: 0 };
  const unit = trimmed.slice(-1) as keyof typeof UNIT_MS;
  return { text: trimmed, ms: Number(trimmed.slice(0, -1)) * UNIT_MS[unit] };
}

/** `7d` → `7 days`, for sentences. */
export function describeDuration(duration: Duration): string {
  if (duration.ms === 0) return 'no time';
  const unit = duration.text.slice(-1) as keyof typeof UNIT_WORD;
  const n = Number(duration.text.slice(0, -1));
  return `${n} ${UNIT_WORD[unit]}${n === 1 ? '' : 's'}`;
}
