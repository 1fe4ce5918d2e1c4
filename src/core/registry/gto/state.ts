/**
 * The registry state computed from GTO tags the way GTO computes it (gto/base.py, gto/tag.py,
 * gto/registry.py), including its ordering rules, so what we report is what `gto show` reports:
 *
 * - tags are taken in name order, then stably sorted by tagger time; deprecations are indexed first,
 *   then registrations/deregistrations, then stage assignments/unassignments (which find their version
 *   by commit);
 * - "newest" is the last by tagger time; on a tie, a removal (deregistration, unassignment) wins over an
 *   addition, and among equals the later tag name wins;
 * - a version is active when its newest registration event is a registration; a stage assignment is
 *   active when its newest event is an assignment; an artifact is active unless its newest event is a
 *   deprecation;
 * - `latest` is the highest active registered SemVer; what a stage shows depends on the sort (GTO's CLI
 *   default, `timestamp`: the most recently assigned active version; `semver`: the highest).
 *
 * One deliberate difference: assignments of a commit with no registered version are grouped into one
 * version named by the commit (GTO makes a separate one per tag), and a commit with several registered
 * versions (GTO raises "ManyVersions") takes the most recently registered.
 */

import { compareSemVer, parseSemVer } from './grammar.js';
import type { GtoTag } from './read-tags.js';

export type EventKind = 'deprecation' | 'registration' | 'deregistration' | 'assignment' | 'unassignment';

const PRIORITY: Record<EventKind, number> = {
  deprecation: 2,
  registration: 3,
  deregistration: 4,
  assignment: 5,
  unassignment: 6,
};
const ADDITION: Record<EventKind, boolean> = {
  deprecation: false,
  registration: true,
  deregistration: false,
  assignment: true,
  unassignment: false,
};

export interface GtoEvent {
  event: EventKind;
  priority: number;
  addition: boolean;
  artifact: string;
  /** Tagger time (seconds) and zone (minutes east of UTC). */
  time: number;
  offsetMinutes: number;
  author: string;
  authorEmail: string;
  /** The tag message, trimmed (as GTO shows it). */
  message: string;
  commit: string;
  tag: string;
  version?: string;
  stage?: string;
}

/** Sort ascending by time, keeping the given order among equals (Python's sorted is stable, as is JS's). */
const byTime = <T extends { time: number }>(items: readonly T[]): T[] =>
  [...items].sort((a, b) => a.time - b.time);
/** GTO's "sorted(...)[::-1]": newest first, equals in reverse of the given order. */
const newestFirst = <T extends { time: number }>(items: readonly T[]): T[] => byTime(items).reverse();

/**
 * Results are computed from events that never change once the state is built, and the registry table
 * asks for them many times (5,000 tags: tens of thousands of sorts); `buildState` seals the objects it
 * made, after which each result is computed once.
 */
class Memo {
  private sealedCache: Map<string, unknown> | undefined;
  seal(): void {
    this.sealedCache = new Map();
  }
  protected memo<T>(key: string, compute: () => T): T {
    const cache = this.sealedCache;
    if (!cache) return compute();
    if (!cache.has(key)) cache.set(key, compute());
    return cache.get(key) as T;
  }
}

export class StageAssignment extends Memo {
  readonly assignments: GtoEvent[] = [];
  readonly unassignments: GtoEvent[] = [];
  constructor(
    readonly artifact: string,
    readonly version: string,
    readonly stage: string,
    readonly commit: string,
  ) {
    super();
  }

  events(): GtoEvent[] {
    return this.memo('events', () => newestFirst([...this.assignments, ...this.unassignments]));
  }
  get isActive(): boolean {
    return this.events()[0]?.event === 'assignment';
  }
  /** When the active assignment was made (undefined when not active). */
  get activatedAt(): number | undefined {
    return this.isActive ? this.events()[0]!.time : undefined;
  }
  /** The newest assignment: what GTO calls the stage's authoring event (its created_at, ref, …). */
  get authoringEvent(): GtoEvent {
    return this.events().find((e) => e.addition) ?? this.events()[0]!;
  }
}

