/**
 * Where a double repository's refs live: in memory (tests without git), or in a real bare repository that the
 * test pushes to (then branch tips, tags, ancestry and commit details are read from it with git).
 */
import { createHash } from 'node:crypto';

export interface RefTarget {
  sha: string;
  /** `tag` for an annotated tag (sha = the tag object), as GitHub's git refs API reports it. */
  type: 'commit' | 'tag';
}

export interface CommitInfo {
  sha: string;
  tree: string;
  parents: string[];
  author: { name: string; email: string; date: string };
  committer: { name: string; email: string; date: string };
  message: string;
}

/** A ref update git (or the double) refused; routes turn it into GitHub's 422. */
export class RefError extends Error {}

export interface RefStore {
  /** True when backed by a real git repository. */
  readonly real: boolean;
  get(ref: string): RefTarget | undefined;
  /** Refs whose full name starts with `prefix` (string prefix, as GitHub's matching-refs), sorted by name. */
  list(prefix: string): { ref: string; target: RefTarget }[];
  /** Creates or moves a ref; with `force: false` only a fast-forward (when the store can tell). */
  set(ref: string, sha: string, options?: { force?: boolean }): void;
  remove(ref: string): boolean;
  /** The commit a sha, branch, tag or full ref name points at; undefined when unknown. */
  commit(rev: string): string | undefined;
  /** Whether `ancestor` is reachable from `descendant`; undefined when the store cannot tell (memory). */
  contains(ancestor: string, descendant: string): boolean | undefined;
  /** Commits reachable from head but not from base; undefined when the store cannot tell. */
  ahead(base: string, head: string): number | undefined;
  info(sha: string): CommitInfo | undefined;
  /**
   * Merges `from` into branch `into` as GitHub's deployment auto-merge does; 'conflict' when it cannot,
   * undefined when the store cannot merge (memory).
   */
  merge(into: string, from: string, message: string): { sha: string } | 'conflict' | undefined;
}

export const SHA = /^[0-9a-f]{40}$/;

/** A stable stand-in sha for something the in-memory double was never told about. */
export function standIn(key: string): string {
  return createHash('sha1').update(key).digest('hex');
}

export class MemoryRefs implements RefStore {
  readonly real = false;
  readonly map = new Map<string, string>();

  get(ref: string): RefTarget | undefined {
    const sha = this.map.get(ref);
    return sha ? { sha, type: 'commit' } : undefined;
  }

  list(prefix: string): { ref: string; target: RefTarget }[] {
    return [...this.map.entries()]
      .filter(([ref]) => ref.startsWith(prefix))
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([ref, sha]) => ({ ref, target: { sha, type: 'commit' } }));
  }

  set(ref: string, sha: string): void {
    // Without commit objects the double cannot tell a fast-forward from a rewrite, so every move is accepted.
    if (!SHA.test(sha)) throw new RefError('Object does not exist');
    this.map.set(ref, sha);
  }

  remove(ref: string): boolean {
    return this.map.delete(ref);
  }

  commit(rev: string): string | undefined {
    if (SHA.test(rev)) return rev;
    if (rev.startsWith('refs/')) return this.map.get(rev);
    return this.map.get(`refs/tags/${rev}`) ?? this.map.get(`refs/heads/${rev}`);
  }

  contains(ancestor: string, descendant: string): boolean | undefined {
    return ancestor === descendant ? true : undefined;
  }

  ahead(base: string, head: string): number | undefined {
    return base === head ? 0 : undefined;
  }

  info(sha: string): CommitInfo | undefined {
    const date = '2024-01-01T00:00:00Z';
    const person = { name: 'Test User', email: 'test@example.com', date };
    return {
      sha,
      tree: standIn(`tree:${sha}`),
      parents: [],
      author: person,
      committer: person,
      message: 'commit',
    };
  }

  merge(): undefined {
    return undefined;
  }
}
