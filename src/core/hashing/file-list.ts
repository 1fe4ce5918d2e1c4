/**
 * The regular files found under a tracked output, column-wise: 100,000 files are one NUL-joined string
 * of relpaths and one Float64Array, not 100,000 objects for the garbage collector to chase. The relpath and
 * absolute-path arrays are built only when someone asks (a changed file, a manifest, a cache copy): an
 * unchanged directory never needs them.
 */

/** Files [start, end) were reached through a symbolic link: path = base + relpath.slice(strip). */
export interface PathSpan {
  start: number;
  end: number;
  base: string;
  strip: number;
}

export class FileList {
  private relpathList: string[] | undefined;
  private pathList: string[] | undefined;
  private joined: string | undefined;
  readonly length: number;

  /**
   * From arrays (relpaths "/"-separated, '' for a single-file output; absolute paths), or from a walk:
   * `joined` relpaths and `root`, where paths are `dir + sep + relpath` except in `spans`.
   */
  constructor(
    relpaths: string[] | undefined,
    paths: string[] | undefined,
    /** ino, mtimeMs, size, mode per file: what the state cache keys on. */
    readonly numbers: Float64Array,
    joined?: string,
    private readonly root?: { dir: string; sep: string; spans: readonly PathSpan[] },
  ) {
    this.relpathList = relpaths;
    this.pathList = paths;
    this.joined = joined;
    this.length = numbers.length / 4;
  }

  /** Paths inside the tracked directory, "/"-separated ('' for a single-file output). */
  get relpaths(): string[] {
    if (this.relpathList === undefined) this.relpathList = this.length === 0 ? [] : this.joined!.split('\0');
    return this.relpathList;
  }

  /** The relpaths joined by NUL (the state file's layout). */
  joinedRelpaths(): string {
    this.joined ??= this.relpathList!.join('\0');
    return this.joined;
  }

  /** Absolute paths (through any symlinks, which are followed). */
  get paths(): string[] {
    if (this.pathList === undefined) {
      const { dir, sep, spans } = this.root!;
      const relpaths = this.relpaths;
      const paths = new Array<string>(this.length);
      const prefix = dir + sep;
      for (let i = 0; i < relpaths.length; i++) paths[i] = prefix + relpaths[i]!;
      for (const span of spans)
        for (let i = span.start; i < span.end; i++) paths[i] = span.base + relpaths[i]!.slice(span.strip);
      this.pathList = paths;
    }
    return this.pathList;
  }

  ino(i: number): number {
    return this.numbers[i * 4]!;
  }

  mtimeMs(i: number): number {
    return this.numbers[i * 4 + 1]!;
  }

  size(i: number): number {
    return this.numbers[i * 4 + 2]!;
  }

  executable(i: number): boolean {
    return (this.numbers[i * 4 + 3]! & 0o111) !== 0;
  }
}
