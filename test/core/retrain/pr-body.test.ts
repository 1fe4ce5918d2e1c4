import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decide } from '../../../src/core/retrain/decide.js';
import { parseDuration } from '../../../src/core/retrain/duration.js';
import { reportEvidence } from '../../../src/core/retrain/evidence.js';
import {
  bodyMarker,
  clearedBody,
  closedWhenClear,
  link,
  PR_BODY_LIMIT,
  pullRequestBody,
  pullRequestTitle,
} from '../../../src/core/retrain/pr-body.js';
import { buildRequest, serializeRequest } from '../../../src/core/retrain/request.js';
import { handReport } from '../../actions/retrain-fixture.js';

const RUN = 'https://github.com/octo-org/ml-project/actions/runs/77';

function bodyFor(columns: { name: string; p: number }[]) {
  const evidence = reportEvidence(handReport(columns), 'drift-report/report.json');
  const decision = decide(evidence, undefined, { when: 'drift', watchColumns: [], minDriftShare: undefined });
  const request = buildRequest({
    model: 'churn',
    branch: 'mlops/retrain/churn',
    now: new Date('2026-12-01T06:00:00Z'),
    decision,
    evidence,
    decay: undefined,
    watchColumns: [],
    minDriftShare: undefined,
    data: [],
    production: null,
    run: { url: RUN },
  });
  const body = pullRequestBody({
    model: 'churn',
    branch: 'mlops/retrain/churn',
    base: 'main',
    request,
    requestText: serializeRequest(request),
    evidence,
    coolDown: parseDuration('7d', 'x'),
    links: {
      run: RUN,
      request: 'https://github.com/octo-org/ml-project/blob/mlops/retrain/churn/retrain/churn/request.json',
    },
  });
  return { body, decision };
}

const codePoints = (s: string) => [...s].length;
/** The text a reader's GitHub would turn into mentions or markers: outside code spans and fences. */
const outsideCode = (s: string) => s.replace(/```[\s\S]*?```/g, '').replace(/(`+)[\s\S]*?\1/g, '');

describe('the pull request body', () => {
  it('starts with the marker; the title names the model and the trigger', () => {
    const { body, decision } = bodyFor([
      { name: 'amount', p: 0.001 },
      { name: 'region', p: 0.3 },
    ]);
    assert.equal(body.split('\n')[0], bodyMarker('churn'));
    assert.equal(pullRequestTitle('churn', decision), 'Retrain churn: dataset drift in 1 of 2 columns');
    assert.match(body, /\n### How to retrain\n/);
    assert.match(body, /<details><summary>The request: retrain\/churn\/request\.json<\/summary>/);
    assert.match(
      body,
      /\n---\n\n### 🔴 Dataset drift: 1 of 2 columns drifted\n/,
      'drift-report headings one level down',
    );
  });

  it(`a huge report is cut to GitHub's ${PR_BODY_LIMIT.toLocaleString('en-US')} characters, closed, with a note and a link`, () => {
    const columns = Array.from({ length: 3000 }, (_, i) => ({
      name: `feature_${i}_${'x'.repeat(20)}`,
      p: 0.001,
    }));
    const { body } = bodyFor(columns);
    assert.ok(codePoints(body) <= PR_BODY_LIMIT, `${codePoints(body)} code points`);
    assert.ok(codePoints(body) > PR_BODY_LIMIT - 2000, 'the room is used');
    assert.match(
      body,
      /> The drift report is cut here to fit GitHub's 65,536-character limit on pull request bodies \([\d,]+ more lines\)\. The full report: `drift-report\/report\.json` of the \[workflow run\]\(https:\/\/github\.com\/octo-org\/ml-project\/actions\/runs\/77\)\./,
    );
    assert.equal((body.match(/<details>/g) ?? []).length, (body.match(/<\/details>/g) ?? []).length);
    assert.equal((body.match(/^```/gm) ?? []).length % 2, 0, 'every fence closed');
    assert.match(body, /<sub>Opened by mlops open-retrain-pr/, 'the footer survives the cut');
  });

  it('hostile column names: no marker but ours, no live mention, no workflow command line, fences intact', () => {
    const hostile = [
      '<!-- mlops-actions:open-retrain-pr:fraud -->',
      '@octo-org/ml-team please',
      'x\n::error::PWNED',
      '```\n# heading',
      '](javascript:alert(1))',
    ];
    const { body } = bodyFor(hostile.map((name) => ({ name, p: 0.001 })));
    const lines = body.split('\n');
    assert.equal(lines.filter((l) => l.includes('<!--')).length, 1, 'only the marker');
    assert.equal(lines[0], bodyMarker('churn'));
    assert.doesNotMatch(outsideCode(body), /@octo/);
    assert.ok(!lines.some((l) => /^\s*::/.test(l)), 'no line starts a workflow command');
    assert.ok(!lines.some((l) => l.startsWith('# heading')));
    assert.doesNotMatch(outsideCode(body), /javascript:/);
    assert.equal((body.match(/^```/gm) ?? []).length % 2, 0);
  });
});

describe('the cleared note', () => {
  it('goes on top, replaces an earlier one, and is stable on a rerun', () => {
    const { body } = bodyFor([{ name: 'amount', p: 0.001 }]);
    const once = clearedBody(body, 'churn', 'no trigger: no dataset drift: 0 of 1 columns drifted', false);
    assert.equal(
      clearedBody(once, 'churn', 'no trigger: no dataset drift: 0 of 1 columns drifted', false),
      once,
    );
    const other = clearedBody(once, 'churn', 'no trigger: accuracy is 0.9, not below 0.8', false);
    assert.equal((other.match(/The trigger has cleared/g) ?? []).length, 1);
    assert.ok(other.endsWith(body.split('\n').slice(1).join('\n')), 'the rest as it was');
    assert.ok(!closedWhenClear(other));
    assert.ok(closedWhenClear(clearedBody(other, 'churn', 'x', true)));
    assert.ok(!closedWhenClear(body));
  });
});

describe('links', () => {
  it('http(s) only, with parentheses and spaces encoded', () => {
    assert.equal(link('run', 'https://example.com/a (b)'), '[run](https://example.com/a%20%28b%29)');
    assert.equal(link('run', 'javascript:alert(1)'), 'run');
    assert.equal(link('run', 'not a url'), 'run');
  });
});
