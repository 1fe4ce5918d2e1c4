/**
 * A change set: from a base commit, files to write and paths to delete, build one commit with plumbing
 * (blobs → a temporary index → write-tree → commit-tree). The work tree, the index and HEAD are never
 * touched, so it works from a depth-1 detached checkout, with a dirty work tree, or in a bare clone.
 */

import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigurationError } from '../errors.js';
import type { GitCommands, Signature } from './commands.js';

/** Git's file modes for blobs: a regular file, an executable, a symbolic link (content = target). */
export type FileMode = '100644' | '100755' | '120000';

export interface FileWrite {
  /** Path inside the tree, `/`-separated, no `.`/`..`/empty components, nothing under `.git`. */
  path: string;
  content: string | Uint8Array;
  mode?: FileMode;
}

export interface ChangeSet {
  /** The commit to build on; undefined for a first commit (an orphan branch). */
  base: string | undefined;
  writes?: readonly FileWrite[];
  /** Files, or directories (everything under them), to remove; paths not in the base are ignored. */
  deletes?: readonly string[];
  message: string;
  author?: Signature;
  committer?: Signature;
  /** Make a commit even when the tree equals the base's. */
  allowEmpty?: boolean;
  /** Where the temporary index and blob files go (RUNNER_TEMP in Actions); the OS temp dir by default. */
  tempDir?: string;
}

export interface ChangeSetResult {
  /** The new commit, or the base when nothing changed. */
  commit: string;
  tree: string;
  /** False when the change set left the base's tree as it was (no commit was made). */
  changed: boolean;
}

/** `.git` in any spelling a checkout could resolve to it (case-insensitive filesystems, NTFS trailing dots/spaces, 8.3 names). */
function isGitDirName(component: string): boolean {
  const lower = component.toLowerCase();
  return /^\.git[. ]*$/.test(lower) || lower === 'git~1';
}

/**
 * Check a path for a tree entry: relative, `/`-separated, canonical, and never into `.git`. Which other
 * directories a caller may write (e.g. `.github/workflows/`) is the caller's policy.
 */
export function checkTreePath(path: string, what = 'path'): string {
  const problem =
    path === ''
      ? 'is empty'
      : path.startsWith('/')
        ? 'is absolute'
        : path.includes('\\')
          ? 'contains a backslash'
          : path.includes('\0')
            ? 'contains a NUL byte'
            : path.split('/').some((c) => c === '' || c === '.' || c === '..')
              ? "has an empty, '.' or '..' component"
              : path.split('/').some(isGitDirName)
                ? "goes into '.git'"
                : undefined;
  if (problem) throw new ConfigurationError(`The ${what} '${path}' ${problem}; it cannot be committed.`);
  return path;
}

/**
 * Build the change set's commit. Deletes apply first, then writes, so a path both deleted and written
 * ends up written. Nothing is pushed and no ref moves: the caller publishes the commit.
 */
export async function buildChangeSet(git: GitCommands, change: ChangeSet): Promise<ChangeSetResult> {
  const writes = change.writes ?? [];
  const deletes = change.deletes ?? [];
  for (const w of writes) checkTreePath(w.path, 'file path');
  for (const d of deletes) checkTreePath(d, 'path to delete');
  const scratch = await mkdtemp(join(change.tempDir ?? tmpdir(), 'mlops-change-'));
  const env = { GIT_INDEX_FILE: join(scratch, `index-${randomBytes(4).toString('hex')}`) };
  try {
    const baseTree = change.base ? await git.treeOf(change.base) : undefined;
    await git.readTree(baseTree, env);
    const records: string[] = [];
    if (change.base && deletes.length > 0) {
      const zero = '0'.repeat(change.base.length);
      for (const path of deletes) {
        for (const entry of await git.lsTree(change.base, path)) {
          if (entry.path === path || entry.path.startsWith(`${path}/`))
            records.push(`0 ${zero}\t${entry.path}`);
        }
      }
    }
    const files = await Promise.all(
      writes.map(async (w, i) => {
        const file = join(scratch, `blob-${i}`);
        await writeFile(file, w.content);
        return file;
      }),
    );
    const blobs = await git.hashFiles(files);
    writes.forEach((w, i) => records.push(`${w.mode ?? '100644'} ${blobs[i]!}\t${w.path}`));
    await git.updateIndexInfo(records, env);
    const tree = await git.writeTree(env);
    if (change.base && tree === baseTree && !change.allowEmpty) {
      return { commit: change.base, tree, changed: false };
    }
    const commit = await git.commitTree(tree, change.base ? [change.base] : [], change.message, {
      author: change.author,
      committer: change.committer,
    });
    return { commit, tree, changed: true };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
