import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { NODE24, PROJECT_ROOT } from './run-action.js';

const execFileAsync = promisify(execFile);
export const CLI = join(PROJECT_ROOT, 'dist', 'mlops.js');

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * `mlops …` as a user runs it: the built bundle (dist/mlops.js) under Node 24, in `cwd`, with a clean
 * environment (no GITHUB_* from a surrounding workflow).
 */
export async function runCli(args: readonly string[], cwd = PROJECT_ROOT): Promise<CliRun> {
  const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? cwd, LANG: 'C.UTF-8' };
  try {
    const { stdout, stderr } = await execFileAsync(NODE24, [CLI, ...args], { cwd, env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}
