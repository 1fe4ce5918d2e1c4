import {
  accessSync,
  constants,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { chmod, open, readFile, rename, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { ConfigurationError } from '../errors.js';
import { nodeCrypto } from '../lazy-crypto.js';
import { CHUNK_SIZE, ContentHasher, type HashAlgorithm } from './content-hash.js';

/**
 * The content-addressed cache, laid out as DVC 3 lays it out: `files/md5/<2 hex>/<30 hex>` (a `.dir`
 * manifest keeps its suffix), read-only 0444. DVC 2.x (md5-dos2unix) objects live at `<2>/<30>` in the
 * cache root. The same relative layout is used on remotes.
 */

export interface ObjectRef {
  /** md5, with `.dir` for manifests. */
  md5: string;
  /** A DVC 2.x object (legacy layout, md5-dos2unix content hash). */
  legacy: boolean;
}

export function objectKey(ref: ObjectRef): string {
  const prefix = ref.legacy ? '' : 'files/md5/';
  return `${prefix}${ref.md5.slice(0, 2)}/${ref.md5.slice(2)}`;
}

export function objectPath(cacheDir: string, ref: ObjectRef): string {
  return join(cacheDir, ...objectKey(ref).split('/'));
}

export function algorithmOf(ref: ObjectRef): HashAlgorithm {
  // A manifest is ASCII JSON without raw CR, so both algorithms agree on it; plain md5 is exact.
  return ref.legacy && !ref.md5.endsWith('.dir') ? 'md5-dos2unix' : 'md5';
}

function bareMd5(md5: string): string {
  return md5.endsWith('.dir') ? md5.slice(0, -4) : md5;
}

export async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}

/** A temp name beside `final`, so the rename that publishes it stays on one filesystem. */
export function tempBeside(final: string): string {
  return join(dirname(final), `.${nodeCrypto().randomBytes(8).toString('hex')}.tmp`);
}

/** Names `tempBeside` makes, and no one else (DVC's own temp files are named differently). */
const TEMP_NAME = /^\.[0-9a-f]{16}\.tmp$/;

/**
 * A temp file untouched this long was left by a killed run: a live copy or download keeps its mtime
 * fresh as it writes, and every transfer times out long before an hour of silence.
 */
export const STALE_TEMP_MS = 60 * 60 * 1000;

/** Remove our stale temp files from one directory; returns how many. */
export function sweepStaleTemps(dir: string, now = Date.now()): number {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    if (!TEMP_NAME.test(name)) continue;
    const path = join(dir, name);
    try {
      const info = lstatSync(path);
      if (info.isFile() && now - info.mtimeMs > STALE_TEMP_MS) {
        rmSync(path, { force: true });
        removed++;
      }
    } catch {
      // removed by someone else meanwhile
    }
  }
  return removed;
}

export function diskMessage(error: unknown, what: string): Error {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOSPC') return new ConfigurationError(`No space left on device while writing ${what}.`);
  if (code === 'EACCES' || code === 'EROFS' || code === 'EPERM')
    return new ConfigurationError(`Cannot write ${what}: ${(error as Error).message}`, { cause: error });
  return error as Error;
}

/**
 * Refuse up front, with a message that names it, a cache that cannot be written (read-only mount, another
 * user's directory): otherwise the first mkdir deep inside it fails with an error that blames something else.
 */
export function checkCacheWritable(cacheDir: string, command: string): void {
  for (const dir of [join(cacheDir, 'files', 'md5'), cacheDir]) {
    let probe = dir;
    while (!existsSync(probe) && dirname(probe) !== probe) probe = dirname(probe);
    try {
      accessSync(probe, constants.W_OK);
    } catch (error) {
      throw new ConfigurationError(
        `The DVC cache ${cacheDir} is not writable (${(error as NodeJS.ErrnoException).code ?? 'error'} on ${probe}), ` +
          `and ${command} stores objects there. Give a writable 'cache-dir', or fix its permissions.`,
        { cause: error },
      );
    }
    if (probe === dir) return; // the deeper directory exists and is writable
  }
}

const prepared = new Set<string>();
const swept = new Set<string>();

/** mkdir -p, once per directory per process, with a write failure named as a user error. */
function prepareDir(dir: string, what = `directory ${dir}`): void {
  if (prepared.has(dir)) return;
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    throw diskMessage(error, what);
  }
  prepared.add(dir);
}

/**
 * Prepare a cache or remote directory that objects are about to be published into, sweeping out the temp
 * files a killed run left there. Only object stores are swept: a workspace directory is the user's.
 */
export function prepareObjectDir(dir: string, what = `directory ${dir}`): void {
  if (swept.has(dir)) return;
  prepareDir(dir, what);
  sweepStaleTemps(dir);
  swept.add(dir);
}

