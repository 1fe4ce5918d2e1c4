import { logValue } from '../log-text.js';
import { z } from 'zod';
import { ConfigurationError } from '../errors.js';
import type { GitCommands } from '../git/commands.js';
import type { Logger } from '../logger.js';
import { listJsonFiles, type WriteOptions, type WriteResult, writeRegistry } from './store.js';

/**
 * The run record: one JSON file per run at `runs/<experiment>/<id>.json` on the registry branch.
 * Modelled on MLflow's run (params, metrics, history, source, datasets, artifacts) so users recognise it.
 * `schema` is bumped on any incompatible change; readers skip records with a newer major they cannot read.
 * `npm run build` exports this as schema/run-record.schema.json.
 */
export const RECORD_SCHEMA_VERSION = 1;

/** Experiment names and run ids become path segments and marker text: keep them to a safe alphabet. */
export const NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

const paramValue = z.union([
  z.string(),
  z.number(),
  z.boolean(),
  z.null(),
  z.array(z.unknown()).describe('Lists are kept whole, as DVC does'),
]);
export type ParamValue = z.infer<typeof paramValue>;

const point = z.tuple([z.number().describe('step'), z.number().describe('value')]);
export type SeriesPoint = z.infer<typeof point>;

export const dataEntrySchema = z
  .object({
    path: z.string().describe('Path of the tracked data, relative to the repository root'),
    md5: z.string().describe('DVC hash: md5 of the file, or "<md5>.dir" for a directory'),
    size: z.number().int().nonnegative().optional(),
    nfiles: z.number().int().nonnegative().optional(),
    source: z.string().describe('Where the hash was read: a .dvc pointer, or dvc.lock:<stage>'),
  })
  .strict();
export type DataEntry = z.infer<typeof dataEntrySchema>;

export const artifactSchema = z
  .object({
    path: z.string().describe('Path relative to the workspace'),
    size: z.number().int().nonnegative(),
    md5: z.string(),
  })
  .strict();
export type Artifact = z.infer<typeof artifactSchema>;

export const pullRequestRefSchema = z
  .object({
    number: z.number().int().positive(),
    baseRef: z.string().describe('Base branch name'),
    baseSha: z.string(),
    headRef: z.string(),
    headSha: z.string(),
  })
  .strict();
export type PullRequestRef = z.infer<typeof pullRequestRefSchema>;

export const runRecordSchema = z
  .object({
    schema: z.literal(RECORD_SCHEMA_VERSION).describe('Record format version'),
    id: z.string().regex(NAME_PATTERN).describe('Run id, unique within the experiment'),
    experiment: z.string().regex(NAME_PATTERN),
    status: z.enum(['FINISHED', 'FAILED', 'RUNNING', 'KILLED']).describe('MLflow run status words'),
    startedAt: z.string().describe('ISO 8601 time the track-experiment step started'),
    endedAt: z.string().describe('ISO 8601 time the record was written'),
    params: z.record(z.string(), paramValue).describe('Dotted key → value, flattened like DVC'),
    metrics: z.record(z.string(), z.number()).describe('Dotted key → final value'),
    series: z
      .record(z.string(), z.array(point))
      .describe('Step series: metric key → [step, value] points in step order'),
    tags: z.record(z.string(), z.string()),
    git: z
      .object({
        commit: z.string().optional().describe('Commit the run was made from (GITHUB_SHA)'),
        ref: z.string().optional().describe('Full ref (refs/heads/main, refs/pull/7/merge)'),
        branch: z.string().optional().describe('Branch the run belongs to (for a PR: its head branch)'),
        pullRequest: pullRequestRefSchema.optional(),
      })
      .strict(),
    repository: z.string().optional(),
    runUrl: z.string().optional().describe('Link to the workflow run'),
    actor: z.string().optional(),
    event: z.string().optional().describe('Event that triggered the workflow (push, pull_request, …)'),
    data: z.array(dataEntrySchema).describe('Data versions from .dvc pointers and dvc.lock'),
    artifacts: z.array(artifactSchema),
    parentRunId: z.string().optional().describe('Parent run (e.g. the sweep a matrix job belongs to)'),
    sources: z
      .object({ metrics: z.array(z.string()), params: z.array(z.string()) })
      .strict()
      .describe('The files metrics and params were read from'),
  })
  .strict();

export type RunRecord = z.infer<typeof runRecordSchema>;

/** Validate a record read from the registry; `where` names it in the error. */
export function parseRunRecord(text: string, where: string): RunRecord {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ConfigurationError(`Run record ${where} is not valid JSON: ${(error as Error).message}`);
  }
  const result = runRecordSchema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new ConfigurationError(
      `Run record ${where} does not match schema ${RECORD_SCHEMA_VERSION}: ${issue.path.join('.') || '(top level)'}: ${issue.message}`,
    );
  }
  return result.data;
}

/** Stable serialisation: two-space JSON with a trailing newline, so identical runs give identical blobs. */
export function serializeRunRecord(record: RunRecord): string {
  return `${JSON.stringify(record, null, 2)}\n`;
}

export function recordPath(experiment: string, id: string): string {
  return `runs/${experiment}/${id}.json`;
}

export function checkName(value: string, what: string): string {
  if (!NAME_PATTERN.test(value)) {
    throw new ConfigurationError(
      `${what} '${value}' is not allowed: use letters, digits, '.', '_' and '-' (start with a letter or digit, at most 100 characters).`,
    );
  }
  return value;
}

/**
 * Store one run record at `runs/<experiment>/<id>.json` on the registry branch and push it, retrying lost
 * races; a rerun with the identical record pushes nothing. On failure the record is kept in
 * `tempDir/mlops-runs/` and the error says where.
 */
export async function writeRunRecord(
  git: GitCommands,
  record: RunRecord,
  options: WriteOptions,
): Promise<WriteResult<string>> {
  const path = recordPath(record.experiment, record.id);
  const text = serializeRunRecord(record);
  return writeRegistry(git, options, {
    what: `run record ${path}`,
    build: () =>
      Promise.resolve({
        update: {
          files: [{ path, text }],
          message: `Record run ${record.experiment}/${record.id}\n\nmlops-actions track-experiment`,
        },
        value: path,
      }),
    keep: { dir: 'mlops-runs', files: [{ path: `${record.experiment}/${record.id}.json`, text }] },
  });
}

/**
 * Every run record under `runs/` (or `runs/<experiment>/`) at `ref`, read with one `ls-tree` and one
 * `cat-file --batch` however many runs there are. Records that do not parse are skipped with a warning.
 */
export async function readRunRecords(
  git: GitCommands,
  ref: string,
  logger: Logger,
  experiment?: string,
): Promise<RunRecord[]> {
  const entries = await listJsonFiles(git, ref, experiment === undefined ? 'runs/' : `runs/${experiment}/`);
  if (entries.length === 0) return [];
  const texts = await git.readBlobTexts(entries.map((e) => e.object));
  const records: RunRecord[] = [];
  for (const entry of entries) {
    const text = texts.get(entry.object);
    if (text === undefined) continue;
    try {
      records.push(parseRunRecord(text, entry.path));
    } catch (error) {
      logger.warning(`Skipping ${logValue(entry.path)}: ${(error as Error).message}`);
    }
  }
  return records;
}
