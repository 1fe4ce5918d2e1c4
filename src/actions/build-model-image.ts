import { z } from 'zod';
import { defineAction } from '../adapter/action.js';
import { inputs } from '../adapter/inputs.js';
import { notAvailableYet } from './not-available.js';

export const buildModelImageSchema = z.object({
  model: inputs.list(),
  name: inputs.string(),
  'model-dir': inputs.optionalString(),
  'base-image': inputs.optionalString(),
  image: inputs.optionalString(),
  tags: inputs.list({ splitSpaces: true }),
  platform: inputs.list({ splitSpaces: true }),
  entrypoint: inputs.raw(),
  cmd: inputs.raw(),
  env: inputs.keyValues(),
  workdir: inputs.optionalString(),
  user: inputs.optionalString(),
  labels: inputs.keyValues(),
  'oci-layout': inputs.optionalString(),
  compression: inputs.choice(['auto', 'gzip', 'none'], 'auto'),
  'registry-username': inputs.optionalString(),
  'registry-password': inputs.optionalString(),
});

export const buildModelImage = defineAction({
  name: 'build-model-image',
  schema: buildModelImageSchema,
  run: () => Promise.resolve(notAvailableYet('build-model-image')),
});
