/**
 * The model registry as one read snapshot (state + every tag name), and the planners that turn an
 * operation into the GTO tags it needs. Planning is pure: it reads the snapshot and returns tag names,
 * targets and messages; nothing is written until the tags are published (write.ts).
 */

import { ConfigurationError } from '../../errors.js';
import type { GitCommands } from '../../git/commands.js';
import {
  type Bump,
  bumpVersion,
  checkArtifactName,
  checkStageName,
  checkVersion,
  formatTagName,
  type ParsedTagName,
  type TagParts,
} from './grammar.js';
import { readRegistryTags } from './read-tags.js';
import {
  buildState,
  type ModelArtifact,
  type ModelVersion,
  type RegistryState,
  type VersionSort,
} from './state.js';

/** Who made a change and why: written into every tag message. */
export interface TagReason {
  actor?: string;
  /** Link to the workflow run. */
  runUrl?: string;
  reason?: string;
}

export interface PlannedTag extends TagParts {
  name: string;
  /** The commit the tag points at. */
  target: string;
  message: string;
}

export interface Plan {
  tags: PlannedTag[];
  /** The version the operation is about. */
  version: string | undefined;
  /** True when the registry already showed the requested state: no tags are needed (a rerun). */
  unchanged: boolean;
}

const GTO_MESSAGE: Record<PlannedTag['action'], (p: TagParts) => string> = {
  register: (p) => `Registering artifact ${p.artifact} version ${p.version}`,
  deregister: (p) => `Deregistering artifact ${p.artifact} version ${p.version}`,
  assign: (p) => `Assigning stage ${p.stage} to artifact ${p.artifact} version ${p.version}`,
  unassign: (p) => `Unassigning stage '${p.stage}' to artifact '${p.artifact}' version '${p.version}'`,
  deprecate: (p) => `Deprecating artifact '${p.artifact}'`,
};

/** GTO's own first line, then who and why. */
export function tagMessage(parts: TagParts, why: TagReason = {}): string {
  const lines = [
    why.actor ? `Actor: ${why.actor}` : '',
    why.runUrl ? `Workflow run: ${why.runUrl}` : '',
    why.reason ? `Reason: ${why.reason}` : '',
  ].filter(Boolean);
  return [GTO_MESSAGE[parts.action](parts), ...(lines.length ? ['', ...lines] : [])].join('\n');
}

export class ModelRegistry {
  constructor(
    readonly state: RegistryState,
    /** Every tag name that parses as a GTO tag, lightweight ones included. */
    readonly names: readonly ParsedTagName[],
    private readonly tagNames: ReadonlySet<string>,
  ) {}

  /** Read the registry (one artifact's tags, or all) from local tags with one `for-each-ref`. */
  static async read(git: GitCommands, artifact?: string): Promise<ModelRegistry> {
    const { tags, names } = await readRegistryTags(git, artifact);
    return new ModelRegistry(
      buildState(tags),
      names.map((n) => n.parsed),
      new Set(names.map((n) => n.name)),
    );
  }

  artifact(name: string): ModelArtifact | undefined {
    return this.state.artifacts.get(name);
  }

  hasTag(name: string): boolean {
    return this.tagNames.has(name);
  }

  /** 1 + the highest counter among every tag name that parses as this artifact's (GTO's name_tag). */
  nextCounter(artifact: string): number {
    let highest = 0;
    for (const n of this.names)
      if (n.artifact === artifact && (n.counter ?? 0) > highest) highest = n.counter!;
    return highest + 1;
  }

  /** The version `stage` shows now (GTO's CLI rule unless `sort` says otherwise). */
  inStage(artifact: string, stage: string, sort: VersionSort = 'timestamp'): ModelVersion | undefined {
    return this.artifact(artifact)?.inStage(stage, sort);
  }

  /** The active registered version at `commit`, if any (one commit carries at most one per artifact). */
  versionAt(artifact: string, commit: string): ModelVersion | undefined {
    return this.artifact(artifact)
      ?.versionsAt(commit)
      .find((v) => v.isRegistered && v.isActive);
  }
}

/** Builds one plan's tags, numbering counters from the registry's next one. */
class Planner {
  readonly tags: PlannedTag[] = [];
  private counter: number;
  constructor(
    private readonly registry: ModelRegistry,
    private readonly artifact: string,
    private readonly why: TagReason,
  ) {
    this.counter = registry.nextCounter(artifact);
  }
  add(parts: Omit<TagParts, 'artifact' | 'counter'>, target: string, counted: boolean): PlannedTag {
    const full: TagParts = {
      ...parts,
      artifact: this.artifact,
      ...(counted ? { counter: this.counter++ } : {}),
    };
    const tag = { ...full, name: formatTagName(full), target, message: tagMessage(full, this.why) };
    this.tags.push(tag);
    return tag;
  }
  plan(version: string | undefined): Plan {
    return { tags: this.tags, version, unchanged: this.tags.length === 0 };
  }
}

export interface RegisterRequest {
  artifact: string;
  /** The commit to register (resolved). */
  commit: string;
  /** `vX.Y.Z`; default: the next version by `bump` (patch), the first being v0.0.1. */
  version?: string;
  bump?: Bump;
}

