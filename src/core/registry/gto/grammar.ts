/**
 * GTO's tag grammar (iterative/gto, gto/constants.py and gto/tag.py), so GTO and its UIs read the model
 * registry we write and we read theirs:
 *
 *   <artifact>@v<semver>      register        <artifact>@v<semver>!     deregister
 *   <artifact>#<stage>#<N>    assign          <artifact>#<stage>!#<N>   unassign
 *   <artifact>@deprecated     deprecate       (any of them may end in #<N>, the artifact's counter)
 *
 * An artifact is `name` or `dirname:name`, written `dirname=name` in tags. SemVer is full SemVer 2.0
 * (prerelease and build metadata) with a leading `v`.
 */

import { ConfigurationError } from '../../errors.js';

const NAME = '[a-zA-Z0-9](?:[a-zA-Z0-9\\-/_]*[a-zA-Z0-9])?';
const DIRNAME = '[a-zA-Z0-9\\-_./]+';
const NUMERIC = '0|[1-9][0-9]*';
const PRE_ID = `(?:${NUMERIC}|[0-9]*[a-zA-Z-][0-9a-zA-Z-]*)`;
const SEMVER =
  `(${NUMERIC})\\.(${NUMERIC})\\.(${NUMERIC})` +
  `(?:-(${PRE_ID}(?:\\.${PRE_ID})*))?(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?`;

const NAME_RE = new RegExp(`^${NAME}$`);
const FULLNAME_RE = new RegExp(`^(?:${DIRNAME}:)?${NAME}$`);
const SEMVER_RE = new RegExp(`^v${SEMVER}$`);
const TAG_RE = new RegExp(
  `^(?<artifact>(?:${DIRNAME}=)?${NAME})` +
    `(?:(?:#(?<stage>${NAME})|@(?<version>v${SEMVER.replace(/\((?!\?)/g, '(?:')}))(?<cancel>!?)` +
    `|@(?:(?<deprecated>deprecated)|(?<created>created)))` +
    `(?:#(?<counter>[0-9]+))?$`,
);

export type GtoAction = 'register' | 'deregister' | 'assign' | 'unassign' | 'deprecate' | 'create';

export interface ParsedTagName {
  /** The artifact as GTO names it (`dirname:name`), not as written in the tag. */
  artifact: string;
  action: GtoAction;
  version?: string;
  stage?: string;
  counter?: number;
}

/** `models:churn` ↔ `models=churn`. */
export const artifactToTag = (artifact: string): string => artifact.replaceAll(':', '=');
export const tagToArtifact = (inTag: string): string => inTag.replaceAll('=', ':');

/** Parse a tag name with GTO's grammar; undefined when it is not a GTO tag. */
export function parseTagName(tag: string): ParsedTagName | undefined {
  const m = TAG_RE.exec(tag);
  if (!m?.groups) return undefined;
  const g = m.groups;
  const parsed: ParsedTagName = { artifact: tagToArtifact(g.artifact!), action: 'create' };
  if (g.deprecated) parsed.action = 'deprecate';
  if (g.version) {
    parsed.version = g.version;
    parsed.action = g.cancel === '!' ? 'deregister' : 'register';
  }
  if (g.stage) {
    parsed.stage = g.stage;
    parsed.action = g.cancel === '!' ? 'unassign' : 'assign';
  }
  if (g.counter !== undefined) parsed.counter = Number(g.counter);
  return parsed;
}

export interface TagParts {
  action: Exclude<GtoAction, 'create'>;
  artifact: string;
  version?: string;
  stage?: string;
  counter?: number;
}

/** The tag name for an action, as GTO writes it. */
export function formatTagName(parts: TagParts): string {
  const artifact = artifactToTag(parts.artifact);
  const base =
    parts.action === 'register'
      ? `${artifact}@${parts.version!}`
      : parts.action === 'deregister'
        ? `${artifact}@${parts.version!}!`
        : parts.action === 'assign'
          ? `${artifact}#${parts.stage!}`
          : parts.action === 'unassign'
            ? `${artifact}#${parts.stage!}!`
            : `${artifact}@deprecated`;
  return parts.counter === undefined ? base : `${base}#${parts.counter}`;
}

