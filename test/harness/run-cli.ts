import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { NODE24, PROJECT_ROOT } from './run-action.js';

const execFileAsync = promisify(execFile);

/** Run the built `mlops` CLI (dist/mlops.js under Node 24) with a clean environment; never throws. */
export async function runMlops(
  args: readonly string[],
  cwd = PROJECT_ROOT,
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await execFileAsync(
      NODE24,
      [join(PROJECT_ROOT, 'dist', 'mlops.js'), ...args],
      {
        cwd,
        env: { PATH: process.env.PATH, HOME: process.env.HOME },
      },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}
