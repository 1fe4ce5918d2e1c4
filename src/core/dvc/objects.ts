import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { type ObjectRef, objectKey, readManifestObject } from './cache.js';
import { mapLimit } from '../async/limit.js';
import { parseManifest } from './python-json.js';
import { ConfigurationError } from '../errors.js';

/** Keys (cache-relative) of the refs that are not in the cache directory. */
export async function missingFromCache(
  cacheDir: string,
  refs: readonly ObjectRef[],
  jobs: number,
): Promise<Set<string>> {
  const keys = refs.map(objectKey);
  const missing = new Set<string>();
  if (keys.length > 1000) {
    // For big directories: one readdir per prefix directory instead of one stat per object.
    const present = new Set<string>();
    const dirs = [...new Set(keys.map((key) => key.slice(0, key.lastIndexOf('/'))))];
    await mapLimit(dirs, jobs, async (dir) => {
      try {
        for (const name of await readdir(join(cacheDir, ...dir.split('/')))) present.add(`${dir}/${name}`);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
    });
    for (const key of keys) if (!present.has(key)) missing.add(key);
    return missing;
  }
  await mapLimit(keys, jobs, async (key) => {
    try {
      await stat(join(cacheDir, ...key.split('/')));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      missing.add(key);
    }
  });
  return missing;
}

/** The objects a directory manifest points at; undefined when the manifest is not in the cache. */
export async function manifestRefs(
  cacheDir: string,
  dirRef: ObjectRef,
): Promise<{ relpath: string; ref: ObjectRef }[] | undefined> {
  const text = await readManifestObject(cacheDir, dirRef);
  if (text === undefined) return undefined;
  const entries = parseManifest(text);
  if (!entries) throw new ConfigurationError(`Cache object for ${dirRef.md5} is not a directory manifest.`);
  return entries.map((entry) => ({ relpath: entry.relpath, ref: { md5: entry.md5, legacy: dirRef.legacy } }));
}
