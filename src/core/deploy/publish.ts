/**
 * Publishing a deployment: the GTO tags (register if needed, exclusive assign), the deployment record on the
 * registry branch and, with `pin: push`, the manifest commit on the branch — all in ONE `git push --atomic`
 * (core/git publish), so everything lands or nothing does. Each attempt fetches the tips and rebuilds every
 * piece on them; a lost race (another promotion, a run record pushed meanwhile) rebuilds with the next
 * counter, the next record number and the branch's new tip. A rerun that finds all of it already there
 * pushes nothing.
 */

import type { RetryPolicy } from '../async/retry.js';
import { ConfigurationError } from '../errors.js';
import { fetchBranchTip, remoteTrackingRef } from '../git/branches.js';
import { buildChangeSet } from '../git/change-set.js';
import type { GitCommands } from '../git/commands.js';
import { publish, PushRejectedError, type RefUpdate } from '../git/push.js';
import type { GitIdentity } from '../git/runner.js';
import type { PinImage } from '../oci/image-ref.js';
import type { Logger } from '../logger.js';
import {
  type DeployRecord,
  deployRecordPath,
  type GateResult,
  type PinMode,
  proposalPath,
  readDeployRecords,
  readProposal,
  type RunRef,
  sameDeployment,
  serializeDeployRecord,
} from '../registry/deploy-records.js';
import type { Bump } from '../registry/gto/grammar.js';
import { ModelRegistry, planAssign, type TagReason } from '../registry/gto/model-registry.js';
import { fetchRegistryTags } from '../registry/gto/read-tags.js';
import type { ModelVersion } from '../registry/gto/state.js';
import { tagDate, tagUpdates } from '../registry/gto/write.js';
import { fetchRegistryTip, prepareRegistryCommit } from '../registry/store.js';
import { pinAtCommit } from './manifests.js';

export interface PublishTarget {
  model: string;
  environment: string;
  action: DeployRecord['action'];
  commit: string;
  /** The version to assign: an existing one (rollback, already registered), or one to register. */
  version: { existing: string } | { requested: string | undefined; bump: Bump | undefined };
  image: PinImage | undefined;
  run: RunRef | null;
  gates: GateResult[];
  /** Manifests to pin on `branch` (`pin: push`); none for `pin: none` or when only the assignment is recorded. */
  manifests: readonly string[];
  pinMode: PinMode;
  branch: string | undefined;
  container: string | undefined;
  keys: readonly string[] | undefined;
  /** Pull request whose merge pinned the manifests (the run on the merge of a deploy PR). */
  pullRequest?: number;
  /** Remove the open proposal of this environment (its pull request was merged). */
  clearProposal?: boolean;
  /**
   * Called when, after a lost race, the environment (or the `after` stage) shows something else than when
   * the gates ran: the gates again on the new registry. Blocked → nothing is pushed.
   */
  regate?: (registry: ModelRegistry, current: ModelVersion | undefined) => Promise<GateResult[]>;
}

export interface PublishContext {
  git: GitCommands;
  remote: string;
  registryBranch: string;
  tempDir: string;
  logger: Logger;
  tagger: GitIdentity;
  why: TagReason;
  meta: Pick<DeployRecord, 'actor' | 'repository' | 'runUrl' | 'workflowRunId'>;
  now: () => Date;
  retry?: Partial<RetryPolicy>;
}

export interface Published {
  version: string;
  tags: string[];
  record: DeployRecord | undefined;
  recordPath: string | undefined;
  /** The commit holding the pinned manifests (a new one, or the branch tip when they were pinned already). */
  manifestCommit: string | undefined;
  pinned: { file: string; changed: boolean }[];
  gates: GateResult[];
  previous: { version: string; commit: string } | null;
  /** Nothing was pushed: the registry, the record and the manifests already said all of it. */
  unchanged: boolean;
  attempts: number;
}

/** What the gates depend on in the registry: the environment's version and the `after` stage's. */
function gateState(registry: ModelRegistry, target: PublishTarget, after: string | undefined): string {
  const artifact = registry.artifact(target.model);
  const current = registry.inStage(target.model, target.environment);
  const behind = after ? (artifact?.activeInStage(after) ?? []).map((v) => `${v.version}@${v.commit}`) : [];
  return JSON.stringify([current ? `${current.version}@${current.commit}` : null, behind]);
}

