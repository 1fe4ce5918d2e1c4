/**
 * What `gto show`, `gto show <artifact>` and `gto history` print (gto/api.py `_show_registry`,
 * `_show_versions`, `history`; gto/cli.py), as tables and as `--json`, from our registry state.
 * GTO's quirks are kept so the output matches: the registry table cuts every version to 7 characters
 * (its `truncate_hexsha` is applied to all values there), commits are shown as 7 characters elsewhere,
 * times print as Python prints a datetime with the tagger's zone.
 */

import type {
  GtoEvent,
  ModelArtifact,
  ModelVersion,
  RegistryState,
  StageAssignment,
  VersionSort,
} from './state.js';
import { usedStages } from './state.js';
import { type Cell, type TableFormat, tabulate } from './tabulate.js';

export const NOTHING_FOUND = 'Nothing found in the current workspace';

/** Python's `str(datetime)` / `isoformat()` of a tagger time in the tagger's zone. */
export function pythonDatetime(time: number, offsetMinutes: number, iso: boolean): string {
  const local = new Date((time + offsetMinutes * 60) * 1000).toISOString(); // 2024-01-02T03:04:05.000Z
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  const zone = `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
  return `${local.slice(0, 10)}${iso ? 'T' : ' '}${local.slice(11, 19)}${zone}`;
}

/** Python's `json.dumps(value, indent=4)` (ensure_ascii: non-ASCII as \uXXXX) plus click.echo's newline. */
export function pythonJson(value: unknown): string {
  return `${JSON.stringify(value, null, 4).replace(
    /[\u0080-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  )}\n`;
}

const isHexsha = (value: string) => /^[0-9a-fA-F]{40}$/.test(value);
const short = (value: string) => (isHexsha(value) ? value.slice(0, 7) : value);

export interface ShowOptions {
  /** Stage columns; default: the stages in use, sorted (GTO reads `.gto` `stages:` when set). */
  stages?: readonly string[];
  /** Default `timestamp`, as GTO's CLI. */
  sort?: VersionSort;
  /** Include deprecated artifacts (`gto show --deprecated`). */
  deprecated?: boolean;
}

function stageCell(
  artifact: ModelArtifact,
  stage: string,
  sort: VersionSort,
  cut: (v: string) => string,
): string | null {
  const shown = artifact.stageVersions({ sort }).get(stage) ?? [];
  return shown.map((s) => cut(s.version)).join(', ') || null;
}

/** `gto show --json`: artifact → latest version, stage → version(s), registered, active. */
export function registryJson(state: RegistryState, options: ShowOptions = {}): Record<string, unknown> {
  const sort = options.sort ?? 'timestamp';
  const stages = options.stages ?? usedStages(state, sort);
  const out: Record<string, unknown> = {};
  for (const a of state.artifacts.values()) {
    if (!a.isActive && !options.deprecated) continue;
    out[a.name] = {
      version: a.latest()?.version ?? null,
      stage: Object.fromEntries(stages.map((s) => [s, stageCell(a, s, sort, (v) => v)])),
      registered: a.isRegistered,
      active: a.isActive,
    };
  }
  return out;
}

/** `gto show`: name, latest, one `#stage` column per stage; rows by name. */
export function registryTable(
  state: RegistryState,
  options: ShowOptions = {},
): { headers: string[]; rows: Cell[][] } {
  const sort = options.sort ?? 'timestamp';
  const stages = options.stages ?? usedStages(state, sort);
  const cut = (v: string) => v.slice(0, 7); // GTO's registry table truncates every value it shows
  const artifacts = [...state.artifacts.values()]
    .filter((a) => a.isActive || options.deprecated)
    .sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0));
  return {
    headers: ['name', 'latest', ...stages.map((s) => `#${s}`)],
    rows: artifacts.map((a) => [
      a.isRegistered ? a.name : `*${a.name}`,
      a.latest() ? cut(a.latest()!.version) : null,
      ...stages.map((s) => stageCell(a, s, sort, cut)),
    ]),
  };
}

function eventState(e: GtoEvent): Record<string, unknown> {
  const state: Record<string, unknown> = {
    priority: e.priority,
    addition: e.addition,
    artifact: e.artifact,
    created_at: pythonDatetime(e.time, e.offsetMinutes, true),
    author: e.author,
    author_email: e.authorEmail,
    message: e.message,
    commit_hexsha: e.commit,
    tag: e.tag,
  };
  if (e.version !== undefined) state.version = e.version;
  if (e.stage !== undefined) state.stage = e.stage;
  return state;
}

function authoring(e: GtoEvent): Record<string, unknown> {
  return {
    created_at: pythonDatetime(e.time, e.offsetMinutes, true),
    author: e.author,
    author_email: e.authorEmail,
    message: e.message,
    ref: e.tag,
  };
}

