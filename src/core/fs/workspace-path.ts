import { realpath } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { ConfigurationError } from '../errors.js';

function isInside(root: string, candidate: string): boolean {
  const rel = relative(root, candidate);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

/**
 * Resolve a user-given path against the workspace and refuse it when it, or any symlink on the way,
 * leads outside the workspace. A path that does not exist yet is checked through its nearest existing
 * ancestor, so a later write cannot be redirected by a symlinked parent either.
 */
export async function resolveInWorkspace(
  workspace: string,
  userPath: string,
  inputName: string,
): Promise<string> {
  const root = await realpath(workspace);
  const absolute = resolve(root, userPath);
  if (!isInside(root, absolute)) {
    throw new ConfigurationError(
      `Input '${inputName}': path '${userPath}' is outside the workspace (${root}).`,
    );
  }
  let probe = absolute;
  let suffix = '';
  for (;;) {
    try {
      const real = await realpath(probe);
      const target = suffix === '' ? real : resolve(real, suffix);
      if (!isInside(root, target)) {
        throw new ConfigurationError(
          `Input '${inputName}': path '${userPath}' leads outside the workspace through a symbolic link.`,
        );
      }
      return absolute;
    } catch (error) {
      if (error instanceof ConfigurationError) throw error;
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      const parent = resolve(probe, '..');
      if (parent === probe) return absolute;
      suffix = suffix === '' ? relative(parent, probe) : `${relative(parent, probe)}${sep}${suffix}`;
      probe = parent;
    }
  }
}
