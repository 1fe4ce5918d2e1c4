/**
 * The track-experiment run record behind an image: the newest record on the registry branch made from
 * the commit being packaged. Its run id, experiment, metrics and data versions become provenance labels
 * when the user did not name a run.
 */

import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseMlopsConfig } from '../config/parse.js';
import type { Logger } from '../logger.js';
import type { RunRecord } from '../experiments/record.js';
import { readRecords, resolveRegistryRef } from '../experiments/registry-read.js';
import { fetchRegistry, type GitRunner } from '../experiments/registry-store.js';

const DEFAULT_BRANCH = 'mlops/registry';
const REMOTE = 'origin';

/**
 * Git in the workspace, for callers that do not hand in the adapter's wrapper. It inherits the
 * environment (so it sees the checkout's credentials) and never prompts: an askpass that answers nothing.
 */
export function workspaceGit(cwd: string): GitRunner {
  return {
    exec: (args, options = {}) =>
      new Promise((resolve, reject) => {
        if (options.env) {
          reject(new Error('workspaceGit runs git in the inherited environment only'));
          return;
        }
        const child = execFile(
          'git',
          ['-c', 'core.askPass=true', ...args],
          { cwd, maxBuffer: 256 * 1024 * 1024 },
          (error, stdout, stderr) => {
            const exitCode = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
            if (exitCode !== 0 && !options.allowFailure) {
              reject(new Error(`git ${args.join(' ')} failed: ${stderr.trim()}`));
            } else resolve({ exitCode, stdout, stderr });
          },
        );
        child.stdin?.end(options.input);
      }),
  };
}

/** `registry.branch` from `.mlops.yml`, else the default; a config problem is the action's to report. */
async function registryBranch(workspace: string): Promise<string> {
  try {
    const text = await readFile(join(workspace, '.mlops.yml'), 'utf8');
    return parseMlopsConfig(text).registry?.branch ?? DEFAULT_BRANCH;
  } catch {
    return DEFAULT_BRANCH;
  }
}

export interface RecordLookup {
  workspace: string;
  /** The commit being packaged (GITHUB_SHA); HEAD of the workspace when not given. */
  commit: string | undefined;
  logger: Logger;
  git?: GitRunner;
  branch?: string;
}

/**
 * The newest run record for the commit, read from `origin/<branch>` or the local branch; when neither is
 * there (a packaging job separate from the training job), the branch tip is fetched once. Undefined when
 * there is no repository, no registry branch or no record for the commit: labels then come from inputs.
 */
export async function runRecordForCommit(lookup: RecordLookup): Promise<RunRecord | undefined> {
  const git = lookup.git ?? workspaceGit(lookup.workspace);
  const branch = lookup.branch ?? (await registryBranch(lookup.workspace));
  const head = await git.exec(['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'], { allowFailure: true });
  if (head.exitCode !== 0 && lookup.commit === undefined) return undefined;
  const commit = lookup.commit ?? head.stdout.trim();
  let ref = await resolveRegistryRef(git, REMOTE, branch);
  if (ref === undefined && head.exitCode === 0) {
    try {
      if (await fetchRegistry(git, { remote: REMOTE, branch })) ref = `refs/remotes/${REMOTE}/${branch}`;
    } catch (error) {
      lookup.logger.debug(`No registry branch for provenance: ${(error as Error).message}`);
    }
  }
  if (ref === undefined) return undefined;
  const records = (await readRecords(git, ref, lookup.logger)).filter((r) => r.git.commit === commit);
  records.sort((a, b) => (a.endedAt < b.endedAt ? 1 : a.endedAt > b.endedAt ? -1 : 0));
  const newest = records[0];
  if (newest) {
    lookup.logger.info(
      `Provenance from run record ${newest.experiment}/${newest.id} on '${branch}' (commit ${commit.slice(0, 7)}).`,
    );
  }
  return newest;
}