/** Files up to this size are copied with synchronous calls: no thread-pool round trips per step. */
const SMALL_FILE = 4 * CHUNK_SIZE;

function copyVerifiedSync(source: string, dest: string, expected: ObjectRef, mode: number): boolean {
  const data = readFileSync(source);
  const hasher = new ContentHasher(algorithmOf(expected));
  hasher.update(data);
  if (hasher.digest() !== bareMd5(expected.md5)) return false;
  prepareDir(dirname(dest));
  const temp = tempBeside(dest);
  try {
    writeFileSync(temp, data, { mode, flag: 'wx' });
    renameSync(temp, dest);
  } catch (error) {
    rmSync(temp, { force: true });
    throw diskMessage(error, dest);
  }
  return true;
}

/**
 * Copy `source` to `dest` through a temp file, hashing on the way, and publish it (rename) only when the
 * content hashes to `expected`. Returns false, leaving nothing behind, on a mismatch.
 */
export async function copyVerified(
  source: string,
  dest: string,
  expected: ObjectRef,
  mode: number,
): Promise<boolean> {
  if (statSync(source).size <= SMALL_FILE) return copyVerifiedSync(source, dest, expected, mode);
  prepareDir(dirname(dest));
  const temp = tempBeside(dest);
  const input = await open(source, 'r');
  try {
    const output = await open(temp, 'wx', 0o600);
    const hasher = new ContentHasher(algorithmOf(expected));
    try {
      const buffer = Buffer.allocUnsafe(CHUNK_SIZE);
      for (;;) {
        const { bytesRead } = await input.read(buffer, 0, CHUNK_SIZE, null);
        if (bytesRead === 0) break;
        const chunk = buffer.subarray(0, bytesRead);
        hasher.update(chunk);
        await output.write(chunk);
      }
    } finally {
      await output.close();
    }
    if (hasher.digest() !== bareMd5(expected.md5)) {
      await rm(temp, { force: true });
      return false;
    }
    await chmod(temp, mode);
    await rename(temp, dest);
    return true;
  } catch (error) {
    await rm(temp, { force: true });
    throw diskMessage(error, dest);
  } finally {
    await input.close();
  }
}

/** Publish in-memory bytes (a `.dir` manifest) as a cache object, if not there yet. */
export async function storeBytes(cacheDir: string, ref: ObjectRef, data: Uint8Array): Promise<boolean> {
  const dest = objectPath(cacheDir, ref);
  if (await exists(dest)) return false;
  prepareObjectDir(dirname(dest));
  const temp = tempBeside(dest);
  try {
    const handle = await open(temp, 'wx', 0o444);
    try {
      await handle.writeFile(data);
    } finally {
      await handle.close();
    }
    await rename(temp, dest);
    return true;
  } catch (error) {
    await rm(temp, { force: true });
    throw diskMessage(error, `cache object ${dest}`);
  }
}

/**
 * Store a workspace file as a cache object (dedup: an object already present is kept). The copy is hashed
 * as it is written, so a file that changed since it was hashed is refused instead of stored under a wrong name.
 */
export async function storeFile(
  cacheDir: string,
  ref: ObjectRef,
  source: string,
  display: string,
): Promise<boolean> {
  const dest = objectPath(cacheDir, ref);
  if (existsSync(dest)) return false;
  prepareObjectDir(dirname(dest), `the cache ${cacheDir}`);
  if (!(await copyVerified(source, dest, ref, 0o444))) {
    throw new ConfigurationError(`'${display}' changed while it was being added; run add again.`);
  }
  return true;
}

/** Hash a cache object and say whether its content matches its name. */
export async function verifyObject(path: string, ref: ObjectRef): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const hasher = new ContentHasher(algorithmOf(ref));
    const buffer = Buffer.allocUnsafe(CHUNK_SIZE);
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, CHUNK_SIZE, null);
      if (bytesRead === 0) break;
      hasher.update(buffer.subarray(0, bytesRead));
    }
    return hasher.digest() === bareMd5(ref.md5);
  } finally {
    await handle.close();
  }
}

/** Read a `.dir` manifest object, verified; undefined when absent, an error when corrupt. */
export async function readManifestObject(cacheDir: string, ref: ObjectRef): Promise<string | undefined> {
  const path = objectPath(cacheDir, ref);
  let data: Buffer;
  try {
    data = await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  const hasher = new ContentHasher('md5');
  hasher.update(data);
  if (hasher.digest() !== bareMd5(ref.md5)) {
    throw new ConfigurationError(
      `Cache object ${path} is corrupt: its content does not match its name ${ref.md5}. Delete it and add or pull again.`,
    );
  }
  return data.toString('utf8');
}
