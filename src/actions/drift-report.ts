import { z } from 'zod';
import { defineAction } from '../adapter/action.js';
import { inputs } from '../adapter/inputs.js';
import { notAvailableYet } from './not-available.js';

export const driftReportSchema = z.object({
  reference: inputs.string(),
  current: inputs.string(),
  columns: inputs.list({ splitSpaces: true }),
  'column-types': inputs.keyValues(),
  tests: inputs.keyValues(),
  thresholds: inputs.keyValues(),
  'drift-share': inputs.number(0, 1),
  correction: inputs.choice(['none', 'bonferroni', 'benjamini-hochberg'], 'none'),
  'report-dir': inputs.optionalString(),
  'fail-on-drift': inputs.boolean(false),
  'pushgateway-url': inputs.optionalString(),
});

export const driftReport = defineAction({
  name: 'drift-report',
  schema: driftReportSchema,
  run: () => Promise.resolve(notAvailableYet('drift-report')),
});
