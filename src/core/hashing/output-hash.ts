import { statSync } from 'node:fs';
import { ConfigurationError } from '../errors.js';
import { hashBytes, type HashAlgorithm } from '../dvc/content-hash.js';
import { HashPool, worthWorkers } from './hash-pool.js';
import { compareCodePoints, type ManifestEntry, manifestText } from '../dvc/python-json.js';
import type { StateCache, StateLookup } from './state.js';
import { FileList } from './file-list.js';
import { walkDirectory, type WalkProgress } from './walk.js';

/** The hash of one tracked output (a file or a directory), as DVC computes it. */
export interface OutputHash {
  isDir: boolean;
  /** File md5, or the directory's manifest md5 with the `.dir` suffix. */
  md5: string;
  size: number;
  /** Number of files (1 for a file). */
  nfiles: number;
  executable: boolean;
  /** Files visited (walk order), with their stat data, and their md5s (same order). */
  files: FileList;
  md5s: string[];
  /** Directory only: manifest entries in code-point order (built on first use). */
  entries(): ManifestEntry[];
  /** Directory only: the exact `.dir` object text (built on first use). */
  manifest(): string;
  /** How many files had to be read (0 when the state cache knew them all). */
  rehashed: number;
}

export interface HashOutputOptions {
  /** Absolute path of the data. */
  path: string;
  /** Path shown in messages and used as the state key (relative to the repository root). */
  display: string;
  workspaceReal: string;
  algorithm: HashAlgorithm;
  state: StateCache;
  jobs: number;
}

function unreadable(
  display: string,
  relpath: string,
  message: string,
  code: string | undefined,
): ConfigurationError {
  const where = relpath === '' ? display : `${display}/${relpath}`;
  const why = code === 'EACCES' ? 'permission denied' : message;
  return new ConfigurationError(`Cannot read '${where}': ${why}`);
}

function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  let made = false;
  return () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value as T;
  };
}

/**
 * Hash a file or directory, reading only the files the state cache does not vouch for. An unchanged
 * directory takes its hash from the state too, so neither the files nor the manifest are touched.
 */
export async function hashOutput(options: HashOutputOptions): Promise<OutputHash> {
  const { path, display, algorithm, state } = options;
  let st;
  try {
    st = statSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new ConfigurationError(`Path '${display}' does not exist.`);
    throw unreadable(display, '', (error as Error).message, code);
  }
  const isDir = st.isDirectory();
  const lookup = state.lookup(display, algorithm);
  // With nothing remembered, every file will be read: the hash workers start as soon as the walk has found
  // enough to need them, and start up while it goes on.
  const pool = new HashPool(options.jobs);
  const startEarly: WalkProgress | undefined = lookup.empty
    ? (files, bytes) => {
        if (worthWorkers(files, bytes)) pool.start();
      }
    : undefined;
  try {
    const files = isDir
      ? await walkDirectory(
          path,
          options.workspaceReal,
          display,
          options.jobs,
          state.fileCount(display),
          startEarly,
        )
      : new FileList([''], [path], Float64Array.of(st.ino, st.mtimeMs, st.size, st.mode));
    return await hashWalked(options, files, isDir, lookup, pool);
  } finally {
    await pool.close();
  }
}

async function hashWalked(
  options: HashOutputOptions,
  files: FileList,
  isDir: boolean,
  lookup: StateLookup,
  pool: HashPool,
): Promise<OutputHash> {
  const { display, algorithm, state } = options;
  // Where each file sits in the state (-1: to be hashed). The md5 strings themselves are only built when
  // someone asks (a new manifest, a cache check, a diff): an unchanged directory never needs 100,000 of them.
  let positions = lookup.matchInOrder(files);
  if (!positions) {
    positions = new Int32Array(files.length);
    for (let i = 0; i < files.length; i++) positions[i] = lookup.find(files, i);
  }
  const missing: number[] = [];
  for (let i = 0; i < files.length; i++) if (positions[i]! < 0) missing.push(i);
  const computed = new Map<number, string>();
  if (missing.length > 0) {
    const paths = files.paths;
    const results = await pool.hash(
      missing.map((i) => ({ path: paths[i]!, algorithm, size: files.size(i) })),
    );
    results.forEach((result, k) => {
      const i = missing[k]!;
      if ('error' in result) throw unreadable(display, files.relpaths[i]!, result.error, result.code);
      computed.set(i, result.md5);
    });
  }
  const md5List = lazy(() =>
    Array.from({ length: files.length }, (_, i) =>
      positions[i]! < 0 ? computed.get(i)! : lookup.md5(positions[i]!),
    ),
  );
  let size = 0;
  for (let i = 0; i < files.length; i++) size += files.size(i);
  const entries = lazy(() => {
    const md5s = md5List();
    const list = files.relpaths.map((relpath, i) => ({ md5: md5s[i]!, relpath }));
    return list.sort((a, b) => compareCodePoints(a.relpath, b.relpath));
  });
  const manifest = lazy(() => manifestText(entries()));
  // No object spread below: it would read the md5s getter and build every string.
  const result = (md5: string, nfiles: number, executable: boolean): OutputHash => ({
    isDir,
    md5,
    size,
    nfiles,
    executable,
    files,
    get md5s() {
      return md5List();
    },
    entries,
    manifest,
    rehashed: missing.length,
  });
  if (!isDir) {
    if (missing.length > 0) state.record(display, algorithm, files, md5List(), undefined);
    return result(md5List()[0]!, 1, files.executable(0));
  }
  let md5 = lookup.dirMd5(files.length);
  if (md5 === undefined) {
    md5 = `${hashBytes(Buffer.from(manifest(), 'utf8'))}.dir`;
    state.record(display, algorithm, files, md5List(), md5);
  } else if (lookup.outOfOrder) state.record(display, algorithm, files, md5List(), md5);
  return result(md5, files.length, false);
}
