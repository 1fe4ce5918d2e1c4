import { execFile, execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, realpath, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { silentLogger } from '../../../src/core/logger.js';
import { hashOutput, type OutputHash } from '../../../src/core/hashing/output-hash.js';
import { openRepo, type HashingRepo } from '../../../src/core/hashing/repo.js';
import { tempDir } from '../../harness/temp-dir.js';

export const run = promisify(execFile);

/** Write files (relative path → content) under root, creating directories. */
export async function writeTree(root: string, files: Record<string, string | Uint8Array>): Promise<void> {
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), content);
  }
}

/** A fresh workspace (real path) and a repo opened on it. */
export async function workspace(): Promise<{ root: string; repo: HashingRepo }> {
  const root = await realpath(await tempDir('mlops-hash-'));
  return { root, repo: openRepo({ root, cacheDir: undefined, jobs: 2, logger: silentLogger }) };
}

export async function hashIn(
  repo: HashingRepo,
  rel: string,
  algorithm: 'md5' | 'md5-dos2unix' = 'md5',
): Promise<OutputHash> {
  return hashOutput({
    path: join(repo.root, rel),
    display: rel,
    workspaceReal: repo.root,
    algorithm,
    state: repo.state,
    jobs: repo.jobs,
  });
}

/** Python's own json.dumps(sort_keys=True) of a list of {md5, relpath} (the independent reference). */
export async function pythonManifest(entries: { md5: string; relpath: string }[]): Promise<string> {
  const script =
    'import json,sys\n' +
    'entries=json.loads(sys.stdin.buffer.read().decode("utf-8"))\n' +
    'entries.sort(key=lambda e: e["relpath"])\n' +
    'sys.stdout.write(json.dumps(entries, sort_keys=True))\n';
  return new Promise((resolve, reject) => {
    const child = execFile('/usr/bin/python3', ['-c', script], (error, stdout) =>
      error ? reject(new Error(error.message)) : resolve(stdout),
    );
    child.stdin!.end(JSON.stringify(entries));
  });
}

/** md5sum's answer for a file (independent reference). */
export function md5sum(path: string): Promise<string> {
  // Content on stdin: md5sum escapes names containing backslashes or newlines in its output.
  return Promise.resolve(
    execFileSync('md5sum', [], { input: readFileSync(path) })
      .toString('utf8')
      .slice(0, 32),
  );
}
