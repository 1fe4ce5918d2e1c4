/**
 * The retrain branch `mlops/retrain/<name>`: one change set (request.json, the snapshot's pointers and
 * `.gitignore` lines) built with plumbing from `base`, pushed with `--force-with-lease`. The branch is this
 * action's, but people may push to it: when its tip is not our own commit straight on a base commit, their
 * commits are kept and the change set goes on top of them. A rerun whose evidence is already on the branch
 * pushes nothing.
 */

import type { RetryPolicy } from '../async/retry.js';
import { ConfigurationError } from '../errors.js';
import { fetchBranchTip, remoteTrackingRef } from '../git/branches.js';
import { buildChangeSet, type FileWrite } from '../git/change-set.js';
import type { GitCommands } from '../git/commands.js';
import { publish } from '../git/push.js';
import type { Logger } from '../logger.js';
import { parseRequest, type RetrainRequest, requestPath, sameEvidence, serializeRequest } from './request.js';
import { checkNotWorkflow, type SnapshotResult, snapshotWrites } from './snapshot.js';

export const retrainBranch = (model: string): string => `mlops/retrain/${model}`;

const BASE_TRAILER = 'Mlops-Retrain-Base';

export interface BranchOptions {
  remote: string;
  model: string;
  /** The base branch (the PR's base). */
  base: string;
  request: RetrainRequest;
  snapshot: SnapshotResult | undefined;
  /** Subject and body of the commit (trailers are added here). */
  message: string;
  /** Ignore the branch's current content and start again from base (the last PR for it is closed). */
  restart: boolean;
  tempDir: string;
  logger: Logger;
  retry?: Partial<RetryPolicy>;
}

export type BranchOutcome =
  | {
      /** The branch tip after this run. */
      head: string;
      /** request.json as it is on the branch (an earlier identical request is kept, with its time and run). */
      requestText: string;
      request: RetrainRequest;
      /** False when the branch already held this request (a rerun): nothing was pushed. */
      pushed: boolean;
      /** People's commits the change set was put on top of (none when rebuilt from base). */
      keptCommits: boolean;
    }
  | {
      /** The base branch already holds exactly this request (it was merged): there is nothing to propose. */
      inBase: true;
      head: string;
    };

interface CommitInfo {
  parents: string[];
  message: string;
}

async function readCommit(git: GitCommands, sha: string): Promise<CommitInfo> {
  const raw = (await git.exec(['cat-file', 'commit', sha])).stdout;
  const split = raw.indexOf('\n\n');
  const header = split < 0 ? raw : raw.slice(0, split);
  const parents = header
    .split('\n')
    .filter((line) => line.startsWith('parent '))
    .map((line) => line.slice('parent '.length));
  return { parents, message: split < 0 ? '' : raw.slice(split + 2) };
}

/** Our own commit made straight on a base commit: nothing of anyone else's is on the branch. */
async function isOnlyOurs(git: GitCommands, tip: string): Promise<boolean> {
  const info = await readCommit(git, tip);
  const base = new RegExp(`^${BASE_TRAILER}: ([0-9a-f]{40,64})$`, 'm').exec(info.message)?.[1];
  return base !== undefined && info.parents.length === 1 && info.parents[0] === base;
}

async function requestAt(git: GitCommands, commit: string, model: string): Promise<string | undefined> {
  const blob = await git.resolveObject(`${commit}:${requestPath(model)}`);
  return blob ? (await git.readBlobTexts([blob])).get(blob) : undefined;
}

async function fetchTip(git: GitCommands, remote: string, branch: string, shallow: boolean) {
  const fetched = await fetchBranchTip(git, { remote, branch }, shallow);
  if ('error' in fetched) {
    throw new ConfigurationError(`Cannot fetch branch '${branch}' from '${remote}': ${fetched.error}`);
  }
  return fetched.tip;
}

/** request.json text for `parent`: the one already there when its evidence is the same (keeps reruns still). */
async function requestText(
  git: GitCommands,
  at: string,
  options: BranchOptions,
): Promise<{ text: string; request: RetrainRequest }> {
  const existingText = await requestAt(git, at, options.model);
  const existing = parseRequest(existingText);
  if (existing && existingText !== undefined && sameEvidence(existing, options.request)) {
    return { text: existingText, request: existing };
  }
  return { text: serializeRequest(options.request), request: options.request };
}

async function writesOn(
  git: GitCommands,
  parent: string,
  options: BranchOptions,
  text: string,
): Promise<FileWrite[]> {
  const writes: FileWrite[] = [{ path: requestPath(options.model), content: text }];
  if (options.snapshot) writes.push(...(await snapshotWrites(git, parent, options.snapshot)));
  for (const w of writes) checkNotWorkflow(w.path, 'The file');
  return writes;
}

/** Build the branch's new tip and push it with a lease; retried (refetch, rebuild) when another run won. */
export async function publishRetrainBranch(git: GitCommands, options: BranchOptions): Promise<BranchOutcome> {
  const branch = retrainBranch(options.model);
  const shallow = await git.isShallow();
  const published = await publish<BranchOutcome>(git, {
    remote: options.remote,
    what: `branch ${branch}`,
    retry: options.retry,
    logger: options.logger,
    prepare: async () => {
      const baseTip = await fetchTip(git, options.remote, options.base, shallow);
      if (!baseTip) {
        throw new ConfigurationError(
          `The base branch '${options.base}' does not exist on '${options.remote}'.`,
        );
      }
      const tip = await fetchTip(git, options.remote, branch, shallow);
      let parent = baseTip;
      let keptCommits = false;
      if (tip && !options.restart) {
        const current = await requestText(git, tip, options);
        const probe = await buildChangeSet(git, {
          base: tip,
          writes: await writesOn(git, tip, options, current.text),
          message: 'probe',
          tempDir: options.tempDir,
        });
        if (!probe.changed) {
          return {
            updates: [],
            value: {
              head: tip,
              requestText: current.text,
              request: current.request,
              pushed: false,
              keptCommits: false,
            },
          };
        }
        if (!(await isOnlyOurs(git, tip))) {
          parent = tip;
          keptCommits = true;
        }
      }
      const { text, request } = await requestText(git, parent, options);
      const trailers = [
        `Mlops-Retrain: ${options.model}`,
        ...(parent === baseTip ? [`${BASE_TRAILER}: ${baseTip}`] : []),
      ];
      const built = await buildChangeSet(git, {
        base: parent,
        writes: await writesOn(git, parent, options, text),
        message: `${options.message.trimEnd()}\n\n${trailers.join('\n')}\n`,
        tempDir: options.tempDir,
      });
      if (!built.changed) {
        return { updates: [], value: { inBase: true, head: baseTip } };
      }
      return {
        updates: [
          {
            ref: `refs/heads/${branch}`,
            object: built.commit,
            expect: tip ?? '',
            localRef: remoteTrackingRef({ remote: options.remote, branch }),
          },
        ],
        value: { head: built.commit, requestText: text, request, pushed: true, keptCommits },
      };
    },
  });
  return published.value;
}
