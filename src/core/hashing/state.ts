import { readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { endianness } from 'node:os';
import { join } from 'node:path';
import { writeFileAtomic } from '../fs/atomic-write.js';
import type { HashAlgorithm } from '../dvc/content-hash.js';
import type { FileList } from './file-list.js';

/**
 * The state cache: what DVC's state db and git's index do — remember each file's hash keyed by
 * inode + mtime + size, so an unchanged file is never read again.
 *
 * ONE file, `.dvc/tmp/mlops-hash-state.bin` (next to DVC's own state in `.dvc/tmp`, which `dvc init`
 * gitignores): a binary file that starts with a one-line JSON header (version, per-output group metadata, cache stamps), then a binary
 * body the header points into. Per group, in walk (readdir) order: a Float64Array of ino, mtime, size per
 * file, the md5s as 16 raw bytes each, and the relpaths as UTF-8 joined by NUL. Loading 100,000 files is
 * one read and a few typed-array views — no JSON numbers to parse, no per-file objects or strings — and an
 * unchanged directory reads back in the same order, so a status walk matches it with a moving cursor. A
 * group also remembers the directory hash it produced, so an unchanged directory needs no manifest.
 *
 * `cache` remembers, per (cache dir, directory hash), the mtimes of the cache's prefix directories at the
 * last check that found every object present: deleting an object changes its directory's mtime, so while
 * those mtimes hold, presence need not be re-checked object by object.
 *
 * A missing, damaged or foreign (other version or byte order) state file only costs re-hashing, never a
 * wrong answer.
 */

export const STATE_FILE = join('.dvc', 'tmp', 'mlops-hash-state.bin');
/** The same file under its earlier, misleading name: never read, removed when the state is saved. */
export const LEGACY_STATE_FILE = join('.dvc', 'tmp', 'mlops-state.json');
const VERSION = 3;
const ENDIAN = endianness();
/** Float64 fields per file in the body: ino, mtime, size. */
const FIELDS = 3;

interface GroupHeader {
  algorithm: HashAlgorithm;
  count: number;
  /** Byte offset of this group in the body (a multiple of 8). */
  at: number;
  pathBytes: number;
  /** Directory outputs: the `.dir` hash of exactly these files. */
  dirMd5?: string;
}

interface Header {
  version: number;
  endian: string;
  bodyBytes: number;
  groups: Record<string, GroupHeader>;
  cache: Record<string, Record<string, number>>;
}

/** One output's remembered files, column-wise (views into the loaded file, or fresh arrays). */
interface Group {
  algorithm: HashAlgorithm;
  count: number;
  /** ino, mtime, size per file. */
  numbers: Float64Array;
  /** 16 raw md5 bytes per file. */
  md5: Uint8Array;
  /** relpaths, UTF-8, joined by NUL. */
  paths: Uint8Array;
  dirMd5: string | undefined;
}

const pad8 = (n: number): number => (n + 7) & ~7;

function groupBytes(count: number, pathBytes: number): number {
  return pad8(count * FIELDS * 8 + count * 16 + pathBytes);
}

/** A cursor over one group that answers "is this walked file unchanged, and what was its hash?". */
export class StateLookup {
  private text: string | undefined;
  /** Where the next expected relpath starts in `text`, and its index. */
  private at = 0;
  private next = 0;
  private index: Map<string, number> | undefined;
  /** Files answered from the state. */
  hits = 0;
  /** The walk met files in another order than recorded (worth re-recording, for sequential matching). */
  outOfOrder = false;

  constructor(private readonly group: Group | undefined) {}

  /** No files remembered for this output (with this algorithm): every file will be read. */
  get empty(): boolean {
    return this.group === undefined;
  }

  private groupText(group: Group): string {
    this.text ??= Buffer.from(group.paths.buffer, group.paths.byteOffset, group.paths.length).toString(
      'utf8',
    );
    return this.text;
  }

  /**
   * The fast path for a tree whose names have not changed: when the walk found exactly the remembered
   * relpaths in the remembered order (one string comparison), file i is remembered file i, and only its
   * numbers are compared. Returns each file's position (-1: changed, to be hashed), or undefined when the
   * names differ (then ask find() file by file). Call before find().
   */
  matchInOrder(files: FileList): Int32Array | undefined {
    const group = this.group;
    if (!group || group.count !== files.length || this.next !== 0) return undefined;
    const text = this.groupText(group);
    if (files.joinedRelpaths() !== text) return undefined;
    const positions = new Int32Array(group.count);
    const numbers = group.numbers;
    const walked = files.numbers;
    let hits = 0;
    for (let i = 0; i < group.count; i++) {
      const same =
        numbers[i * FIELDS] === walked[i * 4] &&
        numbers[i * FIELDS + 1] === walked[i * 4 + 1] &&
        numbers[i * FIELDS + 2] === walked[i * 4 + 2];
      positions[i] = same ? i : -1;
      if (same) hits++;
    }
    this.hits = hits;
    this.next = group.count;
    this.at = text.length + 1;
    return positions;
  }

  /**
   * The position of this walked file in the remembered group when inode, mtime and size all match; -1
   * otherwise. `md5(position)` then gives its hash.
   */
  find(files: FileList, index: number): number {
    const group = this.group;
    if (!group) return -1;
    const text = this.groupText(group);
    const relpath = files.relpaths[index]!;
    let i = this.next;
    const end = this.at + relpath.length;
    if (
      !this.outOfOrder &&
      i < group.count &&
      text.startsWith(relpath, this.at) &&
      (end === text.length || text.charCodeAt(end) === 0)
    ) {
      this.at = end + 1;
    } else {
      // Once off the recorded order, the cursor's text offset no longer follows `next`: use a map.
      this.outOfOrder = true;
      this.index ??= new Map(text.split('\0').map((name, k) => [name, k]));
      const found = this.index.get(relpath);
      if (found === undefined || found >= group.count) return -1;
      i = found;
    }
    this.next = i + 1;
    const numbers = group.numbers;
    if (
      numbers[i * FIELDS] !== files.ino(index) ||
      numbers[i * FIELDS + 1] !== files.mtimeMs(index) ||
      numbers[i * FIELDS + 2] !== files.size(index)
    )
      return -1;
    this.hits++;
    return i;
  }

  /** The remembered md5 (hex) of the file at `position` (from `find`). */
  md5(position: number): string {
    const md5 = this.group!.md5;
    return Buffer.from(md5.buffer, md5.byteOffset + position * 16, 16).toString('hex');
  }

  /** The remembered md5 when inode, mtime and size all match; undefined otherwise. */
  get(files: FileList, index: number): string | undefined {
    const position = this.find(files, index);
    return position < 0 ? undefined : this.md5(position);
  }

  /** The remembered directory hash, valid when every one of `count` walked files was a hit. */
  dirMd5(count: number): string | undefined {
    const group = this.group;
    if (!group?.dirMd5 || this.hits !== count || group.count !== count) return undefined;
    return group.dirMd5;
  }
}

function parse(file: string): { header: Header; groups: Map<string, Group> } | undefined {
  let raw: Buffer;
  try {
    raw = readFileSync(file);
  } catch {
    return undefined;
  }
  const newline = raw.indexOf(10);
  if (newline < 0) return undefined;
  const header = JSON.parse(raw.toString('utf8', 0, newline)) as Header;
  if (
    header?.version !== VERSION ||
    header.endian !== ENDIAN ||
    typeof header.groups !== 'object' ||
    typeof header.cache !== 'object'
  )
    return undefined;
  const bodyAt = pad8(newline + 1);
  if (raw.length !== bodyAt + header.bodyBytes) return undefined;
  // Float64Array views need an 8-aligned offset in their ArrayBuffer; copy when Node's pool misaligned it.
  const bytes = (raw.byteOffset + bodyAt) % 8 === 0 ? raw : new Uint8Array(raw);
  const base = bytes.byteOffset + bodyAt;
  const groups = new Map<string, Group>();
  for (const [output, g] of Object.entries(header.groups)) {
    const count = g.count;
    if (
      ![count, g.at, g.pathBytes].every((n) => Number.isInteger(n) && n >= 0) ||
      g.at % 8 !== 0 ||
      g.at + groupBytes(count, g.pathBytes) > header.bodyBytes ||
      (g.dirMd5 !== undefined && typeof g.dirMd5 !== 'string')
    )
      return undefined;
    const numbersAt = base + g.at;
    const md5At = numbersAt + count * FIELDS * 8;
    const pathsAt = md5At + count * 16;
    groups.set(output, {
      algorithm: g.algorithm,
      count,
      numbers: new Float64Array(bytes.buffer, numbersAt, count * FIELDS),
      md5: new Uint8Array(bytes.buffer, md5At, count * 16),
      paths: new Uint8Array(bytes.buffer, pathsAt, g.pathBytes),
      dirMd5: g.dirMd5,
    });
  }
  return { header, groups };
}

export class StateCache {
  private dirty = false;

  private constructor(
    private readonly root: string,
    private readonly file: string,
    private readonly groups: Map<string, Group>,
    private readonly cache: Record<string, Record<string, number>>,
  ) {}

  /** Load the state of the repository at `root`; a missing or damaged file starts empty. */
  static load(root: string): StateCache {
    const file = join(root, STATE_FILE);
    let loaded: ReturnType<typeof parse>;
    try {
      loaded = parse(file);
    } catch {
      loaded = undefined; // damaged: start empty (only costs re-hashing)
    }
    return new StateCache(root, file, loaded?.groups ?? new Map<string, Group>(), loaded?.header.cache ?? {});
  }

  /** How many files the output had when last recorded (a hint for walking it in parallel). */
  fileCount(output: string): number {
    return this.groups.get(output)?.count ?? 0;
  }

  lookup(output: string, algorithm: HashAlgorithm): StateLookup {
    const group = this.groups.get(output);
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
    const count = files.length;
    const numbers = new Float64Array(count * FIELDS);
    const md5 = Buffer.allocUnsafe(count * 16);
    for (let i = 0; i < count; i++) {
      numbers[i * FIELDS] = files.ino(i);
      numbers[i * FIELDS + 1] = files.mtimeMs(i);
      numbers[i * FIELDS + 2] = files.size(i);
      md5.write(md5s[i]!, i * 16, 16, 'hex');
    }
    const paths = Buffer.from(files.joinedRelpaths(), 'utf8');
    this.groups.set(output, { algorithm, count, numbers, md5, paths, dirMd5 });
    this.dirty = true;
  }

  cacheStamp(key: string): Record<string, number> | undefined {
    return this.cache[key];
  }

  recordCacheStamp(key: string, stamp: Record<string, number>): void {
    this.cache[key] = stamp;
    this.dirty = true;
  }

  async save(): Promise<void> {
    if (!this.dirty) return;
    const headers: Record<string, GroupHeader> = {};
    let bodyBytes = 0;
    for (const [output, g] of this.groups) {
      headers[output] = {
        algorithm: g.algorithm,
        count: g.count,
        at: bodyBytes,
        pathBytes: g.paths.length,
        ...(g.dirMd5 ? { dirMd5: g.dirMd5 } : {}),
      };
      bodyBytes += groupBytes(g.count, g.paths.length);
    }
    const header: Header = {
      version: VERSION,
      endian: ENDIAN,
      bodyBytes,
      groups: headers,
      cache: this.cache,
    };
    const head = Buffer.from(`${JSON.stringify(header)}\n`, 'utf8');
    const bodyAt = pad8(head.length);
    const out = Buffer.alloc(bodyAt + bodyBytes); // zeroed: padding is deterministic
    head.copy(out, 0);
    for (const [output, g] of this.groups) {
      let at = bodyAt + headers[output]!.at;
      out.set(new Uint8Array(g.numbers.buffer, g.numbers.byteOffset, g.numbers.byteLength), at);
      at += g.numbers.byteLength;
      out.set(g.md5, at);
      at += g.md5.length;
      out.set(g.paths, at);
    }
    await writeFileAtomic(this.file, out);
    // rm of a path removes a symlink itself, never its target.
    await rm(join(this.root, LEGACY_STATE_FILE), { force: true }).catch(() => undefined);
    this.dirty = false;
  }
}
