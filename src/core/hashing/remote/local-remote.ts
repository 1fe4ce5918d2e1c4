import { constants } from 'node:fs';
import { chmod, copyFile, readdir, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { exists, prepareObjectDir, tempBeside } from '../../dvc/cache.js';
import { mapLimit } from '../../async/limit.js';
import type { Remote } from './remote.js';

/**
 * A remote that is a directory (local disk, NFS, a mounted share), as DVC's local remote. Objects are
 * published by rename, so one is never there truncated and `has` needs no size check.
 */
export class LocalRemote implements Remote {
  constructor(readonly url: string) {}

  private path(key: string): string {
    return join(this.url, ...key.split('/'));
  }

  async has(keys: readonly string[], jobs: number): Promise<Set<string>> {
    if (!(await exists(this.url))) return new Set();
    const found = new Set<string>();
    if (keys.length > 2000) {
      // One readdir per two-hex-digit prefix instead of a stat per object.
      const dirs = [...new Set(keys.map((key) => key.slice(0, key.lastIndexOf('/'))))];
      await mapLimit(dirs, jobs, async (dir) => {
        try {
          for (const name of await readdir(this.path(dir))) found.add(`${dir}/${name}`);
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
        }
      });
      return new Set(keys.filter((key) => found.has(key)));
    }
    await mapLimit(keys, jobs, async (key) => {
      if (await exists(this.path(key))) found.add(key);
    });
    return found;
  }

  async upload(localPath: string, key: string): Promise<void> {
    const dest = this.path(key);
    prepareObjectDir(dirname(dest), `the remote ${this.url}`);
    const temp = tempBeside(dest);
    try {
      await copyFile(localPath, temp, constants.COPYFILE_EXCL);
      await chmod(temp, 0o444);
      await rename(temp, dest);
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
  }

  async download(key: string, destTemp: string): Promise<void> {
    await copyFile(this.path(key), destTemp, constants.COPYFILE_EXCL);
  }
}
