import { z } from 'zod';
import { defineAction } from '../adapter/action.js';
import { inputs } from '../adapter/inputs.js';
import { notAvailableYet } from './not-available.js';

export const openRetrainPr = defineAction({
  name: 'open-retrain-pr',
  schema: z.object({ 'drift-report': inputs.optionalString() }),
  run: () => Promise.resolve(notAvailableYet('open-retrain-pr')),
});
