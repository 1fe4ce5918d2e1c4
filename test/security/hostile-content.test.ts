/**
 * Hostile repository content, as the author of a pull request with write access would plant it (issue 9).
 * One row per case: the hostile input × where it enters × the neutral outcome expected. Actions read the
 * same files (pointers, metrics, params, `.mlops.yml`, datasets) through the same modules, so a new action
 * adds its entry points as rows here and inherits the cases. Rows run the bundled actions the way the
 * runner does (test/harness/run-action.ts) or the CLI, except where the parser alone is the entry point.
 * The path cases (files outside the workspace, `.git/`) are in hostile-paths.test.ts; the large or deep inputs
 * (size limits, YAML/JSON bombs) in hostile-content-size.test.ts.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { buildModelImageSchema } from '../../src/actions/build-model-image.js';
import { parseInputs } from '../../src/adapter/inputs.js';
import { checkBranchName } from '../../src/core/registry/branch.js';
import { provenanceLabels } from '../../src/core/image/provenance.js';
import { silentLogger } from '../../src/core/logger.js';
import { writeFiles } from '../harness/git-fixtures.js';
import { runAction, runCli } from '../harness/run-action.js';
import { tempDir } from '../harness/temp-dir.js';
import {
  handReport,
  REPO as RETRAIN_REPO,
  retrainProject,
  TOKEN as RETRAIN_TOKEN,
  writeReport,
} from '../actions/retrain-fixture.js';
import {
  assertNoInjectedCommands,
  configurationError,
  INJECTION_WITH_CR,
  pullRequestFixture,
  type PullRequestFixture,
} from './hostile-helpers.js';

interface HostileCase {
  hostile: string;
  entersThrough: string;
  expected: string;
  check: () => Promise<void>;
}

const marker = (experiment: string) => `<!-- mlops-actions:track-experiment:${experiment} -->`;
/** YAML double-quoted scalar of any text (JSON strings are valid YAML). */
const yamlString = (text: string) => JSON.stringify(text);
/** A CSV header cell of any text. */
const csvCell = (text: string) => `"${text.replace(/"/g, '""')}"`;
const CONTROLS = 'nul\u0000esc\u001b[31mred';
/** A raw control character (tab and line feed allowed: markdown has line breaks). */
// eslint-disable-next-line no-control-regex
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/;
/** Any control character at all (labels are single-line). */
// eslint-disable-next-line no-control-regex
const ANY_CONTROL = /[\u0000-\u001f\u007f]/;

let pr: PullRequestFixture | undefined;
after(() => pr?.close());
/** One pull request shared by the rows that comment on it. */
async function pullRequest(): Promise<PullRequestFixture> {
  pr ??= await pullRequestFixture(11);
  return pr;
}

/** Two experiments on one pull request: the first one's metrics or params carry the second one's marker. */
async function spoofedMarkerCase(spoofer: string, victim: string, files: Record<string, string>) {
  const { workspace, track, ours } = await pullRequest();
  await writeFiles(workspace, files);
  const spoof = { name: spoofer, metrics: `${spoofer}-metrics.json`, params: `${spoofer}-params.yaml` };
  const plain = { name: victim, metrics: 'plain-metrics.json' };
  await writeFiles(workspace, { 'plain-metrics.json': '{"acc": 0.5}' });
  const bodies = () => new Map(ours().map((c) => [c.body.split('\n', 1)[0], c]));
  const before = ours().length;

  for (const [inputs, runId] of [
    [spoof, `${spoofer}-1`],
    [plain, `${victim}-1`],
  ] as const) {
    const run = await track(inputs, runId);
    assert.equal(run.exitCode, 0, run.stdout + run.stderr);
  }
  const first = bodies();
  assert.equal(ours().length, before + 2, 'each experiment has its own comment');
  assert.match(first.get(marker(spoofer))!.body, new RegExp(`Experiment \`${spoofer}\``));
  assert.match(first.get(marker(victim))!.body, new RegExp(`Experiment \`${victim}\``));

  // Reruns update each comment in place; neither deletes the other as a "duplicate".
  for (const [inputs, runId] of [
    [spoof, `${spoofer}-2`],
    [plain, `${victim}-2`],
  ] as const) {
    const run = await track(inputs, runId);
    assert.equal(run.exitCode, 0, run.stdout + run.stderr);
  }
  const second = bodies();
  assert.equal(ours().length, before + 2);
  for (const name of [spoofer, victim]) {
    assert.equal(
      second.get(marker(name))!.id,
      first.get(marker(name))!.id,
      `${name}'s comment kept its place`,
    );
  }
  // No `<!--` from user text in the raw bodies (other bots and older versions match raw text).
  for (const c of ours()) assert.ok(!c.body.split('\n').slice(1).join('\n').includes('<!--'), c.body);
}

