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

/** The text of actions/<name>/action.yml for every action folder, by name, sorted. */
export function readActionYmlTexts(root: string): Record<string, string> {
  const dir = join(root, 'actions');
  const names = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return Object.fromEntries(names.map((name) => [name, readFileSync(join(dir, name, 'action.yml'), 'utf8')]));
}

/** One action.yml's metadata. */
export function parseActionYml(name: string, text: string): ActionMeta {
  const yml = parse(text) as RawActionYml;
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
}

/** Read actions/<name>/action.yml for every action folder, sorted by name. */
export function readActionMetadata(root: string): ActionMeta[] {
  return Object.entries(readActionYmlTexts(root)).map(([name, text]) => parseActionYml(name, text));
}
