/**
 * `command: rollback`: which version to go back to, and its image. The target is the `version` given, else
 * the version the environment showed before the current one (from GTO's assignment history: the newest
 * assignment of another version that is still registered). Its image digest comes from its deployment
 * records (any environment: the image of a version is one), unless the `image` input names one.
 */

import { ConfigurationError } from '../errors.js';
import { type PinImage, parsePinImage } from '../oci/image-ref.js';
import type { StoredDeployRecord } from '../registry/deploy-records.js';
import { checkVersion } from '../registry/gto/grammar.js';
import type { ModelRegistry } from '../registry/gto/model-registry.js';
import type { ModelVersion } from '../registry/gto/state.js';

export interface RollbackTarget {
  version: ModelVersion;
  /** The record the image (and run) came from, when one did. */
  record: StoredDeployRecord | undefined;
  image: PinImage | undefined;
}

/** The version the environment showed before the current one. */
function previousVersion(registry: ModelRegistry, model: string, environment: string): ModelVersion {
  const artifact = registry.artifact(model);
  const current = registry.inStage(model, environment);
  const assignments = (artifact?.versions ?? [])
    .flatMap((v) => (v.stages.get(environment)?.assignments ?? []).map((e) => ({ v, time: e.time })))
    .sort((a, b) => b.time - a.time);
  const found = assignments.find(
    (a) =>
      a.v.isRegistered &&
      a.v.isActive &&
      !(a.v.version === current?.version && a.v.commit === current.commit),
  );
  if (!found) {
    throw new ConfigurationError(
      `There is nothing to roll ${model} back to in ${environment}: no other version was ever assigned there` +
        `${current ? ` (it shows ${current.version})` : ''}. Give input 'version'.`,
    );
  }
  return found.v;
}

export function rollbackTarget(
  registry: ModelRegistry,
  request: { model: string; environment: string; version: string; image: string | undefined },
  records: readonly StoredDeployRecord[],
): RollbackTarget {
  const { model, environment } = request;
  let version: ModelVersion;
  if (request.version.trim() === 'auto') version = previousVersion(registry, model, environment);
  else {
    const given = checkVersion(request.version.trim(), "input 'version'");
    const found = registry.artifact(model)?.find(given);
    if (!found)
      throw new ConfigurationError(
        `Input 'version': ${model} ${given} is not registered, so there is nothing to roll back to.`,
      );
    if (!found.isActive)
      throw new ConfigurationError(
        `Input 'version': ${model} ${given} is deregistered; it cannot be deployed again.`,
      );
    version = found;
  }
  const withImage = [...records]
    .filter(
      (r) =>
        r.record.status === 'deployed' &&
        r.record.version === version.version &&
        r.record.commit === version.commit,
    )
    .sort((a, b) => (a.record.recordedAt < b.record.recordedAt ? 1 : -1));
  const record =
    withImage.find((r) => r.record.environment === environment && r.record.image) ??
    withImage.find((r) => r.record.image) ??
    withImage[0];
  const image = request.image
    ? parsePinImage(request.image, 'image')
    : record?.record.image
      ? parsePinImage(record.record.image, 'image')
      : undefined;
  return { version, record, image };
}
