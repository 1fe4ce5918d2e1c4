import { z } from 'zod';

/** `.mlops.yml` → `image:` section (build-model-image defaults). */
export const imageConfigSchema = z
  .object({
    'base-image': z.string().min(1).optional(),
    image: z.string().min(1).optional(),
  })
  .strict();
