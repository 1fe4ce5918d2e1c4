/**
 * The loop from the exporter to the drop-in alerts: drift-report runs as the runner runs it on the drifted fixture
 * and pushes to a real Pushgateway; the metric and label names the rules file (workflows-templates/prometheus/)
 * uses must be what metrics.prom and the Pushgateway give; then a real Prometheus, configured from the rules
 * README's scrape block, scrapes the Pushgateway, evaluates the rules and raises the drift alerts for the group.
 */
import assert from 'node:assert/strict';
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parse } from 'yaml';
import {
  parseExposition,
  requireTool,
  ruleReferences,
  startPrometheus,
  startPushgateway,
  type Sample,
} from '../harness/prometheus.js';
import { PROJECT_ROOT, runAction } from '../harness/run-action.js';
import { tempDir } from '../harness/temp-dir.js';

const RULES_DIR = join(PROJECT_ROOT, 'workflows-templates', 'prometheus');
const RULES = join(RULES_DIR, 'drift-alerts.yml');
const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'drift');
const REPOSITORY = 'octo-org/churn-model';
// The group the action pushes: its default pushgateway-job, the repository it runs in and its dataset-name.
const GROUP = { job: 'mlops_drift_report', repository: REPOSITORY, dataset_name: 'churn-batch' };
// The fixture's truth (scipy reference values, test/fixtures/drift/expected.json): 3 of 5 columns drift.
const DRIFTED_COLUMNS = ['cat_new', 'num', 'num_missing'];

interface Alert {
  labels: Record<string, string>;
  annotations: Record<string, string>;
  state: string;
  value: string;
}

