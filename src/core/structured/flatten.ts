/**
 * Nested mappings → dotted keys, the way DVC shows metrics and params (`train.loss`, `model.layers`).
 * Lists are leaves (DVC does not index into them); an empty mapping contributes nothing.
 */
export function flatten(value: Record<string, unknown>, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  const walk = (node: Record<string, unknown>, path: string) => {
    for (const [key, child] of Object.entries(node)) {
      const dotted = path === '' ? key : `${path}.${key}`;
      if (isMapping(child)) walk(child, dotted);
      else out.set(dotted, child);
    }
  };
  walk(value, prefix);
  return out;
}

export function isMapping(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date);
}
