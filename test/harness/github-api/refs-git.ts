/**
 * Refs read from and written to a real (bare) repository with git, argument arrays only, no shell.
 * Synchronous on purpose: a handler runs start to finish without yielding, so concurrent requests see the
 * double's state change atomically, as GitHub serialises writes to one repository.
 */
import { execFileSync } from 'node:child_process';
import { RefError, SHA, type CommitInfo, type RefStore, type RefTarget } from './refs.js';

interface GitResult {
  ok: boolean;
  stdout: string;
  stderr: string;
}

/** Committer of the merge commits GitHub writes on a deployment's auto-merge. */
const GITHUB_COMMITTER = { GIT_COMMITTER_NAME: 'GitHub', GIT_COMMITTER_EMAIL: 'noreply@github.com' };

export class GitRefs implements RefStore {
  readonly real = true;

  constructor(readonly gitDir: string) {
    const probe = this.run(['rev-parse', '--git-dir']);
    if (!probe.ok) throw new Error(`addRepo: ${gitDir} is not a git repository: ${probe.stderr.trim()}`);
  }

  private run(args: string[], env: Record<string, string> = {}): GitResult {
    try {
      const stdout = execFileSync('git', ['--git-dir', this.gitDir, ...args], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, GIT_TERMINAL_PROMPT: '0', ...env },
        maxBuffer: 64 * 1024 * 1024,
      });
      return { ok: true, stdout, stderr: '' };
    } catch (error) {
      const e = error as { stdout?: string; stderr?: string };
      return { ok: false, stdout: e.stdout ?? '', stderr: e.stderr ?? String(error) };
    }
  }

  private refs(): { ref: string; target: RefTarget }[] {
    const out = this.run(['for-each-ref', '--format=%(refname)%00%(objectname)%00%(objecttype)']);
    if (!out.ok) throw new Error(`git for-each-ref failed in ${this.gitDir}: ${out.stderr}`);
    return out.stdout
      .split('\n')
      .filter(Boolean)
      .map((line) => {
        const [ref = '', sha = '', type = ''] = line.split('\0');
        const target: RefTarget = { sha, type: type === 'tag' ? 'tag' : 'commit' };
        return { ref, target };
      });
  }

  get(ref: string): RefTarget | undefined {
    return this.refs().find((r) => r.ref === ref)?.target;
  }

  list(prefix: string): { ref: string; target: RefTarget }[] {
    return this.refs()
      .filter((r) => r.ref.startsWith(prefix))
      .sort((a, b) => (a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0));
  }

  set(ref: string, sha: string, options: { force?: boolean } = {}): void {
    if (!SHA.test(sha) || !this.run(['cat-file', '-e', `${sha}^{commit}`]).ok) {
      throw new RefError('Object does not exist');
    }
    const old = this.get(ref);
    if (old && options.force === false && this.contains(old.sha, sha) === false) {
      throw new RefError('Update is not a fast forward');
    }
    const args = ['update-ref', ref, sha, ...(old ? [old.sha] : [''])];
    const out = this.run(args);
    if (!out.ok) throw new RefError(out.stderr.trim() || 'Reference update failed');
  }

  remove(ref: string): boolean {
    if (!this.get(ref)) return false;
    return this.run(['update-ref', '-d', ref]).ok;
  }

  commit(rev: string): string | undefined {
    if (rev === '' || rev.startsWith('-')) return undefined;
    const out = this.run(['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`]);
    const sha = out.stdout.trim();
    return out.ok && SHA.test(sha) ? sha : undefined;
  }

  contains(ancestor: string, descendant: string): boolean | undefined {
    const a = this.commit(ancestor);
    const d = this.commit(descendant);
    if (!a || !d) return undefined;
    return this.run(['merge-base', '--is-ancestor', a, d]).ok;
  }

  ahead(base: string, head: string): number | undefined {
    const b = this.commit(base);
    const h = this.commit(head);
    if (!b || !h) return undefined;
    const out = this.run(['rev-list', '--count', `${b}..${h}`]);
    return out.ok ? Number(out.stdout.trim()) : undefined;
  }

  info(sha: string): CommitInfo | undefined {
    const format = ['%H', '%T', '%P', '%an', '%ae', '%aI', '%cn', '%ce', '%cI', '%B'].join('%x00');
    const out = this.run(['show', '-s', `--format=${format}`, '--end-of-options', sha]);
    if (!out.ok) return undefined;
    const [h = '', tree = '', parents = '', an = '', ae = '', ad = '', cn = '', ce = '', cd = '', ...rest] =
      out.stdout.split('\0');
    return {
      sha: h,
      tree,
      parents: parents.split(' ').filter(Boolean),
      author: { name: an, email: ae, date: ad },
      committer: { name: cn, email: ce, date: cd },
      message: rest.join('\0').replace(/\n+$/, ''),
    };
  }

  merge(into: string, from: string, message: string): { sha: string } | 'conflict' | undefined {
    const ours = this.commit(`refs/heads/${into}`);
    const theirs = this.commit(from);
    if (!ours || !theirs) return undefined;
    // git ≥ 2.38: a merge without a work tree; exit 1 means conflicts.
    const tree = this.run(['merge-tree', '--write-tree', ours, theirs]);
    if (!tree.ok) return 'conflict';
    const treeSha = tree.stdout.split('\n')[0]?.trim() ?? '';
    const author = { GIT_AUTHOR_NAME: 'GitHub', GIT_AUTHOR_EMAIL: 'noreply@github.com' };
    const commit = this.run(['commit-tree', treeSha, '-p', ours, '-p', theirs, '-m', message], {
      ...author,
      ...GITHUB_COMMITTER,
    });
    if (!commit.ok) throw new Error(`git commit-tree failed: ${commit.stderr}`);
    const sha = commit.stdout.trim();
    this.set(`refs/heads/${into}`, sha);
    return { sha };
  }
}