export class ModelVersion extends Memo {
  readonly registrations: GtoEvent[] = [];
  readonly deregistrations: GtoEvent[] = [];
  readonly stages = new Map<string, StageAssignment>();
  constructor(
    readonly artifact: string,
    /** `vX.Y.Z`, or the commit for a commit that was assigned without being registered. */
    readonly version: string,
    readonly commit: string,
  ) {
    super();
  }

  directEvents(): GtoEvent[] {
    return this.memo('direct', () => newestFirst([...this.registrations, ...this.deregistrations]));
  }
  events(): GtoEvent[] {
    return this.memo('events', () =>
      newestFirst([
        ...this.registrations,
        ...this.deregistrations,
        ...[...this.stages.values()].flatMap((s) => s.events()),
      ]),
    );
  }
  get isRegistered(): boolean {
    return this.registrations.length > 0;
  }
  /** Known only from stage tags (GTO: "discovered"). */
  get discovered(): boolean {
    return this.registrations.length + this.deregistrations.length === 0;
  }
  get isActive(): boolean {
    const direct = this.directEvents();
    if (direct.length > 0) return direct[0]!.event === 'registration';
    return this.stages.size > 0;
  }
  get activatedAt(): number {
    return this.registrations.length > 0
      ? byTime(this.registrations)[0]!.time
      : byTime(this.events())[0]!.time;
  }
  get authoringEvent(): GtoEvent {
    return this.directEvents().find((e) => e.addition) ?? this.events()[0]!;
  }
  stage(name: string): StageAssignment {
    let s = this.stages.get(name);
    if (!s) {
      s = new StageAssignment(this.artifact, this.version, name, this.commit);
      this.stages.set(name, s);
    }
    return s;
  }
  /** Active stage assignments, oldest activation first (or newest first). */
  activeStages(ascending: boolean): StageAssignment[] {
    return this.memo(`stages:${ascending}`, () => {
      const active = [...this.stages.values()]
        .filter((s) => s.isActive)
        .map((s) => ({ s, time: s.activatedAt! }));
      return (ascending ? byTime(active) : newestFirst(active)).map((x) => x.s);
    });
  }
}

export type VersionSort = 'timestamp' | 'semver';

export interface VersionQuery {
  activeOnly?: boolean;
  includeNonExplicit?: boolean;
  includeDiscovered?: boolean;
  sort?: VersionSort;
  ascending?: boolean;
}

export interface StageQuery {
  registeredOnly?: boolean;
  /** Stage assignments per version, -1 for all (GTO's default). */
  assignmentsPerVersion?: number;
  /** Versions shown per stage, -1 for all (GTO's default: 1). */
  versionsPerStage?: number;
  sort?: VersionSort;
}

export class ModelArtifact extends Memo {
  readonly versions: ModelVersion[] = [];
  readonly deprecations: GtoEvent[] = [];
  constructor(readonly name: string) {
    super();
  }

  events(): GtoEvent[] {
    return this.memo('events', () =>
      newestFirst([...this.deprecations, ...this.versions.flatMap((v) => v.events())]),
    );
  }
  get isActive(): boolean {
    const events = this.events();
    return events.length > 0 && events[0]!.event !== 'deprecation';
  }
  get isRegistered(): boolean {
    return this.events().length > 0;
  }

  versionsMatching(query: VersionQuery = {}): ModelVersion[] {
    return this.memo(`versions:${JSON.stringify(query)}`, () => this.computeVersions(query));
  }

