import { lstatSync, readFileSync, readlinkSync, realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, resolve, sep } from 'node:path';
import { ConfigurationError } from '../errors.js';
import { globFiles } from './content-glob.js';

/**
 * The one path policy (README "Paths"). Where a path comes from decides how far it may reach:
 * - written by the workflow author (an action input, a CLI flag): absolute or outside the workspace is
 *   fine. Inside the workspace it goes through repository content, so its symlinks must stay inside.
 * - read from repository content (`.dvc` pointers, `.dir` manifests, `.mlops.yml`, globs, symlinks met while
 *   walking a directory): stays inside the workspace, through symlinks too. A pull request controls it.
 * - from anywhere: nothing whose real location is inside a `.git` directory is read or written (hooks run
 *   code, `config` holds the checkout's token); DVC's own `.dvc/` directory, the cache and the repository
 *   root are never a data output.
 */

/** What is done with the path: a data output (DVC) is a write with stricter rules. */
export type PathUse = 'read' | 'write' | 'output';

/** Where a path was written: an input/flag by name, or a file of repository content (for messages). */
export type PathOrigin = { input: string } | { file: string; what?: string };

/** A file of repository content that names paths, and the directory they are relative to. */
export interface ContentSource {
  /** Display path of the file (e.g. `data/x.dvc`, `.mlops.yml`); messages start with it. */
  file: string;
  /** What the path is called there (default `path`), e.g. `manifest entry`, `data.cache-dir`. */
  what?: string;
  /** Absolute directory the path is relative to (default: the workspace root). */
  base?: string;
}

export interface ProtectedDir {
  dir: string;
  /** E.g. `the DVC cache`. */
  name: string;
}

/** Unicode code points HFS+ ignores in names, so `.g\u200cit` is `.git` on a Mac runner. */
const IGNORABLE = /[\u200c-\u200f\u202a-\u202e\u206a-\u206f\ufeff]/g;

function canonicalName(name: string): string {
  // Case-insensitive filesystems (macOS, Windows) and NTFS's trailing dots/spaces make `.GIT.` the same
  // directory as `.git`, as git itself guards against (is_ntfs_dotgit / is_hfs_dotgit).
  return name
    .replace(IGNORABLE, '')
    .toLowerCase()
    .replace(/[. ]+$/, '');
}

/** Is this one path component a `.git` (or a name a filesystem takes as `.git`)? */
export function isGitName(name: string): boolean {
  const canonical = canonicalName(name);
  return canonical === '.git' || canonical === 'git~1';
}

function isDvcName(name: string): boolean {
  const canonical = canonicalName(name);
  return canonical === '.dvc' || canonical === 'dvc~1';
}

/** Is `path` the directory `dir` or below it? Both absolute and normalised (as resolve() leaves them). */
export function isInsideDir(dir: string, path: string): boolean {
  if (path === dir) return true;
  const prefix = dir.endsWith(sep) ? dir : `${dir}${sep}`;
  return path.startsWith(prefix);
}

/** `path` below `dir` (isInsideDir holds), as a relative path. */
function below(dir: string, path: string): string {
  return path === dir ? '' : path.slice(dir.endsWith(sep) ? dir.length : dir.length + 1);
}

function label(origin: PathOrigin, path: string): string {
  return 'input' in origin
    ? `Input '${origin.input}': path '${path}'`
    : `${origin.file}: ${origin.what ?? 'path'} '${path}'`;
}

function fail(origin: PathOrigin, message: string): never {
  throw new ConfigurationError(message, 'input' in origin ? undefined : { file: origin.file });
}

function code(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException).code;
}

export class PathPolicy {
  /** Memo: lexical directory → its real location (directories are only ever created, never swapped). */
  private readonly realDirs = new Map<string, string>();

  private constructor(
    /** Real path of the workspace (or repository root). */
    readonly root: string,
    /** The workspace as given, which absolute inputs may spell instead of the real path. */
    private readonly given: string,
    /** Real git directories named by a `.git` file (worktrees, submodules, `--separate-git-dir`). */
    private readonly gitDirs: readonly string[],
    private readonly protect: readonly ProtectedDir[],
  ) {}

  /** The policy for one workspace; `protect` adds directories that are never a data output (the cache). */
  static forWorkspace(workspace: string, options: { protect?: readonly ProtectedDir[] } = {}): PathPolicy {
    let root: string;
    try {
      root = realpathSync(workspace);
    } catch (error) {
      throw new ConfigurationError(
        `The workspace '${workspace}' cannot be used: ${(error as Error).message}`,
      );
    }
    const memo = new Map<string, string>();
    const real = (dir: string) => realLocation(dir, memo, { input: 'workspace' }, dir);
    const gitDirs: string[] = [];
    try {
      const text = readFileSync(join(root, '.git'), 'utf8');
      const named = /^gitdir:\s*(.+?)\s*$/m.exec(text)?.[1];
      if (named) {
        const gitDir = resolve(root, named);
        gitDirs.push(real(gitDir));
        const common = readFileSync(join(gitDir, 'commondir'), 'utf8').trim();
        if (common) gitDirs.push(real(resolve(gitDir, common)));
      }
    } catch {
      // `.git` is a directory (caught by its name), or absent, or has no commondir
    }
    const protect = (options.protect ?? []).map((p) => ({ ...p, dir: real(resolve(root, p.dir)) }));
    return new PathPolicy(root, resolve(workspace), gitDirs, protect);
  }

