import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import type { Logger } from '../logger.js';

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
        try {
          const doc = parse(await readFile(path, 'utf8')) as {
            outs?: { md5?: string; path?: string }[];
          } | null;
          const base = relative(workspace, dir).split('\\').join('/');
          for (const out of doc?.outs ?? []) {
            if (out.md5 && out.path) found[base ? `${base}/${out.path}` : out.path] = out.md5;
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

/** Numbers of a metrics JSON flattened to dotted keys (`{"eval": {"acc": 0.9}}` → `eval.acc`). */
export function flattenMetrics(
  value: unknown,
  prefix = '',
  out: Record<string, number> = {},
): Record<string, number> {
  if (typeof value === 'number' && Number.isFinite(value)) out[prefix] = value;
  else if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, inner] of Object.entries(value))
      flattenMetrics(inner, prefix ? `${prefix}.${key}` : key, out);
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
  if (input.runId) labels[`${LABEL_PREFIX}.run-id`] = input.runId;
  for (const [path, md5] of Object.entries(await dataHashes(input.workspace, input.logger))) {
    labels[`${LABEL_PREFIX}.data.${path}`] = `md5:${md5}`;
  }
  if (input.metricsFile) {
    try {
      const metrics = flattenMetrics(JSON.parse(await readFile(input.metricsFile, 'utf8')));
      const keys = Object.keys(metrics).sort().slice(0, MAX_METRICS);
      for (const key of keys) labels[`${LABEL_PREFIX}.metric.${key}`] = String(metrics[key]);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
        input.logger.warning(
          `Metrics file ${input.metricsFile} was not used for labels: ${(error as Error).message}`,
        );
      }
    }
  }
  return labels;
}
