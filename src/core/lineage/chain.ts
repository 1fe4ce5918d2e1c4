/**
 * The lineage chain of one model version, assembled from what resolve.ts found: the run's data hashes
 * against the `.dvc` pointers at the version's commit, the run, the images the deployments pinned (with
 * their labels), the version's GTO events as `gto history` lists them, the deployment records, the release
 * tag, and the drift records since the first deployment.
 */

import { dataVersionsAtCommit, pointerFiles } from '../experiments/data-versions.js';
import type { GitCommands } from '../git/commands.js';
import { driftGateDatasets, type StoredDeployRecord } from '../registry/deploy-records.js';
import { type DriftRecord, readDriftRecords } from '../registry/drift-records.js';
import { artifactToTag } from '../registry/gto/grammar.js';
import type { ModelRegistry } from '../registry/gto/model-registry.js';
import { historyEvents, historyJson, pythonDatetime } from '../registry/gto/show.js';
import type { ModelVersion } from '../registry/gto/state.js';
import { recordPath, type RunRecord } from '../registry/run-records.js';
import type { LabelReader } from './images.js';
import { type RegistryRead, type Resolved, resolveStart } from './resolve.js';
import {
  LINEAGE_VERSION,
  type Lineage,
  type LineageData,
  type LineageDeployment,
  type LineageDrift,
  type LineageGto,
  type LineageImage,
  type LineageRun,
} from './schema.js';
import type { Start } from './start.js';

const gtoTime = (e: { time: number; offsetMinutes: number }) => pythonDatetime(e.time, e.offsetMinutes, true);

async function hasCommit(git: GitCommands, commit: string | undefined): Promise<boolean> {
  return commit !== undefined && (await git.objectType(commit)) === 'commit';
}

/** The run's data hashes against the pointer files at the version's commit (else the run's own). */
async function dataOf(
  git: GitCommands,
  run: RunRecord | undefined,
  commit: string | undefined,
  notes: string[],
): Promise<LineageData> {
  if (!run || run.data.length === 0) {
    if (run) notes.push(`Run ${run.experiment}/${run.id} recorded no data versions.`);
    return { pointersAt: null, status: 'no-data', entries: [] };
  }
  const candidates = [commit, run.git.commit].filter((c): c is string => c !== undefined);
  let at: string | undefined;
  for (const c of candidates) if (at === undefined && (await hasCommit(git, c))) at = c;
  if (at === undefined) {
    notes.push(
      `The pointer files could not be read: ${candidates.length > 0 ? `commit ${candidates.map((c) => c.slice(0, 7)).join(' / ')} is not in this clone (fetch it, or the tags: --fetch)` : 'the run names no commit'}.`,
    );
  }
  const pointers = at === undefined ? undefined : await dataVersionsAtCommit(git, at, pointerFiles(run.data));
  const entries = run.data.map((d) => {
    const pointer = pointers === undefined ? null : (pointers.get(d.path)?.md5 ?? null);
    return {
      path: d.path,
      md5: d.md5,
      source: d.source,
      pointer,
      agrees: pointers === undefined ? null : pointer === d.md5,
    };
  });
  const status = at === undefined ? 'unavailable' : entries.every((e) => e.agrees) ? 'agree' : 'differ';
  return { pointersAt: at ?? null, status, entries };
}

function runOf(run: RunRecord): LineageRun {
  return {
    experiment: run.experiment,
    id: run.id,
    status: run.status,
    commit: run.git.commit ?? null,
    branch: run.git.branch ?? null,
    pullRequest: run.git.pullRequest?.number ?? null,
    url: run.runUrl ?? null,
    startedAt: run.startedAt,
    endedAt: run.endedAt,
    metrics: run.metrics,
    params: run.params,
    path: recordPath(run.experiment, run.id),
  };
}

function gtoOf(registry: ModelRegistry, model: string, v: ModelVersion): LineageGto {
  const registration = [...v.registrations].sort((a, b) => a.time - b.time)[0];
  const shownNow = (stage: string) => {
    const shown = registry.inStage(model, stage);
    return shown?.version === v.version && shown.commit === v.commit;
  };
  const stages = [...v.stages.values()]
    .map((s) => ({
      stage: s.stage,
      active: s.isActive,
      shown: shownNow(s.stage),
      since: s.isActive ? gtoTime(s.events()[0]!) : null,
      order: s.authoringEvent.time,
    }))
    .sort((a, b) => a.order - b.order || (a.stage < b.stage ? -1 : 1))
    .map(({ order: _order, ...s }) => s);
  const events = historyEvents(registry.state, model).filter(
    (e) => e.version === v.version && e.commit === v.commit,
  );
  return {
    registered: v.isRegistered,
    active: v.isActive,
    registeredAt: registration ? gtoTime(registration) : null,
    tag: registration?.tag ?? null,
    stages,
    history: historyJson(events) as LineageGto['history'],
  };
}

function deploymentOf({ path, record: r }: StoredDeployRecord): LineageDeployment {
  return {
    path,
    environment: r.environment,
    sequence: r.sequence,
    action: r.action,
    version: r.version,
    image: r.image,
    digest: r.digest,
    recordedAt: r.recordedAt,
    actor: r.actor ?? null,
    runUrl: r.runUrl ?? null,
    previous: r.previous,
    tags: r.tags,
    pin: {
      mode: r.pin.mode,
      branch: r.pin.branch ?? null,
      commit: r.pin.commit ?? null,
      files: r.pin.files,
      pullRequest: r.pin.pullRequest ?? null,
    },
    gates: r.gates,
  };
}

