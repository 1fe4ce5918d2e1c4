import { z } from 'zod';
import { mlopsConfigSchema } from '../../src/core/config/schema.js';

/** JSON Schemas exported for editors and for consumers of our JSON formats, by file name. */
export function jsonSchemas(): Record<string, unknown> {
  return {
    'mlops.schema.json': {
      ...z.toJSONSchema(mlopsConfigSchema, { io: 'input' }),
      title: '.mlops.yml',
      description: 'mlops-actions project configuration (.mlops.yml at the repository root).',
    },
  };
}
