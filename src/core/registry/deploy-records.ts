/**
 * The deployment record: one JSON file per promotion or rollback of a model to an environment (a GTO stage),
 * written by gated-deploy on the registry branch in the same atomic push as the GTO tags (and, with
 * `pin: push`, the manifest commit). It says what went where: version, commit, image digest, run, gates,
 * who and which workflow run. Records of one model and environment are numbered (`sequence`), so the newest
 * is the highest number whatever the clocks say; a lost push race renumbers on the fresh tip.
 *
 *   deployments/<model>/<environment>/<sequence, 6 digits>-<version>.json   a deployment (promote, rollback)
 *   deployments/<model>/<environment>/proposal.json                          a pull request awaiting merge
 *
 * `npm run build` exports the schema as schema/deploy-record.schema.json.
 */

import { z } from 'zod';
import type { GitCommands, TreeEntry } from '../git/commands.js';
import { logValue } from '../log-text.js';
import type { Logger } from '../logger.js';
import { listJsonFiles } from './store.js';

export const DEPLOY_RECORD_VERSION = 1;

export const GATE_NAMES = ['metrics', 'no-regression', 'after', 'drift', 'data', 'image', 'checks'] as const;
export type GateName = (typeof GATE_NAMES)[number];

export const gateResultSchema = z
  .object({
    gate: z.enum(GATE_NAMES),
    subject: z.string().describe('What was checked: a metric key, a dataset, a check name ("" when one row)'),
    status: z.enum(['pass', 'fail', 'skip']),
    observed: z.string().describe('The value found, as text ("" when none)'),
    limit: z.string().describe('What the policy asks, as text'),
    reason: z.string().describe('Why it passed, failed or was skipped, in words'),
  })
  .strict();
export type GateResult = z.infer<typeof gateResultSchema>;

export const runRefSchema = z
  .object({
    experiment: z.string(),
    id: z.string(),
    url: z.string().optional().describe('The workflow run that recorded it'),
  })
  .strict();
export type RunRef = z.infer<typeof runRefSchema>;

export const PIN_MODES = ['push', 'pull-request', 'none'] as const;
export type PinMode = (typeof PIN_MODES)[number];

export const deployRecordSchema = z
  .object({
    schema: z.literal(DEPLOY_RECORD_VERSION).describe('Record format version'),
    status: z
      .enum(['deployed', 'proposed'])
      .describe('deployed: the stage was assigned; proposed: a pull request carries the pinned manifests'),
    model: z.string().describe('GTO artifact name'),
    environment: z.string().describe('GTO stage'),
    sequence: z.number().int().nonnegative().describe('1, 2, … per model and environment (0 for a proposal)'),
    action: z.enum(['promote', 'rollback']),
    version: z.string().describe('vX.Y.Z, as registered'),
    commit: z.string().describe('The commit the version is registered at'),
    image: z.string().nullable().describe('repository[:tag]@sha256:… pinned, null when none'),
    digest: z.string().nullable(),
    run: runRefSchema.nullable().describe('The track-experiment run the version was trained in'),
    previous: z
      .object({ version: z.string(), commit: z.string() })
      .strict()
      .nullable()
      .describe('What the environment showed before'),
    tags: z.array(z.string()).describe('GTO tags this deployment pushed'),
    pin: z
      .object({
        mode: z.enum(PIN_MODES),
        branch: z.string().optional().describe('Branch the manifests were committed to'),
        commit: z.string().optional().describe('The commit holding the pinned manifests'),
        files: z.array(z.string()).describe('Manifest paths pinned (relative to the repository root)'),
        pullRequest: z.number().int().positive().optional(),
      })
      .strict(),
    gates: z.array(gateResultSchema),
    recordedAt: z.string().describe('ISO 8601'),
    actor: z.string().optional(),
    repository: z.string().optional(),
    runUrl: z.string().optional().describe('The workflow run that deployed'),
    workflowRunId: z.string().optional(),
  })
  .strict()
  .describe('mlops-actions deployment record');

export type DeployRecord = z.infer<typeof deployRecordSchema>;

export interface StoredDeployRecord {
  path: string;
  record: DeployRecord;
}

/** A model or stage name as one path segment: GTO's `dirname:name` as in tags (`=`), `/` escaped. */
export function pathSegment(name: string): string {
  return name.replaceAll('%', '%25').replaceAll(':', '=').replaceAll('/', '%2F');
}

