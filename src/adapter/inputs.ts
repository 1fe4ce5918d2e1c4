import { z } from 'zod';
import type { MlopsConfig } from '../core/config/schema.js';
import { ConfigurationError } from '../core/errors.js';
import { logValue } from '../core/log-text.js';
import { configBinding, configValue } from './config-inputs.js';

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

/** Boolean inputs, so the CLI can take `--flag` alone for them. */
const booleanInputs = new WeakSet<z.ZodType>();

export function isBooleanInput(field: unknown): boolean {
  return typeof field === 'object' && field !== null && booleanInputs.has(field as z.ZodType);
}

export const inputs = {
  /** Required text. */
  string: () =>
    z.preprocess(
      blank,
      requiredText.transform((s) => s.trim()),
    ),
  /** Optional text. */
  optionalString: () => z.preprocess(blank, requiredText.transform((s) => s.trim()).optional()),
  /** Text with a built-in default. */
  text: (fallback: string) =>
    z.preprocess(
      blank,
      requiredText
        .transform((s) => s.trim())
        .optional()
        .transform((v) => v ?? fallback),
    ),
  /** Text kept exactly (multi-line values, JSON); optional. */
  raw: () => z.preprocess(blank, requiredText.optional()),
  /** Boolean parsed like @actions/core getBooleanInput (YAML 1.2 core schema). */
  boolean: (fallback: boolean) => {
    const field = z.preprocess(
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
    );
    booleanInputs.add(field);
    return field;
  },
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
  /** Number (decimal) within bounds; `fallback` applies when not given. */
  number: <F extends number | undefined = undefined>(min: number, max: number, fallback?: F) =>
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
        .optional()
        .transform((v) => (v ?? fallback) as number | F),
    ),
  /** One of a fixed set of words. */
  choice: <const T extends readonly [string, ...string[]]>(choices: T, fallback: T[number]) => {
    const isChoice = (t: string): t is T[number] => (choices as readonly string[]).includes(t);
    return z.preprocess(
      blank,
      requiredText
        .transform((s, ctx): T[number] => {
          const t = s.trim();
          if (isChoice(t)) return t;
          ctx.addIssue({ code: 'custom', message: `must be one of ${choices.join(', ')}, got '${t}'` });
          return z.NEVER;
        })
        .optional()
        .transform((v) => v ?? fallback),
    );
  },
  /**
   * A list: one item per line (like getMultilineInput); with `splitSpaces`, items may also be separated
   * by commas or spaces on one line; with `splitCommas`, by commas only (names that hold spaces, such as
   * labels). Empty items are dropped; not given → `fallback` (default: empty).
   */
  list: (options: { splitSpaces?: boolean; splitCommas?: boolean; fallback?: readonly string[] } = {}) =>
    z.preprocess(
      blank,
      requiredText
        .transform((s) =>
          s
            .split(options.splitSpaces ? /[\r\n,\s]+/ : options.splitCommas ? /[\r\n,]+/ : /\r?\n/)
            .map((item) => item.trim())
            .filter((item) => item !== ''),
        )
        .optional()
        .transform((v) => v ?? [...(options.fallback ?? [])]),
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

const given = (value: string | undefined): value is string => value !== undefined && value.trim() !== '';

/**
 * The one place inputs get their values: validate the raw strings against an action's schema (every problem
 * in one error), then, for each input `.mlops.yml` can set (see fromConfig) and the step did not give, take
 * the file's value; the schema's default applies only when neither gave one.
 */
/** Where a resolved input's value came from: the workflow/CLI, `.mlops.yml`, or the built-in default. */
export type InputSource = 'input' | 'config' | 'default';

export function parseInputs<S extends z.ZodObject>(
  schema: S,
  raw: RawInputs,
  config: MlopsConfig = {},
): z.infer<S> {
  return resolveInputs(schema, raw, config).values;
}

/**
 * The one place that applies the precedence rule: an input given wins, else its `.mlops.yml` key (see
 * fromConfig), else the zod default. Also says where each value came from, so a message about a path can
 * name the input or the file that gave it.
 */
export function resolveInputs<S extends z.ZodObject>(
  schema: S,
  raw: RawInputs,
  config: MlopsConfig = {},
): { values: z.infer<S>; sources: Record<string, InputSource> } {
  const known = Object.keys(schema.shape);
  const values: Record<string, string | undefined> = {};
  for (const name of known) values[name] = raw[name];
  const result = schema.safeParse(values);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => {
      const name = issue.path[0];
      return name === undefined ? `- ${issue.message}` : `- Input '${String(name)}' ${issue.message}`;
    });
    throw new ConfigurationError(
      problems.length === 1 ? problems[0]!.slice(2) : `Invalid inputs:\n${problems.join('\n')}`,
    );
  }
  const parsed = result.data as Record<string, unknown>;
  const sources: Record<string, InputSource> = {};
  for (const [name, field] of Object.entries(schema.shape)) {
    if (given(values[name])) {
      sources[name] = 'input';
      continue;
    }
    sources[name] = 'default';
    const binding = configBinding(field);
    if (!binding) continue;
    const fromFile = configValue(config, binding.key);
    if (fromFile !== undefined) {
      parsed[name] = fromFile;
      sources[name] = 'config';
    }
  }
  return { values: parsed as z.infer<S>, sources };
}

/** Read an input the way the runner passes it: INPUT_<NAME>, upper-cased, spaces → '_', hyphens kept. */
export function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/** One input as the runner passes it (undefined when not set). */
export function inputFromEnv(name: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env[inputEnvName(name)];
}

export function rawInputsFromEnv(schema: z.ZodObject, env: NodeJS.ProcessEnv = process.env): RawInputs {
  const raw: Record<string, string | undefined> = {};
  for (const name of Object.keys(schema.shape)) raw[name] = env[inputEnvName(name)];
  return raw;
}
