import { ACTION_NAMES, type ActionName, executeAction } from '../adapter/action.js';
import { isBooleanInput } from '../adapter/inputs.js';
import { readRunnerEnv } from '../adapter/runner-env.js';
import { actions } from '../actions/index.js';
import { ConfigurationError, errorMessage } from '../core/errors.js';
import { actionMetadata } from '../generated/action-metadata.js';
import { parseArgs } from './args.js';
import { commandSafeJson } from '../core/log-text.js';
import { createCliHost, writeStderr } from './cli-host.js';
import { actionHelp, topHelp } from './help.js';
import { subcommands } from './subcommands.js';

const CLI_OPTIONS = ['summary', 'verbose', 'quiet'];

function isActionName(name: string): name is ActionName {
  return (ACTION_NAMES as readonly string[]).includes(name);
}

/** `mlops …`: runs an action with inputs from flags, or a non-action subcommand. Returns the exit code. */
export async function cli(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(`${topHelp(actionMetadata, subcommands)}\n`);
    return command === undefined ? 2 : 0;
  }
  if (command === '--version') {
    process.stdout.write('mlops-actions 0.1.0\n');
    return 0;
  }
  const sub = subcommands.find((s) => s.name === command);
  if (sub) return sub.run(rest);
  if (!isActionName(command)) {
    writeStderr(`error: unknown command '${command}'. Run 'mlops --help' for the list.\n`);
    return 2;
  }
  const meta = actionMetadata[command]!;
  const inputNames = Object.keys(meta.inputs);
  const shape = actions[command].schema.shape;
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
  const code = await executeAction(actions[command], host, raw, env);
  process.stdout.write(`${commandSafeJson(JSON.stringify(host.outputs(), null, 2))}\n`);
  return code;
}