  /** Same workspace, more protected directories (e.g. the cache, once it is known). */
  withProtected(protect: readonly ProtectedDir[]): PathPolicy {
    return PathPolicy.forWorkspace(this.given, { protect: [...this.protect, ...protect] });
  }

  /** Is `abs` (as spelled) inside the workspace? */
  contains(abs: string): boolean {
    return isInsideDir(this.root, abs) || isInsideDir(this.given, abs);
  }

  /**
   * A path the workflow author wrote (action input, CLI flag): relative to the workspace, or absolute.
   * It may lead outside the workspace, unless `insideOnly` (e.g. data-hash `paths`: DVC tracks data
   * inside the repository only); a path inside it may not leave it through a symlink. Returns it absolute.
   */
  resolveInput(
    path: string,
    input: string,
    use: PathUse = 'read',
    options: { insideOnly?: string } = {},
  ): string {
    const origin = { input };
    this.checkText(path, origin);
    const abs = this.spell(resolve(this.root, path));
    const inside = this.contains(abs);
    if (options.insideOnly !== undefined && !inside) {
      fail(origin, `${label(origin, path)} is outside the workspace (${this.root}); ${options.insideOnly}.`);
    }
    const real = this.realOf(abs, origin, path);
    if ((inside || this.passesThroughWorkspace(abs)) && !isInsideDir(this.root, real)) {
      fail(
        origin,
        `${label(origin, path)} leads outside the workspace through a symbolic link in the repository (to '${real}'); name the real location instead.`,
      );
    }
    this.checkUse(abs, real, origin, path, use);
    return abs;
  }

  /**
   * A path read from repository content, relative to `from.base`. When that file lies in the workspace
   * the path must stay inside it, lexically and through symlinks. Returns it absolute.
   */
  resolveContent(path: string, from: ContentSource, use: PathUse = 'read'): string {
    const origin = { file: from.file, what: from.what };
    this.checkText(path, origin);
    const base = from.base ?? this.root;
    const contained = this.contains(base);
    const abs = this.spell(resolve(base, path));
    if (contained && !this.contains(abs)) {
      fail(
        origin,
        `${label(origin, path)} is outside the workspace; paths in repository content must stay inside it.`,
      );
    }
    const real = this.realOf(abs, origin, path);
    if (contained && !isInsideDir(this.root, real)) {
      fail(
        origin,
        `${label(origin, path)} leads outside the workspace through a symbolic link (to '${real}').`,
      );
    }
    this.checkUse(abs, real, origin, path, use);
    return abs;
  }

  /**
   * Expand a glob written in repository content (e.g. manifest globs), inside the workspace: relative,
   * no `..`, nothing under `.git`, every match checked as repository content. Sorted absolute paths.
   */
  expandContentGlob(pattern: string, from: ContentSource): string[] {
    const origin = { file: from.file, what: from.what ?? 'glob' };
    this.checkText(pattern, origin);
    const parts = pattern.split(/[\\/]/);
    if (isAbsolute(pattern) || parts.includes('..') || parts.some(isGitName)) {
      fail(origin, `${label(origin, pattern)} must be relative to the workspace, without '..' or .git.`);
    }
    const base = from.base ?? this.root;
    const matches = globFiles(base, pattern.replace(/\\/g, '/'), isGitName);
    const resolved = matches.map((match) =>
      this.resolveContent(match, { file: from.file, what: `match of '${pattern}'`, base }),
    );
    return [...new Set(resolved)].sort();
  }

  /**
   * A storage location (cache directory, local remote) from an input or repository config: it may be
   * outside the workspace, as DVC's shared caches and local remotes are, but never in `.git`. Objects there
   * are named by their hash and verified, so no content-chosen name is ever written or published.
   */
  resolveStorage(path: string, origin: PathOrigin, base: string = this.root): string {
    this.checkText(path, origin);
    const abs = resolve(base, path);
    this.checkUse(abs, this.realOf(abs, origin, path), origin, path, 'write');
    return abs;
  }

