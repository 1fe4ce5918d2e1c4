import { z } from 'zod';

/** `.mlops.yml` → `drift:` section. */
export const driftConfigSchema = z
  .object({
    'drift-share': z.number().min(0).max(1).optional(),
    columns: z
      .record(
        z.string(),
        z
          .object({
            type: z.enum(['numerical', 'categorical']).optional(),
            test: z.string().optional(),
            threshold: z.number().optional(),
            ignore: z.boolean().optional(),
          })
          .strict(),
      )
      .optional(),
  })
  .strict();
