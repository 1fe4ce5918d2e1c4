/**
 * The drop-in Prometheus rules (workflows-templates/prometheus/) checked by the real promtool: the rules file is
 * valid, its unit tests pass, they cover every alert firing and staying quiet, a broken rule makes them fail, and
 * the setup note documents every alert the runbook links point at.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { requireTool, ruleReferences } from '../harness/prometheus.js';
import { PROJECT_ROOT } from '../harness/run-action.js';
import { tempDir } from '../harness/temp-dir.js';

const DIR = join(PROJECT_ROOT, 'workflows-templates', 'prometheus');
const RULES = 'drift-alerts.yml';
const TESTS = 'drift-alerts.test.yml';

interface AlertRule {
  alert: string;
  expr: string;
  for?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
}
interface UnitTests {
  rule_files: string[];
  tests: { alert_rule_test?: { alertname: string; exp_alerts?: unknown[] }[] }[];
}

function promtool(args: string[], cwd: string) {
  const result = spawnSync('promtool', args, { cwd, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

async function alertRules(): Promise<AlertRule[]> {
  const file = parse(await readFile(join(DIR, RULES), 'utf8')) as { groups: { rules: AlertRule[] }[] };
  return file.groups.flatMap((g) => g.rules);
}

describe('Prometheus drift alerting rules', () => {
  it('pass promtool check rules', async (t) => {
    if (!requireTool(t, 'promtool')) return;
    const { status, output } = promtool(['check', 'rules', RULES], DIR);
    assert.equal(status, 0, output);
    assert.match(output, new RegExp(`SUCCESS: ${(await alertRules()).length} rules found`));
  });

  it('pass their promtool unit tests', (t) => {
    if (!requireTool(t, 'promtool')) return;
    const { status, output } = promtool(['test', 'rules', TESTS], DIR);
    assert.equal(status, 0, output);
    assert.match(output, /SUCCESS/);
  });

  it('the unit tests expect every alert to fire somewhere and to stay quiet somewhere', async () => {
    const suite = parse(await readFile(join(DIR, TESTS), 'utf8')) as UnitTests;
    assert.deepEqual(suite.rule_files, [RULES]);
    const cases = suite.tests.flatMap((s) => s.alert_rule_test ?? []);
    for (const { alert } of await alertRules()) {
      const mine = cases.filter((c) => c.alertname === alert);
      assert.ok(
        mine.some((c) => (c.exp_alerts ?? []).length > 0),
        `no unit test expects ${alert} to fire`,
      );
      assert.ok(
        mine.some((c) => (c.exp_alerts ?? []).length === 0),
        `no unit test expects ${alert} to stay quiet`,
      );
    }
  });

  it('a broken rule fails the unit tests (so their pass means something)', async (t) => {
    if (!requireTool(t, 'promtool')) return;
    const dir = await tempDir('prom-rules-');
    await copyFile(join(DIR, TESTS), join(dir, TESTS));
    const rules = await readFile(join(DIR, RULES), 'utf8');
    for (const [from, to] of [
      ['26 * 3600', '28 * 3600'], // the stale report goes unnoticed
      ['(mlops_drift_dataset_drifted == 1)', '(mlops_drift_dataset_drifted == 0)'], // alerts on the healthy
      ['for: 5m', 'for: 1m'], // fires before its `for:`
      // the threshold looked up for another dataset of the same repository
      [
        'repository=%q,dataset_name=%q}" $labels.job $labels.repository $labels.dataset_name',
        'repository=%q}" $labels.job $labels.repository',
      ],
      [
        'repository=%q,dataset_name=%q,column=%q}" $labels.job $labels.repository $labels.dataset_name $labels.column',
        'repository=%q,column=%q}" $labels.job $labels.repository $labels.column',
      ],
    ]) {
      assert.ok(rules.includes(from!), from);
      await writeFile(join(dir, RULES), rules.replace(from!, to!));
      const { status, output } = promtool(['test', 'rules', TESTS], dir);
      assert.equal(status, 1, `${from} → ${to} still passes: ${output}`);
      assert.match(output, /FAILED/);
    }
  });

  it('every alert has a severity, a for:, and a summary, description and runbook that the README documents', async () => {
    const readme = await readFile(join(DIR, 'README.md'), 'utf8');
    const headings = new Set([...readme.matchAll(/^### (\S+)$/gm)].map((m) => m[1]!.toLowerCase()));
    const rules = await alertRules();
    assert.deepEqual(
      rules.map((r) => r.alert),
      ruleReferences(await readFile(join(DIR, RULES), 'utf8')).alerts,
    );
    for (const rule of rules) {
      assert.match(rule.labels?.severity ?? '', /^(critical|warning|info)$/, rule.alert);
      assert.match(rule.for ?? '', /^\d+[mh]$/, rule.alert);
      assert.deepEqual(Object.keys(rule.annotations ?? {}).sort(), ['description', 'runbook_url', 'summary']);
      const anchor = /README\.md#([a-z]+)$/.exec(rule.annotations!.runbook_url!)?.[1];
      assert.equal(
        anchor,
        rule.alert.toLowerCase(),
        `${rule.alert}: runbook_url ${rule.annotations!.runbook_url}`,
      );
      assert.ok(headings.has(anchor), `README.md has no section ### ${rule.alert}`);
    }
  });
});
