import { type ActionName, executeAction } from '../adapter/action.js';
import { isBooleanInput } from '../adapter/inputs.js';
import { readRunnerEnv } from '../adapter/runner-env.js';
import { loadAction } from '../actions/index.js';
import { ConfigurationError, errorMessage } from '../core/errors.js';
import { commandSafeJson } from '../core/log-text.js';
import { actionMetadata } from '../generated/action-metadata.js';
import { parseArgs } from './args.js';
import { createCliHost, writeStderr } from './cli-host.js';
import { actionHelp } from './help.js';

const CLI_OPTIONS = ['summary', 'verbose', 'quiet'];

/** `mlops <action> …`: inputs from flags (then `.mlops.yml`, then defaults), outputs as JSON on stdout. */
export async function runActionCli(command: ActionName, rest: readonly string[]): Promise<number> {
  const meta = actionMetadata[command]!;
  const inputNames = Object.keys(meta.inputs);
  const definition = await loadAction(command);
  const shape = definition.schema.shape;
  const booleans = new Set(inputNames.filter((n) => isBooleanInput(shape[n])));
  booleans.add('verbose').add('quiet');
  let parsed;
  try {
    parsed = parseArgs(rest, [...inputNames, ...CLI_OPTIONS], booleans);
  } catch (error) {
    writeStderr(`error: ${errorMessage(error)}\n`);
    return 2;
  }
  if (parsed.help) {
    process.stdout.write(`${actionHelp(command, meta)}\n`);
    return 0;
  }
  // `mlops data-hash push` = `mlops data-hash --command push`, for actions with a `command` input.
  const takesCommand = inputNames.includes('command');
  if (takesCommand && parsed.positional.length > 0 && parsed.values.command === undefined) {
    parsed.values.command = parsed.positional.shift()!;
  }
  if (parsed.positional.length > 0) {
    writeStderr(`error: unexpected argument '${parsed.positional[0]}'; inputs are given as --name value.\n`);
    return 2;
  }
  const host = createCliHost({
    summaryFile: parsed.values.summary,
    verbose: parsed.values.verbose === 'true',
    quiet: parsed.values.quiet === 'true',
  });
  // Flags not given get their defaults where every action's do: parseInputs (flag, else .mlops.yml, else built-in).
  const raw: Record<string, string | undefined> = {};
  for (const name of inputNames) raw[name] = parsed.values[name];
  let env;
  try {
    env = readRunnerEnv();
  } catch (error) {
    host.fail(error instanceof ConfigurationError ? error.message : errorMessage(error));
    return 1;
  }
  const code = await executeAction(definition, host, raw, env);
  process.stdout.write(`${commandSafeJson(JSON.stringify(host.outputs(), null, 2))}\n`);
  return code;
}