  /**
   * A symbolic link met while walking a directory: its real target. A link inside the workspace is
   * repository content, so its target must be too; no link may lead into `.git`. `display` names it.
   */
  followLink(link: string, display: string): string {
    let real: string;
    try {
      real = realpathSync(link);
    } catch (error) {
      if (code(error) === 'ELOOP')
        throw new ConfigurationError(`'${display}' is a symbolic link loop; remove it.`, { cause: error });
      throw new ConfigurationError(`'${display}' is a broken symbolic link: ${(error as Error).message}`, {
        cause: error,
      });
    }
    if (this.pointsIntoGit(real)) {
      throw new ConfigurationError(
        `'${display}' is a symbolic link into .git/ ('${real}'), which is never read into images, caches or reports.`,
      );
    }
    if (this.contains(link) && !isInsideDir(this.root, real)) {
      throw new ConfigurationError(
        `'${display}' is a symbolic link to '${real}', outside the workspace; copy the data into the workspace instead.`,
      );
    }
    return real;
  }

  /** Does this absolute path lie in a `.git` directory (by any component name, or a named git dir)? */
  pointsIntoGit(path: string): boolean {
    const inside = isInsideDir(this.root, path);
    const parts = inside ? below(this.root, path).split(sep) : path.split(sep);
    return parts.some(isGitName) || this.gitDirs.some((dir) => isInsideDir(dir, path));
  }

  /**
   * Does the real path of `abs` enter the workspace on the way (an alias of it, e.g. `/tmp/ws-link/…`)?
   * Reads the real locations of its directories that realOf() just memoised.
   */
  private passesThroughWorkspace(abs: string): boolean {
    for (let dir = dirname(abs); dirname(dir) !== dir; dir = dirname(dir)) {
      const real = this.realDirs.get(dir);
      if (real !== undefined && isInsideDir(this.root, real)) return true;
    }
    return false;
  }

  /** A path inside the workspace spelled through the real root, so it reads relative to the root. */
  private spell(abs: string): string {
    return !isInsideDir(this.root, abs) && isInsideDir(this.given, abs)
      ? join(this.root, below(this.given, abs))
      : abs;
  }

  private checkText(path: string, origin: PathOrigin): void {
    if (path === '' || path.includes('\0')) {
      fail(origin, `${label(origin, path.replace(/\0/g, '\\0'))} is empty or contains a NUL character.`);
    }
  }

  private checkUse(abs: string, real: string, origin: PathOrigin, path: string, use: PathUse): void {
    if (this.pointsIntoGit(abs) || this.pointsIntoGit(real)) {
      const who = 'input' in origin ? 'mlops-actions' : 'repository content';
      const verb = use === 'read' ? 'read' : 'write';
      fail(origin, `${label(origin, path)} points into .git/, which ${who} may never ${verb}.`);
    }
    if (use !== 'output') return;
    for (const p of [abs, real]) {
      if (this.contains(p)) {
        const rel = below(isInsideDir(this.root, p) ? this.root : this.given, p);
        if (rel === '')
          fail(origin, `${label(origin, path)} is the repository root, which cannot be a data output.`);
        if (rel.split(sep).some(isDvcName)) {
          fail(
            origin,
            `${label(origin, path)} points into DVC's own .dvc/ directory, which is never a data output.`,
          );
        }
      }
      for (const { dir, name } of this.protect) {
        if (isInsideDir(dir, p))
          fail(origin, `${label(origin, path)} points into ${name} (${dir}), which is never a data output.`);
      }
    }
  }

  private realOf(abs: string, origin: PathOrigin, path: string): string {
    return realLocation(abs, this.realDirs, origin, path);
  }
}

/**
 * The real location of `abs`, which need not exist: each component resolved in turn, a symlink (dangling
 * ones too: a write would follow it) by reading it. One lstat per new component and no exceptions, so a
 * manifest of 250,000 entries is checked in well under a second. `memo` keeps real directories: during a
 * run they are only ever created, never swapped for links.
 */
function realLocation(
  abs: string,
  memo: Map<string, string>,
  origin: PathOrigin,
  path: string,
  hops = 0,
): string {
  const parent = dirname(abs);
  if (parent === abs) return abs;
  let realParent = memo.get(parent);
  if (realParent === undefined) {
    realParent = realLocation(parent, memo, origin, path, hops);
    memo.set(parent, realParent);
  }
  const candidate = join(realParent, basename(abs));
  let info;
  try {
    info = lstatSync(candidate, { throwIfNoEntry: false });
  } catch (error) {
    if (code(error) === 'ENOTDIR') return candidate; // below a file: nothing can be there
    fail(origin, `${label(origin, path)} cannot be resolved: ${(error as Error).message}`);
  }
  if (!info?.isSymbolicLink()) return candidate;
  if (hops >= 40) fail(origin, `${label(origin, path)} goes through a symbolic link loop.`);
  return realLocation(resolve(realParent, readlinkSync(candidate)), memo, origin, path, hops + 1);
}
