import { z } from 'zod';
import { TEST_NAMES } from './stat-tests.js';

/**
 * The drift report JSON (report.json), version 1. Consumers (open-retrain-pr, gated-deploy, dashboards)
 * read `summary` and `columns`; new optional fields may be added within a version, anything else bumps
 * `schemaVersion`. `npm run build` exports this as schema/drift-report.schema.json.
 */

const perDataset = z.object({ reference: z.number(), current: z.number() });

export const distributionSchema = z
  .object({
    kind: z.enum(['bins', 'categories']).describe('Sturges bins of a numerical column, or categories'),
    labels: z.array(z.string()).describe('Bin ranges or category values, in chart order'),
    reference: z.array(z.number()).describe('Share of reference values per label'),
    current: z.array(z.number()).describe('Share of current values per label'),
    edges: z
      .array(z.number())
      .optional()
      .describe('Bins only: the bin edges, labels[i] covering [edges[i], edges[i+1]) (the last bin closed)'),
    others: z
      .object({ count: z.number(), reference: z.number(), current: z.number() })
      .optional()
      .describe('Categories beyond the charted ones: how many, and their total share in each dataset'),
  })
  .describe('Reference vs current distribution, as charted in the markdown report');

export const columnReportSchema = z.object({
  name: z.string(),
  type: z.enum(['numerical', 'categorical']),
  test: z.enum(TEST_NAMES).nullable().describe('Test used; null when the column was not tested'),
  testLabel: z.string().nullable(),
  threshold: z.number().nullable(),
  operator: z.enum(['<=', '<', '>=']).nullable().describe('score <operator> threshold means drift'),
  score: z.number().nullable().describe('p-value for ks/chisquare/z, distance or index otherwise'),
  adjustedPValue: z
    .number()
    .optional()
    .describe('p-value after the multiple-testing correction, when one applies'),
  drifted: z.boolean(),
  missingShare: perDataset.describe('Share of rows missing (empty, NA tokens, ±inf)'),
  values: perDataset.describe('Values used by the test after dropping missing ones'),
  nonNumeric: perDataset
    .optional()
    .describe('Text values found in a numerical column (excluded from the test)'),
  distinct: z.number().describe('Distinct values in reference ∪ current'),
  details: z.record(z.string(), z.union([z.number(), z.string()])).optional(),
  notTestedReason: z.string().optional(),
  distribution: distributionSchema.optional(),
});

export const findingSchema = z.object({
  kind: z.enum([
    'missing-column',
    'new-column',
    'type-change',
    'missing-share',
    'unseen-categories',
    'non-numeric',
  ]),
  severity: z.enum(['warning', 'info']),
  column: z.string(),
  message: z.string(),
});

export const datasetInfoSchema = z.object({
  source: z.string(),
  format: z.enum(['csv', 'jsonl', 'parquet']),
  rows: z.number(),
  columns: z.number(),
});

export const DRIFT_REPORT_VERSION = 1;

export const driftReportSchema = z
  .object({
    schemaVersion: z.literal(DRIFT_REPORT_VERSION),
    generatedAt: z.string().describe('ISO 8601 time of the analysis'),
    reference: datasetInfoSchema,
    current: datasetInfoSchema,
    settings: z.object({
      driftShare: z.number(),
      correction: z.enum(['none', 'bonferroni', 'benjamini-hochberg']),
    }),
    summary: z.object({
      tested: z.number().describe('Columns a test ran on'),
      drifted: z.number(),
      share: z.number().describe('drifted / tested (0 when nothing was tested)'),
      datasetDrift: z.boolean().describe('share ≥ settings.driftShare (and at least one column tested)'),
      notTested: z.number(),
    }),
    columns: z.array(columnReportSchema).describe('One entry per selected column, in reference column order'),
    findings: z.array(findingSchema).describe('Data-quality findings beside drift'),
  })
  .describe('mlops-actions drift-report result');

export type DriftReport = z.infer<typeof driftReportSchema>;
export type ColumnReport = z.infer<typeof columnReportSchema>;
export type Finding = z.infer<typeof findingSchema>;
export type Distribution = z.infer<typeof distributionSchema>;