async function imagesOf(
  deployments: readonly StoredDeployRecord[],
  labels: LabelReader,
): Promise<LineageImage[]> {
  const seen = new Map<string, string>();
  for (const { record } of deployments) {
    if (record.image && record.digest && !seen.has(record.digest)) seen.set(record.digest, record.image);
  }
  const images: LineageImage[] = [];
  for (const [digest, image] of seen) images.push({ image, digest, ...(await labels(image, digest)) });
  return images;
}

function driftRow(path: string, r: DriftRecord): LineageDrift['records'][number] {
  return {
    dataset: r.dataset,
    path,
    recordedAt: r.recordedAt,
    run: r.run,
    commit: r.commit ?? null,
    runUrl: r.runUrl ?? null,
    share: r.summary.share,
    drifted: r.summary.drifted,
    tested: r.summary.tested,
    datasetDrift: r.summary.datasetDrift,
    current: { path: r.current.path, md5: r.current.md5 ?? null, rows: r.current.rows },
  };
}

interface Window {
  from: number;
  /** undefined: still running. */
  to: number | undefined;
  /** The time `to` as recorded. */
  toText: string | undefined;
}

/**
 * When the version ran: per environment, from each deployment of it to the next deployment of another
 * version there (a rollback to it opens a new window).
 */
function runningWindows(resolved: Resolved): Window[] {
  const windows: Window[] = [];
  for (const env of new Set(resolved.deployments.map((d) => d.record.environment))) {
    let open: Window | undefined;
    for (const { record } of resolved.modelDeployments.filter((d) => d.record.environment === env)) {
      const at = Date.parse(record.recordedAt);
      if (record.version === resolved.version && !open) {
        open = { from: at, to: undefined, toText: undefined };
        windows.push(open);
      } else if (record.version !== resolved.version && open) {
        open.to = at;
        open.toText = record.recordedAt;
        open = undefined;
      }
    }
  }
  return windows;
}

/**
 * Drift records made while the version ran in some environment (from its first deployment until it left
 * the last one), of the datasets the deployments' drift gates name (else of every dataset).
 */
async function driftOf(read: RegistryRead, resolved: Resolved, notes: string[]): Promise<LineageDrift> {
  const { deployments } = resolved;
  const datasets = [...new Set(deployments.flatMap((d) => driftGateDatasets(d.record.gates)))].sort();
  const from = datasets.length > 0 ? 'drift-gate' : 'all';
  const first = deployments[0]?.record.recordedAt;
  if (first === undefined) {
    notes.push('Never deployed: no drift records are attributed to it.');
    return { since: null, until: null, datasets, from, records: [] };
  }
  const windows = runningWindows(resolved);
  const open = windows.some((w) => w.to === undefined);
  const last = open ? undefined : windows.reduce((a, b) => (b.to! > a.to! ? b : a));
  const stored =
    from === 'all'
      ? await readDriftRecords(read.git, read.ref, undefined, read.logger)
      : (await Promise.all(datasets.map((d) => readDriftRecords(read.git, read.ref, d, read.logger)))).flat();
  const records = stored
    .filter((s) => {
      const t = Date.parse(s.record.recordedAt);
      return windows.some((w) => t >= w.from && (w.to === undefined || t < w.to));
    })
    .sort(
      (a, b) =>
        Date.parse(a.record.recordedAt) - Date.parse(b.record.recordedAt) || (a.path < b.path ? -1 : 1),
    )
    .map((s) => driftRow(s.path, s.record));
  const shownDatasets = from === 'all' ? [...new Set(records.map((r) => r.dataset))].sort() : datasets;
  return {
    since: first,
    until: last?.toText ?? null,
    datasets: shownDatasets,
    from,
    records,
  };
}

/** The whole chain for `resolved` (see resolve.ts), labels read with `labels`. */
export async function assembleLineage(
  read: RegistryRead,
  start: Start,
  resolved: Resolved,
  labels: LabelReader,
): Promise<Lineage> {
  const notes = [...resolved.notes];
  const { model, version, gtoVersion, registry, run, deployments } = resolved;
  const data = await dataOf(read.git, run, resolved.commit, notes);
  const images = await imagesOf(deployments, labels);
  for (const image of images) {
    if (image.labelsNote) notes.push(`Labels of ${image.digest}: ${image.labelsNote}.`);
  }
  const drift = await driftOf(read, resolved, notes);
  const releaseTag =
    model !== undefined && gtoVersion?.isRegistered ? `${artifactToTag(model)}@${version!}` : undefined;
  return {
    schema: LINEAGE_VERSION,
    query: { given: start.given, kind: start.kind },
    registry: { branch: read.branch, commit: read.commit },
    model: model ?? null,
    version: version ?? null,
    commit: resolved.commit ?? null,
    data,
    run: run ? runOf(run) : null,
    images,
    gto: registry && gtoVersion && model ? gtoOf(registry, model, gtoVersion) : null,
    deployments: deployments.map(deploymentOf),
    release: releaseTag ? { tag: releaseTag, url: null } : null,
    drift,
    notes,
  };
}

/** Trace `start` to its chain: resolve it (resolve.ts), then assemble every link. */
export async function traceLineage(read: RegistryRead, start: Start, labels: LabelReader): Promise<Lineage> {
  return assembleLineage(read, start, await resolveStart(read, start), labels);
}
