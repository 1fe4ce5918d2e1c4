/**
 * The exact bytes DVC hashes for a directory: Python's `json.dumps(entries, sort_keys=True)` with its
 * defaults (ensure_ascii, ", " and ": " separators). `JSON.stringify` differs (no \u escapes for non-ASCII,
 * no spaces), so the serialiser is written out here.
 */

export interface ManifestEntry {
  md5: string;
  relpath: string;
}

const SHORT_ESCAPES: Record<number, string> = {
  0x22: '\\"',
  0x5c: '\\\\',
  0x08: '\\b',
  0x0c: '\\f',
  0x0a: '\\n',
  0x0d: '\\r',
  0x09: '\\t',
};

/** A Python `json.dumps` string literal (ensure_ascii=True). JS strings are UTF-16, so characters above
 * U+FFFF come out as the surrogate pair Python writes. */
export function pythonJsonString(text: string): string {
  let out = '"';
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0x20 && unit <= 0x7e && unit !== 0x22 && unit !== 0x5c) continue;
    if (i > start) out += text.slice(start, i);
    out += SHORT_ESCAPES[unit] ?? `\\u${unit.toString(16).padStart(4, '0')}`;
    start = i + 1;
  }
  return `${out}${text.slice(start)}"`;
}

/**
 * Compare two strings by Unicode code point, as Python sorts `str`. JavaScript's `<` compares UTF-16 code
 * units, which puts astral characters (surrogates D800–DFFF) before U+E000–U+FFFF; shifting the unit
 * values at the first difference restores code-point order without decoding the strings.
 */
export function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x === y) continue;
    if (x >= 0xd800 && y >= 0xd800) {
      x = x >= 0xe000 ? x - 0x800 : x + 0x2000;
      y = y >= 0xe000 ? y - 0x800 : y + 0x2000;
    }
    return x - y;
  }
  return a.length - b.length;
}

/** Sort manifest entries by relpath in code-point order (in place) and return them. */
export function sortManifest<T extends ManifestEntry>(entries: T[]): T[] {
  return entries.sort((p, q) => compareCodePoints(p.relpath, q.relpath));
}

/** The `.dir` object text for entries already sorted by code point. */
export function manifestText(sorted: readonly ManifestEntry[]): string {
  const parts = new Array<string>(sorted.length);
  for (let i = 0; i < sorted.length; i++) {
    const e = sorted[i]!;
    parts[i] = `{"md5": ${pythonJsonString(e.md5)}, "relpath": ${pythonJsonString(e.relpath)}}`;
  }
  return `[${parts.join(', ')}]`;
}

/** Read a `.dir` object back. Only the shape DVC writes is accepted (a list of {md5, relpath}). */
export function parseManifest(text: string): ManifestEntry[] | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!Array.isArray(parsed)) return undefined;
  const out: ManifestEntry[] = [];
  for (const item of parsed as unknown[]) {
    if (!item || typeof item !== 'object') return undefined;
    const { md5, relpath } = item as Record<string, unknown>;
    if (typeof md5 !== 'string' || typeof relpath !== 'string') return undefined;
    out.push({ md5, relpath });
  }
  return out;
}
