import { z } from 'zod';
import { defineAction } from '../adapter/action.js';
import { inputs } from '../adapter/inputs.js';
import { notAvailableYet } from './not-available.js';

export const trackExperimentSchema = z.object({
  name: inputs.string(),
  metrics: inputs.list(),
  params: inputs.list(),
  tags: inputs.keyValues(),
  'registry-branch': inputs.optionalString(),
  comment: inputs.choice(['auto', 'always', 'never'], 'auto'),
  token: inputs.optionalString(),
});

export const trackExperiment = defineAction({
  name: 'track-experiment',
  schema: trackExperimentSchema,
  run: () => Promise.resolve(notAvailableYet('track-experiment')),
});
