/**
 * Contract between action.yml files, zod schemas, generated files and dist/: what GitHub reads must
 * agree with what the code parses.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';
import type { z } from 'zod';
import { ACTION_NAMES, type ActionName } from '../../src/adapter/action.js';
import { configBinding, configInputs } from '../../src/adapter/config-inputs.js';
import { loadActions } from '../../src/actions/index.js';
import { mlopsConfigSchema } from '../../src/core/config/schema.js';
import { readActionMetadata } from '../../scripts/build/action-yaml.js';
import { configSentence } from '../../scripts/build/config-descriptions.js';
import { generatedFiles } from '../../scripts/build/generated-files.js';
import { PROJECT_ROOT } from '../harness/run-action.js';

const metadata = readActionMetadata(PROJECT_ROOT);
const actions = await loadActions();

/** Every `section.key` of .mlops.yml (from the zod schema, not from the bindings under test). */
const CONFIG_KEYS = Object.entries(mlopsConfigSchema.shape).flatMap(([section, field]) => {
  const inner = (field as z.ZodOptional).unwrap() as z.ZodType;
  const shape = (inner as Partial<z.ZodObject>).shape;
  return shape ? Object.keys(shape).map((key) => `${section}.${key}`) : [];
});

/**
 * Config keys named like an input of some action that are deliberately not that input's default, and why.
 * Any other such pair must be bound with fromConfig (the next test), so a new key cannot be forgotten.
 */
const NOT_AN_INPUT_DEFAULT: Record<string, string> = {
  'drift-report columns ← drift.columns':
    'per-column settings (type, test, threshold, ignore), merged column by column with the column-types, tests and thresholds inputs; not the list of columns to test',
  'gated-deploy image ← image.image':
    'the image to pin, with its digest (repo@sha256:…, a build output that changes every build); image.image is the repository build-model-image pushes to, without a digest',
  'build-model-image labels ← retrain.labels':
    "the image's OCI labels (KEY=VALUE), not the labels of open-retrain-pr's pull request",
};

const fieldOf = (name: string, input: string) =>
  (actions[name as ActionName].schema.shape as Record<string, z.ZodType>)[input]!;

test('there is one action.yml per action name', () => {
  assert.deepEqual(metadata.map((m) => m.name).sort(), [...ACTION_NAMES].sort());
});

for (const meta of metadata) {
  test(`${meta.name}: action.yml inputs are exactly the zod schema's keys`, () => {
    const schemaKeys = Object.keys(actions[meta.name as keyof typeof actions].schema.shape).sort();
    assert.deepEqual(Object.keys(meta.inputs).sort(), schemaKeys);
  });

  test(`${meta.name}: runs on node24 from an existing bundle entry that runs this action`, () => {
    assert.equal(meta.runs.using, 'node24');
    const main = resolve(PROJECT_ROOT, 'actions', meta.name, meta.runs.main);
    assert.ok(existsSync(main), `${main} is missing`);
    assert.match(readFileSync(main, 'utf8'), new RegExp(`runAction\\('${meta.name}'\\)`));
    assert.ok(
      existsSync(join(PROJECT_ROOT, 'dist', 'package.json')),
      'dist/package.json (type: module) is missing',
    );
  });

  test(`${meta.name}: every input and output has a description; kebab-case names`, () => {
    for (const [name, input] of Object.entries(meta.inputs)) {
      assert.match(name, /^[a-z][a-z0-9-]*$/);
      assert.ok(input.description.length > 10, `input ${name} lacks a description`);
    }
    for (const [name, output] of Object.entries(meta.outputs)) {
      assert.match(name, /^[a-z][a-z0-9-]*$/);
      assert.ok(output.description.length > 5, `output ${name} lacks a description`);
    }
  });
}

for (const meta of metadata) {
  const table = configInputs(actions[meta.name as ActionName].schema);

  test(`${meta.name}: inputs .mlops.yml can set have no action.yml default, and their description states the rule`, () => {
    for (const entry of table) {
      const input = meta.inputs[entry.input]!;
      // The runner sends an action.yml default as if the user had written it: it would always hide the file.
      assert.equal(input.default, undefined, `${entry.input} has an action.yml default`);
      assert.ok(CONFIG_KEYS.includes(entry.key), `${entry.input}: ${entry.key} is not a .mlops.yml key`);
      assert.ok(
        input.description.endsWith(` ${configSentence(entry)}`),
        `${entry.input}: description lacks "${configSentence(entry)}" (run npm run build)`,
      );
    }
  });

  test(`${meta.name}: an input named like a .mlops.yml key is bound to that key`, () => {
    for (const input of Object.keys(meta.inputs)) {
      for (const key of CONFIG_KEYS) {
        const [section, name] = key.split('.') as [string, string];
        if (input !== name && input !== `${section}-${name}`) continue;
        const pair = `${meta.name} ${input} ← ${key}`;
        if (pair in NOT_AN_INPUT_DEFAULT) continue;
        assert.equal(configBinding(fieldOf(meta.name, input))?.key, key, `${pair} is not bound (fromConfig)`);
      }
    }
  });

  test(`${meta.name}: every other action.yml default is the schema's own default`, () => {
    // So the runner (which sends action.yml defaults), the root action and the CLI (which do not) agree.
    for (const [input, { default: given }] of Object.entries(meta.inputs)) {
      if (given === undefined) continue;
      const field = fieldOf(meta.name, input);
      if (given.includes('${{')) {
        assert.equal(given, '${{ github.token }}', `${input}: only the token default is an expression`);
        assert.equal(
          field.parse(undefined),
          undefined,
          `${input}: the token fallback applies when not given`,
        );
        continue;
      }
      assert.deepEqual(field.parse(undefined), field.parse(given), `${input}: action.yml says '${given}'`);
    }
  });
}

