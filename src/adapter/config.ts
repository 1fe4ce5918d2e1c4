import { readFile } from 'node:fs/promises';
import type { MlopsConfig } from '../core/config/schema.js';
import { PathPolicy } from '../core/fs/path-policy.js';

/** Names the project configuration may have, in the order they are looked for. */
export const CONFIG_FILE_NAMES = ['.mlops.yml', '.mlops.yaml'] as const;

/**
 * The one `.mlops.yml` loader, for actions and CLI commands alike: the file at the root of `dir`
 * (`.mlops.yml`, else `.mlops.yaml`), validated, every problem reported with file and line; `{}` when there
 * is none. It is repository content, so the path policy refuses a symbolic link leading out of `dir` (or
 * into `.git`).
 */
export async function loadMlopsConfig(dir: string): Promise<MlopsConfig> {
  const policy = PathPolicy.forWorkspace(dir);
  for (const name of CONFIG_FILE_NAMES) {
    let text: string;
    try {
      text = await readFile(policy.resolveContent(name, { file: name }), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw error;
    }
    // The schema (every domain's section) and its validator load only when there is a file to check.
    const { parseMlopsConfig } = await import('../core/config/parse.js');
    return parseMlopsConfig(text, name);
  }
  return {};
}
