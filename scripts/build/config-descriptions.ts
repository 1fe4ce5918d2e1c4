import { isScalar, parseDocument } from 'yaml';
import type { ConfigInput } from '../../src/adapter/config-inputs.js';

/** The generated last sentence of a config-backed input's description (recognised so a rebuild replaces it). */
const GENERATED = / ?Default: [\w-]+\.[\w-]+ in \.mlops\.yml(?:, else .*)?\.$/s;

function valueText(value: unknown): string | undefined {
  if (value === undefined || value === '') return undefined;
  if (Array.isArray(value)) return value.length === 0 ? undefined : value.map(valueText).join(', ');
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/** The built-in default of a config-backed input, or what happens instead, in words. */
export function otherwiseText(entry: ConfigInput): string | undefined {
  return valueText(entry.builtIn) ?? entry.otherwise;
}

/** "Default: drift.drift-share in .mlops.yml, else 0.5.": the precedence rule for one input, in words. */
export function configSentence(entry: ConfigInput): string {
  const otherwise = otherwiseText(entry);
  return `Default: ${entry.key} in .mlops.yml${otherwise === undefined ? '' : `, else ${otherwise}`}.`;
}

/**
 * An action.yml with the description of every input that `.mlops.yml` can set ending in its configSentence,
 * everything else byte for byte as written (action.yml stays hand-written; only that sentence is generated).
 */
export function withConfigDescriptions(text: string, table: readonly ConfigInput[]): string {
  if (table.length === 0) return text;
  const doc = parseDocument(text);
  for (const entry of table) {
    const node = doc.getIn(['inputs', entry.input, 'description'], true);
    if (!isScalar(node) || typeof node.value !== 'string') {
      throw new Error(`action.yml: input '${entry.input}' has no description to extend`);
    }
    const base = node.value.replace(GENERATED, '').trimEnd();
    node.value = `${base} ${configSentence(entry)}`;
  }
  return doc.toString({ lineWidth: 0 });
}
