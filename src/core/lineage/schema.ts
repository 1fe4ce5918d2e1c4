/**
 * The lineage chain, as `mlops lineage --json` prints it: one model version traced from its data to its
 * drift records, read from git alone (registry branch records, GTO tags, `.dvc` pointers at the version's
 * commit) plus image labels when an OCI layout or the registry can be read. This is a contract (the
 * lifecycle test and users' scripts read it): `npm run build` exports it as schema/lineage.schema.json, and
 * a change that is not backwards compatible bumps `schema`.
 */

import { z } from 'zod';
import { gateResultSchema } from '../registry/deploy-records.js';

export const LINEAGE_VERSION = 1;

export const START_KINDS = ['digest', 'version', 'stage', 'run'] as const;
export type StartKind = (typeof START_KINDS)[number];

const paramValue = z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(z.unknown())]);

const dataEntrySchema = z
  .object({
    path: z.string().describe('Data path, relative to the repository root'),
    md5: z.string().describe('The md5 the run recorded (DVC hash; "<md5>.dir" for a directory)'),
    source: z.string().describe('Where the run read it: a .dvc pointer, or dvc.lock:<stage>'),
    pointer: z
      .string()
      .nullable()
      .describe('The md5 in the pointer file at `data.pointersAt`; null when the file holds no such path'),
    agrees: z.boolean().nullable().describe('pointer = md5; null when the pointers could not be read'),
  })
  .strict();

const runSchema = z
  .object({
    experiment: z.string(),
    id: z.string(),
    status: z.string(),
    commit: z.string().nullable().describe('The commit the run was made from (for a PR: the merge preview)'),
    branch: z.string().nullable(),
    pullRequest: z.number().int().nullable(),
    url: z.string().nullable().describe('The workflow run that recorded it'),
    startedAt: z.string(),
    endedAt: z.string(),
    metrics: z.record(z.string(), z.number()),
    params: z.record(z.string(), paramValue),
    path: z.string().describe('The record on the registry branch'),
  })
  .strict();

const imageSchema = z
  .object({
    image: z.string().describe('repository[:tag]@sha256:…, as the deployment record pinned it'),
    digest: z.string(),
    labels: z
      .record(z.string(), z.string())
      .nullable()
      .describe('The image config labels; null when they could not be read (see labelsNote)'),
    labelsFrom: z.enum(['oci-layout', 'registry']).nullable(),
    labelsNote: z.string().nullable().describe('Why the labels are missing, in words'),
  })
  .strict();

const stageSchema = z
  .object({
    stage: z.string(),
    active: z.boolean().describe('The newest event of this version in this stage is an assignment'),
    shown: z
      .boolean()
      .describe("The stage shows this version now (GTO's rule: the newest active assignment)"),
    since: z
      .string()
      .nullable()
      .describe('When the active assignment was made (GTO time), null when inactive'),
  })
  .strict();

/** One row as `gto history --json` prints it. */
const historyRowSchema = z
  .object({
    timestamp: z.string(),
    artifact: z.string(),
    event: z.string(),
    priority: z.number(),
    version: z.string().nullable(),
    stage: z.string().nullable(),
    commit: z.string(),
    author: z.string(),
    author_email: z.string(),
    message: z.string(),
    ref: z.string(),
  })
  .strict();

const gtoSchema = z
  .object({
    registered: z.boolean().describe('A registration tag of this version exists'),
    active: z.boolean().describe('Registered and not deregistered'),
    registeredAt: z.string().nullable().describe('Time of the registration tag (GTO time)'),
    tag: z.string().nullable().describe('The registration tag: name@vX.Y.Z'),
    stages: z.array(stageSchema),
    history: z
      .array(historyRowSchema)
      .describe("This version's events, newest first, as `gto history` lists them"),
  })
  .strict();

const deploymentSchema = z
  .object({
    path: z.string().describe('The deployment record on the registry branch'),
    environment: z.string(),
    sequence: z.number().int(),
    action: z.enum(['promote', 'rollback']),
    version: z.string(),
    image: z.string().nullable(),
    digest: z.string().nullable(),
    recordedAt: z.string(),
    actor: z.string().nullable(),
    runUrl: z.string().nullable().describe('The workflow run that deployed'),
    previous: z.object({ version: z.string(), commit: z.string() }).strict().nullable(),
    tags: z.array(z.string()),
    pin: z
      .object({
        mode: z.string(),
        branch: z.string().nullable(),
        commit: z.string().nullable(),
        files: z.array(z.string()),
        pullRequest: z.number().int().nullable(),
      })
      .strict(),
    gates: z.array(gateResultSchema),
  })
  .strict();

const driftRecordSchema = z
  .object({
    dataset: z.string(),
    path: z.string(),
    recordedAt: z.string(),
    run: z.string(),
    commit: z.string().nullable(),
    runUrl: z.string().nullable(),
    share: z.number(),
    drifted: z.number().int(),
    tested: z.number().int(),
    datasetDrift: z.boolean(),
    current: z.object({ path: z.string(), md5: z.string().nullable(), rows: z.number().int() }).strict(),
  })
  .strict();

export const lineageSchema = z
  .object({
    schema: z.literal(LINEAGE_VERSION),
    query: z
      .object({ given: z.string(), kind: z.enum(START_KINDS) })
      .strict()
      .describe('What was looked up: an image digest, name@vX.Y.Z, name#stage or a run id'),
    registry: z
      .object({ branch: z.string(), commit: z.string() })
      .strict()
      .describe('The registry branch and the commit its records were read at'),
    model: z.string().nullable().describe('GTO artifact; null for a run no version was made from'),
    version: z.string().nullable(),
    commit: z
      .string()
      .nullable()
      .describe("The version's commit (its registration tag's target), else the run's"),
    data: z
      .object({
        pointersAt: z.string().nullable().describe('The commit whose pointer files were read'),
        status: z
          .enum(['agree', 'differ', 'no-data', 'unavailable'])
          .describe(
            'agree/differ: every/not every recorded md5 equals its pointer; unavailable: no commit to read',
          ),
        entries: z.array(dataEntrySchema),
      })
      .strict(),
    run: runSchema.nullable(),
    images: z.array(imageSchema).describe('Distinct images the deployments pinned, oldest first'),
    gto: gtoSchema.nullable(),
    deployments: z.array(deploymentSchema).describe("This version's deployment records, oldest first"),
    release: z
      .object({
        tag: z.string().describe("The release tag: the version's GTO registration tag"),
        url: z.string().nullable().describe('null: from git alone the URL is not known'),
      })
      .strict()
      .nullable(),
    drift: z
      .object({
        since: z.string().nullable().describe("The version's first deployment; null when never deployed"),
        until: z
          .string()
          .nullable()
          .describe(
            'When the last environment running it moved to another version; null while it is deployed',
          ),
        datasets: z.array(z.string()),
        from: z
          .enum(['drift-gate', 'all'])
          .describe("datasets: those the deployments' drift gates name, else every dataset"),
        records: z
          .array(driftRecordSchema)
          .describe('Made while the version ran in some environment, oldest first'),
      })
      .strict(),
    notes: z.array(z.string()).describe('What could not be found or read, and choices made, in words'),
  })
  .strict()
  .describe('mlops-actions lineage chain');

export type Lineage = z.infer<typeof lineageSchema>;
export type LineageData = Lineage['data'];
export type LineageRun = z.infer<typeof runSchema>;
export type LineageImage = z.infer<typeof imageSchema>;
export type LineageGto = z.infer<typeof gtoSchema>;
export type LineageDeployment = z.infer<typeof deploymentSchema>;
export type LineageDrift = Lineage['drift'];
