import { randomBytes } from 'node:crypto';
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

const tempFor = (path: string) =>
  join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);

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
      const temp = tempFor(file.path);
      temps.push(temp);
      try {
        await writeFile(temp, file.data, { mode: file.mode ?? 0o644, flag: 'wx' });
        // An explicit mode is kept exactly (creation modes are narrowed by the umask).
        if (file.mode !== undefined) await chmod(temp, file.mode);
      } catch (error) {
        throw diskFullError(error, file.path);
      }
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
