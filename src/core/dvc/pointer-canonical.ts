import type { PointerOut } from './pointer.js';

/**
 * The outs of a `.dvc` pointer in the exact shape DVC (and `add`) writes, read without the YAML library:
 *
 *     outs:
 *     - md5: 1e0215f326fd842fcdaf47016329bd2e.dir
 *       size: 679000
 *       nfiles: 100000
 *       hash: md5
 *       path: data
 *
 * A YAML parse costs ~10 ms of a cold start (most of a `status` of a small directory); this costs
 * microseconds. It answers only when every line is one of those keys with a value whose YAML reading is
 * certain (hex hashes, plain decimal counts, `md5`, `true`/`false`, paths of safe characters that no YAML
 * type claims); anything else — comments, quotes, other keys, blank lines, CRLF — returns undefined and
 * the pointer goes through the YAML parser, which stays the reference (test/core/hashing/pointer-canonical
 * compares both on every shape).
 */

const KEY_LINE = /^(- | {2})(md5|size|nfiles|isexec|hash|path): (.+)$/;
const MD5 = /^[0-9a-f]{32}(\.dir)?$/;
const COUNT = /^(0|[1-9][0-9]{0,14})$/;
/** A plain scalar YAML's core schema reads as this very string: no number, bool or null looks like it. */
const SAFE_PATH = /^[A-Za-z_][A-Za-z0-9_./-]*$/;
const YAML_WORDS = /^(true|false|null)$/i;

interface Entry {
  line: number;
  values: Map<string, string>;
}

function entries(text: string): Entry[] | undefined {
  if (!text.startsWith('outs:\n') || text.includes('\r')) return undefined;
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  const found: Entry[] = [];
  for (let i = 1; i < lines.length; i++) {
    const m = KEY_LINE.exec(lines[i]!);
    if (!m) return undefined;
    const [, lead, key, value] = m as unknown as [string, string, string, string];
    if (lead === '- ') found.push({ line: i + 1, values: new Map() });
    const entry = found.at(-1);
    if (!entry || entry.values.has(key)) return undefined; // a continuation first, or a duplicate key
    entry.values.set(key, value);
  }
  return found.length > 0 ? found : undefined;
}

function out(entry: Entry): PointerOut | undefined {
  const { values } = entry;
  const path = values.get('path');
  if (path === undefined || !SAFE_PATH.test(path) || YAML_WORDS.test(path)) return undefined;
  const md5 = values.get('md5');
  // Hex made only of digits and 'e' would be a YAML number (…e12…): leave those to the parser.
  if (md5 !== undefined && !(MD5.test(md5) && (md5.endsWith('.dir') || /[a-df]/.test(md5)))) return undefined;
  const counts: (number | undefined)[] = [];
  for (const key of ['size', 'nfiles']) {
    const value = values.get(key);
    if (value !== undefined && !COUNT.test(value)) return undefined;
    counts.push(value === undefined ? undefined : Number(value));
  }
  const isexec = values.get('isexec');
  if (isexec !== undefined && isexec !== 'true' && isexec !== 'false') return undefined;
  const hash = values.get('hash');
  if (hash !== undefined && hash !== 'md5') return undefined;
  return {
    path,
    md5,
    size: counts[0],
    nfiles: counts[1],
    isexec: isexec === 'true',
    algorithm: hash === 'md5' ? 'md5' : 'md5-dos2unix',
    cache: true,
    line: entry.line,
  };
}

/** The outs, when `text` has exactly the canonical shape; undefined means "ask the YAML parser". */
export function canonicalPointerOuts(text: string): PointerOut[] | undefined {
  const found = entries(text);
  if (!found) return undefined;
  const outs: PointerOut[] = [];
  for (const entry of found) {
    const parsed = out(entry);
    if (!parsed) return undefined;
    outs.push(parsed);
  }
  return outs;
}
