/**
 * `.mlops.yml` → `retrain:` section: the retraining policy, for every model and per model. Inputs of
 * open-retrain-pr win over these values, then `retrain.models.<name>`, then the top-level keys, then the
 * built-in defaults (src/core/retrain/policy.ts applies the rule).
 */

import { z } from 'zod';

export const RETRAIN_WHEN = ['drift', 'always', 'never'] as const;
export type RetrainWhen = (typeof RETRAIN_WHEN)[number];

/** `7d`, `12h`, `30m`, `2w`, or `0` (no cool-down). */
export const DURATION = /^(0|[1-9]\d{0,5}[mhdw])$/;

const names = (what: string) => z.array(z.string().min(1)).optional().describe(what);

/** The keys a model's policy has; the same keys at the top level set them for every model. */
const policyShape = {
  when: z
    .enum(RETRAIN_WHEN)
    .optional()
    .describe('drift: open a PR when a trigger fires; always: even without one; never: dry run'),
  'watch-columns': names('Only drift in these columns counts'),
  'min-drift-share': z
    .number()
    .min(0)
    .max(1)
    .optional()
    .describe('Trigger when at least this share of the (watched) tested columns drifted'),
  metric: z.string().min(1).optional().describe('Live metric whose decay triggers retraining'),
  below: z.number().optional().describe('Trigger when the live metric is below this value'),
  data: names('Paths of the new data snapshot, added with data-hash and carried by the PR'),
  base: z.string().min(1).optional().describe('Branch the PR targets (default: the default branch)'),
  labels: names('Labels for the PR (created when missing)'),
  reviewers: names('Users asked to review the PR'),
  assignees: names('Users assigned to the PR'),
  draft: z.boolean().optional().describe('Open the PR as a draft'),
  'cool-down': z
    .string()
    .regex(DURATION, 'must be a duration such as 7d, 12h, 30m, 2w or 0')
    .optional()
    .describe('A retrain PR closed unmerged within this time is not reopened (default 7d)'),
  issue: z.boolean().optional().describe('Also keep one alert issue per model'),
  'close-when-clear': z.boolean().optional().describe('Close the open PR when the trigger has cleared'),
  stage: z
    .string()
    .min(1)
    .optional()
    .describe('GTO stage whose version the request names as production (default prod)'),
};

export const modelPolicySchema = z.object(policyShape).strict();
export type ModelPolicyConfig = z.infer<typeof modelPolicySchema>;
export type PolicyKey = keyof ModelPolicyConfig;
export const POLICY_KEYS = Object.keys(policyShape) as PolicyKey[];

export const retrainConfigSchema = z
  .object({
    ...policyShape,
    models: z
      .record(z.string(), modelPolicySchema)
      .optional()
      .describe('Per-model policy, by GTO artifact name; the same keys, winning over the ones above'),
  })
  .strict();

export type RetrainConfig = z.infer<typeof retrainConfigSchema>;
