import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { flatten, isMapping } from '../structured/flatten.js';
import type { GitRunner } from '../git/runner.js';
import { parsePointer } from '../dvc/pointer.js';
import type { Logger } from '../logger.js';
import { printable } from '../report/printable.js';
import { parseJson } from '../structured/json.js';
import { runRecordForCommit } from './run-record-provenance.js';

export const LABEL_PREFIX = 'org.mlops-actions';

export interface ProvenanceInput {
  workspace: string;
  name: string;
  version: string | undefined;
  description: string | undefined;
  /** https://github.com/owner/repo when known. */
  sourceUrl: string | undefined;
  revision: string | undefined;
  created: string;
  runId: string | undefined;
  /** A JSON metrics file (absolute), when present. */
  metricsFile: string | undefined;
  logger: Logger;
  /**
   * Where to look for the track-experiment run record of `revision` when `runId` is not given (the
   * action passes its git wrapper and the configured registry branch); no lookup without it.
   */
  registry?: { git: GitRunner; branch: string };
}

const SKIP_DIRS = new Set(['.git', 'node_modules', '.dvc', 'dist', '.venv', 'venv', '__pycache__']);
const MAX_DEPTH = 3;
const MAX_METRICS = 20;

/** `.dvc` pointers near the top of the workspace: path → md5 of each tracked output. */
export async function dataHashes(workspace: string, logger: Logger): Promise<Record<string, string>> {
  const found: Record<string, string> = {};
  const walk = async (dir: string, depth: number): Promise<void> => {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory() && depth < MAX_DEPTH && !SKIP_DIRS.has(entry.name)) await walk(path, depth + 1);
      else if (entry.isFile() && entry.name.endsWith('.dvc')) {
        const base = relative(workspace, dir).split('\\').join('/');
        try {
          const pointer = parsePointer(await readFile(path, 'utf8'), relative(workspace, path));
          for (const out of pointer.outs) {
            if (out.md5) found[base ? `${base}/${out.path}` : out.path] = out.md5;
          }
        } catch (error) {
          logger.warning(
            `Skipping ${relative(workspace, path)} for provenance labels: ${(error as Error).message}`,
          );
        }
      }
    }
  };
  await walk(workspace, 0);
  return found;
}

/** Numbers of a metrics JSON flattened to dotted keys (`{"eval": {"acc": 0.9}}` → `eval.acc`), as DVC shows them. */
export function flattenMetrics(value: unknown): Record<string, number> {
  const out: Record<string, number> = {};
  if (!isMapping(value)) return out;
  for (const [key, inner] of flatten(value)) {
    if (typeof inner === 'number' && Number.isFinite(inner)) out[key] = inner;
  }
  return out;
}

/**
 * Labels that say what is in the image and where it came from: the org.opencontainers.image set plus
 * model name, experiment run id, data hashes (from `.dvc` pointers) and key metrics.
 */
export async function provenanceLabels(input: ProvenanceInput): Promise<Record<string, string>> {
  const labels: Record<string, string> = {};
  if (input.sourceUrl) labels['org.opencontainers.image.source'] = input.sourceUrl;
  if (input.revision) labels['org.opencontainers.image.revision'] = input.revision;
  labels['org.opencontainers.image.created'] = input.created;
  if (input.version) labels['org.opencontainers.image.version'] = input.version;
  labels['org.opencontainers.image.title'] = input.name;
  if (input.description) labels['org.opencontainers.image.description'] = input.description.slice(0, 512);
  labels[`${LABEL_PREFIX}.model.name`] = input.name;
  if (input.version) labels[`${LABEL_PREFIX}.model.version`] = input.version;
  // No run named: the run track-experiment recorded for this commit, when there is one.
  const record =
    input.runId || !input.registry
      ? undefined
      : await runRecordForCommit({
          workspace: input.workspace,
          commit: input.revision,
          logger: input.logger,
          ...input.registry,
        });
  const runId = input.runId ?? record?.id;
  if (runId) labels[`${LABEL_PREFIX}.run-id`] = runId;
  if (record) labels[`${LABEL_PREFIX}.experiment`] = record.experiment;
  // Pointers in this checkout first (in walk order, as before), then data versions only the record knows.
  const data = await dataHashes(input.workspace, input.logger);
  for (const entry of record?.data ?? []) data[entry.path] ??= entry.md5;
  for (const [path, md5] of Object.entries(data)) labels[`${LABEL_PREFIX}.data.${path}`] = `md5:${md5}`;
  // The record's metrics, with the metrics file (this checkout's newest numbers) winning per key.
  const metrics: Record<string, number> = { ...record?.metrics };
  if (input.metricsFile) {
    try {
      Object.assign(
        metrics,
        flattenMetrics(parseJson(await readFile(input.metricsFile, 'utf8'), input.metricsFile)),
      );
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
        input.logger.warning(
          `Metrics file ${input.metricsFile} was not used for labels: ${(error as Error).message}`,
        );
      }
    }
  }
  for (const key of Object.keys(metrics).sort().slice(0, MAX_METRICS)) {
    labels[`${LABEL_PREFIX}.metric.${key}`] = String(metrics[key]);
  }
  // Data paths, metric keys and the experiment name come from repository content: no NUL, ESC or line
  // break may reach a label (they would show in `docker inspect` and in the job summary).
  return Object.fromEntries(Object.entries(labels).map(([key, value]) => [printable(key), printable(value)]));
}
