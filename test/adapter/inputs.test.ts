import assert from 'node:assert/strict';
import { describe, it, test } from 'node:test';
import { z } from 'zod';
import { configInputs, fromConfig } from '../../src/adapter/config-inputs.js';
import { inputEnvName, inputs, parseInputs, rawInputsFromEnv } from '../../src/adapter/inputs.js';
import { ConfigurationError } from '../../src/core/errors.js';

const schema = z.object({
  name: inputs.string(),
  note: inputs.optionalString(),
  dry: inputs.boolean(false),
  jobs: inputs.integer(4, 1, 64),
  share: inputs.number(0, 1),
  mode: inputs.choice(['a', 'b'], 'a'),
  paths: inputs.list({ splitSpaces: true }),
  lines: inputs.list(),
  env: inputs.keyValues(),
});

test('empty strings mean "not given" and defaults apply', () => {
  const parsed = parseInputs(schema, {
    name: 'x',
    note: '',
    dry: '',
    jobs: '',
    share: '',
    mode: '',
    paths: '',
    lines: '',
    env: '',
  });
  assert.deepEqual(parsed, {
    name: 'x',
    note: undefined,
    dry: false,
    jobs: 4,
    share: undefined,
    mode: 'a',
    paths: [],
    lines: [],
    env: {},
  });
});

test('values parse like @actions/core (YAML 1.2 booleans, multiline lists)', () => {
  const parsed = parseInputs(schema, {
    name: ' model ',
    dry: 'True',
    jobs: '8',
    share: '0.25',
    mode: 'b',
    paths: 'data/a.csv data/b.csv,\n models/',
    lines: 'first line\n\n second  line \n',
    env: 'A=1\nB = two=2\n',
  });
  assert.equal(parsed.name, 'model');
  assert.equal(parsed.dry, true);
  assert.equal(parsed.jobs, 8);
  assert.equal(parsed.share, 0.25);
  assert.deepEqual(parsed.paths, ['data/a.csv', 'data/b.csv', 'models/']);
  assert.deepEqual(parsed.lines, ['first line', 'second  line']);
  assert.deepEqual(parsed.env, { A: '1', B: 'two=2' });
  assert.deepEqual(parseInputs(schema, { name: 'x', env: '{"K": 3}' }).env, { K: '3' });
});

test('every problem is reported at once, each naming its input', () => {
  assert.throws(
    () => parseInputs(schema, { dry: 'yes', jobs: '0', share: '2', mode: 'c', env: 'novalue' }),
    (error: unknown) => {
      assert.ok(error instanceof ConfigurationError);
      const lines = error.message.split('\n');
      assert.equal(lines[0], 'Invalid inputs:');
      assert.deepEqual(lines.slice(1).sort(), [
        "- Input 'dry' must be true or false, got 'yes'",
        "- Input 'env' line 'novalue' is not KEY=VALUE",
        "- Input 'jobs' must be a whole number from 1 to 64, got '0'",
        "- Input 'mode' must be one of a, b, got 'c'",
        "- Input 'name' is required",
        "- Input 'share' must be a number from 0 to 1, got '2'",
      ]);
      return true;
    },
  );
});

test('inputs are read from INPUT_* the way the runner names them', () => {
  assert.equal(inputEnvName('cache-dir'), 'INPUT_CACHE-DIR');
  assert.equal(inputEnvName('my input'), 'INPUT_MY_INPUT');
  const raw = rawInputsFromEnv(schema, { INPUT_NAME: 'n', INPUT_JOBS: '2', INPUT_OTHER: 'ignored' });
  assert.equal(raw.name, 'n');
  assert.equal(raw.jobs, '2');
  assert.equal(Object.hasOwn(raw, 'other'), false);
});

describe('precedence: an input given, else .mlops.yml, else the built-in default', () => {
  const configured = z.object({
    share: fromConfig('drift.drift-share', inputs.number(0, 1, 0.5)),
    jobs: fromConfig('data.jobs', inputs.integer(4, 1, 64)),
    remote: fromConfig('data.remote', inputs.optionalString()),
    paths: fromConfig('data.paths', inputs.list({ splitSpaces: true })),
    plain: inputs.integer(7, 1, 10),
  });
  const file = { drift: { 'drift-share': 0.9 }, data: { jobs: 3, remote: '/srv/dvc', paths: ['a', 'b'] } };

  it('nothing given: the built-in defaults', () => {
    assert.deepEqual(parseInputs(configured, {}, {}), {
      share: 0.5,
      jobs: 4,
      remote: undefined,
      paths: [],
      plain: 7,
    });
  });

  it('not given (absent, empty or blank): the .mlops.yml values', () => {
    assert.deepEqual(parseInputs(configured, { share: '', jobs: '  ', remote: undefined }, file), {
      share: 0.9,
      jobs: 3,
      remote: '/srv/dvc',
      paths: ['a', 'b'],
      plain: 7,
    });
  });

  it('given: the input wins, even when it spells out the built-in default', () => {
    assert.deepEqual(
      parseInputs(configured, { share: '0.5', jobs: '8', remote: 's3://b/p', paths: 'c' }, file),
      {
        share: 0.5,
        jobs: 8,
        remote: 's3://b/p',
        paths: ['c'],
        plain: 7,
      },
    );
  });

  it('a bad input is an error whatever the file says', () => {
    assert.throws(
      () => parseInputs(configured, { jobs: '0' }, file),
      (error: unknown) =>
        error instanceof ConfigurationError &&
        error.message === "Input 'jobs' must be a whole number from 1 to 64, got '0'",
    );
  });

  it('the table of an action: key, built-in default and words for "otherwise"', () => {
    const schema = z.object({
      remote: fromConfig('data.remote', inputs.optionalString(), { otherwise: 'the default remote' }),
      share: fromConfig('drift.drift-share', inputs.number(0, 1, 0.5)),
      name: inputs.string(),
    });
    assert.deepEqual(configInputs(schema), [
      { input: 'remote', key: 'data.remote', otherwise: 'the default remote', builtIn: undefined },
      { input: 'share', key: 'drift.drift-share', builtIn: 0.5 },
    ]);
  });
});
