/**
 * What a run deploys — the candidate: version, commit, run and image.
 *   - promote: the run of the commit (run-lookup.ts) and the version by GTO's rules (version.ts);
 *   - rollback: the previous version of the environment, or the one given, with its recorded image;
 *   - the run on the merge of a deploy pull request (`pin: pull-request`): the environment's proposal, once
 *     the branch's manifests are pinned to its image; and its rerun (the proposal is recorded by then): the
 *     newest deployment record whose image the manifests carry, when the commit has no run of its own.
 */

import { ConfigurationError } from '../errors.js';
import { fetchBranchTip } from '../git/branches.js';
import { type PinImage, parsePinImage } from '../oci/image-ref.js';
import { type DeployRecord, readProposal, type StoredDeployRecord } from '../registry/deploy-records.js';
import type { RunRecord } from '../registry/run-records.js';
import type { DeployRequest, DeployServices } from './deploy.js';
import { pinAtCommit } from './manifests.js';
import { rollbackTarget } from './rollback.js';
import { findRun } from './run-lookup.js';
import type { Snapshot } from './snapshot.js';
import { resolveVersion } from './version.js';

export interface Candidate {
  action: DeployRecord['action'];
  commit: string;
  version: string;
  requested: string | undefined;
  /** The version is registered at the commit already. */
  existing: boolean;
  run: RunRecord | undefined;
  image: PinImage | undefined;
  /**
   * A decision already made, which this run only records: a merged proposal (its gates were judged when the
   * pull request was opened), or the record of it.
   */
  recorded: StoredDeployRecord | undefined;
  /** Why this run deploys nothing new, for the reader. */
  note?: string;
}

/** The run behind a version: its newest deployment record's run, else the newest run of its commit. */
export function runOfVersion(snapshot: Snapshot, version: string, commit: string): RunRecord | undefined {
  const ref = [...snapshot.deployRecords]
    .reverse()
    .find((r) => r.record.version === version && r.record.commit === commit && r.record.run)?.record.run;
  const byRef = ref && snapshot.runs.find((r) => r.experiment === ref.experiment && r.id === ref.id);
  return (
    byRef ||
    [...snapshot.runs]
      .filter((r) => r.git.commit === commit)
      .sort((a, b) => (a.endedAt < b.endedAt ? 1 : -1))[0]
  );
}

/** Is the branch's tip pinned to `record`'s image in every manifest (so the pull request was merged)? */
async function pinnedOnBranch(
  req: DeployRequest,
  svc: DeployServices,
  files: readonly string[],
  record: StoredDeployRecord | undefined,
): Promise<boolean> {
  if (!record?.record.image || !svc.branch) return false;
  const tip = await fetchBranchTip(svc.git, { remote: svc.remote, branch: svc.branch });
  if ('error' in tip || !tip.tip) return false;
  const pins = await pinAtCommit(svc.git, tip.tip, svc.branch, files, {
    image: parsePinImage(record.record.image, 'image'),
    container: req.policy.environment.container,
    keys: req.policy.environment.keys,
  });
  return pins.writes.length === 0;
}

/** The merged proposal of a deploy pull request (`pin: pull-request`), if the branch carries its pins. */
export async function mergedProposal(
  req: DeployRequest,
  svc: DeployServices,
  snapshot: Snapshot,
  files: readonly string[],
): Promise<StoredDeployRecord | undefined> {
  if (req.pin !== 'pull-request' || files.length === 0 || !snapshot.registryRef) return undefined;
  const proposal = await readProposal(svc.git, snapshot.registryRef, req.model, req.environment, svc.logger);
  if (!(await pinnedOnBranch(req, svc, files, proposal))) return undefined;
  svc.logger.info(
    `The manifests on '${svc.branch!}' carry the proposal of ${req.model} ${proposal!.record.version}: recording that deployment (its pull request was merged).`,
  );
  return proposal;
}

function fromRecord(snapshot: Snapshot, stored: StoredDeployRecord): Candidate {
  const r = stored.record;
  const run = r.run
    ? snapshot.runs.find((x) => x.experiment === r.run!.experiment && x.id === r.run!.id)
    : undefined;
  const registered = snapshot.registry.artifact(r.model)?.find(r.version);
  return {
    action: r.action,
    commit: r.commit,
    version: r.version,
    requested: r.version,
    existing: registered !== undefined && registered.commit === r.commit,
    run,
    image: parsePinImage(r.image!, 'image'),
    recorded: stored,
  };
}

export async function promoteCandidate(
  req: DeployRequest,
  svc: DeployServices,
  snapshot: Snapshot,
  given: PinImage | undefined,
  files: readonly string[],
  proposal: StoredDeployRecord | undefined,
): Promise<Candidate> {
  if (proposal) return fromRecord(snapshot, proposal);
  let found;
  try {
    found = await findRun({
      git: svc.git,
      runs: snapshot.runs,
      commit: svc.commit,
      runId: req.runId,
      experiment: req.policy.model.experiment,
      where: `branch '${svc.registryBranch}'`,
      pullsForCommit: svc.github ? (sha) => svc.github!.pullsForCommit(sha) : undefined,
    });
  } catch (error) {
    // A commit with no run of its own (a rerun of the run on a deploy pull request's merge, the staging job
    // on that merge, a push that trained nothing) while the manifests still carry the environment's newest
    // deployment: there is nothing new to deploy, so that deployment is what this run stands for.
    const newest = snapshot.deployRecords.filter((r) => r.record.environment === req.environment).at(-1);
    const canStand = error instanceof ConfigurationError && files.length > 0 && !req.runId;
    if (canStand && newest && (await pinnedOnBranch(req, svc, files, newest))) {
      svc.logger.warning(
        `No run record for commit ${svc.commit.slice(0, 7)}: ${req.environment} keeps ${newest.record.version} (its image is what the manifests carry).`,
      );
      return {
        ...fromRecord(snapshot, newest),
        note: `No run record for commit ${svc.commit.slice(0, 7)}; ${req.environment} already shows ${newest.record.version}, whose image the manifests carry: nothing new to deploy.`,
      };
    }
    throw error;
  }
  svc.logger.info(`Run: ${found.run.experiment}/${found.run.id} (${found.how}).`);
  const version = resolveVersion(snapshot.registry, {
    model: req.model,
    commit: svc.commit,
    given: req.version,
    ref: svc.ref,
    bump: req.policy.model.bump,
  });
  return {
    action: 'promote',
    commit: svc.commit,
    version: version.version,
    requested: version.requested,
    existing: version.source === 'registered',
    run: found.run,
    image: given,
    recorded: undefined,
  };
}

export function rollbackCandidate(req: DeployRequest, snapshot: Snapshot): Candidate {
  const target = rollbackTarget(
    snapshot.registry,
    { model: req.model, environment: req.environment, version: req.version, image: req.image },
    snapshot.deployRecords,
  );
  const ref = target.record?.record.run;
  const run =
    (ref && snapshot.runs.find((r) => r.experiment === ref.experiment && r.id === ref.id)) ||
    runOfVersion(snapshot, target.version.version, target.version.commit);
  return {
    action: 'rollback',
    commit: target.version.commit,
    version: target.version.version,
    requested: target.version.version,
    existing: true,
    run,
    image: target.image,
    recorded: undefined,
  };
}
