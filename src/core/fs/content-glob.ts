import { lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A small glob for paths written in repository content (manifest globs): `*` and `?` within one path
 * segment, `**` for any number of segments, `[abc]` classes and `{a,b}` alternatives. Symbolic links are
 * listed as matches but never descended into, and `skip`ped names (.git) are neither listed nor entered,
 * so a walk cannot loop or leave the tree; the caller checks every match against the path policy. Node's
 * own fs.globSync would do, but it is missing from Node 20, which the CLI still supports.
 */

function segmentPattern(segment: string): string {
  // As in shells and Python's glob: a wildcard never matches a leading dot (hidden names need '.x*').
  let out = segment.startsWith('.') ? '' : '(?!\\.)';
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i]!;
    if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else if (c === '[') {
      const end = segment.indexOf(']', i + 2);
      if (end < 0) out += '\\[';
      else {
        const body = segment.slice(i + 1, end).replace(/\\/g, '\\\\');
        out += body.startsWith('!') ? `[^/${body.slice(1)}]` : `[${body}]`;
        i = end;
      }
    } else if (c === '{') {
      const end = segment.indexOf('}', i);
      if (end < 0) out += '\\{';
      else {
        out += `(?:${segment
          .slice(i + 1, end)
          .split(',')
          .map((alternative) => segmentPattern(alternative))
          .join('|')})`;
        i = end;
      }
    } else out += c.replace(/[.+^$()|\\]/g, '\\$&');
  }
  return out;
}

/** The glob as a regular expression over "/"-separated relative paths. */
export function globRegExp(pattern: string): RegExp {
  const segments = pattern.split('/').filter((s) => s !== '' && s !== '.');
  let source = '';
  segments.forEach((segment, i) => {
    const last = i === segments.length - 1;
    if (segment === '**') source += last ? '(?:(?!\\.)[^/]+(?:/|$))*' : '(?:(?!\\.)[^/]+/)*';
    else source += segmentPattern(segment) + (last ? '' : '/');
  });
  return new RegExp(`^${source}$`);
}

const MAGIC = /[*?[{]/;

/** Relative "/"-separated paths under `base` matching `pattern` (files, directories and links). */
export function globFiles(base: string, pattern: string, skip: (name: string) => boolean): string[] {
  const segments = pattern.split('/').filter((s) => s !== '' && s !== '.');
  const literal: string[] = [];
  for (const segment of segments) {
    if (MAGIC.test(segment)) break;
    literal.push(segment);
  }
  const regexp = globRegExp(segments.join('/'));
  // No `**`: no deeper than the pattern's own segment count.
  const maxDepth = segments.includes('**') ? Infinity : segments.length;
  const found: string[] = [];
  if (literal.length === segments.length) {
    // No wildcard: the path itself, when it is there (the caller checks it like any match).
    try {
      lstatSync(join(base, ...literal));
      return [literal.join('/')];
    } catch {
      return [];
    }
  }
  const walk = (dir: string, rel: string, depth: number) => {
    if (depth >= maxDepth) return;
    let entries;
    try {
      entries = readdirSync(join(base, dir), { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (skip(entry.name)) continue;
      const path = rel === '' ? entry.name : `${rel}/${entry.name}`;
      if (regexp.test(path)) found.push(path);
      if (entry.isDirectory()) walk(join(dir, entry.name), path, depth + 1);
    }
  };
  const start = literal.join('/');
  walk(start, start, literal.length);
  return found.sort();
}
