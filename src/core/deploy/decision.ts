/**
 * The decision: every gate's result and the verdict, as gated-deploy writes it to `decision-file` (and the
 * job summary, PR body and release notes show it). `npm run build` exports the schema as
 * schema/deploy-decision.schema.json.
 */

import { z } from 'zod';
import { type GateResult, gateResultSchema, runRefSchema } from '../registry/deploy-records.js';

export const DECISION_VERSION = 1;

export const COMMANDS = ['promote', 'rollback', 'decide'] as const;
export type DeployCommand = (typeof COMMANDS)[number];

export const decisionSchema = z
  .object({
    schema: z.literal(DECISION_VERSION),
    model: z.string(),
    environment: z.string(),
    command: z.enum(COMMANDS),
    decision: z.enum(['allowed', 'blocked']),
    version: z.string().nullable().describe('The version promoted (or that would be)'),
    commit: z.string().nullable(),
    run: runRefSchema.nullable(),
    image: z.string().nullable(),
    current: z
      .object({ version: z.string(), commit: z.string() })
      .strict()
      .nullable()
      .describe('What the environment shows now'),
    gates: z.array(gateResultSchema),
    decidedAt: z.string().describe('ISO 8601'),
    repository: z.string().optional(),
    runUrl: z.string().optional().describe('The workflow run that decided'),
  })
  .strict()
  .describe('mlops-actions gated-deploy decision');

export type Decision = z.infer<typeof decisionSchema>;

/** Allowed unless a gate failed (skipped gates do not block). */
export function verdict(gates: readonly GateResult[]): Decision['decision'] {
  return gates.some((g) => g.status === 'fail') ? 'blocked' : 'allowed';
}

export function serializeDecision(decision: Decision): string {
  return `${JSON.stringify(decision, null, 2)}\n`;
}