function manifestMessage(target: PublishTarget, version: string, files: readonly string[]): string {
  const what = target.action === 'rollback' ? 'Roll back' : 'Deploy';
  return [
    `${what} ${target.model} ${version} to ${target.environment}`,
    '',
    `Pin ${target.image?.reference ?? ''} in:`,
    ...files.map((f) => `- ${f}`),
    ...(target.run ? ['', `Run: ${target.run.experiment}/${target.run.id}`] : []),
    '',
    'mlops-actions gated-deploy',
  ].join('\n');
}

/** The fetched tip of a branch the pins go on; a missing branch is a user error naming `purpose`. */
export async function pinBranchTip(
  git: GitCommands,
  location: { remote: string; branch: string },
  shallow: boolean,
  purpose: string,
): Promise<string> {
  const fetched = await fetchBranchTip(git, location, shallow);
  if ('error' in fetched || !fetched.tip) {
    throw new ConfigurationError(
      `Cannot fetch branch '${location.branch}' from '${location.remote}' ${purpose}: ${'error' in fetched ? fetched.error : 'it does not exist'}.`,
    );
  }
  return fetched.tip;
}

/**
 * A push the remote refused (not a lost race, or races until the attempts ran out): a user-facing error that
 * says nothing landed, since the push was atomic, and what usually causes it.
 */
export async function atomically<T>(what: string, push: () => Promise<T>): Promise<T> {
  try {
    return await push();
  } catch (error) {
    if (!(error instanceof PushRejectedError)) throw error;
    throw new ConfigurationError(
      `${error.message.trim()}. Nothing was written: the push of ${what} is atomic, so no tag, record or commit landed. ` +
        "Check that the token may push there (contents: write; a protected branch refuses the workflow's token: use pin: pull-request).",
      { cause: error },
    );
  }
}

