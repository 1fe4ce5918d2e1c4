import { readFile, realpath } from 'node:fs/promises';
import { join, relative, sep, isAbsolute } from 'node:path';
import { parseMlopsConfig } from '../core/config/parse.js';
import type { MlopsConfig } from '../core/config/schema.js';
import { ConfigurationError } from '../core/errors.js';

/** Names the project configuration may have, in the order they are looked for. */
export const CONFIG_FILE_NAMES = ['.mlops.yml', '.mlops.yaml'] as const;

/**
 * The one `.mlops.yml` loader, for actions and CLI commands alike: the file at the root of `dir`
 * (`.mlops.yml`, else `.mlops.yaml`), validated, every problem reported with file and line; `{}` when there
 * is none. It is repository content, so a symbolic link leading out of `dir` is refused.
 */
export async function loadMlopsConfig(dir: string): Promise<MlopsConfig> {
  for (const name of CONFIG_FILE_NAMES) {
    const path = join(dir, name);
    let real: string;
    try {
      real = await realpath(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw error;
    }
    const rel = relative(await realpath(dir), real);
    if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) {
      throw new ConfigurationError(`${name} is a symbolic link leading outside the repository.`, {
        file: name,
      });
    }
    return parseMlopsConfig(await readFile(real, 'utf8'), name);
  }
  return {};
}