export function deployDir(model: string, environment: string): string {
  return `deployments/${pathSegment(model)}/${pathSegment(environment)}/`;
}

export function deployRecordPath(
  record: Pick<DeployRecord, 'model' | 'environment' | 'sequence' | 'version'>,
): string {
  return `${deployDir(record.model, record.environment)}${String(record.sequence).padStart(6, '0')}-${record.version}.json`;
}

export function proposalPath(model: string, environment: string): string {
  return `${deployDir(model, environment)}proposal.json`;
}

export function serializeDeployRecord(record: DeployRecord): string {
  return `${JSON.stringify(record, null, 2)}\n`;
}

const RECORD_FILE = /\/\d{6}-[^/]+\.json$/;

function parse(text: string | undefined): DeployRecord {
  return deployRecordSchema.parse(JSON.parse(text ?? ''));
}

/**
 * The deployment records of `model` (one environment, or all) at `ref`, oldest first per environment (by
 * sequence); proposals are not included. Unreadable files are skipped with a warning.
 */
export async function readDeployRecords(
  git: GitCommands,
  ref: string,
  model: string,
  environment: string | undefined,
  logger: Logger,
): Promise<StoredDeployRecord[]> {
  const prefix =
    environment === undefined ? `deployments/${pathSegment(model)}/` : deployDir(model, environment);
  const entries = (await listJsonFiles(git, ref, prefix)).filter((e) => RECORD_FILE.test(e.path));
  // A model `a` must not read the records of a model `a/b`: its segment holds `%2F`, never `/`.
  const own = entries.filter((e) => e.path.slice(prefix.length).split('/').length === (environment ? 1 : 2));
  return (await parseEntries(git, own, logger)).sort(
    (a, b) => a.record.sequence - b.record.sequence || (a.path < b.path ? -1 : 1),
  );
}

/** Every deployment record of every model at `ref` (one `ls-tree`, one `cat-file --batch`), in path order. */
export async function readEveryDeployRecord(
  git: GitCommands,
  ref: string,
  logger: Logger,
): Promise<StoredDeployRecord[]> {
  const entries = (await listJsonFiles(git, ref, 'deployments/')).filter(
    (e) => RECORD_FILE.test(e.path) && e.path.split('/').length === 4,
  );
  return parseEntries(git, entries, logger);
}

async function parseEntries(
  git: GitCommands,
  entries: readonly TreeEntry[],
  logger: Logger,
): Promise<StoredDeployRecord[]> {
  const texts = await git.readBlobTexts(entries.map((e) => e.object));
  const records: StoredDeployRecord[] = [];
  for (const entry of entries) {
    try {
      records.push({ path: entry.path, record: parse(texts.get(entry.object)) });
    } catch (error) {
      logger.warning(
        `Skipping ${logValue(entry.path)}: not a deployment record (${(error as Error).message.split('\n')[0]})`,
      );
    }
  }
  return records;
}

/** The open proposal (a deploy pull request) of a model and environment at `ref`, if any. */
export async function readProposal(
  git: GitCommands,
  ref: string,
  model: string,
  environment: string,
  logger: Logger,
): Promise<StoredDeployRecord | undefined> {
  const path = proposalPath(model, environment);
  const [entry] = await listJsonFiles(git, ref, path);
  if (!entry) return undefined;
  const text = (await git.readBlobTexts([entry.object])).get(entry.object);
  try {
    return { path, record: parse(text) };
  } catch (error) {
    logger.warning(
      `Ignoring ${logValue(path)}: not a deployment record (${(error as Error).message.split('\n')[0]})`,
    );
    return undefined;
  }
}

/** A dataset name as drift records use it (a path segment); a drift gate's `<dataset> age` row is not one. */
const DATASET = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

/** The datasets a deployment's drift gate checked, in gate order. */
export function driftGateDatasets(gates: readonly GateResult[]): string[] {
  return [
    ...new Set(gates.filter((g) => g.gate === 'drift' && DATASET.test(g.subject)).map((g) => g.subject)),
  ];
}

/** Two records of the same deployment: equal apart from when, by whom and in which run it was recorded. */
export function sameDeployment(a: DeployRecord, b: DeployRecord): boolean {
  const key = (r: DeployRecord) =>
    JSON.stringify([r.status, r.action, r.version, r.commit, r.digest, r.pin.mode, r.pin.files]);
  return key(a) === key(b);
}
