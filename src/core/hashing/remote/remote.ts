/**
 * A DVC remote: the cache's `files/md5/xx/…` layout under a root (directory or bucket prefix). Keys are
 * the cache-relative object keys ("files/md5/ab/cdef…"). Implementations never leave a partial object
 * under its final name: local copies go through temp + rename, S3 PUTs are atomic.
 */
export interface Remote {
  /** For messages: the remote's URL or path. */
  readonly url: string;
  /**
   * Which of these keys the remote already holds. With `localSize`, a remote that knows its objects' sizes
   * counts one whose size differs (a truncated upload) as absent, so it is uploaded again.
   */
  has(
    keys: readonly string[],
    jobs: number,
    localSize?: (key: string) => Promise<number>,
  ): Promise<Set<string>>;
  /** Upload a (verified) local object file. */
  upload(localPath: string, key: string): Promise<void>;
  /** Download an object into `destTemp` (a temp file the caller verifies and renames). */
  download(key: string, destTemp: string): Promise<void>;
}
