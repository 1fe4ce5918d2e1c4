import { ConfigurationError } from '../errors.js';

/** A parsed image reference: `registry/repository[:tag][@digest]`. */
export interface ImageReference {
  /** Host[:port] as written (docker.io for Docker Hub names). */
  registry: string;
  repository: string;
  tag: string | undefined;
  digest: string | undefined;
}

const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
export const TAG_PATTERN = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const DIGEST = /^sha256:[a-f0-9]{64}$/;

/** Whether the first path component names a registry host (docker's rule). */
function looksLikeHost(part: string): boolean {
  return part.includes('.') || part.includes(':') || part === 'localhost';
}

/**
 * Parse a reference the way docker does; an uppercase repository is refused with the lowercase spelling
 * suggested (registries reject it with an opaque error otherwise).
 */
export function parseImageReference(text: string, inputName: string): ImageReference {
  const value = text.trim();
  let rest = value;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!DIGEST.test(digest)) {
      throw new ConfigurationError(
        `Input '${inputName}': '${value}' has an invalid digest (expected sha256:<64 hex>).`,
      );
    }
  }
  let tag: string | undefined;
  const lastSlash = rest.lastIndexOf('/');
  const colon = rest.lastIndexOf(':');
  if (colon > lastSlash) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!TAG_PATTERN.test(tag)) {
      throw new ConfigurationError(`Input '${inputName}': '${value}' has an invalid tag '${tag}'.`);
    }
  }
  const parts = rest.split('/');
  let registry = 'docker.io';
  if (parts.length > 1 && looksLikeHost(parts[0]!)) registry = parts.shift()!.toLowerCase();
  if (registry === 'docker.io' && parts.length === 1) parts.unshift('library');
  const repository = parts.join('/');
  if (repository !== repository.toLowerCase()) {
    throw new ConfigurationError(
      `Input '${inputName}': image name '${value}' contains uppercase letters; registries only accept lowercase repository names. Use '${value.replace(repository, repository.toLowerCase())}'.`,
    );
  }
  if (parts.length === 0 || !parts.every((p) => COMPONENT.test(p))) {
    throw new ConfigurationError(
      `Input '${inputName}': '${value}' is not a valid image name (lowercase letters, digits and . _ - separated by /).`,
    );
  }
  return { registry, repository, tag, digest };
}

/** Host the distribution API lives at (Docker Hub's API is not at docker.io). */
export function apiHost(registry: string): string {
  return registry === 'docker.io' ? 'registry-1.docker.io' : registry;
}

/** Plain HTTP only for loopback registries (docker's default insecure set), HTTPS everywhere else. */
export function registryScheme(registry: string): 'http' | 'https' {
  const host = registry.replace(/:\d+$/, '');
  return host === 'localhost' || host === '127.0.0.1' || host === '[::1]' ? 'http' : 'https';
}

export function formatReference(ref: ImageReference): string {
  return `${ref.registry}/${ref.repository}${ref.tag ? `:${ref.tag}` : ''}${ref.digest ? `@${ref.digest}` : ''}`;
}