describe('drift-report metrics and the Prometheus rules', () => {
  let gateway = '';
  let exported: Sample[] = [];
  let scraped: Sample[] = [];
  const skipped = { reason: '' };
  const stops: (() => void)[] = [];
  after(() => {
    for (const stop of stops) stop();
  });

  before(async () => {
    const t = {
      skip: (why?: string) => (skipped.reason = why ?? 'skipped'),
      after: (stop: () => void) => stops.push(stop),
    };
    if (!requireTool(t, 'prometheus-pushgateway')) return;
    gateway = await startPushgateway(t);
    const ws = await tempDir('drift-alerts-');
    await mkdir(join(ws, 'data'));
    await copyFile(join(FIXTURES, 'reference.csv'), join(ws, 'data', 'reference.csv'));
    await copyFile(join(FIXTURES, 'current.csv'), join(ws, 'data', 'current.csv'));
    const run = await runAction({
      action: 'drift-report',
      workspace: ws,
      event: { name: 'schedule', payload: { schedule: '17 6 * * *' } },
      env: { GITHUB_REPOSITORY: REPOSITORY },
      inputs: {
        reference: 'data/reference.csv',
        current: 'data/current.csv',
        'pushgateway-url': gateway,
        'dataset-name': GROUP.dataset_name,
      },
    });
    assert.equal(run.exitCode, 0, run.stderr + run.stdout);
    exported = parseExposition(await readFile(join(ws, run.outputs['metrics-file']!), 'utf8'));
    scraped = parseExposition(await (await fetch(`${gateway}/metrics`)).text()).filter(
      (s) =>
        s.labels.job === GROUP.job &&
        s.labels.repository === GROUP.repository &&
        s.labels.dataset_name === GROUP.dataset_name,
    );
  });

  it('metrics.prom and the Pushgateway give every metric and label the rules use', async (t) => {
    if (skipped.reason) return t.skip(skipped.reason);
    const refs = ruleReferences(await readFile(RULES, 'utf8'));
    const exportedNames = new Set(exported.map((s) => s.name));
    const scrapedNames = new Set(scraped.map((s) => s.name));
    // The Pushgateway's own metrics for the group: what it scrapes with that metrics.prom does not hold.
    const gatewayOwn = new Set([...scrapedNames].filter((n) => !exportedNames.has(n)));
    assert.ok(gatewayOwn.has('push_time_seconds'), `no push_time_seconds for ${JSON.stringify(GROUP)}`);
    for (const name of refs.metrics) {
      assert.ok(
        exportedNames.has(name) || gatewayOwn.has(name),
        `the rules use ${name}; metrics.prom has ${[...exportedNames].join(', ')}`,
      );
      assert.ok(scrapedNames.has(name), `the Pushgateway has no ${name} for ${JSON.stringify(GROUP)}`);
    }
    // The staleness rule reads the Pushgateway's push time; the drift rules read what drift-report exports.
    assert.ok(refs.metrics.has('push_time_seconds'));
    assert.ok([...refs.metrics].filter((n) => exportedNames.has(n)).length >= 5);

    // Labels: those of the exported samples, plus the grouping labels the push adds (and nothing the rules
    // need comes only from Prometheus' own target labels).
    const exportedLabels = new Set(exported.flatMap((s) => Object.keys(s.labels)));
    const groupLabels = new Set(scraped.flatMap((s) => Object.keys(s.labels)));
    for (const label of refs.labels) {
      assert.ok(
        exportedLabels.has(label) || Object.hasOwn(GROUP, label),
        `the rules use label ${label}; metrics.prom has ${[...exportedLabels].join(', ')}`,
      );
      assert.ok(groupLabels.has(label), `the Pushgateway's series carry no ${label}`);
    }
    // The exported file itself carries no grouping label: the push adds them.
    for (const label of Object.keys(GROUP)) assert.ok(!exportedLabels.has(label), label);
  });

  it("a real Prometheus, set up as the README says, raises the group's drift alerts and no others", async (t) => {
    if (skipped.reason) return t.skip(skipped.reason);
    if (!requireTool(t, 'prometheus')) return;
    const readme = await readFile(join(RULES_DIR, 'README.md'), 'utf8');
    const block = /```yaml\n((?:(?!```)[\s\S])*?scrape_configs:[\s\S]*?)```/.exec(readme)?.[1];
    assert.ok(block, 'README.md has a yaml block with scrape_configs');
    const config = parse(block.replace(/^ {3}/gm, '')) as {
      rule_files: string[];
      scrape_configs: { honor_labels?: boolean; static_configs: { targets: string[] }[] }[];
    };
    assert.equal(config.scrape_configs.length, 1);
    assert.equal(config.scrape_configs[0]!.honor_labels, true);
    config.rule_files = [RULES];
    config.scrape_configs[0]!.static_configs = [{ targets: [new URL(gateway).host] }];
    const prometheus = await startPrometheus(t, {
      global: { scrape_interval: '1s', evaluation_interval: '1s' },
      ...config,
    });

    // `for:` keeps the drift alerts pending (not firing) for minutes: pending proves the expressions matched
    // the scraped series. Wait until every rule has been evaluated over scraped data, then once more.
    const alertsNow = async (): Promise<Alert[]> =>
      ((await (await fetch(`${prometheus}/api/v1/alerts`)).json()) as { data: { alerts: Alert[] } }).data
        .alerts;
    let alerts: Alert[] = [];
    for (let i = 0; i < 200 && !alerts.some((a) => a.labels.alertname === 'MlopsDatasetDrift'); i++) {
      await new Promise((r) => setTimeout(r, 100));
      alerts = await alertsNow();
    }
    await new Promise((r) => setTimeout(r, 2500));
    alerts = await alertsNow();

    const byName = (name: string) => alerts.filter((a) => a.labels.alertname === name);
    assert.deepEqual(
      [...new Set(alerts.map((a) => a.labels.alertname))].sort(),
      ['MlopsColumnDrift', 'MlopsDatasetDrift'],
      'the fixture drifts at share 0.6 (not above the 0.75 limit), and the report is fresh',
    );
    const [dataset] = byName('MlopsDatasetDrift');
    // honor_labels: the pushed job, repository and dataset_name, no instance, no exported_job.
    assert.deepEqual(dataset!.labels, { alertname: 'MlopsDatasetDrift', severity: 'warning', ...GROUP });
    assert.equal(dataset!.state, 'pending');
    assert.equal(Number(dataset!.value), 0.6);
    assert.equal(dataset!.annotations.summary, `Dataset drift in churn-batch of ${REPOSITORY}`);
    // The threshold comes from the template's query against the scraped series.
    assert.match(
      dataset!.annotations.description!,
      /^60% of the columns tested .* drifted, at or above its dataset threshold of 50%\. Runbook: /,
    );
    const columns = byName('MlopsColumnDrift');
    assert.deepEqual(columns.map((a) => a.labels.column).sort(), DRIFTED_COLUMNS);
    for (const a of columns) {
      assert.deepEqual(Object.keys(a.labels).sort(), [
        'alertname',
        'column',
        'dataset_name',
        'job',
        'repository',
        'severity',
        'test',
        'type',
      ]);
      assert.match(a.annotations.description!, /against the threshold 0\.1 for the/);
    }
  });
});
