import { z } from 'zod';
import { ConfigurationError } from '../core/errors.js';
import { logValue } from '../core/log-text.js';

/**
 * Input builders shared by every action. Inputs arrive as strings (INPUT_* or CLI flags); an empty
 * string means "not given", exactly as on a runner where an unset `with:` key arrives as ''.
 * Each builder's messages are phrased to follow "Input 'name' …".
 */

const blank = (value: unknown): unknown =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];

const requiredText = z.string({
  error: (issue) => (issue.input === undefined ? 'is required' : 'must be text'),
});

export const inputs = {
  /** Required text. */
  string: () =>
    z.preprocess(
      blank,
      requiredText.transform((s) => s.trim()),
    ),
  /** Optional text; `fallback` applies when not given. */
  optionalString: () => z.preprocess(blank, requiredText.transform((s) => s.trim()).optional()),
  /** Text kept exactly (multi-line values, JSON); optional. */
  raw: () => z.preprocess(blank, requiredText.optional()),
  /** Boolean parsed like @actions/core getBooleanInput (YAML 1.2 core schema). */
  boolean: (fallback: boolean) =>
    z.preprocess(
      blank,
      requiredText
        .transform((s, ctx) => {
          const t = s.trim();
          if (TRUE.includes(t)) return true;
          if (FALSE.includes(t)) return false;
          ctx.addIssue({ code: 'custom', message: `must be true or false, got '${t}'` });
          return z.NEVER;
        })
        .optional()
        .transform((v) => v ?? fallback),
    ),
  /** Whole number within bounds. */
  integer: (fallback: number, min: number, max: number) =>
    z.preprocess(
      blank,
      requiredText
        .transform((s, ctx) => {
          const t = s.trim();
          const n = /^[+-]?\d+$/.test(t) ? Number(t) : Number.NaN;
          if (!Number.isSafeInteger(n) || n < min || n > max) {
            ctx.addIssue({
              code: 'custom',
              message: `must be a whole number from ${min} to ${max}, got '${t}'`,
            });
            return z.NEVER;
          }
          return n;
        })
        .optional()
        .transform((v) => v ?? fallback),
    ),
  /** Number (decimal) within bounds; optional. */
  number: (min: number, max: number) =>
    z.preprocess(
      blank,
      requiredText
        .transform((s, ctx) => {
          const t = s.trim();
          const n = t === '' ? Number.NaN : Number(t);
          if (!Number.isFinite(n) || n < min || n > max) {
            ctx.addIssue({ code: 'custom', message: `must be a number from ${min} to ${max}, got '${t}'` });
            return z.NEVER;
          }
          return n;
        })
        .optional(),
    ),
  /** One of a fixed set of words. */
  choice: <const T extends readonly [string, ...string[]]>(choices: T, fallback: T[number]) =>
    z.preprocess(
      blank,
      requiredText
        .transform((s, ctx) => {
          const t = s.trim();
          if ((choices as readonly string[]).includes(t)) return t;
          ctx.addIssue({ code: 'custom', message: `must be one of ${choices.join(', ')}, got '${t}'` });
          return z.NEVER;
        })
        .optional()
        .transform((v) => v ?? fallback),
    ),
  /**
   * A list: one item per line (like getMultilineInput); with `splitSpaces`, items may also be separated
   * by commas or spaces on one line. Empty items are dropped; the result may be empty.
   */
  list: (options: { splitSpaces?: boolean } = {}) =>
    z.preprocess(
      blank,
      requiredText
        .transform((s) =>
          s
            .split(options.splitSpaces ? /[\r\n,\s]+/ : /\r?\n/)
            .map((item) => item.trim())
            .filter((item) => item !== ''),
        )
        .optional()
        .transform((v) => v ?? []),
    ),
  /**
   * `key=value` lines (env, labels); also accepts a JSON object. Keys must be non-empty and free of
   * control characters (a line break in a label key or env name is never meant); with `singleLineValues`,
   * values too may hold no control characters (image labels: NUL or ESC there is a mistake).
   */
  keyValues: (options: { singleLineValues?: boolean } = {}) =>
    z.preprocess(
      blank,
      requiredText
        .transform((s, ctx) => {
          const text = s.trim();
          let out: Record<string, string> = {};
          if (text.startsWith('{')) {
            let parsed: unknown;
            try {
              parsed = JSON.parse(text);
            } catch {
              /* reported below */
            }
            if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
              ctx.addIssue({ code: 'custom', message: 'must be KEY=VALUE lines or a JSON object' });
              return z.NEVER;
            }
            out = Object.fromEntries(Object.entries(parsed).map(([k, v]) => [k.trim(), String(v)]));
          } else {
            for (const line of text.split(/\r?\n/)) {
              if (line.trim() === '') continue;
              const eq = line.indexOf('=');
              if (eq <= 0) {
                ctx.addIssue({ code: 'custom', message: `line '${line.trim()}' is not KEY=VALUE` });
                return z.NEVER;
              }
              out[line.slice(0, eq).trim()] = line.slice(eq + 1).trim();
            }
          }
          for (const [key, value] of Object.entries(out)) {
            const problem =
              key === ''
                ? `has an empty key (value '${logValue(value)}')`
                : CONTROL.test(key)
                  ? `key '${logValue(key)}' holds a line break or other control character`
                  : options.singleLineValues && CONTROL.test(value)
                    ? `value of '${key}' holds a line break or other control character`
                    : undefined;
            if (problem) {
              ctx.addIssue({ code: 'custom', message: problem });
              return z.NEVER;
            }
          }
          return out;
        })
        .optional()
        .transform((v) => v ?? {}),
    ),
};

/** The raw strings an action receives, keyed by input name as in action.yml. */
export type RawInputs = Readonly<Record<string, string | undefined>>;

/** Validate raw inputs against an action's schema; every problem is reported in one error. */
export function parseInputs<S extends z.ZodObject>(schema: S, raw: RawInputs): z.infer<S> {
  const known = Object.keys(schema.shape);
  const values: Record<string, string | undefined> = {};
  for (const name of known) values[name] = raw[name];
  const result = schema.safeParse(values);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const name = issue.path[0];
    return name === undefined ? `- ${issue.message}` : `- Input '${String(name)}' ${issue.message}`;
  });
  throw new ConfigurationError(
    problems.length === 1 ? problems[0]!.slice(2) : `Invalid inputs:\n${problems.join('\n')}`,
  );
}

/** Read an input the way the runner passes it: INPUT_<NAME>, upper-cased, spaces → '_', hyphens kept. */
export function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

export function rawInputsFromEnv(schema: z.ZodObject, env: NodeJS.ProcessEnv = process.env): RawInputs {
  const raw: Record<string, string | undefined> = {};
  for (const name of Object.keys(schema.shape)) raw[name] = env[inputEnvName(name)];
  return raw;
}
