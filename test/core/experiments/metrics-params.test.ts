import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConfigurationError } from '../../../src/core/errors.js';
import { flatten } from '../../../src/core/structured/flatten.js';
import { parseMetricsFile } from '../../../src/core/experiments/metrics-files.js';
import { parseParamsFile } from '../../../src/core/experiments/params-files.js';

function throwsConfig(fn: () => unknown, pattern: RegExp) {
  assert.throws(fn, (error: unknown) => {
    assert.ok(error instanceof ConfigurationError, `expected ConfigurationError, got ${String(error)}`);
    assert.match(error.message, pattern);
    return true;
  });
}

describe('flatten', () => {
  it('joins nested keys with dots like DVC and keeps lists whole', () => {
    const flat = flatten({ train: { loss: 1, nested: { deep: 2 } }, layers: [1, 2], empty: {} });
    assert.deepEqual(
      [...flat],
      [
        ['train.loss', 1],
        ['train.nested.deep', 2],
        ['layers', [1, 2]],
      ],
    );
  });
});

describe('metrics files', () => {
  it('reads JSON and YAML summaries into dotted keys', () => {
    const json = parseMetricsFile('{"acc": 0.9, "test": {"f1": 0.5, "n": 3}}', 'metrics.json');
    assert.deepEqual(Object.fromEntries(json.metrics), { acc: 0.9, 'test.f1': 0.5, 'test.n': 3 });
    const yaml = parseMetricsFile('loss: 0.25\neval:\n  auc: 0.75\n', 'out/metrics.yaml');
    assert.deepEqual(Object.fromEntries(yaml.metrics), { loss: 0.25, 'eval.auc': 0.75 });
  });

  it('names the file and the key of a non-numeric metric', () => {
    throwsConfig(
      () => parseMetricsFile('{"test": {"acc": "high"}}', 'metrics.json'),
      /metrics\.json.*'test\.acc'.*"high"/,
    );
    throwsConfig(() => parseMetricsFile('acc: null\n', 'm.yaml'), /m\.yaml.*'acc'/);
    throwsConfig(() => parseMetricsFile('acc: [1, 2]\n', 'm.yml'), /'acc'.*a list/);
    throwsConfig(() => parseMetricsFile('acc: .nan\n', 'm.yml'), /'acc' must be a finite number/);
  });

  it('rejects invalid JSON and a top level that is not a mapping', () => {
    throwsConfig(() => parseMetricsFile('{"acc": ', 'metrics.json'), /metrics\.json is not valid JSON/);
    throwsConfig(() => parseMetricsFile('[1, 2]', 'metrics.json'), /must hold a mapping/);
    throwsConfig(() => parseMetricsFile('a: [\n', 'm.yaml'), /^m\.yaml:\d+: invalid YAML/);
  });

  it('reads dvclive TSV step series, named after the directory under plots/metrics', () => {
    const text = 'timestamp\tstep\tloss\n1700000000\t0\t0.9\n1700000001\t1\t0.7\n1700000002\t2\t0.5\n';
    const read = parseMetricsFile(text, 'dvclive/plots/metrics/train/loss.tsv');
    assert.deepEqual(Object.fromEntries(read.series), {
      'train.loss': [
        [0, 0.9],
        [1, 0.7],
        [2, 0.5],
      ],
    });
    assert.equal(read.metrics.size, 0);
  });

  it('reads CSV (quoted cells, missing values skipped) and JSON Lines, sorted by step', () => {
    const csv = parseMetricsFile('step,acc,"val,acc"\n2,0.8,0.7\n1,0.6,\n', 'curves.csv');
    assert.deepEqual(Object.fromEntries(csv.series), {
      acc: [
        [1, 0.6],
        [2, 0.8],
      ],
      'val,acc': [[2, 0.7]],
    });
    const jsonl = parseMetricsFile(
      '{"step": 0, "loss": 2}\n\n{"step": 1, "loss": 1, "lr": 0.1}\n',
      'log.jsonl',
    );
    assert.deepEqual(Object.fromEntries(jsonl.series), {
      loss: [
        [0, 2],
        [1, 1],
      ],
      lr: [[1, 0.1]],
    });
  });

  it('names file, line and column of bad series values', () => {
    throwsConfig(
      () => parseMetricsFile('step,acc\n0,0.5\n1,oops\n', 'c.csv'),
      /c\.csv, line 3: metric 'acc'.*"oops"/,
    );
    throwsConfig(
      () => parseMetricsFile('epoch,acc\n0,1\n', 'c.csv'),
      /needs a 'step' column \(found: epoch, acc\)/,
    );
    throwsConfig(() => parseMetricsFile('{"loss": 1}\n', 'l.jsonl'), /l\.jsonl, line 1: .*'step'/);
    throwsConfig(() => parseMetricsFile('step\tloss\nx\t1\n', 'l.tsv'), /line 2: 'step' must be a number/);
  });
});

describe('params files', () => {
  it('flattens a YAML mapping, keeping strings, booleans, nulls and lists', () => {
    const params = parseParamsFile(
      'lr: 0.01\nmodel:\n  name: "resnet"\n  layers: [64, 32]\n  dropout: null\nshuffle: true\n',
      'params.yaml',
    );
    assert.deepEqual(Object.fromEntries(params), {
      lr: 0.01,
      'model.name': 'resnet',
      'model.layers': [64, 32],
      'model.dropout': null,
      shuffle: true,
    });
  });

  it('refuses a params file that is not a mapping, naming it', () => {
    throwsConfig(
      () => parseParamsFile('- a\n- b\n', 'params.yaml'),
      /Params file params\.yaml must be a mapping.*a list/,
    );
    throwsConfig(() => parseParamsFile('', 'params.yaml'), /an empty document/);
    throwsConfig(() => parseParamsFile('"just text"', 'p.json'), /a string/);
  });
});
