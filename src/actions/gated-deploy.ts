import { z } from 'zod';
import { defineAction } from '../adapter/action.js';
import { inputs } from '../adapter/inputs.js';
import { notAvailableYet } from './not-available.js';

export const gatedDeploy = defineAction({
  name: 'gated-deploy',
  schema: z.object({ model: inputs.optionalString(), environment: inputs.optionalString() }),
  run: () => Promise.resolve(notAvailableYet('gated-deploy')),
});
