import { z } from 'zod';
import { dataConfigSchema } from '../hashing/config.js';
import { metricsConfigSchema } from '../experiments/config.js';
import { registryConfigSchema } from '../registry/branch.js';
import { driftConfigSchema } from '../drift/config.js';
import { imageConfigSchema } from '../image/config.js';
import { deployConfigSchema } from '../deploy/policy.js';
import { retrainConfigSchema } from '../retrain/config.js';

/**
 * `.mlops.yml` at the repository root. Every section is optional; each domain owns its section's schema.
 * `npm run build` exports this as schema/mlops.schema.json for editors.
 */
export const mlopsConfigSchema = z
  .object({
    version: z.literal(1).optional().describe('Config format version'),
    registry: registryConfigSchema.optional(),
    metrics: metricsConfigSchema.optional(),
    data: dataConfigSchema.optional(),
    drift: driftConfigSchema.optional(),
    image: imageConfigSchema.optional(),
    deploy: deployConfigSchema.optional(),
    retrain: retrainConfigSchema.optional(),
  })
  .strict();

export type MlopsConfig = z.infer<typeof mlopsConfigSchema>;
