import { z } from 'zod';
import { mlopsConfigSchema } from '../../src/core/config/schema.js';
import { runRecordSchema } from '../../src/core/registry/run-records.js';
import { driftReportSchema } from '../../src/core/drift/report-schema.js';
import { driftRecordSchema } from '../../src/core/registry/drift-records.js';
import { deployRecordSchema } from '../../src/core/registry/deploy-records.js';
import { decisionSchema } from '../../src/core/deploy/decision.js';
import { retrainRequestSchema } from '../../src/core/retrain/request.js';
import { lineageSchema } from '../../src/core/lineage/schema.js';

/** JSON Schemas exported for editors and for consumers of our JSON formats, by file name. */
export function jsonSchemas(): Record<string, unknown> {
  return {
    'mlops.schema.json': {
      ...z.toJSONSchema(mlopsConfigSchema, { io: 'input' }),
      title: '.mlops.yml',
      description: 'mlops-actions project configuration (.mlops.yml at the repository root).',
    },
    'run-record.schema.json': {
      ...z.toJSONSchema(runRecordSchema, { io: 'output' }),
      title: 'mlops-actions run record',
      description:
        'One experiment run, stored at runs/<experiment>/<run-id>.json on the registry branch (track-experiment).',
    },
    'drift-report.schema.json': {
      ...z.toJSONSchema(driftReportSchema, { io: 'output' }),
      title: 'mlops-actions drift report',
      description: 'report.json written by drift-report into its report-dir (schemaVersion 1).',
    },
    'drift-record.schema.json': {
      ...z.toJSONSchema(driftRecordSchema, { io: 'output' }),
      title: 'mlops-actions drift record',
      description:
        'One drift observation, stored at drift/<dataset>/<timestamp>-<run>.json on the registry branch (drift-report with record: true).',
    },
    'deploy-record.schema.json': {
      ...z.toJSONSchema(deployRecordSchema, { io: 'output' }),
      title: 'mlops-actions deployment record',
      description:
        'One promotion or rollback, stored at deployments/<model>/<environment>/<N>-<version>.json on the registry branch (gated-deploy); proposal.json for an open deploy pull request.',
    },
    'deploy-decision.schema.json': {
      ...z.toJSONSchema(decisionSchema, { io: 'output' }),
      title: 'mlops-actions gated-deploy decision',
      description:
        'The decision-file output of gated-deploy: every gate check with its result, observed value and limit.',
    },
    'retrain-request.schema.json': {
      ...z.toJSONSchema(retrainRequestSchema, { io: 'output' }),
      title: 'mlops-actions retraining request',
      description:
        'Why a model should be retrained, stored at retrain/<model>/request.json on the branch mlops/retrain/<model> (open-retrain-pr).',
    },
    'lineage.schema.json': {
      ...z.toJSONSchema(lineageSchema, { io: 'output' }),
      title: 'mlops-actions lineage chain',
      description:
        'What `mlops lineage <digest | name@vX.Y.Z | name#stage | run-id> --json` prints: one model version from its data to its drift records, read from git.',
    },
  };
}
