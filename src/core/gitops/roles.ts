/**
 * Keys that together spell one image (Helm values, Argo CD helm.parameters). A key's role comes from its
 * last path segment:
 *   `…digest` the digest (`sha256:…`); `…tag` the tag; `…registry` the registry host (Bitnami-style
 *   charts split it from the repository); `…repository` / `…repo` / `name` / `…imageName` the
 *   repository; anything else (`image`, `app.image`) a whole reference.
 * With a digest key the tag key only takes the pin's tag (if it has one); without one the tag becomes
 * `<tag>@sha256:…`, as charts that render `repo:tag` need. The repository (and registry) keep their
 * values when they name the pin's repository, else get the pin's.
 */
import { ConfigurationError } from '../errors.js';
import { type PinImage, pinnedReference, sameRepository, splitReference } from '../oci/image-ref.js';

export type Role = 'registry' | 'repository' | 'tag' | 'digest' | 'image';

export function roleOf(key: string): Role {
  const last = (key.split('.').at(-1) ?? key).replace(/\[\d+\]$/, '').toLowerCase();
  if (last.endsWith('digest')) return 'digest';
  if (last.endsWith('tag')) return 'tag';
  if (last.endsWith('registry')) return 'registry';
  if (last.endsWith('repository') || last.endsWith('repo') || last === 'name' || last.endsWith('imagename'))
    return 'repository';
  return 'image';
}

/** A key with its role and current value (undefined when the key is empty). */
export interface RoleSlot {
  key: string;
  role: Role;
  current: string | undefined;
}

/** `ghcr.io/acme/churn` → ['ghcr.io', 'acme/churn']; `acme/churn` → ['docker.io', 'acme/churn'] (docker's rule). */
function splitRegistry(name: string): [string, string] {
  const slash = name.indexOf('/');
  const first = slash > 0 ? name.slice(0, slash) : '';
  if (first.includes('.') || first.includes(':') || first === 'localhost')
    return [first, name.slice(slash + 1)];
  return ['docker.io', name];
}

/**
 * New values for the slots, in order. Throws when they cannot pin the image (only repository/registry
 * keys; a tag key with no tag to keep and none in the pin).
 */
export function valuesForRoles(slots: readonly RoleSlot[], pin: PinImage, where: string): string[] {
  if (!slots.some((s) => s.role !== 'repository' && s.role !== 'registry')) {
    throw new ConfigurationError(
      `${where}: the keys ${slots.map((s) => s.key).join(', ')} name only a repository; add a tag, digest or image key.`,
    );
  }
  const registry = slots.find((s) => s.role === 'registry');
  const repo = slots.find((s) => s.role === 'repository');
  const current = registry?.current && repo?.current ? `${registry.current}/${repo.current}` : repo?.current;
  const same = repo === undefined || (current !== undefined && sameRepository(current, pin));
  const [pinRegistry, pinPath] = splitRegistry(pin.name);
  const hasDigestKey = slots.some((s) => s.role === 'digest');
  return slots.map((slot) => {
    switch (slot.role) {
      case 'registry':
        return same && slot.current !== undefined ? slot.current : pinRegistry;
      case 'repository':
        if (same && slot.current !== undefined) return slot.current;
        return registry ? pinPath : pin.name;
      case 'digest':
        return pin.digest;
      case 'image':
        return pinnedReference(slot.current, pin);
      case 'tag': {
        if (hasDigestKey) return pin.tag ?? slot.current ?? '';
        const currentTag = slot.current === undefined ? undefined : splitReference(`x:${slot.current}`).tag;
        const tag = pin.tag ?? (same ? currentTag : undefined);
        if (!tag) {
          throw new ConfigurationError(
            `${where}: ${slot.key} has no tag to keep and the image has none; give the image as repo:tag@sha256:… or name a digest key (--keys ${repo?.key ?? 'image.repository'},image.digest).`,
          );
        }
        return `${tag}@${pin.digest}`;
      }
    }
  });
}