function registerInto(planner: Planner, registry: ModelRegistry, request: RegisterRequest): string {
  const { artifact, commit } = request;
  const existing = registry.versionAt(artifact, commit);
  if (existing) {
    if (request.version && request.version !== existing.version) {
      throw new ConfigurationError(
        `Commit ${commit.slice(0, 7)} already carries ${artifact} ${existing.version}; one commit carries at most one version of an artifact, so it cannot also be ${request.version}.`,
      );
    }
    return existing.version;
  }
  let version = request.version;
  if (version) {
    checkVersion(version);
    const other = registry.artifact(artifact)?.find(version);
    if (other || registry.hasTag(formatTagName({ action: 'register', artifact, version }))) {
      throw new ConfigurationError(
        `${artifact} ${version} is already registered${other ? ` at ${other.commit.slice(0, 7)}` : ''} (or was, and is deregistered); choose another version.`,
      );
    }
  } else {
    version = bumpVersion(registry.artifact(artifact)?.latest()?.version, request.bump);
    // A version used before (deregistered, or tagged at another commit) is never reused.
    while (
      registry.artifact(artifact)?.versions.some((v) => v.version === version) ||
      registry.hasTag(formatTagName({ action: 'register', artifact, version }))
    ) {
      version = bumpVersion(version, 'patch');
    }
  }
  planner.add({ action: 'register', version }, commit, false);
  return version;
}

export function planRegister(registry: ModelRegistry, request: RegisterRequest, why: TagReason = {}): Plan {
  checkArtifactName(request.artifact);
  const planner = new Planner(registry, request.artifact, why);
  return planner.plan(registerInto(planner, registry, request));
}

function registeredVersion(registry: ModelRegistry, artifact: string, version: string): ModelVersion {
  checkVersion(version);
  const found = registry.artifact(artifact)?.find(version);
  if (!found) throw new ConfigurationError(`${artifact} ${version} is not registered.`);
  return found;
}

export function planDeregister(
  registry: ModelRegistry,
  request: { artifact: string; version: string },
  why: TagReason = {},
): Plan {
  checkArtifactName(request.artifact);
  const v = registeredVersion(registry, request.artifact, request.version);
  const planner = new Planner(registry, request.artifact, why);
  if (v.isActive) planner.add({ action: 'deregister', version: v.version }, v.commit, false);
  return planner.plan(v.version);
}

export interface StageRequest {
  artifact: string;
  stage: string;
  /** The version to assign (registered); or `commit`, registered first when it carries no version. */
  version?: string;
  commit?: string;
  /** For a commit that needs registering: the version to give it (default: the next by `bump`). */
  newVersion?: string;
  bump?: Bump;
  /**
   * Also unassign every other version active in the stage, so the stage shows this version under
   * either of GTO's sorts (timestamp and semver). Promotions and rollbacks use this.
   */
  exclusive?: boolean;
}

/** Assign a stage (GTO `assign`), registering the commit first if needed; a version already in the stage needs nothing. */
export function planAssign(registry: ModelRegistry, request: StageRequest, why: TagReason = {}): Plan {
  const { artifact, stage } = request;
  checkArtifactName(artifact);
  checkStageName(stage);
  if ((request.version === undefined) === (request.commit === undefined)) {
    throw new ConfigurationError('Give either a version or a commit to assign, not both or neither.');
  }
  const planner = new Planner(registry, artifact, why);
  let target: { version: string; commit: string };
  if (request.version !== undefined) {
    const v = registeredVersion(registry, artifact, request.version);
    if (!v.isActive)
      throw new ConfigurationError(`${artifact} ${v.version} is deregistered; it cannot be assigned.`);
    target = v;
  } else {
    const commit = request.commit!;
    const version = registerInto(planner, registry, {
      artifact,
      commit,
      version: request.newVersion,
      bump: request.bump,
    });
    target = { version, commit };
  }
  const current = registry.artifact(artifact);
  const active = current?.activeInStage(stage) ?? [];
  if (!active.some((v) => v.version === target.version && v.commit === target.commit)) {
    planner.add({ action: 'assign', stage, version: target.version }, target.commit, true);
  }
  if (request.exclusive) {
    for (const other of active) {
      if (other.version === target.version && other.commit === target.commit) continue;
      planner.add({ action: 'unassign', stage, version: other.version }, other.commit, true);
    }
  }
  return planner.plan(target.version);
}

/** Unassign a stage from a version (default: the version the stage shows); nothing when it is not there. */
export function planUnassign(
  registry: ModelRegistry,
  request: { artifact: string; stage: string; version?: string },
  why: TagReason = {},
): Plan {
  const { artifact, stage } = request;
  checkArtifactName(artifact);
  checkStageName(stage);
  const planner = new Planner(registry, artifact, why);
  const a = registry.artifact(artifact);
  const v = request.version ? registeredVersion(registry, artifact, request.version) : a?.inStage(stage);
  if (!v) {
    if (!a) throw new ConfigurationError(`There is no artifact '${artifact}' in the registry.`);
    return planner.plan(undefined);
  }
  if (v.stages.get(stage)?.isActive)
    planner.add({ action: 'unassign', stage, version: v.version }, v.commit, true);
  return planner.plan(v.version);
}

/** Deprecate an artifact (GTO `deprecate`): `name@deprecated`, with a counter when that name is taken. */
export function planDeprecate(
  registry: ModelRegistry,
  request: { artifact: string },
  why: TagReason = {},
): Plan {
  const { artifact } = request;
  checkArtifactName(artifact);
  const a = registry.artifact(artifact);
  if (!a) throw new ConfigurationError(`There is no artifact '${artifact}' in the registry.`);
  const planner = new Planner(registry, artifact, why);
  if (a.isActive) {
    const taken = registry.hasTag(formatTagName({ action: 'deprecate', artifact }));
    planner.add({ action: 'deprecate' }, a.events()[0]!.commit, taken);
  }
  return planner.plan(undefined);
}
