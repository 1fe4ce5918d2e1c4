import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { lstat, readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { ConfigurationError } from '../errors.js';
import { isGitName, PathPolicy } from '../fs/path-policy.js';
import { logValue } from '../log-text.js';
import type { Logger } from '../logger.js';
import { parseMetricsFile } from './metrics-files.js';
import { parseParamsFile } from './params-files.js';
import type { Artifact, ParamValue, SeriesPoint } from '../registry/run-records.js';
import { readUserFile } from './structured-file.js';

export interface RunInputs {
  metrics: Record<string, number>;
  series: Record<string, SeriesPoint[]>;
  params: Record<string, ParamValue>;
  artifacts: Artifact[];
  sources: { metrics: string[]; params: string[] };
}

/** Artifact directories are listed file by file up to this many entries (the record stays small). */
const MAX_ARTIFACT_FILES = 1000;

const toPosix = (path: string) => path.split(sep).join('/');

/**
 * Read the metrics, params and artifacts the user named. Summary metrics win over a series' last value
 * for the same key; a series without a summary value contributes its last point. Later params files
 * override earlier ones (with a warning when a value differs).
 */
export async function readRunInputs(options: {
  workspace: string;
  metrics: readonly string[];
  params: readonly string[];
  artifacts: readonly string[];
  logger: Logger;
}): Promise<RunInputs> {
  const { workspace, logger } = options;
  // Inputs: the workflow author's, so they may be outside the workspace (path-policy.ts).
  const policy = PathPolicy.forWorkspace(workspace);
  const metrics = new Map<string, number>();
  const seriesMap = new Map<string, SeriesPoint[]>();
  for (const file of options.metrics) {
    const absolute = policy.resolveInput(file, 'metrics');
    const parsed = parseMetricsFile(await readUserFile(absolute, file, 'metrics'), file);
    for (const [key, value] of parsed.metrics) metrics.set(key, value);
    for (const [key, points] of parsed.series) {
      if (seriesMap.has(key))
        logger.warning(
          `Step series '${logValue(key)}' appears in more than one metrics file; ${logValue(file)} wins.`,
        );
      seriesMap.set(key, points);
    }
  }
  for (const [key, points] of seriesMap) {
    if (!metrics.has(key) && points.length > 0) metrics.set(key, points[points.length - 1]![1]);
  }

  const params = new Map<string, ParamValue>();
  for (const file of options.params) {
    const absolute = policy.resolveInput(file, 'params');
    for (const [key, value] of parseParamsFile(await readUserFile(absolute, file, 'params'), file)) {
      if (params.has(key) && JSON.stringify(params.get(key)) !== JSON.stringify(value)) {
        logger.warning(
          `Param '${key}' is set in more than one params file; the value from ${file} is recorded.`,
        );
      }
      params.set(key, value);
    }
  }

  const artifacts: Artifact[] = [];
  for (const path of options.artifacts) {
    const absolute = policy.resolveInput(path, 'artifacts');
    artifacts.push(...(await describeArtifact(policy, absolute, path, artifacts.length)));
  }

  const sorted = <T>(map: Map<string, T>) =>
    Object.fromEntries([...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return {
    metrics: sorted(metrics),
    series: sorted(seriesMap),
    params: sorted(params),
    artifacts,
    sources: { metrics: [...options.metrics], params: [...options.params] },
  };
}

async function md5File(path: string): Promise<string> {
  const hash = createHash('md5');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

async function describeArtifact(
  policy: PathPolicy,
  absolute: string,
  given: string,
  already: number,
): Promise<Artifact[]> {
  let stat;
  try {
    stat = await lstat(absolute);
  } catch {
    throw new ConfigurationError(`Input 'artifacts': '${given}' does not exist.`);
  }
  const describeFile = async (file: string, size: number): Promise<Artifact> => ({
    // Relative to the workspace; absolute for an artifact outside it.
    path: policy.contains(file) ? toPosix(relative(policy.root, file)) : toPosix(file),
    size,
    md5: await md5File(file),
  });
  if (stat.isFile()) return [await describeFile(absolute, stat.size)];
  if (!stat.isDirectory())
    throw new ConfigurationError(`Input 'artifacts': '${given}' is not a file or directory.`);
  const found: Artifact[] = [];
  const walk = async (dir: string): Promise<void> => {
    const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const entry of entries) {
      if (already + found.length >= MAX_ARTIFACT_FILES) return;
      if (isGitName(entry.name)) continue; // a git checkout's internals are not artifacts
      const full = join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.isFile()) found.push(await describeFile(full, (await lstat(full)).size));
      // symbolic links are not followed: they could point outside the workspace
    }
  };
  await walk(absolute);
  return found;
}
