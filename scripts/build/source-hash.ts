/**
 * What dist/ was built from: a sha256 over every file the bundle depends on (src/, the compiler and
 * bundler settings, the locked dependencies, the bundle script). `npm run build` writes it to
 * dist/source-hash.txt; the test harness compares it with the working tree, so tests never run a stale bundle.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const SOURCE_HASH_FILE = join('dist', 'source-hash.txt');

const INPUTS = ['src', 'package.json', 'package-lock.json', 'tsconfig.json', 'scripts/build/bundle.ts'];

function filesUnder(root: string, path: string): string[] {
  const full = join(root, path);
  let entries;
  try {
    entries = readdirSync(full, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOTDIR') return [path];
    throw error;
  }
  return entries.flatMap((entry) => {
    const child = join(path, entry.name);
    if (entry.isDirectory()) return filesUnder(root, child);
    return entry.isFile() ? [child] : [];
  });
}

/** The hash of the current sources, independent of file order, platform separators and mtimes. */
export function sourceHash(root: string): string {
  const files = INPUTS.flatMap((input) => filesUnder(root, input))
    .map((path) => relative(root, join(root, path)).split(sep).join('/'))
    .sort();
  const hash = createHash('sha256');
  for (const path of files) {
    const content = createHash('sha256')
      .update(readFileSync(join(root, path)))
      .digest('hex');
    hash.update(`${path}\0${content}\n`);
  }
  return hash.digest('hex');
}

/** The hash dist/ records, or undefined when it has none. */
export function builtSourceHash(root: string): string | undefined {
  try {
    return readFileSync(join(root, SOURCE_HASH_FILE), 'utf8').trim();
  } catch {
    return undefined;
  }
}
