import { LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { ConfigurationError } from '../errors.js';
import { mlopsConfigSchema, type MlopsConfig } from './schema.js';

/** Line (1-based) of the node at a path in a YAML document, when the document has it. */
function lineOf(
  doc: ReturnType<typeof parseDocument>,
  counter: LineCounter,
  path: readonly PropertyKey[],
): number | undefined {
  const node = doc.getIn(path.map(String), true) as { range?: [number, number, number] } | undefined;
  const offset = node?.range?.[0];
  return offset === undefined ? undefined : counter.linePos(offset).line;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const where = issue.path.length > 0 ? issue.path.join('.') : '(top level)';
  return `${where}: ${issue.message}`;
}

/** Parse and validate `.mlops.yml` text; every problem is reported in one error naming file and line. */
export function parseMlopsConfig(text: string, file = '.mlops.yml'): MlopsConfig {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false });
  if (doc.errors.length > 0) {
    const first = doc.errors[0]!;
    const line = counter.linePos(first.pos[0]).line;
    throw new ConfigurationError(`${file}:${line}: invalid YAML: ${first.message.split('\n')[0]}`, {
      file,
      line,
    });
  }
  const value: unknown = doc.toJS() ?? {};
  const result = mlopsConfigSchema.safeParse(value);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => {
    const line = lineOf(doc, counter, issue.path);
    return `- ${file}${line === undefined ? '' : `:${line}`}: ${describeIssue(issue)}`;
  });
  const firstLine = lineOf(doc, counter, result.error.issues[0]?.path ?? []);
  throw new ConfigurationError(`Invalid ${file}:\n${lines.join('\n')}`, { file, line: firstLine });
}
