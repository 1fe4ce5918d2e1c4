import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../fs/atomic-write.js';
import type { HashAlgorithm } from './content-hash.js';
import type { FileList } from './walk.js';

/**
 * The state cache: what DVC's state db and git's index do — remember each file's hash keyed by
 * inode + mtime + size, so an unchanged file is never read again.
 *
 * Stored as ONE compact JSON file, `.dvc/tmp/mlops-state.json` (next to DVC's own state in `.dvc/tmp`, which
 * `dvc init` gitignores). It is columnar, one group per tracked output (a file or a directory): the relpaths
 * joined by NUL and parallel number arrays, in walk (readdir) order. JSON.parse reads number arrays and one
 * long string far faster than 100,000 little objects, and an unchanged directory reads back in the same
 * order, so a status walk matches it sequentially without building a map. A group also remembers the
 * directory hash it produced, so an unchanged directory needs no manifest rebuild.
 *
 * `cache` remembers, per (cache dir, directory hash), the mtimes of the cache's prefix directories at the
 * last check that found every object present: deleting an object changes its directory's mtime, so while
 * those mtimes hold, presence need not be re-checked object by object.
 *
 * A missing or damaged state file only costs re-hashing, never a wrong answer.
 */

export const STATE_FILE = join('.dvc', 'tmp', 'mlops-state.json');
const VERSION = 2;

interface StoredGroup {
  algorithm: HashAlgorithm;
  paths: string;
  ino: number[];
  mtime: number[];
  size: number[];
  /** md5s concatenated, 32 hex characters each. */
  md5: string;
  /** Directory outputs: the `.dir` hash of exactly these files. */
  dirMd5?: string;
}

interface StoredState {
  version: number;
  groups: Record<string, StoredGroup>;
  cache: Record<string, Record<string, number>>;
}

/** A cursor over one group that answers "is this walked file unchanged, and what was its hash?". */
export class StateLookup {
  private next = 0;
  private names: string[] | undefined;
  private index: Map<string, number> | undefined;
  /** Files answered from the state. */
  hits = 0;
  /** The walk met files in another order than recorded (worth re-recording, for sequential matching). */
  outOfOrder = false;

  constructor(private readonly group: StoredGroup | undefined) {}

  /** The remembered md5 when inode, mtime and size all match; undefined otherwise. */
  get(files: FileList, index: number): string | undefined {
    const group = this.group;
    if (!group) return undefined;
    this.names ??= group.paths.split('\0');
    const names = this.names;
    let i = this.next;
    const relpath = files.relpaths[index]!;
    if (names[i] !== relpath) {
      this.index ??= new Map(names.map((name, k) => [name, k]));
      this.outOfOrder = true;
      const found = this.index.get(relpath);
      if (found === undefined) return undefined;
      i = found;
    }
    this.next = i + 1;
    if (
      group.ino[i] !== files.ino(index) ||
      group.mtime[i] !== files.mtimeMs(index) ||
      group.size[i] !== files.size(index)
    )
      return undefined;
    this.hits++;
    return group.md5.slice(i * 32, i * 32 + 32);
  }

  /** The remembered directory hash, valid when every one of `count` walked files was a hit. */
  dirMd5(count: number): string | undefined {
    const group = this.group;
    if (!group?.dirMd5 || this.hits !== count || group.ino.length !== count) return undefined;
    return group.dirMd5;
  }
}

export class StateCache {
  private dirty = false;

  private constructor(
    private readonly file: string,
    private readonly state: StoredState,
  ) {}

  /** Load the state of the repository at `root`; a missing or damaged file starts empty. */
  static load(root: string): StateCache {
    const file = join(root, STATE_FILE);
    let state: StoredState = { version: VERSION, groups: {}, cache: {} };
    try {
      const parsed = JSON.parse(readFileSync(file, 'utf8')) as StoredState;
      if (
        parsed?.version === VERSION &&
        typeof parsed.groups === 'object' &&
        typeof parsed.cache === 'object'
      ) {
        state = parsed;
      }
    } catch {
      /* absent or unreadable: start empty (only costs re-hashing) */
    }
    return new StateCache(file, state);
  }

  /** How many files the output had when last recorded (a hint for walking it in parallel). */
  fileCount(output: string): number {
    return this.state.groups[output]?.ino.length ?? 0;
  }

  lookup(output: string, algorithm: HashAlgorithm): StateLookup {
    const group = this.state.groups[output];
    return new StateLookup(group?.algorithm === algorithm ? group : undefined);
  }

  /** Remember the hashes of one output's files (walk order), and the directory hash they make. */
  record(
    output: string,
    algorithm: HashAlgorithm,
    files: FileList,
    md5s: readonly string[],
    dirMd5: string | undefined,
  ): void {
    this.state.groups[output] = {
      algorithm,
      paths: files.relpaths.join('\0'),
      ino: Array.from({ length: files.length }, (_, i) => files.ino(i)),
      mtime: Array.from({ length: files.length }, (_, i) => files.mtimeMs(i)),
      size: Array.from({ length: files.length }, (_, i) => files.size(i)),
      md5: md5s.join(''),
      ...(dirMd5 ? { dirMd5 } : {}),
    };
    this.dirty = true;
  }

  cacheStamp(key: string): Record<string, number> | undefined {
    return this.state.cache[key];
  }

  recordCacheStamp(key: string, stamp: Record<string, number>): void {
    this.state.cache[key] = stamp;
    this.dirty = true;
  }

  async save(): Promise<void> {
    if (!this.dirty) return;
    await writeFileAtomic(this.file, JSON.stringify(this.state));
    this.dirty = false;
  }
}
