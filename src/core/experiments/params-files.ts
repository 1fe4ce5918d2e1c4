import { ConfigurationError } from '../errors.js';
import { flatten, isMapping } from '../structured/flatten.js';
import type { ParamValue } from '../registry/run-records.js';
import { parseStructured } from './structured-file.js';

/** Parse a params file (params.yaml, JSON) into dotted keys; the top level must be a mapping. */
export function parseParamsFile(text: string, display: string): Map<string, ParamValue> {
  const value = parseStructured(text, display);
  if (!isMapping(value)) {
    const got =
      value === null || value === undefined
        ? 'an empty document'
        : Array.isArray(value)
          ? 'a list'
          : `a ${typeof value}`;
    throw new ConfigurationError(`Params file ${display} must be a mapping of names to values, got ${got}.`, {
      file: display,
    });
  }
  const params = new Map<string, ParamValue>();
  for (const [key, leaf] of flatten(value)) params.set(key, toParamValue(leaf));
  return params;
}

function toParamValue(leaf: unknown): ParamValue {
  if (leaf === undefined || leaf === null) return null;
  if (typeof leaf === 'string' || typeof leaf === 'boolean') return leaf;
  if (typeof leaf === 'number') return Number.isFinite(leaf) ? leaf : String(leaf);
  if (leaf instanceof Date) return leaf.toISOString();
  if (Array.isArray(leaf)) return JSON.parse(JSON.stringify(leaf)) as unknown[];
  return typeof leaf === 'bigint' ? leaf.toString() : (JSON.stringify(leaf) ?? '');
}
