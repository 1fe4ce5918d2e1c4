import { z } from 'zod';
import { defineAction } from '../adapter/action.js';
import { inputs } from '../adapter/inputs.js';
import { notAvailableYet } from './not-available.js';

export const dataHashSchema = z.object({
  command: inputs.choice(['add', 'status', 'verify', 'push', 'pull'], 'status'),
  paths: inputs.list({ splitSpaces: true }),
  'cache-dir': inputs.optionalString(),
  remote: inputs.optionalString(),
  jobs: inputs.integer(4, 1, 64),
  'working-directory': inputs.optionalString(),
});

export const dataHash = defineAction({
  name: 'data-hash',
  schema: dataHashSchema,
  run: () => Promise.resolve(notAvailableYet('data-hash')),
});
