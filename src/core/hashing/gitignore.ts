import { readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { writeFileAtomic } from '../fs/atomic-write.js';

/** gitwildmatch escaping of a literal name (pathspec's GitWildMatchPattern.escape, as DVC uses it). */
export function escapeGitignore(name: string): string {
  return name
    .replace(/[[\]!*#?\\]/g, (ch) => `\\${ch}`)
    .replace(/ +$/, (spaces) => spaces.replace(/ /g, '\\ '));
}

/**
 * Add `/<name>` to the `.gitignore` beside `dataPath`, as `dvc add` does: append once, starting a new line
 * when the file does not end with one. Returns true when the file changed.
 */
export async function ignoreBesideData(dataPath: string): Promise<boolean> {
  const file = join(dirname(dataPath), '.gitignore');
  const entry = `/${escapeGitignore(basename(dataPath))}`;
  let text = '';
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  if (text.split(/\r?\n/).includes(entry)) return false;
  const prefix = text === '' || text.endsWith('\n') ? '' : '\n';
  await writeFileAtomic(file, `${text}${prefix}${entry}\n`);
  return true;
}
