import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export interface InputMeta {
  description: string;
  required: boolean;
  default?: string;
}
export interface ActionMeta {
  name: string;
  title: string;
  description: string;
  inputs: Record<string, InputMeta>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string };
}

interface RawActionYml {
  name: string;
  description: string;
  inputs?: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs?: Record<string, { description: string }>;
  runs: { using: string; main: string };
}

/** Read actions/<name>/action.yml for every action folder, sorted by name. */
export function readActionMetadata(root: string): ActionMeta[] {
  const dir = join(root, 'actions');
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const yml = parse(readFileSync(join(dir, name, 'action.yml'), 'utf8')) as RawActionYml;
      const inputs: Record<string, InputMeta> = {};
      for (const [key, value] of Object.entries(yml.inputs ?? {})) {
        inputs[key] = {
          description: value.description,
          required: value.required === true,
          ...(value.default === undefined ? {} : { default: String(value.default) }),
        };
      }
      const outputs: Record<string, { description: string }> = {};
      for (const [key, value] of Object.entries(yml.outputs ?? {}))
        outputs[key] = { description: value.description };
      return { name, title: yml.name, description: yml.description, inputs, outputs, runs: yml.runs };
    });
}
