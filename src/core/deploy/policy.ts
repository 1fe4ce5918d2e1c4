/**
 * `.mlops.yml` → `deploy:`: per model, per environment (a GTO stage), where to pin, how, and the gates a
 * promotion must pass. Strict: an unknown key is a typo and fails the step with file, line and key. Inputs
 * of gated-deploy win over these values (the project's precedence rule), then the built-in defaults.
 */

import { z } from 'zod';
import { ConfigurationError } from '../errors.js';
import { NAME_PATTERN } from '../registry/run-records.js';
import { GATE_NAMES, PIN_MODES } from '../registry/deploy-records.js';
import { COMPARISON_PATTERN, DURATION_PATTERN, TOLERANCE_PATTERN } from './limits.js';

/** GTO's artifact (`dirname:name`) and stage grammars, for the policy's keys. */
const GTO_NAME = /^[a-zA-Z0-9](?:[a-zA-Z0-9\-/_]*[a-zA-Z0-9])?$/;
const GTO_ARTIFACT = /^(?:[a-zA-Z0-9\-_./]+:)?[a-zA-Z0-9](?:[a-zA-Z0-9\-/_]*[a-zA-Z0-9])?$/;
const DATASET = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

const comparison = z
  .string()
  .regex(COMPARISON_PATTERN, 'must be a comparison such as ">= 0.80" or "<= 50" (quoted in YAML)');
const tolerance = z.union([
  z.number().nonnegative(),
  z
    .string()
    .regex(TOLERANCE_PATTERN, 'must be an absolute tolerance such as 0.005, or a percentage such as "1%"'),
]);
const duration = z.string().regex(DURATION_PATTERN, 'must be an age such as 12h, 7d or 2w (s, m, h, d, w)');

export const gatesSchema = z
  .object({
    metrics: z
      .record(z.string().min(1), comparison)
      .optional()
      .describe('Metric key → threshold on the run record, e.g. auc: ">= 0.80", latency_ms: "<= 50"'),
    'no-regression': z
      .record(z.string().min(1), tolerance)
      .optional()
      .describe(
        'Metric key → how much worse than the version now in the environment it may be: 0.005, or "1%" (direction from metrics.directions)',
      ),
    drift: z
      .object({
        dataset: z.string().regex(DATASET, 'must be a dataset name as drift-report records it'),
        'max-share': z
          .number()
          .min(0)
          .max(1)
          .optional()
          .describe('Largest share of drifted columns (default: no dataset drift)'),
        'max-age': duration.optional().describe('Oldest acceptable drift record, e.g. 7d'),
      })
      .strict()
      .optional()
      .describe('The newest drift record of the dataset on the registry branch'),
    data: z.boolean().optional().describe("The run's data hashes equal the .dvc pointers at the commit"),
    image: z
      .boolean()
      .optional()
      .describe('The image digest exists in its registry and its labels name the same run'),
    checks: z
      .array(z.string().min(1))
      .optional()
      .describe('Check runs or commit statuses that must be green on the commit'),
  })
  .strict();
export type GatesPolicy = z.infer<typeof gatesSchema>;

/** A mapping whose keys must match `pattern`; a bad key is reported at its own path, in words. */
function namedRecord<T extends z.ZodType>(pattern: RegExp, value: T, message: string) {
  return z
    .record(z.string(), value)
    .superRefine((record, ctx) => {
      for (const key of Object.keys(record)) {
        if (!pattern.test(key))
          ctx.addIssue({ code: 'custom', path: [key], message: `'${key}': ${message}` });
      }
    })
    .meta({ propertyNames: { pattern: pattern.source } });
}

const listOrOne = z.union([z.string().min(1), z.array(z.string().min(1))]);

export const environmentPolicySchema = z
  .object({
    production: z
      .boolean()
      .optional()
      .describe('A production environment (default: named production or prod)'),
    after: z
      .string()
      .regex(GTO_NAME, 'must be a GTO stage name')
      .optional()
      .describe('The version must be active in this stage first'),
    manifests: listOrOne.optional().describe('Files or globs (relative to the repository root) to pin'),
    pin: z.enum(PIN_MODES).optional().describe('push (default) | pull-request | none'),
    container: z
      .string()
      .min(1)
      .optional()
      .describe('Pin the containers of this name (default: those running the image)'),
    keys: z
      .array(z.string().min(1))
      .optional()
      .describe('Key paths for Helm values (default image.repository, image.tag)'),
    release: z.enum(['auto', 'always', 'never']).optional(),
    'environment-url': z.url().optional(),
    'github-deployment': z.boolean().optional(),
    gates: gatesSchema.optional(),
    'rollback-gates': z
      .array(z.enum(GATE_NAMES))
      .optional()
      .describe('Which of the gates also apply to a rollback (default none)'),
  })
  .strict();
export type EnvironmentPolicy = z.infer<typeof environmentPolicySchema>;

export const modelPolicySchema = z
  .object({
    bump: z
      .enum(['major', 'minor', 'patch'])
      .optional()
      .describe('Next version when none is given (default patch)'),
    experiment: z
      .string()
      .regex(NAME_PATTERN)
      .optional()
      .describe('The track-experiment name whose runs train this model (default: any)'),
    environments: namedRecord(
      GTO_NAME,
      environmentPolicySchema,
      'environment names are GTO stage names',
    ).optional(),
  })
  .strict();
export type ModelPolicy = z.infer<typeof modelPolicySchema>;

/** `.mlops.yml` → `deploy:` section. */
export const deployConfigSchema = z
  .object({
    models: namedRecord(GTO_ARTIFACT, modelPolicySchema, 'model names are GTO artifact names').optional(),
  })
  .strict();
export type DeployConfig = z.infer<typeof deployConfigSchema>;

export interface ResolvedPolicy {
  model: ModelPolicy;
  environment: EnvironmentPolicy;
  /** Where it came from, for messages: `deploy.models.churn.environments.staging`. */
  key: string;
  /** False when `.mlops.yml` has no policy for the model (then no gates apply). */
  found: boolean;
}

/**
 * The policy of one model and environment. A model the file does not list has no policy (no gates); a model
 * it lists must list the environment too, so a misspelt stage is caught rather than deployed ungated.
 */
export function resolvePolicy(
  config: DeployConfig | undefined,
  model: string,
  environment: string,
): ResolvedPolicy {
  const key = `deploy.models.${model}.environments.${environment}`;
  const modelPolicy = config?.models?.[model];
  if (!modelPolicy) return { model: {}, environment: {}, key, found: false };
  const environments = modelPolicy.environments ?? {};
  const envPolicy = environments[environment];
  if (!envPolicy) {
    const listed = Object.keys(environments);
    throw new ConfigurationError(
      `Input 'environment': .mlops.yml has a deploy policy for '${model}' but none for environment '${environment}' ` +
        `(it lists ${listed.length > 0 ? listed.map((e) => `'${e}'`).join(', ') : 'no environments'}). ` +
        `Add deploy.models.${model}.environments.${environment}, or correct the name.`,
      { file: '.mlops.yml' },
    );
  }
  return { model: modelPolicy, environment: envPolicy, key, found: true };
}

/** A production environment: as the policy says, else by name (GitHub's own default for `production`). */
export function isProduction(policy: EnvironmentPolicy, environment: string): boolean {
  return policy.production ?? ['production', 'prod'].includes(environment.toLowerCase());
}

/** The manifest list of the policy, whether written as one string or a list. */
export function policyManifests(policy: EnvironmentPolicy): string[] {
  const m = policy.manifests;
  return m === undefined ? [] : typeof m === 'string' ? [m] : m;
}
