import type { ActionDefinition, ActionName } from '../adapter/action.js';
import { buildModelImage } from './build-model-image.js';
import { dataHash } from './data-hash.js';
import { driftReport } from './drift-report.js';
import { gatedDeploy } from './gated-deploy.js';
import { openRetrainPr } from './open-retrain-pr.js';
import { trackExperiment } from './track-experiment.js';

/** Every action, by the name used in actions/<name>/action.yml and `mlops <name>`. */
export const actions: Record<ActionName, ActionDefinition> = {
  'data-hash': dataHash,
  'track-experiment': trackExperiment,
  'drift-report': driftReport,
  'build-model-image': buildModelImage,
  'gated-deploy': gatedDeploy,
  'open-retrain-pr': openRetrainPr,
};
