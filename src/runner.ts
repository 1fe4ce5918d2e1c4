/**
 * What a GitHub runner starts: one action with INPUT_* inputs, or the root action's `command:`. Loaded by
 * src/main.ts only for runner entries, so the CLI never loads @actions/core.
 */
import { join } from 'node:path';
import * as core from '@actions/core';
import { ACTION_NAMES, type ActionDefinition, type ActionName, executeAction } from './adapter/action.js';
import { inputFromEnv, rawInputsFromEnv } from './adapter/inputs.js';
import { readRunnerEnv } from './adapter/runner-env.js';
import { createRunnerHost } from './adapter/runner-host.js';
import { loadAction } from './actions/index.js';
import { errorMessage } from './core/errors.js';

/** `root`: dispatched by the root action, whose INPUT_COMMAND names the action and maybe its sub-command. */
export async function runWithEnv(
  name: ActionName,
  root?: { subcommand: string | undefined; definition: ActionDefinition },
): Promise<void> {
  const host = createRunnerHost();
  let env;
  try {
    env = readRunnerEnv();
  } catch (error) {
    host.fail(errorMessage(error));
    return;
  }
  const definition = root?.definition ?? (await loadAction(name));
  // Inputs not given get their defaults in parseInputs (the root action.yml cannot carry per-action ones).
  const raw = { ...rawInputsFromEnv(definition.schema) };
  if (root) raw.command = root.subcommand; // not given → the action's own default command
  const code = await executeAction(definition, host, raw, env);
  if (code !== 0) process.exitCode = code;
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
  const definition = await loadAction(name);
  if (subcommand !== undefined && !('command' in definition.schema.shape)) {
    core.setFailed(`Input 'command': ${name} takes no sub-command, got '${subcommand}'.`);
    return;
  }
  await runWithEnv(name, { subcommand, definition });
}
