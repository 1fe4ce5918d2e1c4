import type { z } from 'zod';
import type { MlopsConfig } from '../core/config/schema.js';

/**
 * Inputs that `.mlops.yml` can also set. The rule, the same for every action and the CLI: an input given in
 * the workflow (or as a CLI flag) wins; else the `.mlops.yml` value; else the built-in default, which is the
 * input's zod default. parseInputs applies it, in one place.
 *
 * Such an input has no `default:` in action.yml: the runner sends an action.yml default as if the user had
 * typed it, so it would always hide the file. `npm run build` writes the key and the built-in default into the
 * input's description instead, and test/contract holds both for every action.
 */

type Sections = { [S in keyof MlopsConfig]-?: NonNullable<MlopsConfig[S]> };

/** `section.key` paths of `.mlops.yml` whose value can stand for an input that parses to `T`. */
export type ConfigKeyFor<T> = {
  [S in keyof Sections]: Sections[S] extends Record<string, unknown>
    ? {
        [K in keyof Sections[S]]-?: NonNullable<Sections[S][K]> extends T ? `${S}.${K & string}` : never;
      }[keyof Sections[S]]
    : never;
}[keyof Sections];

export interface ConfigBinding {
  /** The `.mlops.yml` key, `section.key`. */
  key: string;
  /** What happens when nothing gives a value and the schema has no default, in words (for the docs). */
  otherwise?: string;
}

const bindings = new WeakMap<z.ZodType, ConfigBinding>();

/**
 * Declare, in an action's schema, that `.mlops.yml` `key` can also set this input:
 * `'drift-share': fromConfig('drift.drift-share', inputs.number(0, 1, DEFAULT_DRIFT_SHARE))`.
 * The key must exist in the config schema with a value type the input accepts (checked by tsc).
 */
export function fromConfig<S extends z.ZodType>(
  key: ConfigKeyFor<z.output<S>>,
  schema: S,
  options: { otherwise?: string } = {},
): S {
  bindings.set(schema, { key, ...options });
  return schema;
}

/** The binding of one field of an action's schema, when `.mlops.yml` can set it. */
export function configBinding(field: unknown): ConfigBinding | undefined {
  return typeof field === 'object' && field !== null ? bindings.get(field as z.ZodType) : undefined;
}

/** The value at `section.key` of a parsed config (undefined when the file does not set it). */
export function configValue(config: MlopsConfig, key: string): unknown {
  const [section, name] = key.split('.', 2) as [string, string];
  const part = (config as Record<string, unknown>)[section];
  return part !== null && typeof part === 'object' ? (part as Record<string, unknown>)[name] : undefined;
}

export interface ConfigInput extends ConfigBinding {
  input: string;
  /** The value used when neither the input nor the file gives one (undefined: none). */
  builtIn: unknown;
}

/** The table of an action's inputs that `.mlops.yml` can set, in schema order. */
export function configInputs(schema: z.ZodObject): ConfigInput[] {
  const table: ConfigInput[] = [];
  for (const [input, field] of Object.entries(schema.shape)) {
    const binding = configBinding(field);
    if (!binding) continue;
    const parsed = (field as z.ZodType).safeParse(undefined);
    table.push({ input, ...binding, builtIn: parsed.success ? parsed.data : undefined });
  }
  return table;
}