const NAME_RULE = "letters, digits, '-', '_' and '/', starting and ending with a letter or digit";

export function isArtifactName(value: string): boolean {
  return FULLNAME_RE.test(value);
}

export function checkArtifactName(value: string, what = 'name'): string {
  if (!FULLNAME_RE.test(value)) {
    throw new ConfigurationError(
      `'${value}' is not a GTO artifact name (${what}): use ${NAME_RULE}, optionally after 'dirname:'.`,
    );
  }
  // A tag is `refs/tags/<name>…`: a component starting with '.' would make an invalid ref.
  if (value.split(/[/:]/).some((c) => c.startsWith('.'))) {
    throw new ConfigurationError(
      `'${value}' is not usable as a GTO artifact name (${what}): a part starts with '.'.`,
    );
  }
  return value;
}

export function checkStageName(value: string, what = 'stage'): string {
  if (!NAME_RE.test(value))
    throw new ConfigurationError(`'${value}' is not a GTO stage name (${what}): use ${NAME_RULE}.`);
  return value;
}

// --- SemVer (what GTO's SemVer class does with python-semver) ---

export interface SemVer {
  major: number;
  minor: number;
  patch: number;
  prerelease: string[];
  build: string | undefined;
}

/** `v1.2.3-rc.1+b5` → parts; undefined when it is not `v` + SemVer 2.0. */
export function parseSemVer(version: string): SemVer | undefined {
  const m = SEMVER_RE.exec(version);
  if (!m) return undefined;
  return {
    major: Number(m[1]),
    minor: Number(m[2]),
    patch: Number(m[3]),
    prerelease: m[4] === undefined ? [] : m[4].split('.'),
    build: m[5],
  };
}

export const isSemVer = (version: string): boolean => SEMVER_RE.test(version);

export function checkVersion(value: string, what = 'version'): string {
  if (!isSemVer(value)) {
    throw new ConfigurationError(
      `'${value}' is not a version (${what}): use 'v' and SemVer, e.g. v1.2.0 or v1.3.0-rc.1.`,
    );
  }
  return value;
}

/** SemVer 2.0 precedence (build metadata ignored): negative when a < b. */
export function compareSemVer(a: SemVer, b: SemVer): number {
  for (const key of ['major', 'minor', 'patch'] as const)
    if (a[key] !== b[key]) return a[key] < b[key] ? -1 : 1;
  if (a.prerelease.length === 0 || b.prerelease.length === 0) {
    return a.prerelease.length === b.prerelease.length ? 0 : a.prerelease.length === 0 ? 1 : -1;
  }
  for (let i = 0; i < Math.max(a.prerelease.length, b.prerelease.length); i++) {
    const x = a.prerelease[i];
    const y = b.prerelease[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    if (x === y) continue;
    const xn = /^[0-9]+$/.test(x);
    const yn = /^[0-9]+$/.test(y);
    if (xn && yn) return Number(x) < Number(y) ? -1 : 1;
    if (xn !== yn) return xn ? -1 : 1;
    return x < y ? -1 : 1;
  }
  return 0;
}

export type Bump = 'major' | 'minor' | 'patch';

/** The next version as GTO bumps it (prerelease and build dropped); the first version is v0.0.1. */
export function bumpVersion(latest: string | undefined, bump: Bump = 'patch'): string {
  const v = latest === undefined ? undefined : parseSemVer(latest);
  if (!v) return 'v0.0.1';
  if (bump === 'major') return `v${v.major + 1}.0.0`;
  if (bump === 'minor') return `v${v.major}.${v.minor + 1}.0`;
  return `v${v.major}.${v.minor}.${v.patch + 1}`;
}
