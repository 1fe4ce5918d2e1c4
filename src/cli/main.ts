import { ACTION_NAMES, type ActionName } from '../adapter/action-names.js';
import { actionMetadata } from '../generated/action-metadata.js';
import { writeStderr } from './cli-host.js';
import { topHelp } from './help.js';
import { subcommands } from './subcommands.js';

function isActionName(name: string): name is ActionName {
  return (ACTION_NAMES as readonly string[]).includes(name);
}

/**
 * `mlops …`: runs an action with inputs from flags, or a non-action subcommand. Returns the exit code.
 * This module stays small (help, metadata, dispatch): the chosen action's or subcommand's code is loaded
 * only once it is known, so a start costs what that command needs and no more.
 */
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
  const { runActionCli } = await import('./run-action.js');
  return runActionCli(command, rest);
}
