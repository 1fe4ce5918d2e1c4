/**
 * The directory walk itself: list and stat whole subtrees the way DVC walks an output, in readdir order.
 * A self-contained factory (it references nothing outside its body): the main thread calls it, and the
 * walk worker is started from its source text (walk-worker.ts), so both run the same code from the
 * TypeScript sources (tests) and from the bundle.
 *
 * Output is column-wise and nearly allocation-free per file: the relpaths of a run of files in one
 * directory become one NUL-joined string, and ino, mtimeMs, size, mode go into a Float64Array. An
 * unchanged tree is then matched against the state file with one string comparison (state.ts), and the
 * garbage collector has no per-file objects to chase. Symbolic links are not followed here: they are
 * handed back with their position, and the main thread checks and follows them (walk.ts).
 */

/** A piece of the walk: a whole subtree, some files of one directory, or a symbolic link. */
export type WalkUnit =
  | { kind: 'tree'; dir: string; prefix: string }
  | { kind: 'files'; dir: string; prefix: string; names: string }
  | { kind: 'link'; relpath: string; path: string };

/** What a unit found, in walk order. */
export interface UnitFiles {
  /** The files' relpaths (from the output's root, "/"-separated), joined by NUL; '' when none. */
  relpaths: string;
  count: number;
  /** ino, mtimeMs, size, mode per file. */
  numbers: Float64Array;
  /** Symbolic links met: [relpath, absolute path, index among this unit's files where its files go]. */
  links: [string, string, number][];
}

/** A walk error, with what the message needs (plain fields: it may cross from the worker). */
export interface WalkFailureInfo {
  where: string;
  message: string;
  code: string | undefined;
  /** A directory that could not be listed (else a file that could not be stat-ed). */
  directory: boolean;
}

export interface Walker {
  /** Walk one unit; throws an Error carrying WalkFailureInfo fields on the first unreadable entry. */
  runUnit(unit: WalkUnit): UnitFiles;
  /** Walk the subtree at `dir` (absolute), naming its files `prefix` + path. */
  walkTree(dir: string, prefix: string): UnitFiles;
  /** Split the entries of `dir` into units (the order of the walk), file runs in pieces of `filesPerUnit`. */
  childUnits(dir: string, prefix: string, filesPerUnit: number): WalkUnit[];
  failureOf(error: unknown): WalkFailureInfo | undefined;
}

interface StatLike {
  ino: number;
  mtimeMs: number;
  size: number;
  mode: number;
}
interface DirentLike {
  name: string;
  isDirectory(): boolean;
  isFile(): boolean;
  isSymbolicLink(): boolean;
}
export interface WalkFs {
  readdirSync(path: string, options: { withFileTypes: true }): DirentLike[];
  statSync(path: string): StatLike;
}

export function walkerFactory(fs: WalkFs, sep: string): Walker {
  /** Names DVC never tracks inside a directory output. */
  const SKIPPED = new Set(['.git', '.hg', '.dvc']);
  const FAILURE = Symbol('walk failure');

  function failure(error: unknown, where: string, directory: boolean): Error {
    const e = error as { message?: string; code?: string };
    const info: WalkFailureInfo = { where, message: String(e?.message ?? error), code: e?.code, directory };
    return Object.assign(new Error(info.message), { [FAILURE]: info });
  }

  class Output {
    private chunks: string[] = [];
    count = 0;
    private numbers = new Float64Array(4 * 256);
    links: [string, string, number][] = [];

    stat(path: string, prefix: string, name: string): void {
      let st: StatLike;
      try {
        st = fs.statSync(path);
      } catch (error) {
        throw failure(error, prefix + name, false);
      }
      const at = this.count * 4;
      if (at === this.numbers.length) {
        const grown = new Float64Array(this.numbers.length * 2);
        grown.set(this.numbers);
        this.numbers = grown;
      }
      this.numbers[at] = st.ino;
      this.numbers[at + 1] = st.mtimeMs;
      this.numbers[at + 2] = st.size;
      this.numbers[at + 3] = st.mode;
      this.count++;
    }

    /** The relpaths of files just stat-ed in one directory: one string for the whole run. */
    run(prefix: string, names: string[]): void {
      if (names.length > 0) this.chunks.push(prefix + names.join(`\0${prefix}`));
    }

    link(relpath: string, path: string): void {
      this.links.push([relpath, path, this.count]);
    }

    result(): UnitFiles {
      return {
        relpaths: this.chunks.join('\0'),
        count: this.count,
        numbers: this.numbers.slice(0, this.count * 4),
        links: this.links,
      };
    }
  }

  function list(dir: string, prefix: string): DirentLike[] {
    try {
      return fs.readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      throw failure(error, prefix, true);
    }
  }

  function walk(out: Output, dir: string, prefix: string): void {
    let names: string[] = [];
    for (const entry of list(dir, prefix)) {
      const name = entry.name;
      if (SKIPPED.has(name)) continue;
      if (entry.isDirectory()) {
        out.run(prefix, names);
        names = [];
        walk(out, dir + sep + name, `${prefix}${name}/`);
      } else if (entry.isFile()) {
        out.stat(dir + sep + name, prefix, name);
        names.push(name);
      } else if (entry.isSymbolicLink()) {
        out.run(prefix, names);
        names = [];
        out.link(prefix + name, dir + sep + name);
      }
      // sockets, fifos, devices: not data
    }
    out.run(prefix, names);
  }

  return {
    runUnit(unit) {
      const out = new Output();
      if (unit.kind === 'tree') walk(out, unit.dir, unit.prefix);
      else if (unit.kind === 'link') out.link(unit.relpath, unit.path);
      else {
        const names = unit.names.split('\0');
        for (const name of names) out.stat(unit.dir + sep + name, unit.prefix, name);
        out.run(unit.prefix, names);
      }
      return out.result();
    },
    walkTree(dir, prefix) {
      const out = new Output();
      walk(out, dir, prefix);
      return out.result();
    },
    childUnits(dir, prefix, filesPerUnit) {
      const units: WalkUnit[] = [];
      let names: string[] = [];
      const flush = () => {
        for (let i = 0; i < names.length; i += filesPerUnit)
          units.push({ kind: 'files', dir, prefix, names: names.slice(i, i + filesPerUnit).join('\0') });
        names = [];
      };
      for (const entry of list(dir, prefix)) {
        const name = entry.name;
        if (SKIPPED.has(name)) continue;
        if (entry.isFile()) {
          names.push(name);
          continue;
        }
        if (entry.isDirectory()) {
          flush();
          units.push({ kind: 'tree', dir: dir + sep + name, prefix: `${prefix}${name}/` });
        } else if (entry.isSymbolicLink()) {
          flush();
          units.push({ kind: 'link', relpath: prefix + name, path: dir + sep + name });
        }
      }
      flush();
      return units;
    },
    failureOf(error) {
      return (error as { [FAILURE]?: WalkFailureInfo } | undefined)?.[FAILURE];
    },
  };
}
