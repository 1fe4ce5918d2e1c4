import { z } from 'zod';

/** `.mlops.yml` → `data:` section (data-hash defaults). */
export const dataConfigSchema = z
  .object({
    paths: z.array(z.string().min(1)).optional().describe('Data paths tracked by default'),
    'cache-dir': z.string().min(1).optional().describe('Cache directory (default .dvc/cache)'),
    remote: z.string().min(1).optional().describe('Default remote: a directory or s3://bucket/prefix'),
    jobs: z.number().int().min(1).max(64).optional().describe('Parallel transfers and hashing jobs'),
  })
  .strict();
