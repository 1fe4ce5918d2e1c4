/**
 * The bundle's entry points. dist/<action>.js stubs call runAction(name); dist/mlops.js calls cli();
 * dist/root.js calls runRoot(). Importing this module has no side effects and loads almost nothing: each
 * entry loads the code it needs with import(), which the bundler turns into chunks of dist/.
 */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ActionName } from './adapter/action-names.js';
import { cli } from './cli/main.js';

/** Run one action as a GitHub runner does (INPUT_* env, GITHUB_OUTPUT, …). */
export async function runAction(name: ActionName): Promise<void> {
  await (await import('./runner.js')).runWithEnv(name);
}

/** The root action: put the CLI on PATH, then run `command` if given. */
export async function runRoot(bundleDir: string): Promise<void> {
  await (await import('./runner.js')).runRoot(bundleDir);
}

export { cli };

/** Directory of a stub given its import.meta.url. */
export function stubDir(metaUrl: string): string {
  return dirname(fileURLToPath(metaUrl));
}
