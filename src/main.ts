/**
 * The single bundle's entry points. dist/<action>.js stubs call runAction(name); dist/mlops.js calls cli();
 * dist/root.js calls runRoot(). Importing this module has no side effects.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as core from '@actions/core';
import { ACTION_NAMES, type ActionName, executeAction } from './adapter/action.js';
import { inputFromEnv, rawInputsFromEnv } from './adapter/inputs.js';
import { readRunnerEnv } from './adapter/runner-env.js';
import { createRunnerHost } from './adapter/runner-host.js';
import { actions } from './actions/index.js';
import { errorMessage } from './core/errors.js';
import { cli } from './cli/main.js';

/** `root`: dispatched by the root action, whose INPUT_COMMAND names the action and maybe its sub-command. */
async function runWithEnv(name: ActionName, root?: { subcommand: string | undefined }): Promise<void> {
  const host = createRunnerHost();
  let env;
  try {
    env = readRunnerEnv();
  } catch (error) {
    host.fail(errorMessage(error));
    return;
  }
  const definition = actions[name];
  // Inputs not given get their defaults in parseInputs (the root action.yml cannot carry per-action ones).
  const raw = { ...rawInputsFromEnv(definition.schema) };
  if (root) raw.command = root.subcommand; // not given → the action's own default command
  const code = await executeAction(definition, host, raw, env);
  if (code !== 0) process.exitCode = code;
}

/** Run one action as a GitHub runner does (INPUT_* env, GITHUB_OUTPUT, …). */
export async function runAction(name: ActionName): Promise<void> {
  await runWithEnv(name);
}

/** The root action: put the CLI on PATH, then run `command` if given. */
export async function runRoot(bundleDir: string): Promise<void> {
  core.addPath(join(bundleDir, 'bin'));
  const words = (inputFromEnv('command') ?? '').trim().split(/\s+/).filter(Boolean);
  const [command, subcommand, ...extra] = words;
  if (command === undefined) {
    core.info('mlops CLI added to PATH; no command given.');
    return;
  }
  if (!(ACTION_NAMES as readonly string[]).includes(command) || extra.length > 0) {
    core.setFailed(
      `Input 'command' must be one of ${ACTION_NAMES.join(', ')} (optionally followed by that action's command, ` +
        `e.g. 'data-hash push'), got '${words.join(' ')}'.`,
    );
    return;
  }
  const name = command as ActionName;
  if (subcommand !== undefined && !('command' in actions[name].schema.shape)) {
    core.setFailed(`Input 'command': ${name} takes no sub-command, got '${subcommand}'.`);
    return;
  }
  await runWithEnv(name, { subcommand });
}

export { cli };

/** Directory of a stub given its import.meta.url. */
export function stubDir(metaUrl: string): string {
  return dirname(fileURLToPath(metaUrl));
}
