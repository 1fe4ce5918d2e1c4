/**
 * `retrain/<name>/request.json` on the retrain branch: why the model should be retrained (reasons, drifted
 * columns and scores, the report or record it came from, the live metric), the new data's hashes, the
 * triggering run, and the version in production. `npm run build` exports the schema as
 * schema/retrain-request.schema.json.
 *
 * Reruns are idempotent on the evidence, not the clock: two requests with the same evidence (the same
 * reasons, scores, data, production version) are the same request, whatever run made them and when.
 */

import { z } from 'zod';
import type { Decision } from './decide.js';
import type { DriftEvidence } from './evidence.js';
import type { DecayEvidence } from './metric.js';

export const RETRAIN_REQUEST_VERSION = 1;
/** Columns listed in a request at most (drifted first); the rest are counted. */
export const MAX_REQUEST_COLUMNS = 200;

export const requestPath = (model: string): string => `retrain/${model}/request.json`;

const reasonSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('dataset-drift'),
      drifted: z.number().int(),
      tested: z.number().int(),
      share: z.number(),
      driftShare: z.number(),
    })
    .strict(),
  z.object({ kind: z.literal('watched-columns'), columns: z.array(z.string()) }).strict(),
  z
    .object({
      kind: z.literal('drift-share'),
      drifted: z.number().int(),
      tested: z.number().int(),
      share: z.number(),
      min: z.number(),
      watched: z.boolean(),
    })
    .strict(),
  z.object({ kind: z.literal('decay'), metric: z.string(), value: z.number(), below: z.number() }).strict(),
  z.object({ kind: z.literal('always') }).strict(),
]);

const sourceSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('report'),
      path: z.string().describe('The drift-report input as given'),
      generatedAt: z.string(),
      reference: z.string(),
      current: z.string(),
    })
    .strict(),
  z
    .object({
      kind: z.literal('record'),
      dataset: z.string(),
      branch: z.string().describe('Registry branch'),
      path: z.string().describe('The drift record on the registry branch'),
      registryCommit: z.string(),
      recordedAt: z.string(),
      runUrl: z.string().optional(),
    })
    .strict(),
]);

const columnSchema = z
  .object({
    name: z.string(),
    test: z.string().nullable(),
    score: z.number().nullable(),
    threshold: z.number().nullable(),
    drifted: z.boolean(),
  })
  .strict();

export const retrainRequestSchema = z
  .object({
    schema: z.literal(RETRAIN_REQUEST_VERSION).describe('Request format version'),
    model: z.string().describe('GTO artifact name'),
    branch: z.string().describe('The retrain branch, mlops/retrain/<model>'),
    requestedAt: z.string().describe('ISO 8601 time of the run that made this request'),
    summary: z.string().describe('The reasons, in one line'),
    reasons: z.array(reasonSchema),
    drift: z
      .object({
        source: sourceSchema,
        summary: z
          .object({
            tested: z.number().int(),
            drifted: z.number().int(),
            share: z.number(),
            datasetDrift: z.boolean(),
            driftShare: z.number(),
          })
          .strict(),
        watchColumns: z.array(z.string()).optional(),
        minDriftShare: z.number().optional(),
        columns: z
          .array(columnSchema)
          .describe(
            'Drifted columns that count (watched ones, when watch-columns is given), then the other watched columns',
          ),
        columnsOmitted: z
          .number()
          .int()
          .optional()
          .describe(`Columns beyond the first ${MAX_REQUEST_COLUMNS}`),
      })
      .strict()
      .nullable()
      .describe('null when only a live metric was checked'),
    decay: z
      .object({ metric: z.string(), value: z.number(), below: z.number(), from: z.string() })
      .strict()
      .nullable(),
    data: z
      .array(
        z
          .object({
            path: z.string(),
            pointer: z.string().describe('The .dvc pointer on the branch'),
            md5: z.string(),
            size: z.number().int(),
            nfiles: z.number().int(),
          })
          .strict(),
      )
      .describe('The new data snapshot (data input), pushed to the data remote'),
    production: z
      .object({ stage: z.string(), version: z.string(), commit: z.string() })
      .strict()
      .nullable()
      .describe('The version the stage shows in the GTO tags (null: none)'),
    run: z
      .object({
        url: z.string().optional(),
        repository: z.string().optional(),
        commit: z.string().optional(),
        ref: z.string().optional(),
        actor: z.string().optional(),
      })
      .strict()
      .describe('The workflow run that made the request'),
  })
  .strict()
  .describe('mlops-actions retraining request');

