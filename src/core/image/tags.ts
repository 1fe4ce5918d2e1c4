import { ConfigurationError } from '../errors.js';
import { TAG_PATTERN } from '../oci/reference.js';

export interface TagInput {
  given: readonly string[];
  name: string;
  version: string | undefined;
  sha: string | undefined;
  ref: string | undefined;
}

/**
 * The version of this build: given, or read from the pushed git tag (`v1.2.3`, or GTO's
 * `<name>@v1.2.3`), without the leading v.
 */
export function detectVersion(input: Pick<TagInput, 'version' | 'ref' | 'name'>): string | undefined {
  if (input.version) return input.version.replace(/^v(?=\d)/, '');
  const tag = input.ref?.startsWith('refs/tags/') ? input.ref.slice('refs/tags/'.length) : undefined;
  if (!tag) return undefined;
  const semver = /^v?(\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.+-]+)?)$/;
  const plain = semver.exec(tag);
  if (plain) return plain[1];
  const gto = /^(.+)@v(\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.+-]+)?)$/.exec(tag);
  return gto && gto[1] === input.name ? gto[2] : undefined;
}

/**
 * Tags to push: the given ones, plus `sha-<7 hex>` for the commit and the version when known (build
 * metadata's '+' becomes '_', since tags cannot hold '+'); `latest` only when nothing else applies.
 */
export function imageTags(input: TagInput): string[] {
  for (const tag of input.given) {
    if (!TAG_PATTERN.test(tag)) {
      throw new ConfigurationError(
        `Input 'tags': '${tag}' is not a valid tag (letters, digits, _ . -, at most 128 characters, not starting with . or -).`,
      );
    }
  }
  const tags = [...input.given];
  const version = detectVersion(input);
  if (version) tags.push(version.replace(/\+/g, '_'));
  if (input.sha && /^[0-9a-f]{7,}$/.test(input.sha)) tags.push(`sha-${input.sha.slice(0, 7)}`);
  if (tags.length === 0) tags.push('latest');
  return [...new Set(tags)];
}