test('actions read a .mlops.yml key that stands for one of their inputs only through that input', () => {
  // ctx.config.data?.jobs next to the input 'jobs' would be a second, ad hoc precedence rule. (Keys that are
  // not an input of the action, like data.cache-dir for track-experiment's artifact hashes, are settings.)
  for (const name of ACTION_NAMES) {
    const source = readFileSync(join(PROJECT_ROOT, 'src', 'actions', `${name}.ts`), 'utf8');
    for (const { key } of configInputs(actions[name].schema)) {
      const [section, field] = key.split('.') as [string, string];
      const direct = new RegExp(`config\\.${section}\\??\\.(${field}\\b|\\[['"]${field}['"]\\])`);
      assert.doesNotMatch(source, direct, `src/actions/${name}.ts reads ${key} directly`);
    }
  }
});

test('the root action.yml has no default for an input any action lets .mlops.yml set', () => {
  const root = parse(readFileSync(join(PROJECT_ROOT, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>;
  };
  const bound = ACTION_NAMES.flatMap((name) => configInputs(actions[name].schema).map((e) => e.input));
  assert.ok(bound.length >= 9, `only ${bound.length} bound inputs`);
  for (const input of bound) assert.equal(root.inputs[input]?.default, undefined, input);
});

test('root action.yml runs on node24, offers `command` and the union of every input', () => {
  const root = parse(readFileSync(join(PROJECT_ROOT, 'action.yml'), 'utf8')) as {
    inputs: Record<string, unknown>;
    runs: { using: string; main: string };
  };
  assert.equal(root.runs.using, 'node24');
  assert.ok(existsSync(join(PROJECT_ROOT, root.runs.main)));
  const union = new Set(['command', ...metadata.flatMap((m) => Object.keys(m.inputs))]);
  assert.deepEqual(Object.keys(root.inputs).sort(), [...union].sort());
});

test('generated files (README tables, root action.yml, CLI metadata, JSON Schemas) are fresh', () => {
  for (const [path, expected] of Object.entries(generatedFiles(PROJECT_ROOT))) {
    const actual = existsSync(join(PROJECT_ROOT, path)) ? readFileSync(join(PROJECT_ROOT, path), 'utf8') : '';
    assert.equal(actual, expected, `${path} is stale: run npm run build`);
  }
});

// ---- Marketplace metadata ------------------------------------------------------------------------------

interface Branded {
  name?: unknown;
  description?: unknown;
  branding?: { icon?: unknown; color?: unknown };
}

const branding = JSON.parse(
  readFileSync(join(PROJECT_ROOT, 'test', 'fixtures', 'marketplace', 'branding.json'), 'utf8'),
) as { colors: string[]; icons: string[] };
const metadataFiles = ['action.yml', ...metadata.map((m) => join('actions', m.name, 'action.yml'))];
const branded = metadataFiles.map(
  (file) => [file, parse(readFileSync(join(PROJECT_ROOT, file), 'utf8')) as Branded] as const,
);

test('Marketplace: the root action.yml and every action have a name no other one has', () => {
  const names = branded.map(([, yml]) => yml.name);
  assert.ok(names.every((name) => typeof name === 'string' && name.trim() !== ''));
  assert.equal(new Set(names).size, names.length, `duplicate names in ${names.join(', ')}`);
});

for (const [file, yml] of branded) {
  test(`Marketplace: ${file} has a plain description under 125 characters and GitHub branding`, () => {
    assert.equal(typeof yml.description, 'string');
    const description = yml.description as string;
    assert.ok(description.length > 40, `${file}: the description says too little`);
    assert.ok(description.length < 125, `${file}: the description has ${description.length} characters`);
    assert.doesNotMatch(
      description,
      /[`*_[\]]|\n/,
      `${file}: the Marketplace shows descriptions as plain text`,
    );
    assert.ok(
      branding.icons.includes(String(yml.branding?.icon)),
      `${file}: icon ${String(yml.branding?.icon)}`,
    );
    assert.ok(
      branding.colors.includes(String(yml.branding?.color)),
      `${file}: color ${String(yml.branding?.color)}`,
    );
  });
}

test("Marketplace: the branding lists are GitHub's (spot checks against the documented names)", () => {
  assert.deepEqual(branding.colors, [
    'white',
    'black',
    'yellow',
    'blue',
    'green',
    'orange',
    'red',
    'purple',
    'gray-dark',
  ]);
  for (const icon of ['activity', 'database', 'package', 'git-pull-request', 'zoom-out'])
    assert.ok(branding.icons.includes(icon));
  // Feather icons GitHub leaves out of its subset.
  for (const icon of ['coffee', 'github', 'key', 'tool', 'x-octagon'])
    assert.ok(!branding.icons.includes(icon), icon);
});
