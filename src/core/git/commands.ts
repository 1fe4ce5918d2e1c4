import type { GitExecOptions, GitIdentity, GitResult, GitRunner } from './runner.js';

/** One entry of `git ls-tree`. */
export interface TreeEntry {
  mode: string;
  type: 'blob' | 'tree' | 'commit';
  object: string;
  path: string;
}

export interface FetchOptions {
  remote: string;
  refspecs: readonly string[];
  /** `--depth=N` (a shallow fetch); omitted: whatever the refs need. */
  depth?: number;
  /** Remove local refs under the refspecs' destinations that the remote no longer has. */
  prune?: boolean;
}

export interface PushOptions {
  remote: string;
  refspecs: readonly string[];
  /** All refs or none (`--atomic`). */
  atomic?: boolean;
  /** `--force-with-lease=<ref>:<expect>` per ref; `expect` '' = the ref must not exist yet. */
  leases?: readonly { ref: string; expect: string }[];
}

/** Author/committer (or tagger) identity and time for objects made with plumbing. */
export interface Signature extends GitIdentity {
  /** Defaults to now. */
  date?: Date;
}

/** `1700000000 +0000`: git's raw date format (UTC, so the offset is fixed). */
export function rawDate(date: Date): string {
  return `${Math.floor(date.getTime() / 1000)} +0000`;
}

/** Names and emails end up inside `Name <email>`: drop what would break that line. */
export function cleanIdentityPart(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[<>\n\r\u0000]/g, '').trim();
}

/**
 * One method per git verb the project uses (create-pull-request's GitCommandManager is the model), over
 * the adapter's runner. Methods that look something up return undefined for "not there" rather than
 * throwing; methods that change something throw `GitError` on failure.
 */
export class GitCommands {
  constructor(readonly runner: GitRunner) {}

  exec(args: readonly string[], options?: GitExecOptions): Promise<GitResult> {
    return this.runner.exec(args, options);
  }

  private async out(args: readonly string[], options?: GitExecOptions): Promise<string> {
    return (await this.runner.exec(args, options)).stdout.replace(/\n$/, '');
  }

  private async maybe(args: readonly string[], options?: GitExecOptions): Promise<string | undefined> {
    const result = await this.runner.exec(args, { ...options, allowFailure: true });
    return result.exitCode === 0 ? result.stdout.replace(/\n$/, '') : undefined;
  }

  // --- rev-parse, symbolic-ref, config, remote ---

  /** The commit `rev` names, or undefined. */
  revParse(rev: string): Promise<string | undefined> {
    return this.maybe(['rev-parse', '--verify', '--quiet', `${rev}^{commit}`]);
  }

  /** The object `spec` names (any type: `<commit>:<path>`, a tag, a tree), or undefined. */
  resolveObject(spec: string): Promise<string | undefined> {
    return this.maybe(['rev-parse', '--verify', '--quiet', spec]);
  }

  /** The tree of a commit. */
  treeOf(commit: string): Promise<string> {
    return this.out(['rev-parse', '--verify', `${commit}^{tree}`]);
  }

  async isShallow(): Promise<boolean> {
    return (await this.maybe(['rev-parse', '--is-shallow-repository'])) === 'true';
  }

  topLevel(): Promise<string> {
    return this.out(['rev-parse', '--show-toplevel']);
  }

  /** The checked-out branch's full ref (`refs/heads/main`), undefined when HEAD is detached. */
  async headRef(): Promise<string | undefined> {
    return this.maybe(['symbolic-ref', '--quiet', 'HEAD']);
  }

  async remoteUrl(remote: string): Promise<string | undefined> {
    return this.maybe(['remote', 'get-url', remote]);
  }

  /** `git config --get <key>`, or undefined when it is not set. */
  async config(key: string): Promise<string | undefined> {
    return this.maybe(['config', '--get', key]);
  }

  /** `git config --get-regexp`: matching `key value` lines ([] when none). */
  async configMatching(pattern: string): Promise<string[]> {
    const out = await this.maybe(['config', '--get-regexp', pattern]);
    return out ? out.split('\n').filter(Boolean) : [];
  }

  // --- history ---

  /** Committer time of a commit, in seconds. */
  async commitTime(rev: string): Promise<number> {
    return Number(await this.out(['log', '-1', '--format=%ct', rev]));
  }

  /** `merge-base --is-ancestor`: true/false, or undefined when an object is missing (shallow history). */
  async isAncestor(commit: string, of: string): Promise<boolean | undefined> {
    const result = await this.runner.exec(['merge-base', '--is-ancestor', commit, of], {
      allowFailure: true,
    });
    if (result.exitCode === 0) return true;
    if (result.exitCode === 1) return false;
    return undefined;
  }

  // --- objects and trees ---

  /** Tracked files matching the pathspecs ([] outside a work tree). */
  async lsFiles(pathspecs: readonly string[]): Promise<string[]> {
    const out = await this.maybe(['ls-files', '-z', '--', ...pathspecs]);
    return out ? out.split('\0').filter(Boolean) : [];
  }

  /** `ls-tree -r` of `ref` under `prefix` (directories or file paths); [] when there is nothing there. */
  async lsTree(ref: string, prefix?: string | readonly string[]): Promise<TreeEntry[]> {
    const args = ['ls-tree', '-r', '-z', ref];
    if (prefix !== undefined) args.push('--', ...(typeof prefix === 'string' ? [prefix] : prefix));
    const result = await this.runner.exec(args, { allowFailure: true });
    if (result.exitCode !== 0) return [];
    const entries: TreeEntry[] = [];
    for (const line of result.stdout.split('\0')) {
      // "<mode> <type> <object>\t<path>"
      const match = /^(\d+) (blob|tree|commit) ([0-9a-f]+)\t(.+)$/s.exec(line);
      if (match) {
        entries.push({
          mode: match[1]!,
          type: match[2] as TreeEntry['type'],
          object: match[3]!,
          path: match[4]!,
        });
      }
    }
    return entries;
  }

