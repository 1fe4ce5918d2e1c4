import { z } from 'zod';

/** `.mlops.yml` → `metrics:` section. */
export const metricsConfigSchema = z
  .object({
    directions: z
      .record(z.string(), z.enum(['higher', 'lower']))
      .optional()
      .describe('Metric name (dotted key or glob) → which direction is better'),
  })
  .strict();
