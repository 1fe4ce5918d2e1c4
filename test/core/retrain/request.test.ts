import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decide } from '../../../src/core/retrain/decide.js';
import {
  buildRequest,
  MAX_REQUEST_COLUMNS,
  parseRequest,
  type RequestParts,
  retrainRequestSchema,
  safeJson,
  sameEvidence,
  serializeRequest,
} from '../../../src/core/retrain/request.js';
import { evidence } from './evidence-fixtures.js';

const EVIDENCE = evidence([
  ['amount', 0.001],
  ['region', 0.5],
  ['tenure', 0.02],
]);

function parts(over: Partial<RequestParts> = {}): RequestParts {
  const watchColumns = over.watchColumns ?? [];
  return {
    model: 'churn',
    branch: 'mlops/retrain/churn',
    now: new Date('2026-12-01T06:00:00Z'),
    decision: decide(over.evidence ?? EVIDENCE, undefined, {
      when: 'drift',
      watchColumns,
      minDriftShare: undefined,
    }),
    evidence: EVIDENCE,
    decay: undefined,
    watchColumns,
    minDriftShare: undefined,
    data: [
      { path: 'data/current.csv', pointer: 'data/current.csv.dvc', md5: 'a'.repeat(32), size: 10, nfiles: 1 },
    ],
    production: { stage: 'prod', version: 'v1.0.0', commit: 'b'.repeat(40) },
    run: { url: 'https://github.com/o/r/actions/runs/1', repository: 'o/r' },
    ...over,
  };
}

describe('request.json', () => {
  it('is valid against its own exported schema and reads back', () => {
    const request = buildRequest(parts());
    assert.deepEqual(retrainRequestSchema.parse(request), request);
    assert.deepEqual(parseRequest(serializeRequest(request)), request);
    assert.equal(request.requestedAt, '2026-12-01T06:00:00.000Z');
    assert.deepEqual(
      request.drift!.columns.map((c) => [c.name, c.score]),
      [
        ['amount', 0.001],
        ['tenure', 0.02],
      ],
    );
  });

  it('lists the watched columns that did not drift after the drifted ones', () => {
    const request = buildRequest(parts({ watchColumns: ['region', 'amount'] }));
    assert.deepEqual(
      request.drift!.columns.map((c) => [c.name, c.drifted]),
      [
        ['amount', true],
        ['region', false],
      ],
    );
    assert.deepEqual(request.drift!.watchColumns, ['region', 'amount']);
  });

  it(`keeps at most ${MAX_REQUEST_COLUMNS} columns and counts the rest`, () => {
    const wide = evidence(Array.from({ length: 250 }, (_, i) => [`c${i}`, 0.001] as [string, number]));
    const request = buildRequest(parts({ evidence: wide }));
    assert.equal(request.drift!.columns.length, MAX_REQUEST_COLUMNS);
    assert.equal(request.drift!.columnsOmitted, 50);
  });

  it('the same evidence is the same request, whatever run made it, when, and from which file', () => {
    const a = buildRequest(parts());
    const b = buildRequest(
      parts({ now: new Date('2026-12-08T06:00:00Z'), run: { url: 'https://github.com/o/r/actions/runs/2' } }),
    );
    b.drift!.source = {
      ...EVIDENCE.source,
      path: 'elsewhere/report.json',
      generatedAt: '2026-12-08T06:00:00Z',
    } as never;
    assert.ok(sameEvidence(a, b));
    const scores = buildRequest(
      parts({
        evidence: evidence([
          ['amount', 0.002],
          ['region', 0.5],
          ['tenure', 0.02],
        ]),
      }),
    );
    assert.ok(!sameEvidence(a, scores), 'a new score');
    assert.ok(!sameEvidence(a, buildRequest(parts({ data: [] }))), 'other data');
    assert.ok(!sameEvidence(a, buildRequest(parts({ production: null }))), 'another production version');
  });

  it('safe JSON: the same value, and raw text without < > & @ backticks or invisible characters', () => {
    const value = { name: '<!-- x --> @octo-org/team `code` & \u200b\u202e\u2028', n: 1 };
    const text = safeJson(value);
    assert.deepEqual(JSON.parse(text), value);
    assert.doesNotMatch(text, /[<>&@`\u200b\u202e\u2028]/);
    assert.match(
      text,
      /\\u003c!-- x --\\u003e \\u0040octo-org\/team \\u0060code\\u0060 \\u0026 \\u200b\\u202e\\u2028/,
    );
  });

  it('parseRequest: a hand-edited or foreign file is not a request', () => {
    assert.equal(parseRequest('{"schema": 1}'), undefined);
    assert.equal(parseRequest('not json'), undefined);
    assert.equal(parseRequest(undefined), undefined);
  });
});
