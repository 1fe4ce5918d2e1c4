import { ConfigurationError } from '../errors.js';
import { parseImageReference } from './reference.js';

/** The image a manifest is pinned to: `repo@sha256:<64 hex>` or `repo:tag@sha256:<64 hex>`. */
export interface PinImage {
  /** The reference as given (trimmed). */
  reference: string;
  /** Repository as the user spelled it, without tag or digest (e.g. `ghcr.io/acme/churn`). */
  name: string;
  /** Normalised `registry/repository` (docker's rules: `nginx` = `docker.io/library/nginx`), for matching. */
  key: string;
  tag: string | undefined;
  /** `sha256:<64 hex>`. */
  digest: string;
}

/** A reference as written in a manifest, split without judging it: name, then `:tag`, then `@digest`. */
export interface WrittenReference {
  name: string;
  tag: string | undefined;
  digest: string | undefined;
}

export function splitReference(value: string): WrittenReference {
  const at = value.indexOf('@');
  const digest = at >= 0 ? value.slice(at + 1) : undefined;
  let name = at >= 0 ? value.slice(0, at) : value;
  let tag: string | undefined;
  const colon = name.lastIndexOf(':');
  if (colon > name.lastIndexOf('/')) {
    tag = name.slice(colon + 1);
    name = name.slice(0, colon);
  }
  return { name, tag, digest };
}

/**
 * Normalised repository of an image name as written in a manifest, or undefined when it is not a valid
 * image name (a template placeholder such as `${IMAGE}`, an empty value): such values never match.
 */
export function repositoryKey(name: string): string | undefined {
  try {
    const ref = parseImageReference(name, 'image');
    return `${ref.registry}/${ref.repository}`;
  } catch {
    return undefined;
  }
}

/** Parse the pin's image reference; it must carry a sha256 digest. `inputName` names it in errors. */
export function parsePinImage(text: string, inputName = 'image'): PinImage {
  const reference = text.trim();
  const parsed = parseImageReference(reference, inputName);
  if (parsed.digest === undefined) {
    throw new ConfigurationError(
      `Input '${inputName}': '${reference}' has no digest; pin with an immutable reference such as repo@sha256:<64 hex> (or repo:tag@sha256:<64 hex>).`,
    );
  }
  const written = splitReference(reference);
  return {
    reference,
    name: written.name,
    key: `${parsed.registry}/${parsed.repository}`,
    tag: parsed.tag,
    digest: parsed.digest,
  };
}

/**
 * The value an image field gets. The digest is what pins. The repository keeps the manifest's spelling
 * when it names the same repository (`nginx` stays `nginx`), else the pin's. A tag in the pin replaces
 * the manifest's; without one the manifest's tag is kept for readers when the repository is the same
 * (`repo:tag@sha256:…` is valid and pulls by digest). So a value already pinned to the digest comes out
 * unchanged.
 */
export function pinnedReference(current: string | undefined, pin: PinImage): string {
  const written = current === undefined ? undefined : splitReference(current.trim());
  const same = written !== undefined && repositoryKey(written.name) === pin.key;
  const name = same ? written.name : pin.name;
  const tag = pin.tag ?? (same ? written.tag : undefined);
  return `${name}${tag ? `:${tag}` : ''}@${pin.digest}`;
}

/** Whether a written value (`repo[:tag][@digest]`) names the pin's repository. */
export function sameRepository(value: string, pin: PinImage): boolean {
  return repositoryKey(splitReference(value.trim()).name) === pin.key;
}
