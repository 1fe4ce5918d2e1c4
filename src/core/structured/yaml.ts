import { type Document, isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import { ConfigurationError } from '../errors.js';
import { checkNesting, MAX_NESTING, nestingError } from './nesting.js';

/**
 * The one way YAML from a repository (`.mlops.yml`, params and metrics files, `.dvc` pointers, `dvc.yaml`)
 * is parsed. Every problem is a ConfigurationError naming the file and line, and the cost stays linear in
 * the file's size, so a hostile file in a pull request cannot stall a job:
 * - duplicate keys are found with one Set per mapping (the library's own `uniqueKeys` check compares each
 *   key with every earlier one: 40k keys took 14 s, 100k keys 268 s);
 * - collections nested deeper than MAX_NESTING, and alias bombs (a few lines expanding to millions of
 *   nodes, refused by the library's `maxAliasCount`), are refused with a clear message.
 */

export interface ParsedYaml {
  doc: Document.Parsed;
  /** 1-based line of a source offset (1 when unknown). */
  lineOf: (offset: number | undefined) => number;
}

export interface YamlOptions {
  /** How a syntax error is worded after `file:line: ` (default "invalid YAML"). */
  invalid?: string;
}

interface Ranged {
  range?: readonly number[] | null;
}

const start = (node: unknown): number | undefined => (node as Ranged | null)?.range?.[0];

/** Duplicate keys and nesting depth, walked with an explicit stack (no recursion on hostile depth). */
function checkNodes(doc: Document.Parsed, file: string, parsed: ParsedYaml, invalid: string): void {
  const stack: [unknown, number][] = [[doc.contents, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (isMap(node) || isSeq(node)) {
      if (depth > MAX_NESTING) throw nestingError(file, parsed.lineOf(start(node)));
    }
    if (isMap(node)) {
      const seen = new Map<string, number | undefined>();
      for (const pair of node.items) {
        const key = pair.key;
        if (isScalar(key)) {
          const name = String(key.value);
          if (seen.has(name)) {
            const line = parsed.lineOf(start(key));
            const first = seen.get(name);
            throw new ConfigurationError(
              `${file}:${line}: ${invalid}: the key ${JSON.stringify(name)} appears twice in one mapping${
                first === undefined ? '' : ` (first on line ${parsed.lineOf(first)})`
              }.`,
              { file, line },
            );
          }
          seen.set(name, start(key));
        } else if (key !== null && !isAlias(key)) stack.push([key, depth + 1]);
        stack.push([pair.value, depth + 1]);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) stack.push([item, depth + 1]);
    } else if (isPair(node)) {
      stack.push([node.key, depth], [node.value, depth]);
    }
  }
}

/** Parse YAML text; syntax errors, duplicate keys and too-deep nesting throw, naming `file` and the line. */
export function parseYaml(text: string, file: string, options: YamlOptions = {}): ParsedYaml {
  const invalid = options.invalid ?? 'invalid YAML';
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false });
  const parsed: ParsedYaml = {
    doc,
    lineOf: (offset) => (offset === undefined ? 1 : lineCounter.linePos(offset).line),
  };
  const error = doc.errors[0];
  if (error) {
    const line = parsed.lineOf(error.pos[0]);
    // The library reports its own stack overflow on deeply nested collections this way.
    if (error.code === 'RESOURCE_EXHAUSTION') throw nestingError(file, line);
    throw new ConfigurationError(`${file}:${line}: ${invalid}: ${error.message.split('\n')[0]}`, {
      file,
      line,
    });
  }
  checkNodes(doc, file, parsed, invalid);
  return parsed;
}

/**
 * The plain value of a parsed document. Aliases are expanded here, so this is where an alias bomb is
 * refused (the library stops after 100 alias expansions) and where aliases could rebuild a deep nesting.
 */
export function yamlValue(parsed: ParsedYaml, file: string): unknown {
  let value: unknown;
  try {
    value = parsed.doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    if (error instanceof ReferenceError) {
      const bomb = /resource exhaustion/i.test(error.message);
      throw new ConfigurationError(
        bomb
          ? `${file}: YAML aliases (*name) expand into too many values (an alias bomb?); write the values out instead.`
          : `${file}: invalid YAML: ${error.message}`,
        { file },
      );
    }
    if (error instanceof RangeError) throw nestingError(file);
    throw error;
  }
  checkNesting(value, file);
  return value;
}

/** parseYaml + yamlValue: a user's YAML file as a plain value. */
export function readYaml(text: string, file: string, options: YamlOptions = {}): unknown {
  return yamlValue(parseYaml(text, file, options), file);
}
