import { logValue } from '../log-text.js';
import type { Logger } from '../logger.js';
import { parseRunRecord, type RunRecord } from './record.js';
import type { GitRunner } from './registry-store.js';

export interface TreeEntry {
  blob: string;
  path: string;
}

/** The `.json` files under `prefix` (e.g. `runs/`, `drift/<dataset>/`) at `ref`; [] when there are none. */
export async function listJsonBlobs(git: GitRunner, ref: string, prefix: string): Promise<TreeEntry[]> {
  const result = await git.exec(['ls-tree', '-r', '-z', ref, '--', prefix], { allowFailure: true });
  if (result.exitCode !== 0) return [];
  const entries: TreeEntry[] = [];
  for (const line of result.stdout.split('\0')) {
    // "<mode> blob <sha>\t<path>"
    const match = /^\d+ blob ([0-9a-f]+)\t(.+)$/s.exec(line);
    if (match && match[2]!.endsWith('.json')) entries.push({ blob: match[1]!, path: match[2]! });
  }
  return entries;
}

/**
 * Split `git cat-file --batch` output. Sizes are in bytes, so parse the bytes: the wrapper hands back
 * UTF-8 text, and re-encoding valid UTF-8 gives the same bytes back.
 */
function splitBatch(output: string): Map<string, string> {
  const bytes = Buffer.from(output, 'utf8');
  const blobs = new Map<string, string>();
  let at = 0;
  while (at < bytes.length) {
    const newline = bytes.indexOf(0x0a, at);
    if (newline < 0) break;
    const header = bytes.subarray(at, newline).toString('utf8').split(' ');
    at = newline + 1;
    if (header[1] !== 'blob') continue; // "<sha> missing"
    const size = Number(header[2]);
    blobs.set(header[0]!, bytes.subarray(at, at + size).toString('utf8'));
    at += size + 1;
  }
  return blobs;
}

/** The texts of `blobs`, by blob id, read with one `git cat-file --batch`. */
export async function readBlobTexts(git: GitRunner, blobs: readonly string[]): Promise<Map<string, string>> {
  if (blobs.length === 0) return new Map();
  const batch = await git.exec(['cat-file', '--batch'], { input: `${[...new Set(blobs)].join('\n')}\n` });
  return splitBatch(batch.stdout);
}

/**
 * Every run record under `runs/` (or `runs/<experiment>/`) at `ref`, read with one `ls-tree` and one
 * `cat-file --batch` however many runs there are. Records that do not parse are skipped with a warning.
 */
export async function readRecords(
  git: GitRunner,
  ref: string,
  logger: Logger,
  experiment?: string,
): Promise<RunRecord[]> {
  const prefix = experiment === undefined ? 'runs/' : `runs/${experiment}/`;
  const entries = await listJsonBlobs(git, ref, prefix);
  if (entries.length === 0) return [];
  const blobs = await readBlobTexts(
    git,
    entries.map((e) => e.blob),
  );
  const records: RunRecord[] = [];
  for (const entry of entries) {
    const text = blobs.get(entry.blob);
    if (text === undefined) continue;
    try {
      records.push(parseRunRecord(text, entry.path));
    } catch (error) {
      logger.warning(`Skipping ${logValue(entry.path)}: ${(error as Error).message}`);
    }
  }
  return records;
}

/** The ref to read records from: the remote-tracking ref when present, else a local branch. */
export async function resolveRegistryRef(
  git: GitRunner,
  remote: string,
  branch: string,
): Promise<string | undefined> {
  for (const ref of [`refs/remotes/${remote}/${branch}`, `refs/heads/${branch}`]) {
    const result = await git.exec(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], {
      allowFailure: true,
    });
    if (result.exitCode === 0) return ref;
  }
  return undefined;
}

/** `git merge-base --is-ancestor`: true/false, or undefined when an object is missing (shallow history). */
export async function isAncestor(git: GitRunner, commit: string, of: string): Promise<boolean | undefined> {
  const result = await git.exec(['merge-base', '--is-ancestor', commit, of], { allowFailure: true });
  if (result.exitCode === 0) return true;
  if (result.exitCode === 1) return false;
  return undefined;
}
