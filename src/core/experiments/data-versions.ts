import { lstat, readFile } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { isConfigurationError } from '../errors.js';
import type { GitCommands } from '../git/commands.js';
import { manifestRefs } from '../dvc/objects.js';
import { parsePointer, type PointerOut } from '../dvc/pointer.js';
import type { Logger } from '../logger.js';
import { readYaml } from '../structured/yaml.js';
import { isMapping } from '../structured/flatten.js';
import type { DataEntry } from '../registry/run-records.js';

/** Is this tracked path one we read data hashes from? */
export function isDataPointer(path: string): boolean {
  return path.endsWith('.dvc') || path === 'dvc.lock' || path.endsWith('/dvc.lock');
}

function entryFrom(raw: unknown, baseDir: string, source: string): DataEntry | undefined {
  if (!isMapping(raw) || typeof raw.path !== 'string' || typeof raw.md5 !== 'string') return undefined;
  const entry: DataEntry = {
    path: posix.normalize(baseDir === '.' || baseDir === '' ? raw.path : `${baseDir}/${raw.path}`),
    md5: raw.md5,
    source,
  };
  if (typeof raw.size === 'number' && Number.isInteger(raw.size) && raw.size >= 0) entry.size = raw.size;
  if (typeof raw.nfiles === 'number' && Number.isInteger(raw.nfiles) && raw.nfiles >= 0)
    entry.nfiles = raw.nfiles;
  return entry;
}

/**
 * Parse a `.dvc` pointer (`outs: [{md5, size, nfiles, hash, path}]`) or a `dvc.lock`
 * (`stages: {name: {deps: [...], outs: [...]}}`). Paths inside are relative to the file's directory;
 * the entries come back relative to the repository root, "/"-separated.
 */
export function parseDataPointer(text: string, relPath: string): DataEntry[] {
  const baseDir = posix.dirname(relPath.replace(/\\/g, '/'));
  if (relPath.endsWith('.dvc')) {
    // data-hash's reader; a pointer it refuses contributes no data versions (the run is still recorded).
    let outs: PointerOut[];
    try {
      outs = parsePointer(text, relPath).outs;
    } catch {
      return [];
    }
    return outs.flatMap((out) => entryFrom(out, baseDir, relPath) ?? []);
  }
  let value: unknown;
  try {
    value = readYaml(text, relPath);
  } catch (error) {
    if (!isConfigurationError(error)) throw error;
    return []; // like a refused pointer: no data versions from this file
  }
  if (!isMapping(value)) return [];
  const entries: DataEntry[] = [];
  const stages = isMapping(value.stages) ? value.stages : {};
  for (const [stage, body] of Object.entries(stages)) {
    if (!isMapping(body)) continue;
    for (const list of [body.outs, body.deps]) {
      for (const item of Array.isArray(list) ? list : []) {
        const entry = entryFrom(item, baseDir, `${relPath}:${stage}`);
        if (entry) entries.push(entry);
      }
    }
  }
  return entries;
}

/**
 * The data versions the pointer files `files` (`.dvc` pointers, `dvc.lock`) hold at `commit`, read from git
 * (the blobs at that commit: works in a depth-1 clone, downloads no data): data path → entry, the first per
 * path winning. Files not at the commit contribute nothing.
 */
export async function dataVersionsAtCommit(
  git: GitCommands,
  commit: string,
  files: readonly string[],
): Promise<Map<string, DataEntry>> {
  const entries = (await git.lsTree(commit, files)).filter(
    (e) => files.includes(e.path) && e.type === 'blob',
  );
  const texts = await git.readBlobTexts(entries.map((e) => e.object));
  const atCommit = new Map<string, DataEntry>();
  for (const entry of entries) {
    for (const d of parseDataPointer(texts.get(entry.object) ?? '', entry.path)) {
      if (!atCommit.has(d.path)) atCommit.set(d.path, d);
    }
  }
  return atCommit;
}

/** The pointer files a run's data versions were read from (`source`, its `:stage` suffix dropped). */
export function pointerFiles(data: readonly DataEntry[]): string[] {
  return [...new Set(data.map((d) => d.source.replace(/:[^:/]*$/, '')))];
}

/**
 * Read every pointer file in `relPaths` (from `git ls-files`); the first entry per data path wins, with
 * `.dvc` pointers and stage outputs preferred to stage dependencies (they are listed first).
 */
export async function readDataVersions(
  root: string,
  relPaths: readonly string[],
  logger: Logger,
): Promise<DataEntry[]> {
  const byPath = new Map<string, DataEntry>();
  const sorted = [...relPaths]
    .filter(isDataPointer)
    .sort(
      (a, b) =>
        Number(a.endsWith('dvc.lock')) - Number(b.endsWith('dvc.lock')) || (a < b ? -1 : a > b ? 1 : 0),
    );
  for (const rel of sorted) {
    let text: string;
    try {
      // a tracked symbolic link could point anywhere: read regular files only
      if (!(await lstat(join(root, rel))).isFile()) continue;
      text = await readFile(join(root, rel), 'utf8');
    } catch {
      logger.debug(`data pointer ${rel} is tracked but not in the working tree; skipped`);
      continue;
    }
    for (const entry of parseDataPointer(text, rel)) {
      if (!byPath.has(entry.path)) byPath.set(entry.path, entry);
    }
  }
  return [...byPath.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

export interface DirManifestEntry {
  md5: string;
  relpath: string;
}

/**
 * A `.dir` object from the DVC cache (3.x layout first, then the 2.x one), read and verified by data-hash;
 * undefined when absent, corrupt or not a manifest (the comparison then shows no file-level changes).
 */
export async function readDirManifest(
  cacheDir: string,
  dirHash: string,
): Promise<DirManifestEntry[] | undefined> {
  if (!/^[0-9a-f]{32}\.dir$/.test(dirHash)) return undefined;
  for (const legacy of [false, true]) {
    try {
      const refs = await manifestRefs(cacheDir, { md5: dirHash, legacy });
      if (refs) return refs.map((entry) => ({ md5: entry.ref.md5, relpath: entry.relpath }));
    } catch {
      return undefined;
    }
  }
  return undefined;
}
