import { z } from 'zod';
import { DRIFT_TEST_NAMES as TEST_NAMES } from '../registry/drift-test-names.js';
import { CORRECTIONS } from './settings.js';

/**
 * `.mlops.yml` → `drift:` section. Inputs of the drift-report action win over these values; a `columns`
 * key '*' applies to every column without its own entry.
 */
export const driftConfigSchema = z
  .object({
    'drift-share': z.number().min(0).max(1).optional(),
    correction: z.enum(CORRECTIONS).optional(),
    columns: z
      .record(
        z.string(),
        z
          .object({
            type: z.enum(['numerical', 'categorical']).optional(),
            test: z.enum(TEST_NAMES).optional(),
            threshold: z.number().optional(),
            ignore: z.boolean().optional(),
          })
          .strict(),
      )
      .optional(),
  })
  .strict();

export type DriftConfig = z.infer<typeof driftConfigSchema>;
