/**
 * The version a promotion registers or finds (`version: auto`, GTO's rules): the version already registered
 * at the commit; else the version of a pushed `name@vX.Y.Z` tag that triggered the run; else the next one by
 * the policy's `bump` (patch by default; the first is v0.0.1, as GTO does). A given version must be SemVer
 * with a leading `v`.
 */

import { ConfigurationError } from '../errors.js';
import { artifactToTag, type Bump, checkVersion, isSemVer } from '../registry/gto/grammar.js';
import { type ModelRegistry, planRegister } from '../registry/gto/model-registry.js';

export interface VersionRequest {
  model: string;
  commit: string;
  /** The input: `auto` or `vX.Y.Z`. */
  given: string;
  /** The ref that triggered the run (GITHUB_REF), for a pushed `name@vX.Y.Z` tag. */
  ref: string | undefined;
  bump: Bump | undefined;
}

export interface ResolvedVersion {
  version: string;
  source: 'registered' | 'input' | 'tag' | 'bump';
  /**
   * The version to ask for when (re)planning the registration: undefined for a bumped one, which is bumped
   * again on a fresh registry after a lost race rather than colliding.
   */
  requested: string | undefined;
}

/** `refs/tags/churn@v1.2.0` → v1.2.0 for model `churn`. */
export function versionFromTagRef(model: string, ref: string | undefined): string | undefined {
  const prefix = `refs/tags/${artifactToTag(model)}@`;
  if (!ref?.startsWith(prefix)) return undefined;
  const version = ref.slice(prefix.length);
  return isSemVer(version) ? version : undefined;
}

/** The version for the request on this registry snapshot (nothing is written). */
export function resolveVersion(registry: ModelRegistry, request: VersionRequest): ResolvedVersion {
  const { model, commit } = request;
  const given = request.given.trim();
  if (given !== 'auto') checkVersion(given, "input 'version'");
  const registered = registry.versionAt(model, commit);
  if (registered) {
    if (given !== 'auto' && given !== registered.version) {
      throw new ConfigurationError(
        `Input 'version': commit ${commit.slice(0, 7)} already carries ${model} ${registered.version}; a commit carries one version of a model, so it cannot also be ${given}.`,
      );
    }
    return { version: registered.version, source: 'registered', requested: registered.version };
  }
  const fromTag = given === 'auto' ? versionFromTagRef(model, request.ref) : undefined;
  if (
    fromTag &&
    registry.hasTag(`${artifactToTag(model)}@${fromTag}`) &&
    !registry.artifact(model)?.find(fromTag)
  ) {
    throw new ConfigurationError(
      `The pushed tag ${artifactToTag(model)}@${fromTag} is a lightweight tag, which GTO does not read as a registration; ` +
        `push an annotated tag instead (git tag -a ${artifactToTag(model)}@${fromTag} -m "…"), or give input 'version'.`,
    );
  }
  const requested = given !== 'auto' ? given : fromTag;
  const plan = planRegister(registry, { artifact: model, commit, version: requested, bump: request.bump });
  return {
    version: plan.version!,
    source: given !== 'auto' ? 'input' : fromTag ? 'tag' : 'bump',
    requested,
  };
}
