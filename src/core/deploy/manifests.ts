/**
 * The manifests a deployment pins. Which files: the `manifests` input (paths or globs the workflow author
 * wrote; they must lie in the repository, since they are committed there) or else the policy's globs
 * (repository content: expanded inside the workspace, symlinks and all, never into .git). What they hold:
 * read from the branch the pins are committed to, at its fetched tip, so a commit built on that tip pins the
 * manifests as they are there (the workspace may be an older checkout). Only changed files are written.
 */

import { realpathSync, statSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { ConfigurationError } from '../errors.js';
import { logValue } from '../log-text.js';
import type { PathPolicy } from '../fs/path-policy.js';
import type { FileMode, FileWrite } from '../git/change-set.js';
import type { GitCommands } from '../git/commands.js';
import { type PinImage, pinManifest } from '../gitops/pin.js';

const MAGIC = /[*?[{]/;

export interface ManifestSources {
  /** The `manifests` input (author paths or globs); when given it replaces the policy's list. */
  input: readonly string[];
  /** The policy's globs, and where they were written (`deploy.models.churn.environments.staging`). */
  policy: readonly string[];
  policyKey: string;
}

/** Repository-relative, `/`-separated paths of the files to pin (sorted, each once). */
export function manifestFiles(paths: PathPolicy, sources: ManifestSources): string[] {
  const fromInput = sources.input.length > 0;
  const patterns = fromInput ? sources.input : sources.policy;
  const found = new Set<string>();
  for (const pattern of patterns) {
    const where = fromInput ? `Input 'manifests'` : `.mlops.yml: ${sources.policyKey}.manifests entry`;
    let matches: string[];
    if (fromInput && !MAGIC.test(pattern)) {
      matches = [
        paths.resolveInput(pattern, 'manifests', 'write', {
          insideOnly: 'manifests are committed to this repository, so they must be in its checkout',
        }),
      ];
    } else {
      matches = paths.expandContentGlob(
        pattern,
        fromInput
          ? { file: `Input 'manifests'`, what: 'glob' }
          : { file: '.mlops.yml', what: `${sources.policyKey}.manifests entry` },
      );
    }
    const files = matches.filter((abs) => {
      let info;
      try {
        info = statSync(abs);
      } catch {
        throw new ConfigurationError(
          `${where} '${logValue(pattern)}': ${logValue(abs)} does not exist.`,
          fromInput ? undefined : { file: '.mlops.yml' },
        );
      }
      if (info.isFile()) return true;
      if (MAGIC.test(pattern)) return false; // a glob may match directories too: only files are manifests
      throw new ConfigurationError(
        `${where} '${logValue(pattern)}' is not a file.`,
        fromInput ? undefined : { file: '.mlops.yml' },
      );
    });
    if (files.length === 0) {
      throw new ConfigurationError(
        `${where} '${logValue(pattern)}' matches no file.`,
        fromInput ? undefined : { file: '.mlops.yml' },
      );
    }
    // A link inside the repository names the file it points to (checked to stay inside by the path policy).
    for (const abs of files) found.add(relative(paths.root, realpathSync(abs)).split(sep).join('/'));
  }
  return [...found].sort();
}

export interface PinOptions {
  image: PinImage;
  container: string | undefined;
  keys: readonly string[] | undefined;
}

export interface PinnedManifests {
  /** Files whose text changed (to write in a change set). */
  writes: FileWrite[];
  /** Every file, and whether it changed. */
  files: { file: string; changed: boolean }[];
}

/** Pin `files` as they are in the tree of `commit` (on `branch`, for messages). Nothing is written. */
export async function pinAtCommit(
  git: GitCommands,
  commit: string,
  branch: string,
  files: readonly string[],
  options: PinOptions,
): Promise<PinnedManifests> {
  if (files.length === 0) return { writes: [], files: [] };
  const entries = new Map((await git.lsTree(commit, files)).map((e) => [e.path, e]));
  const texts = await git.readBlobTexts([...entries.values()].map((e) => e.object));
  const out: PinnedManifests = { writes: [], files: [] };
  for (const file of files) {
    const entry = entries.get(file);
    if (!entry) {
      throw new ConfigurationError(
        `Manifest ${logValue(file)} is not on branch '${branch}' (commit ${commit.slice(0, 7)}); commit it there first.`,
        { file },
      );
    }
    if (entry.type !== 'blob' || entry.mode === '120000') {
      throw new ConfigurationError(
        `Manifest ${logValue(file)} is a symbolic link on branch '${branch}'; name the file it points to.`,
        { file },
      );
    }
    const text = texts.get(entry.object) ?? '';
    if (text.includes('\uFFFD')) throw new ConfigurationError(`${logValue(file)}: not UTF-8 text.`, { file });
    const result = pinManifest(text, {
      file,
      image: options.image,
      container: options.container,
      keys: options.keys,
    });
    out.files.push({ file, changed: result.changed });
    if (result.changed) out.writes.push({ path: file, content: result.text, mode: entry.mode as FileMode });
  }
  return out;
}