  private computeVersions(query: VersionQuery): ModelVersion[] {
    const { activeOnly = true, includeNonExplicit = false, includeDiscovered = false } = query;
    const kept = this.versions.filter(
      (v) =>
        !activeOnly ||
        (v.isActive &&
          ((v.isRegistered && !v.discovered) ||
            (includeDiscovered && v.discovered) ||
            (includeNonExplicit && !v.isRegistered))),
    );
    return sortVersions(kept, query.sort ?? 'semver', query.ascending ?? false);
  }

  /** `latest`: the highest active registered SemVer (GTO's get_latest_version(registered_only=True)). */
  latest(registeredOnly = true): ModelVersion | undefined {
    return this.versionsMatching({ includeNonExplicit: !registeredOnly })[0];
  }

  /** Stage → the versions it shows, as GTO's get_vstages computes it. */
  stageVersions(query: StageQuery = {}): Map<string, StageAssignment[]> {
    return this.memo(`stageVersions:${JSON.stringify(query)}`, () => this.computeStages(query));
  }

  private computeStages(query: StageQuery): Map<string, StageAssignment[]> {
    const {
      registeredOnly = false,
      assignmentsPerVersion = -1,
      versionsPerStage = 1,
      sort = 'semver',
    } = query;
    let assignments = this.versionsMatching({ includeNonExplicit: !registeredOnly, sort }).flatMap((v) => {
      const stages = v.activeStages(true);
      return assignmentsPerVersion > -1 ? stages.slice(0, assignmentsPerVersion) : stages;
    });
    if (sort === 'timestamp') {
      assignments = newestFirst(assignments.map((s) => ({ s, time: s.authoringEvent.time }))).map((x) => x.s);
    }
    const stages = new Map<string, StageAssignment[]>();
    for (const a of assignments) {
      const list = stages.get(a.stage) ?? [];
      stages.set(a.stage, list);
      if (versionsPerStage > -1 && list.length >= versionsPerStage) continue;
      if (!list.some((x) => x.version === a.version)) list.push(a);
    }
    return stages;
  }

  /** The version a stage shows (GTO's `which`), with GTO's CLI default sort unless told otherwise. */
  inStage(stage: string, sort: VersionSort = 'timestamp'): ModelVersion | undefined {
    const shown = this.stageVersions({ sort }).get(stage)?.[0];
    return shown && this.versions.find((v) => v.version === shown.version && v.commit === shown.commit);
  }

  /** Every version active in `stage` (however the stage is sorted). */
  activeInStage(stage: string): ModelVersion[] {
    return this.versions.filter((v) => v.isActive && v.stages.get(stage)?.isActive);
  }

  /** Registered versions at a commit that are not deregistered, newest registration first. */
  versionsAt(commit: string): ModelVersion[] {
    return this.versions.filter((v) => v.commit === commit && !v.discovered);
  }

  find(version: string): ModelVersion | undefined {
    return this.versions.find((v) => v.version === version && !v.discovered);
  }
}

/** GTO's sort_versions: SemVer versions by precedence, then the others (commits) by name. */
export function sortVersions<T extends { version: string; authoringEvent: GtoEvent }>(
  versions: readonly T[],
  sort: VersionSort,
  ascending: boolean,
): T[] {
  const order = <U>(items: U[]) => (ascending ? items : items.reverse());
  if (sort === 'timestamp') {
    return order(byTime(versions.map((v) => ({ v, time: v.authoringEvent.time })))).map((x) => x.v);
  }
  const parsed = new Map(versions.map((v) => [v.version, parseSemVer(v.version)]));
  const sem = versions.filter((v) => parsed.get(v.version));
  const other = versions.filter((v) => !parsed.get(v.version));
  sem.sort((a, b) => compareSemVer(parsed.get(a.version)!, parsed.get(b.version)!));
  other.sort((a, b) => (a.version < b.version ? -1 : a.version > b.version ? 1 : 0));
  return [...order(sem), ...order(other)];
}

export interface RegistryState {
  /** Artifacts in the order GTO first meets them. */
  artifacts: Map<string, ModelArtifact>;
}

