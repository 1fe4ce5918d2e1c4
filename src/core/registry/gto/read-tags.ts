/**
 * Read the model registry from git: every tag in one `git for-each-ref` (GTO itself opens tags one by one
 * and slows down past ~1,500), and fetch an artifact's tags from the remote before writing.
 */

import { ConfigurationError } from '../../errors.js';
import type { GitCommands } from '../../git/commands.js';
import { artifactToTag, type ParsedTagName, parseTagName } from './grammar.js';

export interface GitTagInfo {
  /** Tag name without `refs/tags/`. */
  name: string;
  /** Annotated tags only: lightweight tags are not events (GTO ignores them), though their names count for counters. */
  annotated: boolean;
  /** The object the tag points at (for annotated tags, the tag object's target). */
  target: string;
  taggerName: string;
  taggerEmail: string;
  /** Tagger time, seconds since the epoch. */
  time: number;
  /** Tagger time zone, minutes east of UTC. */
  offsetMinutes: number;
  message: string;
}

export interface GtoTag extends GitTagInfo {
  parsed: ParsedTagName;
}

export interface RegistryTags {
  /** Annotated tags whose names parse with GTO's grammar, in name order. */
  tags: GtoTag[];
  /** Every tag name that parses (lightweight ones too): what counters are computed from. */
  names: { name: string; parsed: ParsedTagName }[];
}

const FIELDS = [
  '%(refname)',
  '%(objecttype)',
  '%(objectname)',
  '%(object)',
  '%(taggername)',
  '%(taggeremail)',
  '%(taggerdate:raw)',
  '%(contents)',
];
const FORMAT = `${FIELDS.join('%00')}%00`;

/** `+0530` → 330. */
function offsetOf(zone: string | undefined): number {
  const m = /^([+-])(\d\d)(\d\d)$/.exec(zone ?? '');
  if (!m) return 0;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
}

/** for-each-ref patterns for one artifact's tags (`churn@…`, `churn#…`), or all tags. */
export function tagPatterns(artifact?: string): string[] {
  if (artifact === undefined) return ['refs/tags'];
  const inTag = artifactToTag(artifact);
  return [`refs/tags/${inTag}@*`, `refs/tags/${inTag}#*`];
}

/** Every tag (or one artifact's), parsed with GTO's grammar, from one `git for-each-ref`. */
export async function readRegistryTags(git: GitCommands, artifact?: string): Promise<RegistryTags> {
  const result = await git.exec(['for-each-ref', `--format=${FORMAT}`, ...tagPatterns(artifact)]);
  const fields = result.stdout.split('\0');
  const tags: GtoTag[] = [];
  const names: RegistryTags['names'] = [];
  for (let i = 0; i + FIELDS.length <= fields.length; i += FIELDS.length) {
    const [ref, type, objectName, object, taggerName, taggerEmail, date, contents] = fields.slice(
      i,
      i + FIELDS.length,
    );
    // Records end with NUL and a newline: the newline starts the next record's first field.
    const name = ref!.replace(/^\n/, '').slice('refs/tags/'.length);
    const parsed = parseTagName(name);
    if (!parsed) continue;
    if (artifact !== undefined && parsed.artifact !== artifact) continue;
    names.push({ name, parsed });
    if (type !== 'tag') continue;
    const [seconds, zone] = (date ?? '').split(' ');
    tags.push({
      name,
      annotated: true,
      target: object || objectName!,
      taggerName: taggerName ?? '',
      taggerEmail: (taggerEmail ?? '').replace(/^<|>$/g, ''),
      time: Number(seconds) || 0,
      offsetMinutes: offsetOf(zone),
      message: contents ?? '',
      parsed,
    });
  }
  return { tags, names };
}

/**
 * Fetch one artifact's tags (or all tags) from `remote` into `refs/tags/`, remote values winning. A shallow
 * checkout fetches the tagged commits at depth 1, so reading the registry never deepens its history.
 */
export async function fetchRegistryTags(git: GitCommands, remote: string, artifact?: string): Promise<void> {
  const refspecs =
    artifact === undefined ? ['+refs/tags/*:refs/tags/*'] : tagPatterns(artifact).map((p) => `+${p}:${p}`);
  const depth = (await git.isShallow()) ? 1 : undefined;
  const result = await git.fetch({ remote, refspecs, depth });
  if (result.exitCode !== 0 && depth !== undefined && result.stderr.trim() === '') {
    // A shallow fetch whose patterns match no ref exits 1 without a word (git 2.39): no tags yet is fine.
    const listed = await git.exec(
      ['ls-remote', '--tags', remote, ...refspecs.map((r) => r.slice(1).split(':')[0]!)],
      {
        allowFailure: true,
      },
    );
    if (listed.exitCode === 0 && listed.stdout.trim() === '') return;
  }
  if (result.exitCode !== 0) {
    throw new ConfigurationError(
      `Cannot fetch the model registry's tags from '${remote}': ${result.stderr.trim()}`,
    );
  }
}
