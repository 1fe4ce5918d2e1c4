/**
 * A model version named the way GTO's shortcuts name one: `name#stage` (the version the stage shows, by GTO's
 * CLI rule) or `name@vX.Y.Z`. Parsed strictly (one clear error naming where the text came from) and resolved
 * against the registry read from the GTO tags.
 */

import { ConfigurationError } from '../../errors.js';
import { checkArtifactName, checkStageName, checkVersion } from './grammar.js';
import type { ModelRegistry } from './model-registry.js';
import type { ModelVersion } from './state.js';

export type ModelReference = { name: string; stage: string } | { name: string; version: string };

/** `churn#production` / `churn@v1.2.0`, as written. */
export function formatModelReference(ref: ModelReference): string {
  return 'stage' in ref ? `${ref.name}#${ref.stage}` : `${ref.name}@${ref.version}`;
}

export function parseModelReference(value: string, what: string): ModelReference {
  const m = /^(.+?)(?:#([^#@]+)|@([^#@]+))$/.exec(value.trim());
  if (!m) {
    throw new ConfigurationError(
      `${what}: '${value}' names no model version; write <model>#<stage> (the version the stage shows) or <model>@vX.Y.Z.`,
    );
  }
  const name = checkArtifactName(m[1]!, what);
  return m[2] !== undefined
    ? { name, stage: checkStageName(m[2], what) }
    : { name, version: checkVersion(m[3]!, what) };
}

/** The registered, active version the reference names now; undefined when there is none. */
export function resolveModelReference(
  registry: ModelRegistry,
  ref: ModelReference,
): ModelVersion | undefined {
  if ('stage' in ref) return registry.inStage(ref.name, ref.stage);
  const version = registry.artifact(ref.name)?.find(ref.version);
  return version?.isActive ? version : undefined;
}
