import { readFile } from 'node:fs/promises';
import { Document, isMap, isScalar, isSeq, type YAMLMap } from 'yaml';
import { ConfigurationError } from '../errors.js';
import { parseYaml } from '../structured/yaml.js';
import type { HashAlgorithm } from './content-hash.js';
import { canonicalPointerOuts } from './pointer-canonical.js';

/**
 * `.dvc` pointer files, read and written the way DVC 3 does (dvc/output.py `dumpd`): per output the keys
 * md5, size, nfiles (directories), isexec (executable files), hash, path, then whatever else the user had
 * (desc, type, labels, meta, cache, remote, push, …) in its original order; other top-level keys stay.
 */

export interface PointerOut {
  /** `path:` as written (relative to the pointer's directory, "/"-separated). */
  path: string;
  md5: string | undefined;
  size: number | undefined;
  nfiles: number | undefined;
  isexec: boolean;
  /** No `hash:` key means a DVC 2.x entry hashed with md5-dos2unix. */
  algorithm: HashAlgorithm;
  /** `cache: false` outputs are not stored in the cache (DVC semantics). */
  cache: boolean;
  /** 1-based line of the entry, for annotations. */
  line: number;
}

export interface Pointer {
  /** Display path of the `.dvc` file (relative to the repository root). */
  file: string;
  text: string;
  outs: PointerOut[];
}

const OWN_KEYS = ['md5', 'size', 'nfiles', 'isexec', 'hash', 'path'];
const STRINGIFY = { indentSeq: false, singleQuote: true, lineWidth: 0 } as const;

function fail(file: string, line: number, what: string): never {
  throw new ConfigurationError(`${file}:${line}: ${what}`, { file, line });
}

/** Parse pointer text; a YAML or shape error names the file and line. */
export function parsePointer(text: string, file: string): Pointer {
  const outs = canonicalPointerOuts(text);
  return outs ? { file, text, outs } : parsePointerYaml(text, file);
}

/** parsePointer through the YAML parser, whatever the shape (the reference for the canonical reader). */
export function parsePointerYaml(text: string, file: string): Pointer {
  const { doc, lineOf } = parseYaml(text, file, { invalid: 'malformed YAML' });
  const outsNode = isMap(doc.contents) ? doc.contents.get('outs', true) : undefined;
  if (!isSeq(outsNode) || outsNode.items.length === 0) {
    fail(file, lineOf(doc.contents?.range?.[0]), "not a DVC pointer: expected a non-empty 'outs:' list");
  }
  const outs = outsNode.items.map((item): PointerOut => {
    const line = lineOf(isMap(item) || isScalar(item) ? item.range?.[0] : undefined);
    if (!isMap(item)) fail(file, line, "each entry under 'outs:' must be a mapping with a 'path'");
    const value = (key: string): unknown => item.get(key);
    const path = value('path');
    if (typeof path !== 'string' || path === '') fail(file, line, "entry has no 'path'");
    const md5 = value('md5');
    const size = value('size');
    const nfiles = value('nfiles');
    const hash = value('hash');
    if (
      md5 !== undefined &&
      md5 !== null &&
      (typeof md5 !== 'string' || !/^[0-9a-f]{32}(\.dir)?$/.test(md5))
    ) {
      fail(file, line, `'md5' of '${path}' is not an md5 hash: ${JSON.stringify(md5)}`);
    }
    if (hash !== undefined && hash !== 'md5')
      fail(file, line, `unsupported 'hash: ${JSON.stringify(hash)}' (only md5)`);
    if (size !== undefined && (typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0)) {
      fail(file, line, `'size' of '${path}' is not a byte count`);
    }
    return {
      path,
      md5: typeof md5 === 'string' ? md5 : undefined,
      size: typeof size === 'number' ? size : undefined,
      nfiles: typeof nfiles === 'number' ? nfiles : undefined,
      isexec: value('isexec') === true,
      algorithm: hash === 'md5' ? 'md5' : 'md5-dos2unix',
      cache: value('cache') !== false,
      line,
    };
  });
  return { file, text, outs };
}

export async function readPointer(absPath: string, file: string): Promise<Pointer> {
  let text: string;
  try {
    text = await readFile(absPath, 'utf8');
  } catch (error) {
    throw new ConfigurationError(`Cannot read pointer '${file}': ${(error as Error).message}`, { file });
  }
  return parsePointer(text, file);
}

export interface PointerValues {
  path: string;
  md5: string;
  size: number;
  /** Directories only. */
  nfiles?: number;
  isexec?: boolean;
}

function fillEntry(target: YAMLMap, values: PointerValues, previous: YAMLMap | undefined): void {
  target.set('md5', values.md5);
  target.set('size', values.size);
  if (values.nfiles !== undefined) target.set('nfiles', values.nfiles);
  if (values.isexec) target.set('isexec', true);
  target.set('hash', 'md5');
  target.set('path', values.path);
  for (const pair of previous?.items ?? []) {
    const key = isScalar(pair.key) ? pair.key.value : pair.key;
    if (typeof key === 'string' && OWN_KEYS.includes(key)) continue;
    target.items.push(pair);
  }
}

/**
 * The pointer text after `add`: a new pointer as `dvc add` writes it, or the existing one with this
 * output's hash keys rewritten in DVC's order and every other key (and comment) kept.
 */
export function renderPointer(existing: string | undefined, values: PointerValues): string {
  if (existing === undefined) {
    const doc = new Document({ outs: [{}] });
    const entry = (doc.get('outs') as { items: YAMLMap[] }).items[0]!;
    fillEntry(entry, values, undefined);
    return doc.toString(STRINGIFY);
  }
  // Text parsePointer has already checked; parsed the same (linear) way.
  const { doc } = parseYaml(existing, 'the existing pointer');
  const outs = doc.get('outs', true);
  if (!isSeq(outs))
    throw new Error('renderPointer: existing pointer has no outs list (parsePointer checks this)');
  const index = outs.items.findIndex((item) => isMap(item) && item.get('path') === values.path);
  const previous = outs.items[index >= 0 ? index : 0];
  const entry = doc.createNode({}) as YAMLMap;
  fillEntry(entry, values, isMap(previous) ? previous : undefined);
  if (isMap(previous)) {
    entry.commentBefore = previous.commentBefore;
    entry.comment = previous.comment;
  }
  outs.items[index >= 0 ? index : 0] = entry;
  return doc.toString(STRINGIFY);
}