export async function publishDeployment(
  ctx: PublishContext,
  target: PublishTarget,
  after: string | undefined,
): Promise<Published> {
  const { git, remote, logger } = ctx;
  const location = { remote, branch: ctx.registryBranch };
  const shallow = await git.isShallow();
  let decidedState: string | undefined;
  let gates = target.gates;
  // push: commit the pins; pull-request: the merge of the deploy pull request committed them (checked here).
  const pinning = target.pinMode !== 'none' && target.manifests.length > 0;
  if (pinning && (!target.branch || !target.image)) throw new Error('pinning without a branch or an image');

  const what = `the deployment of ${target.model} to ${target.environment}`;
  const published = await atomically(what, () =>
    publish(git, {
      remote,
      what,
      retry: ctx.retry,
      logger,
      prepare: async (attempt) => {
        await fetchRegistryTags(git, remote, target.model);
        const tip = await fetchRegistryTip(git, location, shallow);
        const registry = await ModelRegistry.read(git, target.model);
        const current = registry.inStage(target.model, target.environment);
        const state = gateState(registry, target, after);
        decidedState ??= state;
        if (attempt > 1 && state !== decidedState && target.regate) {
          gates = await target.regate(registry, current);
          decidedState = state;
          const failed = gates.filter((g) => g.status === 'fail');
          if (failed.length > 0) {
            throw new ConfigurationError(
              `Another deployment of ${target.model} landed first; with it, the gates now block this one ` +
                `(${failed.map((g) => `${g.gate}${g.subject ? ` ${g.subject}` : ''}: ${g.reason}`).join('; ')}). Nothing was pushed.`,
            );
          }
        }
        const plan = planAssign(
          registry,
          'existing' in target.version
            ? {
                artifact: target.model,
                stage: target.environment,
                version: target.version.existing,
                exclusive: true,
              }
            : {
                artifact: target.model,
                stage: target.environment,
                commit: target.commit,
                newVersion: target.version.requested,
                bump: target.version.bump,
                exclusive: true,
              },
          ctx.why,
        );
        const version = plan.version!;
        const updates: RefUpdate[] = [];

        let manifestCommit: string | undefined;
        let pinned: Published['pinned'] = [];
        if (pinning) {
          const branch = { remote, branch: target.branch! };
          const tipOfBranch = await pinBranchTip(git, branch, shallow, 'to pin the manifests on');
          const pins = await pinAtCommit(git, tipOfBranch, target.branch!, target.manifests, {
            image: target.image!,
            container: target.container,
            keys: target.keys,
          });
          pinned = pins.files;
          manifestCommit = tipOfBranch;
          if (pins.writes.length > 0 && target.pinMode === 'pull-request') {
            throw new ConfigurationError(
              `The manifests on '${target.branch!}' are no longer pinned to ${target.image!.reference} (${pins.writes.map((w) => w.path).join(', ')}); run again to propose a new pull request.`,
            );
          }
          if (pins.writes.length > 0) {
            const built = await buildChangeSet(git, {
              base: tipOfBranch,
              writes: pins.writes,
              message: manifestMessage(
                target,
                version,
                pins.writes.map((w) => w.path),
              ),
              tempDir: ctx.tempDir,
            });
            manifestCommit = built.commit;
            updates.push({
              ref: `refs/heads/${target.branch!}`,
              object: built.commit,
              expect: tipOfBranch,
              localRef: remoteTrackingRef(branch),
            });
          }
        }

        const records = tip
          ? await readDeployRecords(git, tip, target.model, target.environment, logger)
          : [];
        const newest = records.at(-1);
        const previous =
          current && !(current.version === version && current.commit === target.commit) ? current : undefined;
        const record: DeployRecord = {
          schema: 1,
          status: 'deployed',
          model: target.model,
          environment: target.environment,
          sequence: (newest?.record.sequence ?? 0) + 1,
          action: target.action,
          version,
          commit: target.commit,
          image: target.image?.reference ?? null,
          digest: target.image?.digest ?? null,
          run: target.run,
          previous: previous ? { version: previous.version, commit: previous.commit } : null,
          tags: plan.tags.map((t) => t.name),
          pin: {
            mode: target.pinMode,
            ...(target.branch && target.pinMode !== 'none' ? { branch: target.branch } : {}),
            ...(manifestCommit ? { commit: manifestCommit } : {}),
            files: pinned.map((p) => p.file),
            ...(target.pullRequest ? { pullRequest: target.pullRequest } : {}),
          },
          gates,
          recordedAt: ctx.now().toISOString(),
          ...ctx.meta,
        };
        const proposal =
          target.clearProposal && tip
            ? await readProposal(git, tip, target.model, target.environment, logger)
            : undefined;
        const alreadyThere =
          plan.unchanged &&
          updates.length === 0 &&
          !proposal &&
          newest !== undefined &&
          sameDeployment(newest.record, record);
        let recordPath = alreadyThere ? newest.path : deployRecordPath(record);
        if (!alreadyThere) {
          const prepared = await prepareRegistryCommit(
            git,
            location,
            tip,
            {
              files: [{ path: recordPath, text: serializeDeployRecord(record) }],
              deletes: proposal ? [proposalPath(target.model, target.environment)] : [],
              message: `Record ${target.action} of ${target.model} ${version} to ${target.environment} (#${record.sequence})\n\nmlops-actions gated-deploy`,
            },
            { tempDir: ctx.tempDir },
          );
          if (prepared.ref) updates.push(prepared.ref);
          else recordPath = newest?.path ?? recordPath;
        }
        updates.push(
          ...(await tagUpdates(git, plan.tags, ctx.tagger, tagDate(registry, target.model, ctx.now()))),
        );
        const value: Omit<Published, 'attempts' | 'unchanged'> = {
          version,
          tags: plan.tags.map((t) => t.name),
          record: alreadyThere ? newest.record : record,
          recordPath,
          manifestCommit,
          pinned,
          gates,
          previous: alreadyThere ? newest.record.previous : record.previous,
        };
        return { updates, value };
      },
    }),
  );
  return { ...published.value, unchanged: !published.pushed, attempts: published.attempts };
}
