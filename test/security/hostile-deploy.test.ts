/**
 * Hostile content reaching gated-deploy's markdown (issue 11; the table of hostile-content.test.ts, for the
 * deploy pull request's body, the job summary and the release notes): metric keys, check names, param
 * keys and values and data paths holding an @mention, a comment marker, a link, HTML, a table break, control
 * characters and workflow commands. Expected: shown as text — no live mention, no `<!--`, no link or HTML, no
 * raw control byte, no workflow command in the log.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { deployScene, DEPLOYMENT, FULL, image, type Scene } from '../actions/deploy-scene.js';
import { assertNoInjectedCommands, INJECTION } from './hostile-helpers.js';

const [owner, repo] = FULL.split('/') as [string, string];
const EVIL =
  '@octo-org/ml-team <!-- mlops-actions:deploy --> [win](https://evil.example) <img src=x> | cell \u0000\u001b[31m';
const KEY = `auc ${EVIL}`;
const CHECK = `train ${EVIL}`;

/** Rendered text must show the hostile pieces as text only. */
function assertNeutral(markdown: string, where: string): void {
  // GitHub makes no mention inside a code span; outside them, an @ must be broken (by a zero-width space).
  const outsideCode = markdown.replace(/(`+)[^`]*?\1/g, '');
  assert.ok(!/@octo/.test(outsideCode), `${where}: a live @mention`);
  assert.ok(!markdown.includes('<!--'), `${where}: a comment marker`);
  assert.ok(!outsideCode.includes('](https://evil'), `${where}: a link`);
  assert.ok(!outsideCode.includes('<img'), `${where}: HTML`);
  // Every table row has as many cell separators (unescaped |) as its header: no cell broke out.
  const pipes = (line: string) => line.replace(/\\./g, '').split('|').length;
  let header: number | undefined;
  for (const line of markdown.split('\n')) {
    if (!line.startsWith('|')) header = undefined;
    else if (header === undefined) header = pipes(line);
    else assert.equal(pipes(line), header, `${where}: a table row with extra cells: ${line}`);
  }
  // eslint-disable-next-line no-control-regex
  assert.ok(!/[\u0000-\u0008\u000b-\u001f\u007f]/.test(markdown), `${where}: a raw control character`);
  assert.ok(markdown.includes('␀') && markdown.includes('␛'), `${where}: controls shown as pictures`);
}

describe('hostile content in gated-deploy markdown', () => {
  let s: Scene;
  let sha: string;
  const config = (pin: string) => `deploy:
  models:
    churn:
      environments:
        production:
          manifests: [deploy/app.yaml]
          pin: ${pin}
          gates:
            metrics: { ${JSON.stringify(KEY)}: ">= 0.5" }
            checks: [${JSON.stringify(CHECK)}, ${JSON.stringify(INJECTION)}]
`;

  before(async () => {
    s = await deployScene({ '.mlops.yml': config('pull-request'), 'deploy/app.yaml': DEPLOYMENT });
    sha = await s.commit({ 'model.txt': '1\n' });
    await s.recordRun(sha, {
      id: 'run-1',
      metrics: { [KEY]: 0.9 },
      params: { [`lr ${EVIL}`]: EVIL },
      data: [{ path: `data/${EVIL}.csv`, md5: 'a'.repeat(32), source: 'data.dvc' }],
    });
    s.api.addCheckRun(FULL, sha, { name: CHECK, conclusion: 'success' });
    s.api.addCheckRun(FULL, sha, { name: INJECTION, conclusion: 'success' });
  });
  after(() => s.close());

  it('the deploy pull request body and the job summary', async () => {
    const run = await s.deploy({ environment: 'production', image: image('a') }, { sha });
    assert.equal(run.exitCode, 0, run.stdout + run.stderr);
    assertNoInjectedCommands(run);
    const [pull] = (await s.gh.rest.pulls.list({ owner, repo })).data;
    assertNeutral(pull!.body ?? '', 'pull request body');
    assertNeutral(run.summary, 'job summary');
  });

  it('the release notes (metrics, changed params, data paths, gate table) and the summary', async () => {
    const second = await s.commit({ 'model.txt': '2\n' });
    await s.recordRun(second, {
      id: 'run-2',
      metrics: { [KEY]: 0.95 },
      params: { [`lr ${EVIL}`]: `${EVIL} 2` },
      data: [{ path: `data/${EVIL}.csv`, md5: 'b'.repeat(32), source: 'data.dvc' }],
    });
    s.api.addCheckRun(FULL, second, { name: CHECK, conclusion: 'success' });
    s.api.addCheckRun(FULL, second, { name: INJECTION, conclusion: 'success' });
    // The first version to production (pin: push this time), then the second, so the notes compare.
    for (const [commit, c] of [
      [sha, 'a'],
      [second, 'b'],
    ] as const) {
      const run = await s.deploy(
        {
          environment: 'production',
          image: image(c),
          pin: 'push',
          'run-id': commit === sha ? 'run-1' : 'run-2',
        },
        { sha: commit },
      );
      assert.equal(run.exitCode, 0, run.stdout + run.stderr);
      assertNoInjectedCommands(run);
      assertNeutral(run.summary, 'job summary');
    }
    const release = await s.gh.rest.repos.getLatestRelease({ owner, repo });
    assert.equal(release.data.tag_name, 'churn@v0.0.2');
    assertNeutral(release.data.body ?? '', 'release notes');
    assert.match(release.data.body ?? '', /Changed params/);
  });
});
