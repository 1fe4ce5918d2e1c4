import type { z } from 'zod';
import { ConfigurationError } from '../errors.js';
import { parseYaml, type ParsedYaml, yamlValue } from '../structured/yaml.js';
import { mlopsConfigSchema, type MlopsConfig } from './schema.js';

/**
 * `.mlops.yml` is read by every action of every job, from the pull request's checkout: a size cap keeps
 * one hostile file from stalling them all (a real config is a few hundred bytes).
 */
export const MAX_CONFIG_BYTES = 1024 * 1024;

/** Line (1-based) of the node at a path in a YAML document, when the document has it. */
function lineOf(parsed: ParsedYaml, path: readonly PropertyKey[]): number | undefined {
  const node = parsed.doc.getIn(path.map(String), true) as { range?: [number, number, number] } | undefined;
  const offset = node?.range?.[0];
  return offset === undefined ? undefined : parsed.lineOf(offset);
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const where = issue.path.length > 0 ? issue.path.join('.') : '(top level)';
  return `${where}: ${issue.message}`;
}

/** Parse and validate `.mlops.yml` text; every problem is reported in one error naming file and line. */
export function parseMlopsConfig(text: string, file = '.mlops.yml'): MlopsConfig {
  const bytes = Buffer.byteLength(text);
  if (bytes > MAX_CONFIG_BYTES) {
    throw new ConfigurationError(
      `${file} is ${bytes.toLocaleString('en-US')} bytes; the limit is ${MAX_CONFIG_BYTES.toLocaleString('en-US')} bytes (1 MiB).`,
      { file },
    );
  }
  const parsed = parseYaml(text, file);
  const value: unknown = yamlValue(parsed, file) ?? {};
  const result = mlopsConfigSchema.safeParse(value);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => {
    const line = lineOf(parsed, issue.path);
    return `- ${file}${line === undefined ? '' : `:${line}`}: ${describeIssue(issue)}`;
  });
  const firstLine = lineOf(parsed, result.error.issues[0]?.path ?? []);
  throw new ConfigurationError(`Invalid ${file}:\n${lines.join('\n')}`, { file, line: firstLine });
}
