import { z } from 'zod';

/** `.mlops.yml` → `registry:` section. */
export const registryConfigSchema = z
  .object({
    branch: z.string().min(1).optional().describe('Branch holding run records (default mlops/registry)'),
  })
  .strict();

/** `.mlops.yml` → `metrics:` section. */
export const metricsConfigSchema = z
  .object({
    directions: z
      .record(z.string(), z.enum(['higher', 'lower']))
      .optional()
      .describe('Metric name (dotted key or glob) → which direction is better'),
  })
  .strict();
