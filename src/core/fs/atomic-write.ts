import { chmod, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, basename } from 'node:path';
import { ConfigurationError } from '../errors.js';

export interface FileToWrite {
  path: string;
  data: string | Uint8Array;
  mode?: number;
}

/**
 * A full disk or quota is the user's to fix, not a bug: a ConfigurationError naming where, instead of
 * "failed unexpectedly: ENOSPC". Other errors come back as they were.
 */
export function diskFullError(error: unknown, path: string): unknown {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code !== 'ENOSPC' && code !== 'EDQUOT') return error;
  const what = code === 'ENOSPC' ? 'disk full' : 'disk quota exceeded';
  return new ConfigurationError(
    `${what} at ${dirname(path)} (${code}) while writing ${basename(path)}; free some space and run again.`,
    { cause: error },
  );
}

/**
 * A temporary sibling name. The file is created with `wx` (O_EXCL): the write fails rather than follow or
 * clobber anything already there, so the name must be unique, not secret — 48 random bits from
 * Math.random (loading node:crypto for them would add ~5 ms to every start that writes a report), and
 * another name when one is taken.
 */
const tempFor = (path: string) =>
  join(
    dirname(path),
    `.${basename(path)}.${Math.floor(Math.random() * 2 ** 48)
      .toString(16)
      .padStart(12, '0')}.tmp`,
  );

/** Write `file` in full to a new temporary sibling, listed in `temps` (to rename or remove) once it exists. */
async function writeTemp(file: FileToWrite, temps: string[]): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    const temp = tempFor(file.path);
    try {
      await writeFile(temp, file.data, { mode: file.mode ?? 0o644, flag: 'wx' });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST' && attempt < 5) continue; // someone else's file: not ours to remove
      if (code !== 'EEXIST') temps.push(temp); // created, then the write failed (a full disk): remove it
      throw diskFullError(error, file.path);
    }
    temps.push(temp);
    // An explicit mode is kept exactly (creation modes are narrowed by the umask).
    if (file.mode !== undefined) await chmod(temp, file.mode);
    return;
  }
}

/**
 * Write a set of files so that readers see either all the old contents or all the new ones, never a
 * prefix and (short of a failing rename) never a mix: every file is first written in full to a temporary
 * sibling (same directory, so rename stays on one filesystem), and only when all are written are they
 * renamed over. A failure while writing (a full disk) removes the temporaries and leaves the old files.
 */
export async function writeFilesAtomic(files: readonly FileToWrite[]): Promise<void> {
  const temps: string[] = [];
  try {
    for (const file of files) {
      await mkdir(dirname(file.path), { recursive: true });
      await writeTemp(file, temps);
    }
    for (let i = 0; i < files.length; i++) {
      await rename(temps[i]!, files[i]!.path);
      temps[i] = '';
    }
  } catch (error) {
    await Promise.all(temps.filter(Boolean).map((temp) => rm(temp, { force: true })));
    throw error;
  }
}

/** One file, written atomically (see writeFilesAtomic). */
export async function writeFileAtomic(
  path: string,
  data: string | Uint8Array,
  options: { mode?: number } = {},
): Promise<void> {
  await writeFilesAtomic([{ path, data, mode: options.mode }]);
}