const CASES: HostileCase[] = [
  {
    hostile: "a metric key holding another experiment's comment marker",
    entersThrough: 'metrics.json → track-experiment PR comment',
    expected: 'each experiment keeps its own sticky comment; none is overwritten or deleted',
    check: () =>
      spoofedMarkerCase('alpha', 'beta', {
        'alpha-metrics.json': JSON.stringify({ acc: 0.9, [marker('beta')]: 1 }),
        'alpha-params.yaml': 'lr: 0.1\n',
      }),
  },
  {
    hostile: "a param value holding another experiment's comment marker",
    entersThrough: 'params.yaml → track-experiment PR comment',
    expected: 'each experiment keeps its own sticky comment; none is overwritten or deleted',
    check: () =>
      spoofedMarkerCase('gamma', 'delta', {
        'gamma-metrics.json': '{"acc": 0.8}',
        'gamma-params.yaml': `note: ${yamlString(`see ${marker('delta')}`)}\n`,
      }),
  },
  {
    hostile: 'NUL and ESC in metric keys and params',
    entersThrough: 'metrics.json / params.yaml → track-experiment comment and job summary',
    expected: 'control characters shown as ␀ ␛, no raw control byte',
    check: async () => {
      const { workspace, track, ours } = await pullRequest();
      await writeFiles(workspace, {
        'ctl-metrics.json': JSON.stringify({ [CONTROLS]: 1 }),
        'ctl-params.yaml': `v: ${yamlString(CONTROLS)}\n`,
      });
      const run = await track(
        { name: 'controls', metrics: 'ctl-metrics.json', params: 'ctl-params.yaml' },
        'ctl-1',
      );
      assert.equal(run.exitCode, 0, run.stdout + run.stderr);
      const body = ours().find((c) => c.body.startsWith(marker('controls')))!.body;
      for (const text of [body, run.summary]) {
        assert.doesNotMatch(text, RAW_CONTROL);
        assert.ok(text.includes('`nul␀esc␛[31mred`'), text);
      }
    },
  },
  {
    hostile: 'a pointer path with line breaks followed by ::error, ::add-mask, ::set-output, ##[…]',
    entersThrough: '.dvc pointer → data-hash status log',
    expected: 'no output line is a workflow command; nothing masked',
    check: async () => {
      const workspace = await tempDir('hostile-dvc-');
      await writeFiles(workspace, {
        'evil.dvc': `outs:\n- md5: acbd18db4cc2f85cedef654fccc4a4d8\n  size: 3\n  hash: md5\n  path: ${yamlString(INJECTION_WITH_CR)}\n`,
      });
      const run = await runAction({ action: 'data-hash', inputs: { command: 'status' }, workspace });
      assertNoInjectedCommands(run);
      assert.notEqual(run.outputs.changed, 'PWNED');
    },
  },
  {
    hostile: 'a column name with line breaks followed by workflow commands',
    entersThrough: 'dataset header → drift-report warnings (CLI stderr, runner stdout)',
    expected: 'no output line is a workflow command; nothing masked',
    check: async () => {
      const workspace = await tempDir('hostile-drift-');
      const rows = Array.from({ length: 50 }, (_, i) => `${i},${i % 3}`).join('\n');
      await writeFiles(workspace, {
        'ref.csv': `n,${csvCell(INJECTION_WITH_CR)}\n${rows}\n`,
        'cur.csv': `n\n${Array.from({ length: 50 }, (_, i) => i).join('\n')}\n`,
      });
      const cli = await runCli(['drift-report', '--reference', 'ref.csv', '--current', 'cur.csv'], {
        cwd: workspace,
      });
      assert.equal(cli.exitCode, 0, cli.stderr);
      assert.match(
        cli.stderr,
        /warning: drift-report: column 'x%0A::error title=PWNED::PWNED error%0A::add-mask::/,
      );
      assertNoInjectedCommands(cli);
      const run = await runAction({
        action: 'drift-report',
        inputs: { reference: 'ref.csv', current: 'cur.csv' },
        workspace,
      });
      assert.equal(run.exitCode, 0, run.stderr);
      assertNoInjectedCommands(run);
    },
  },
  {
    hostile: 'NUL and ESC in column names and categories; an @mention and a marker as a category',
    entersThrough: 'dataset → drift-report report.md and job summary',
    expected: 'shown as ␀ ␛; no raw control byte, live @mention or `<!--` in report.md or the summary',
    check: async () => {
      const workspace = await tempDir('hostile-drift-ctl-');
      const rows = (cat: string) =>
        Array.from({ length: 40 }, (_, i) => `${i},${i % 2 ? cat : 'a'}`).join('\n');
      await writeFiles(workspace, {
        'ref.csv': `n,${csvCell(CONTROLS)}\n${rows('b')}\n`,
        'cur.csv': `n,${csvCell(CONTROLS)}\n${rows(csvCell(`@octo-org/ml-team ${marker('x')} ${CONTROLS}`))}\n`,
      });
      const run = await runAction({
        action: 'drift-report',
        inputs: { reference: 'ref.csv', current: 'cur.csv' },
        workspace,
      });
      assert.equal(run.exitCode, 0, run.stderr);
      const md = await readFile(join(workspace, 'drift-report', 'report.md'), 'utf8');
      for (const text of [md, run.summary]) {
        assert.doesNotMatch(text, RAW_CONTROL);
        assert.ok(text.includes('`nul␀esc␛[31mred`'));
        // The new category is listed in the findings, outside code spans.
        assert.ok(
          text.includes(
            '@\u200bocto\\-org/ml\\-team &lt;\\!\\-\\- mlops\\-actions:track\\-experiment:x \\-\\-&gt; nul␀esc␛\\[31mred',
          ),
          text,
        );
        assert.doesNotMatch(text, /@octo|<!--/);
      }
    },
  },
  {
    hostile: 'column names holding a marker, an @mention, a line break + ::error, and a backtick fence',
    entersThrough:
      'drift report (and .mlops.yml retrain.watch-columns) → open-retrain-pr PR body, logs, reason',
    expected:
      'the PR body has only our marker, no live mention, fences intact; no output line is a workflow command',
    check: async () => {
      const p = await retrainProject({
        files: { '.mlops.yml': 'retrain:\n  watch-columns:\n    - "x\\n::error::PWNED"\n' },
      });
      try {
        const names = [
          marker('x'),
          '@octo-org/ml-team',
          'x\n::error::PWNED',
          '```\n# injected',
          INJECTION_WITH_CR,
        ];
        const report = await writeReport(
          p.ws,
          'drift/report.json',
          handReport(names.map((name) => ({ name, p: 0.001 }))),
        );
        const run = await p.run({ 'drift-report': report });
        assert.equal(run.exitCode, 0, run.stdout);
        assert.equal(run.outputs.reason, 'watched column drifted: x%0A::error::PWNED');
        assertNoInjectedCommands(run);
        const response = await fetch(`${p.api.url}/repos/${RETRAIN_REPO}/pulls/1`, {
          headers: { authorization: `token ${RETRAIN_TOKEN}` },
        });
        const body = ((await response.json()) as { body: string }).body;
        const lines = body.split('\n');
        assert.equal(lines[0], '<!-- mlops-actions:open-retrain-pr:churn -->');
        assert.equal(lines.filter((l) => l.includes('<!--')).length, 1, 'only our marker');
        const outsideCode = body.replace(/```[\s\S]*?```/g, '').replace(/(`+)[\s\S]*?\1/g, '');
        assert.doesNotMatch(outsideCode, /@octo|PWNED/);
        assert.ok(!lines.some((l) => l.startsWith('# injected') || /^\s*::/.test(l)));
        assert.equal((body.match(/^```/gm) ?? []).length % 2, 0, 'every fence closed');
        assert.deepEqual(p.api.responseErrors, []);
      } finally {
        await p.close();
      }
    },
  },
  {
    hostile: 'NUL, ESC and a line break in a data path and a metric key',
    entersThrough: '.dvc pointer / metrics file → build-model-image provenance labels',
    expected: 'label keys and values free of control characters (shown as ␀ ␛)',
    check: async () => {
      const workspace = await tempDir('hostile-labels-');
      await writeFiles(workspace, {
        'data.dvc': `outs:\n- md5: acbd18db4cc2f85cedef654fccc4a4d8\n  path: ${yamlString(`d\n${CONTROLS}`)}\n`,
        'metrics.json': JSON.stringify({ [`m\n${CONTROLS}`]: 0.5 }),
      });
      const labels = await provenanceLabels({
        workspace,
        name: 'model',
        version: undefined,
        description: undefined,
        sourceUrl: undefined,
        revision: undefined,
        created: '2026-01-01T00:00:00Z',
        runId: undefined,
        metricsFile: join(workspace, 'metrics.json'),
        logger: silentLogger,
      });
      for (const [key, value] of Object.entries(labels)) {
        assert.doesNotMatch(key, ANY_CONTROL);
        assert.doesNotMatch(value, ANY_CONTROL);
      }
      assert.equal(
        labels['org.mlops-actions.data.d nul␀esc␛[31mred'],
        'md5:acbd18db4cc2f85cedef654fccc4a4d8',
      );
      assert.equal(labels['org.mlops-actions.metric.m nul␀esc␛[31mred'], '0.5');
    },
  },
  {
    hostile: 'label keys that are empty or hold a line break; a label value with NUL',
    entersThrough: "build-model-image input 'labels'",
    expected: "one input error naming 'labels'",
    check: async () => {
      for (const [labels, problem] of [
        ['a=1\n =x', "Input 'labels' has an empty key (value 'x')"],
        ['{"": "x"}', "Input 'labels' has an empty key (value 'x')"],
        ['{"a\\nb": "x"}', "Input 'labels' key 'a%0Ab' holds a line break or other control character"],
        ['{"a": "x\\u0000"}', "Input 'labels' value of 'a' holds a line break or other control character"],
      ] as const) {
        const error = await configurationError(() =>
          parseInputs(buildModelImageSchema, { model: 'model.bin', name: 'm', labels }),
        );
        assert.equal(error.message, problem);
      }
    },
  },
  {
    hostile: "registry-branch given as 'refs/heads/x' (as GITHUB_REF spells it)",
    entersThrough: "track-experiment / drift-report input 'registry-branch' or .mlops.yml registry.branch",
    expected: "the branch 'x' (not refs/heads/refs/heads/x); other refs/… refused clearly",
    check: async () => {
      assert.equal(checkBranchName('refs/heads/mlops/registry', 'registry-branch'), 'mlops/registry');
      const error = await configurationError(() => checkBranchName('refs/tags/v1', 'registry-branch'));
      assert.equal(error.message, "Input 'registry-branch': 'refs/tags/v1' is not a usable branch name.");
    },
  },
];

describe('hostile content: input × where it enters → neutral outcome', () => {
  for (const c of CASES) {
    // A generous bound, not a timing: the quadratic parsers of issue 9 took minutes on these inputs.
    it(`${c.hostile} (${c.entersThrough}): ${c.expected}`, { timeout: 120_000 }, c.check);
  }
});
