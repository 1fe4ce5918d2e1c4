/**
 * Contract between action.yml files, zod schemas, generated files and dist/: what GitHub reads must
 * agree with what the code parses.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';
import { ACTION_NAMES } from '../../src/adapter/action.js';
import { actions } from '../../src/actions/index.js';
import { readActionMetadata } from '../../scripts/build/action-yaml.js';
import { generatedFiles } from '../../scripts/build/generated-files.js';
import { PROJECT_ROOT } from '../harness/run-action.js';

const metadata = readActionMetadata(PROJECT_ROOT);

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
