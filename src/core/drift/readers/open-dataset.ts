/** Read a reference or current dataset by file type: CSV, JSON Lines, Parquet, or a `.dvc` pointer to one. */

import { stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { ConfigurationError } from '../../errors.js';
import type { PathPolicy } from '../../fs/path-policy.js';
import { readCsv } from './csv.js';
import { resolveDvcPointer } from './dvc-pointer.js';
import { readJsonLines } from './jsonl.js';
import { readParquet } from './parquet.js';
import { releaseMemory } from './release-memory.js';
import type { DataFormat, Table } from './table.js';

export interface OpenOptions {
  /** Resolved absolute path of the file. */
  path: string;
  /** As the user wrote it. */
  source: string;
  /** The input name, for messages. */
  inputName: string;
  /** The workspace's path policy: a `.dvc` pointer's path is repository content. */
  paths: PathPolicy;
  workers?: number;
}

const FORMATS: Record<string, DataFormat> = {
  '.csv': 'csv',
  '.txt': 'csv',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.parquet': 'parquet',
  '.pq': 'parquet',
};

export function formatOf(name: string): DataFormat | undefined {
  return FORMATS[extname(name).toLowerCase()];
}

export async function openDataset(options: OpenOptions): Promise<Table> {
  const label = `Input '${options.inputName}' (${options.source})`;
  let info;
  try {
    info = await stat(options.path);
  } catch {
    throw new ConfigurationError(`${label}: file not found.`);
  }
  if (!info.isFile()) throw new ConfigurationError(`${label}: not a file.`);
  let path = options.path;
  let name = options.path;
  if (extname(path).toLowerCase() === '.dvc') {
    const resolved = await resolveDvcPointer(path, options.paths, label);
    path = resolved.path;
    name = resolved.name;
  }
  const format = formatOf(name);
  if (format === undefined) {
    throw new ConfigurationError(
      `${label}: unsupported file type '${extname(name) || '(none)'}'; use .csv, .jsonl/.ndjson, .parquet or a .dvc pointer to one.`,
    );
  }
  if (format === 'csv') {
    const table = await readCsv(path, options.source, { label, workers: options.workers });
    // Big files were parsed in ranges whose merged buffers are garbage now: free them before going on.
    if (info.size >= 8 * 1024 * 1024) {
      await new Promise((resolve) => setImmediate(resolve)); // let the finished workers' ports close
      releaseMemory();
    }
    return table;
  }
  if (format === 'jsonl') return readJsonLines(path, options.source, label);
  return readParquet(path, options.source, label);
}
