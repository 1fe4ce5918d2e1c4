/**
 * `pin: pull-request`: the pinned manifests go to the branch `mlops/deploy/<model>/<environment>` (one commit
 * on the base branch's tip, replaced when the proposal changes), with a proposal record on the registry
 * branch, in one atomic push; then one pull request from that branch is opened or updated, its body carrying
 * the decision. No tag is written: the run on the merge finds the manifests pinned, takes the proposal and
 * only records the assignment (publish.ts). A rerun with the same proposal pushes nothing and leaves the pull
 * request as it is.
 */

import { fetchBranchTip, remoteTrackingRef } from '../git/branches.js';
import { buildChangeSet } from '../git/change-set.js';
import type { GitCommands } from '../git/commands.js';
import { publish, type RefUpdate } from '../git/push.js';
import type { PinImage } from '../oci/image-ref.js';
import {
  type DeployRecord,
  type GateResult,
  proposalPath,
  readProposal,
  type RunRef,
  sameDeployment,
  serializeDeployRecord,
} from '../registry/deploy-records.js';
import { artifactToTag } from '../registry/gto/grammar.js';
import { fetchRegistryTip, prepareRegistryCommit } from '../registry/store.js';
import type { DeployGitHub, PullRequestRef } from './github-port.js';
import { pinAtCommit } from './manifests.js';
import { atomically, pinBranchTip, type PublishContext } from './publish.js';

export interface ProposalTarget {
  model: string;
  environment: string;
  action: DeployRecord['action'];
  commit: string;
  version: string;
  image: PinImage;
  run: RunRef | null;
  gates: GateResult[];
  manifests: readonly string[];
  /** The branch the pull request merges into (the current branch). */
  base: string;
  container: string | undefined;
  keys: readonly string[] | undefined;
}

export interface Proposed {
  /** The base branch already holds these pins: nothing was proposed (record the assignment instead). */
  alreadyPinned: boolean;
  branch: string;
  /** The deploy branch's commit. */
  commit: string | undefined;
  pinned: { file: string; changed: boolean }[];
  record: DeployRecord | undefined;
  unchanged: boolean;
}

export function deployBranch(model: string, environment: string): string {
  return `mlops/deploy/${artifactToTag(model)}/${environment}`;
}

/** Tree and parents of a commit, from its object. */
async function commitHeader(git: GitCommands, commit: string): Promise<{ tree: string; parents: string[] }> {
  const text = (await git.exec(['cat-file', 'commit', commit])).stdout.split('\n\n', 1)[0] ?? '';
  return {
    tree: /^tree ([0-9a-f]+)$/m.exec(text)?.[1] ?? '',
    parents: [...text.matchAll(/^parent ([0-9a-f]+)$/gm)].map((m) => m[1]!),
  };
}

/** Push the deploy branch and the proposal (one atomic push); nothing is pushed when both are there already. */
export async function proposeDeployment(ctx: PublishContext, target: ProposalTarget): Promise<Proposed> {
  const { git, remote, logger } = ctx;
  const shallow = await git.isShallow();
  const branch = deployBranch(target.model, target.environment);
  const what = `the deploy pull request branch ${branch}`;
  const published = await atomically(what, () =>
    publish(git, {
      remote,
      what,
      retry: ctx.retry,
      logger,
      prepare: async () => {
        const baseTip = await pinBranchTip(
          git,
          { remote, branch: target.base },
          shallow,
          'to propose the pins on',
        );
        const pins = await pinAtCommit(git, baseTip, target.base, target.manifests, {
          image: target.image,
          container: target.container,
          keys: target.keys,
        });
        const none: Proposed = {
          alreadyPinned: true,
          branch,
          commit: undefined,
          pinned: pins.files,
          record: undefined,
          unchanged: true,
        };
        if (pins.writes.length === 0) return { updates: [], value: none };
        const existing = await fetchBranchTip(git, { remote, branch }, shallow);
        const current = 'error' in existing ? undefined : existing.tip;
        const built = await buildChangeSet(git, {
          base: baseTip,
          writes: pins.writes,
          message: [
            `Deploy ${target.model} ${target.version} to ${target.environment}`,
            '',
            `Pin ${target.image.reference} in:`,
            ...pins.writes.map((w) => `- ${w.path}`),
            '',
            'mlops-actions gated-deploy (pin: pull-request)',
          ].join('\n'),
          tempDir: ctx.tempDir,
        });
        let commit = built.commit;
        if (current) {
          const header = await commitHeader(git, current);
          if (header.tree === built.tree && header.parents.length === 1 && header.parents[0] === baseTip)
            commit = current;
        }
        const updates: RefUpdate[] = [];
        if (commit !== current) {
          updates.push({
            ref: `refs/heads/${branch}`,
            object: commit,
            expect: current ?? '',
            localRef: remoteTrackingRef({ remote, branch }),
          });
        }
        const location = { remote, branch: ctx.registryBranch };
        const tip = await fetchRegistryTip(git, location, shallow);
        const record: DeployRecord = {
          schema: 1,
          status: 'proposed',
          model: target.model,
          environment: target.environment,
          sequence: 0,
          action: target.action,
          version: target.version,
          commit: target.commit,
          image: target.image.reference,
          digest: target.image.digest,
          run: target.run,
          previous: null,
          tags: [],
          pin: { mode: 'pull-request', branch, commit, files: pins.files.map((p) => p.file) },
          gates: target.gates,
          recordedAt: ctx.now().toISOString(),
          ...ctx.meta,
        };
        const old = tip ? await readProposal(git, tip, target.model, target.environment, logger) : undefined;
        if (!(old && sameDeployment(old.record, record) && old.record.pin.commit === commit)) {
          const prepared = await prepareRegistryCommit(
            git,
            location,
            tip,
            {
              files: [
                { path: proposalPath(target.model, target.environment), text: serializeDeployRecord(record) },
              ],
              message: `Propose ${target.model} ${target.version} for ${target.environment} (pull request from ${branch})\n\nmlops-actions gated-deploy`,
            },
            { tempDir: ctx.tempDir },
          );
          if (prepared.ref) updates.push(prepared.ref);
        }
        return {
          updates,
          value: {
            alreadyPinned: false,
            branch,
            commit,
            pinned: pins.files,
            record,
            unchanged: updates.length === 0,
          },
        };
      },
    }),
  );
  return published.value;
}

/** Open the deploy pull request, or update the open one when its title or body changed. */
export async function upsertDeployPull(
  github: DeployGitHub,
  request: { branch: string; base: string; title: string; body: string },
): Promise<{ pull: PullRequestRef; action: 'created' | 'updated' | 'unchanged' }> {
  const open = await github.openPull(request.branch);
  if (!open) {
    const pull = await github.createPull({
      head: request.branch,
      base: request.base,
      title: request.title,
      body: request.body,
    });
    return { pull, action: 'created' };
  }
  if (open.title === request.title && open.body === request.body) return { pull: open, action: 'unchanged' };
  await github.updatePull(open.number, { title: request.title, body: request.body });
  return { pull: { ...open, title: request.title, body: request.body }, action: 'updated' };
}