export type RetrainRequest = z.infer<typeof retrainRequestSchema>;
export type DataEntry = RetrainRequest['data'][number];

export interface RequestParts {
  model: string;
  branch: string;
  now: Date;
  decision: Decision;
  evidence: DriftEvidence | undefined;
  decay: DecayEvidence | undefined;
  watchColumns: readonly string[];
  minDriftShare: number | undefined;
  data: DataEntry[];
  production: RetrainRequest['production'];
  run: RetrainRequest['run'];
}

function requestColumns(
  parts: RequestParts,
): Pick<NonNullable<RetrainRequest['drift']>, 'columns' | 'columnsOmitted'> {
  const { evidence, watchColumns } = parts;
  const drifted = parts.decision.drifted;
  const watchedQuiet = (evidence?.columns ?? []).filter((c) => watchColumns.includes(c.name) && !c.drifted);
  const all = [...drifted, ...watchedQuiet];
  const columns = all.slice(0, MAX_REQUEST_COLUMNS).map((c) => ({
    name: c.name,
    test: c.test,
    score: c.score,
    threshold: c.threshold,
    drifted: c.drifted,
  }));
  return all.length > MAX_REQUEST_COLUMNS
    ? { columns, columnsOmitted: all.length - MAX_REQUEST_COLUMNS }
    : { columns };
}

export function buildRequest(parts: RequestParts): RetrainRequest {
  const { evidence } = parts;
  return {
    schema: RETRAIN_REQUEST_VERSION,
    model: parts.model,
    branch: parts.branch,
    requestedAt: parts.now.toISOString(),
    summary: parts.decision.summary,
    reasons: parts.decision.reasons,
    drift: evidence
      ? {
          source: evidence.source,
          summary: evidence.summary,
          ...(parts.watchColumns.length > 0 ? { watchColumns: [...parts.watchColumns] } : {}),
          ...(parts.minDriftShare !== undefined ? { minDriftShare: parts.minDriftShare } : {}),
          ...requestColumns(parts),
        }
      : null,
    decay: parts.decay ?? null,
    data: parts.data,
    production: parts.production,
    run: parts.run,
  };
}

/**
 * JSON whose raw text is as harmless as its value: `<`, `>`, `&`, `@`, backticks and invisible characters
 * as `\uXXXX` escapes (JSON.stringify already escapes control characters). The value is unchanged, and
 * the text can sit in a markdown code fence without closing it, faking a `<!--` marker or mentioning anyone.
 */
export function safeJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(
    /[<>&@`\u2028\u2029\p{Cf}]/gu,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

export function serializeRequest(request: RetrainRequest): string {
  return `${safeJson(request)}\n`;
}

/** A request.json read back from a branch; undefined when it is not one (a human may have edited it). */
export function parseRequest(text: string | undefined): RetrainRequest | undefined {
  if (text === undefined) return undefined;
  try {
    const parsed = retrainRequestSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** What makes two requests the same request: everything but when, by which run, and from which file. */
function evidenceKey(request: RetrainRequest): string {
  const drift = request.drift && {
    summary: request.drift.summary,
    watchColumns: request.drift.watchColumns,
    minDriftShare: request.drift.minDriftShare,
    columns: request.drift.columns,
    columnsOmitted: request.drift.columnsOmitted,
  };
  const decay = request.decay && {
    metric: request.decay.metric,
    value: request.decay.value,
    below: request.decay.below,
  };
  return JSON.stringify([request.model, request.reasons, drift, decay, request.data, request.production]);
}

export function sameEvidence(a: RetrainRequest, b: RetrainRequest): boolean {
  return evidenceKey(a) === evidenceKey(b);
}
