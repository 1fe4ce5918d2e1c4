/**
 * Annotated tags made with plumbing (`mktag`): the tag object exists locally, but no ref points at it until
 * the push that publishes it succeeds, so a failed push leaves no tag behind.
 */

import { ConfigurationError } from '../errors.js';
import { cleanIdentityPart, type GitCommands, rawDate, type Signature } from './commands.js';

export interface AnnotatedTag {
  /** Tag name without `refs/tags/`. */
  name: string;
  /** The object it points at (usually a commit). */
  target: string;
  message: string;
  tagger: Signature;
}

/** A tag name git accepts as `refs/tags/<name>` (git check-ref-format's rules). */
export function checkTagName(name: string): string {
  const bad =
    name === '' ||
    name.startsWith('/') ||
    name.endsWith('/') ||
    name.endsWith('.') ||
    name.includes('..') ||
    name.includes('//') ||
    name.includes('@{') ||
    name === '@' ||
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u0020\u007f~^:?*[\\]/.test(name) ||
    name.split('/').some((c) => c.startsWith('.') || c.endsWith('.lock'));
  if (bad) throw new ConfigurationError(`'${name}' is not a valid git tag name.`);
  return name;
}

/** The text `git mktag` takes: headers, a blank line, the message (ending in a newline). */
export function tagObjectText(tag: AnnotatedTag, targetType: string): string {
  const tagger = `${cleanIdentityPart(tag.tagger.name)} <${cleanIdentityPart(tag.tagger.email)}> ${rawDate(tag.tagger.date ?? new Date())}`;
  const message = tag.message.endsWith('\n') ? tag.message : `${tag.message}\n`;
  return `object ${tag.target}\ntype ${targetType}\ntag ${tag.name}\ntagger ${tagger}\n\n${message}`;
}

/** Write the tag object (no ref); returns its id. */
export async function createTagObject(git: GitCommands, tag: AnnotatedTag): Promise<string> {
  checkTagName(tag.name);
  const type = await git.objectType(tag.target);
  if (!type) throw new ConfigurationError(`Cannot tag ${tag.target}: no such object in this repository.`);
  return git.mktag(tagObjectText(tag, type));
}