function stageState(s: StageAssignment): Record<string, unknown> {
  const first = s.events()[0]!;
  return {
    artifact: s.artifact,
    commit_hexsha: s.commit,
    version: s.version,
    stage: s.stage,
    assignments: s.assignments.map((e) => ({ ...eventState(e), event: 'assignment' })),
    unassignments: s.unassignments.map((e) => ({ ...eventState(e), event: 'unassignment' })),
    is_active: s.isActive,
    activated_at: s.isActive ? pythonDatetime(first.time, first.offsetMinutes, true) : null,
    ...authoring(s.authoringEvent),
  };
}

function versionState(v: ModelVersion, shown: StageAssignment[]): Record<string, unknown> {
  const activated = v.registrations.length > 0 ? v.registrations[0]! : [...v.events()].reverse()[0]!;
  return {
    artifact: v.artifact,
    commit_hexsha: v.commit,
    version: v.version,
    enrichments: [],
    registrations: v.registrations.map(eventState),
    deregistrations: v.deregistrations.map(eventState),
    stages: shown.filter((s) => s.version === v.version).map(stageState),
    is_active: v.isActive,
    activated_at: pythonDatetime(activated.time, activated.offsetMinutes, true),
    ...authoring(v.authoringEvent),
    discovered: v.discovered,
  };
}

/** The versions `gto show <artifact>` lists, highest SemVer first, each with the stages it shows. */
function shownVersions(
  artifact: ModelArtifact,
  options: ShowOptions,
): { v: ModelVersion; stages: StageAssignment[] }[] {
  if (!artifact.isActive && !options.deprecated) return [];
  const shown = [...artifact.stageVersions({ sort: options.sort ?? 'timestamp' }).values()].flat();
  return artifact
    .versionsMatching({ activeOnly: !options.deprecated, includeNonExplicit: true, includeDiscovered: true })
    .map((v) => ({ v, stages: shown.filter((s) => s.version === v.version) }));
}

/** `gto show <artifact> --json`. */
export function versionsJson(artifact: ModelArtifact, options: ShowOptions = {}): Record<string, unknown>[] {
  return shownVersions(artifact, options).map(({ v, stages }) => versionState(v, stages));
}

/** `gto show <artifact>`: artifact, version, stage, created_at, ref. */
export function versionsTable(
  artifact: ModelArtifact,
  options: ShowOptions = {},
): { headers: string[]; rows: Cell[][] } {
  return {
    headers: ['artifact', 'version', 'stage', 'created_at', 'ref'],
    rows: shownVersions(artifact, options).map(({ v, stages }) => {
      const e = v.authoringEvent;
      return [
        artifact.isRegistered ? v.artifact : `*${v.artifact}`,
        short(v.version),
        [...new Set(stages.map((s) => s.stage))].join(', '),
        pythonDatetime(e.time, e.offsetMinutes, false),
        short(e.tag),
      ];
    }),
  };
}

/** `gto history [artifact]`: every event, newest first (by time, then GTO's event priority). */
export function historyEvents(state: RegistryState, artifact?: string, ascending = false): GtoEvent[] {
  const events = [...state.artifacts.values()].flatMap((a) => a.events());
  events.sort((x, y) => x.time - y.time || x.priority - y.priority);
  if (!ascending) events.reverse();
  return artifact === undefined ? events : events.filter((e) => e.artifact === artifact);
}

export function historyJson(events: readonly GtoEvent[]): Record<string, unknown>[] {
  return events.map((e) => ({
    timestamp: pythonDatetime(e.time, e.offsetMinutes, true),
    artifact: e.artifact,
    event: e.event,
    priority: e.priority,
    version: e.version ?? null,
    stage: e.stage ?? null,
    commit: e.commit,
    author: e.author,
    author_email: e.authorEmail,
    message: e.message,
    ref: e.tag,
  }));
}

export function historyTable(events: readonly GtoEvent[]): { headers: string[]; rows: Cell[][] } {
  return {
    headers: ['timestamp', 'artifact', 'event', 'version', 'stage', 'commit', 'ref'],
    rows: events.map((e) => [
      pythonDatetime(e.time, e.offsetMinutes, false),
      e.artifact,
      e.event,
      e.version === undefined ? null : short(e.version),
      e.stage ?? null,
      short(e.commit),
      e.tag,
    ]),
  };
}

/** A table as GTO's CLI prints it, or its empty-result line. */
export function printTable(
  table: { headers: string[]; rows: Cell[][] },
  format: TableFormat = 'fancy_outline',
): string {
  return `${table.rows.length === 0 ? NOTHING_FOUND : tabulate(table.headers, table.rows, format)}\n`;
}
