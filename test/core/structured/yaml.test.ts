import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ConfigurationError } from '../../../src/core/errors.js';
import { parseJson } from '../../../src/core/structured/json.js';
import { checkNesting, MAX_NESTING } from '../../../src/core/structured/nesting.js';
import { parseYaml, readYaml } from '../../../src/core/structured/yaml.js';
import { parsePointer } from '../../../src/core/dvc/pointer.js';

function configError(fn: () => unknown, message: RegExp | string, line?: number): void {
  assert.throws(fn, (error: unknown) => {
    assert.ok(error instanceof ConfigurationError, String(error));
    if (typeof message === 'string') assert.equal(error.message, message);
    else assert.match(error.message, message);
    if (line !== undefined) assert.equal(error.line, line);
    return true;
  });
}

test('values, anchors and aliases read as YAML 1.2', () => {
  assert.deepEqual(readYaml('a: 1\nb: [x, {c: true}]\nd: &d {e: f}\ng: *d\n', 'f.yaml'), {
    a: 1,
    b: ['x', { c: true }],
    d: { e: 'f' },
    g: { e: 'f' },
  });
  assert.equal(readYaml('', 'f.yaml'), null);
});

test('a duplicate key names the file, both lines and the key, at any depth', () => {
  configError(
    () => parseYaml('a: 1\nb:\n  c: 1\n  d: 2\n  c: 3\n', 'params.yaml'),
    'params.yaml:5: invalid YAML: the key "c" appears twice in one mapping (first on line 3).',
    5,
  );
  configError(
    () => parseYaml('- {x: 1, x: 2}\n', 'm.yaml'),
    /^m\.yaml:1: invalid YAML: the key "x" appears twice/,
  );
  // The same name in different mappings is fine.
  assert.deepEqual(readYaml('a: {x: 1}\nb: {x: 2}\n', 'f.yaml'), { a: { x: 1 }, b: { x: 2 } });
  // .dvc pointers keep their wording.
  configError(
    () => parsePointer('outs:\n- md5: acbd18db4cc2f85cedef654fccc4a4d8\n  path: a\n  path: b\n', 'x.dvc'),
    'x.dvc:4: malformed YAML: the key "path" appears twice in one mapping (first on line 3).',
  );
});

test('syntax errors, deep nesting and alias bombs are the user’s mistakes, naming the file', () => {
  configError(() => parseYaml('a: [\n', 'c.yml'), /^c\.yml:2: invalid YAML: /);
  const deep = (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`;
  assert.doesNotThrow(() => readYaml(`a: ${deep(MAX_NESTING - 1)}\n`, 'ok.yml'));
  configError(
    () => readYaml(`a: ${deep(MAX_NESTING)}\n`, 'deep.yml'),
    'deep.yml:1: values are nested more than 100 levels deep.',
  );
  // Deep enough to overflow the YAML library's own stack.
  configError(
    () => readYaml(`a: ${deep(20_000)}\n`, 'deep.yml'),
    /^deep\.yml:1: values are nested more than 100/,
  );
  const bomb =
    'a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n';
  configError(
    () => readYaml(bomb, 'bomb.yml'),
    /^bomb\.yml: YAML aliases \(\*name\) expand into too many values/,
  );
});

test('JSON: syntax and nesting errors name the file; depth is checked without recursion', () => {
  configError(() => parseJson('{"a": ', 'm.json'), /^m\.json is not valid JSON: /);
  assert.deepEqual(parseJson('{"a": [1, {"b": 2}]}', 'm.json'), { a: [1, { b: 2 }] });
  let value: unknown = 1;
  for (let i = 0; i < MAX_NESTING; i++) value = [value];
  assert.doesNotThrow(() => checkNesting(value, 'v.json'));
  configError(() => checkNesting([value], 'v.json'), 'v.json: values are nested more than 100 levels deep.');
  configError(
    () => parseJson('['.repeat(200_000) + ']'.repeat(200_000), 'huge.json'),
    /^huge\.json: values are nested/,
  );
});
