/**
 * Prometheus text exposition (format 0.0.4) of a drift report: per-column score, threshold, verdict and
 * missing share; dataset share, verdict and counts; the report time. No sample timestamps, so the text can
 * also be pushed to a Pushgateway as is.
 */

import type { DriftReport } from './report-schema.js';

export const METRIC_PREFIX = 'mlops_drift_';

/** Label value escaping per the exposition format: backslash, double quote, line feed. */
export function escapeLabel(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}

export function formatValue(x: number): string {
  if (Number.isNaN(x)) return 'NaN';
  if (x === Infinity) return '+Inf';
  if (x === -Infinity) return '-Inf';
  return String(x);
}

type Labels = Record<string, string>;

function sample(name: string, labels: Labels, value: number): string {
  const entries = Object.entries(labels);
  const text =
    entries.length === 0 ? '' : `{${entries.map(([k, v]) => `${k}="${escapeLabel(v)}"`).join(',')}}`;
  return `${METRIC_PREFIX}${name}${text} ${formatValue(value)}`;
}

export function renderPrometheus(report: DriftReport): string {
  const families: { name: string; help: string; samples: string[] }[] = [];
  const family = (name: string, help: string, samples: string[]) => families.push({ name, help, samples });
  const tested = report.columns.filter((c) => c.test !== null && c.score !== null);
  family(
    'column_score',
    'Drift test score per column: p-value for ks, chisquare and z; distance or index for the others.',
    tested.map((c) => sample('column_score', { column: c.name, test: c.test!, type: c.type }, c.score!)),
  );
  family(
    'column_threshold',
    'Threshold the column score is compared with.',
    tested.map((c) => sample('column_threshold', { column: c.name, test: c.test! }, c.threshold!)),
  );
  family(
    'column_drifted',
    '1 when the column drifted, 0 when not.',
    tested.map((c) => sample('column_drifted', { column: c.name }, c.drifted ? 1 : 0)),
  );
  family(
    'column_missing_share',
    'Share of rows with a missing value, per dataset.',
    report.columns.flatMap((c) => [
      sample('column_missing_share', { column: c.name, dataset: 'reference' }, c.missingShare.reference),
      sample('column_missing_share', { column: c.name, dataset: 'current' }, c.missingShare.current),
    ]),
  );
  family('dataset_drift_share', 'Share of tested columns that drifted.', [
    sample('dataset_drift_share', {}, report.summary.share),
  ]);
  family('dataset_drifted', '1 when the drift share reached the dataset threshold.', [
    sample('dataset_drifted', {}, report.summary.datasetDrift ? 1 : 0),
  ]);
  family('dataset_drift_share_threshold', 'Drift share at which the dataset counts as drifted.', [
    sample('dataset_drift_share_threshold', {}, report.settings.driftShare),
  ]);
  family('columns_tested', 'Columns a drift test ran on.', [
    sample('columns_tested', {}, report.summary.tested),
  ]);
  family('columns_drifted', 'Columns that drifted.', [sample('columns_drifted', {}, report.summary.drifted)]);
  family('data_quality_findings', 'Data-quality findings by kind.', countFindings(report));
  family('report_timestamp_seconds', 'Unix time the drift report was generated.', [
    sample('report_timestamp_seconds', {}, Date.parse(report.generatedAt) / 1000),
  ]);
  return (
    families
      .filter((f) => f.samples.length > 0)
      .map((f) =>
        [
          `# HELP ${METRIC_PREFIX}${f.name} ${f.help}`,
          `# TYPE ${METRIC_PREFIX}${f.name} gauge`,
          ...f.samples,
        ].join('\n'),
      )
      .join('\n') + '\n'
  );
}

function countFindings(report: DriftReport): string[] {
  const counts = new Map<string, number>();
  for (const f of report.findings) counts.set(f.kind, (counts.get(f.kind) ?? 0) + 1);
  return [...counts].sort().map(([kind, n]) => sample('data_quality_findings', { kind }, n));
}
