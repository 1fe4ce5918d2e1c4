import { existsSync, realpathSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { ConfigurationError } from '../errors.js';

/** The slice of core/git's GitCommands this check needs. */
export interface TrackedFiles {
  lsFiles(pathspecs: readonly string[]): Promise<string[]>;
}

/**
 * `dvc add` refuses data that git already tracks ("output … is already tracked by SCM"): the pointer and
 * the data would both be committed, and the `/name` line in .gitignore would not untrack it. The same
 * check, before anything is hashed or written. `paths` are absolute; `gitRoot` is git's top level.
 */
export async function refuseGitTracked(
  git: TrackedFiles,
  gitRoot: string,
  paths: readonly string[],
  what: string,
): Promise<void> {
  const real = (p: string) => (existsSync(p) ? realpathSync(p) : p);
  const top = real(gitRoot);
  const specs = paths
    .map((abs) => relative(top, real(abs)).split(sep).join('/'))
    .filter((rel) => rel !== '' && !rel.startsWith('..'));
  if (specs.length === 0) return;
  const tracked = await git.lsFiles(specs.map((s) => `:(literal)${s}`));
  if (tracked.length === 0) return;
  const first = specs.find((s) => tracked.some((t) => t === s || t.startsWith(`${s}/`))) ?? tracked[0]!;
  throw new ConfigurationError(
    `${what}: '${first}' is already tracked by git, so DVC cannot track it (as \`dvc add\` refuses it). ` +
      `Stop tracking it with git first: git rm -r --cached '${first}' && git commit -m "stop tracking ${first}".`,
  );
}