  /** The type of an object (`commit`, `tag`, `tree`, `blob`), or undefined when it is not there. */
  objectType(object: string): Promise<string | undefined> {
    return this.maybe(['cat-file', '-t', object]);
  }

  /**
   * The texts of blobs, by id, read with one `cat-file --batch`. Sizes are in bytes, so the output is
   * split as bytes: the runner hands back UTF-8 text, and re-encoding valid UTF-8 gives the same bytes.
   */
  async readBlobTexts(blobs: readonly string[]): Promise<Map<string, string>> {
    const texts = new Map<string, string>();
    if (blobs.length === 0) return texts;
    const batch = await this.runner.exec(['cat-file', '--batch'], {
      input: `${[...new Set(blobs)].join('\n')}\n`,
    });
    const bytes = Buffer.from(batch.stdout, 'utf8');
    let at = 0;
    while (at < bytes.length) {
      const newline = bytes.indexOf(0x0a, at);
      if (newline < 0) break;
      const header = bytes.subarray(at, newline).toString('utf8').split(' ');
      at = newline + 1;
      if (header[1] === 'missing' || header.length < 3) continue;
      const size = Number(header[2]);
      if (header[1] === 'blob') texts.set(header[0]!, bytes.subarray(at, at + size).toString('utf8'));
      at += size + 1;
    }
    return texts;
  }

  /** Store the files at `paths` (absolute) as blobs, as they are (no filters); ids in the same order. */
  async hashFiles(paths: readonly string[]): Promise<string[]> {
    if (paths.length === 0) return [];
    const out = await this.out(['hash-object', '-w', '--no-filters', '--stdin-paths'], {
      input: `${paths.join('\n')}\n`,
    });
    return out.split('\n');
  }

  /** `read-tree` into the index named by `env.GIT_INDEX_FILE` (`undefined` tree: an empty index). */
  async readTree(tree: string | undefined, env: Record<string, string>): Promise<void> {
    await this.runner.exec(tree ? ['read-tree', tree] : ['read-tree', '--empty'], { env });
  }

  /** `update-index -z --index-info` with `<mode> <object>\t<path>` records (mode 0 removes the path). */
  async updateIndexInfo(records: readonly string[], env: Record<string, string>): Promise<void> {
    if (records.length === 0) return;
    await this.runner.exec(['update-index', '-z', '--index-info'], {
      env,
      input: `${records.join('\0')}\0`,
    });
  }

  writeTree(env: Record<string, string>): Promise<string> {
    return this.out(['write-tree'], { env });
  }

  /** `commit-tree`: a commit of `tree` with `parents`; identity and date from `author`/`committer`. */
  commitTree(
    tree: string,
    parents: readonly string[],
    message: string,
    who: { author?: Signature; committer?: Signature } = {},
  ): Promise<string> {
    const env: Record<string, string> = {};
    for (const [role, signature] of [
      ['AUTHOR', who.author],
      ['COMMITTER', who.committer ?? who.author],
    ] as const) {
      if (!signature) continue;
      env[`GIT_${role}_NAME`] = cleanIdentityPart(signature.name);
      env[`GIT_${role}_EMAIL`] = cleanIdentityPart(signature.email);
      if (signature.date) env[`GIT_${role}_DATE`] = `@${rawDate(signature.date)}`;
    }
    const args = ['commit-tree', '--no-gpg-sign', tree, ...parents.flatMap((p) => ['-p', p]), '-F', '-'];
    return this.out(args, { env, input: message });
  }

  /** `mktag`: a tag object from its full text (validated by git); returns its id. */
  mktag(text: string): Promise<string> {
    return this.out(['mktag'], { input: text });
  }

  // --- refs ---

  /** `for-each-ref` lines with `format` over `patterns` ([] when none match). */
  async forEachRef(format: string, patterns: readonly string[]): Promise<string[]> {
    const out = await this.out(['for-each-ref', `--format=${format}`, ...patterns]);
    return out === '' ? [] : out.split('\n');
  }

  /** Point `ref` at `value`; with `expect`, only if it is still there (compare-and-swap). */
  async updateRef(ref: string, value: string, expect?: string): Promise<void> {
    await this.runner.exec(['update-ref', ref, value, ...(expect === undefined ? [] : [expect])]);
  }

  async deleteRef(ref: string): Promise<void> {
    await this.runner.exec(['update-ref', '-d', ref], { allowFailure: true });
  }

  // --- remotes ---

  /** `git fetch` (no tags unless a refspec asks for them); returns the result, failures included. */
  fetch(options: FetchOptions): Promise<GitResult> {
    const args = ['fetch', '--quiet', '--no-tags', '--no-recurse-submodules'];
    if (options.depth !== undefined) args.push(`--depth=${options.depth}`);
    if (options.prune) args.push('--prune');
    args.push(options.remote, ...options.refspecs);
    return this.runner.exec(args, { allowFailure: true });
  }

  /** `git push --porcelain`; returns the result, failures included (see push.ts for reading it). */
  push(options: PushOptions): Promise<GitResult> {
    const args = ['push', '--porcelain'];
    if (options.atomic) args.push('--atomic');
    for (const lease of options.leases ?? []) args.push(`--force-with-lease=${lease.ref}:${lease.expect}`);
    args.push(options.remote, ...options.refspecs);
    return this.runner.exec(args, { allowFailure: true });
  }
}
