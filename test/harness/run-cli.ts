/** `mlops …` as a `run:` step or a terminal calls it: dist/mlops.js on Node 24, in a clean environment. */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { NODE24, PROJECT_ROOT } from './run-action.js';

const execFileAsync = promisify(execFile);

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(args: string[], cwd = PROJECT_ROOT): Promise<CliRun> {
  try {
    const { stdout, stderr } = await execFileAsync(
      NODE24,
      [join(PROJECT_ROOT, 'dist', 'mlops.js'), ...args],
      {
        cwd,
        env: { PATH: process.env.PATH, HOME: process.env.HOME },
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}