function eventOf(tag: GtoTag, event: EventKind, version?: string): GtoEvent {
  return {
    event,
    priority: PRIORITY[event],
    addition: ADDITION[event],
    artifact: tag.parsed.artifact,
    time: tag.time,
    offsetMinutes: tag.offsetMinutes,
    author: tag.taggerName,
    authorEmail: tag.taggerEmail,
    message: tag.message.trim(),
    commit: tag.target,
    tag: tag.name,
    version: version ?? tag.parsed.version,
    stage: tag.parsed.stage,
  };
}

/** Compute the registry state from annotated GTO tags (as readRegistryTags returns them, in name order). */
export function buildState(tags: readonly GtoTag[]): RegistryState {
  const artifacts = new Map<string, ModelArtifact>();
  const artifactOf = (name: string) => {
    let a = artifacts.get(name);
    if (!a) {
      a = new ModelArtifact(name);
      artifacts.set(name, a);
    }
    return a;
  };
  const inOrder = byTime([...tags].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)));
  const pass = (actions: string[]) => inOrder.filter((t) => actions.includes(t.parsed.action));

  for (const tag of pass(['deprecate']))
    artifactOf(tag.parsed.artifact).deprecations.push(eventOf(tag, 'deprecation'));

  // Indexes instead of scans (thousands of tags × hundreds of versions): a version by artifact, version
  // and commit; the registered versions at a commit; a discovered version (assigned, never registered).
  const key = (...parts: string[]) => parts.join('\0');
  const byVersion = new Map<string, ModelVersion>();
  const atCommit = new Map<string, ModelVersion[]>();
  const discovered = new Map<string, ModelVersion>();
  for (const tag of pass(['register', 'deregister'])) {
    const artifact = artifactOf(tag.parsed.artifact);
    const version = tag.parsed.version!;
    let v = byVersion.get(key(artifact.name, version, tag.target));
    if (!v) {
      v = new ModelVersion(artifact.name, version, tag.target);
      artifact.versions.push(v);
      byVersion.set(key(artifact.name, version, tag.target), v);
      const list = atCommit.get(key(artifact.name, tag.target)) ?? [];
      atCommit.set(key(artifact.name, tag.target), [...list, v]);
    }
    if (tag.parsed.action === 'register') v.registrations.push(eventOf(tag, 'registration'));
    else v.deregistrations.push(eventOf(tag, 'deregistration'));
  }

  for (const tag of pass(['assign', 'unassign'])) {
    const artifact = artifactOf(tag.parsed.artifact);
    const registered = (atCommit.get(key(artifact.name, tag.target)) ?? []).map((v) => ({
      v,
      time: v.authoringEvent.time,
    }));
    let v = newestFirst(registered)[0]?.v;
    if (!v) {
      v = discovered.get(key(artifact.name, tag.target));
      if (!v) {
        v = new ModelVersion(artifact.name, tag.target, tag.target);
        artifact.versions.push(v);
        discovered.set(key(artifact.name, tag.target), v);
      }
    }
    const kind = tag.parsed.action === 'assign' ? 'assignment' : 'unassignment';
    const s = v.stage(tag.parsed.stage!);
    (kind === 'assignment' ? s.assignments : s.unassignments).push(eventOf(tag, kind, v.version));
  }
  for (const artifact of artifacts.values()) {
    artifact.seal();
    for (const v of artifact.versions) {
      v.seal();
      for (const s of v.stages.values()) s.seal();
    }
  }
  return { artifacts };
}

/**
 * Stages in use (with an active assignment on an active version), sorted: GTO's `gto stages --used`.
 * Which stages appear does not depend on the sort, so the table's own (memoised) computation is reused.
 */
export function usedStages(state: RegistryState, sort: VersionSort = 'timestamp'): string[] {
  const names = new Set<string>();
  for (const artifact of state.artifacts.values())
    for (const stage of artifact.stageVersions({ sort }).keys()) names.add(stage);
  return [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
