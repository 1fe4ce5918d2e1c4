import { errorMessage } from '../core/errors.js';
import { writeStderr } from './cli-host.js';
import { experimentsCommand } from './experiments.js';
import { modelsCommand } from './models.js';
import { gitopsCommand } from './gitops.js';
import { lineageCommand } from './lineage.js';

/**
 * CLI commands that are not actions (e.g. `mlops experiments …`). Each domain registers its own here.
 */
export interface Subcommand {
  name: string;
  summary: string;
  /** Returns the exit code. Writes results to stdout, diagnostics to stderr. */
  run(argv: readonly string[]): Promise<number>;
}

/**
 * The shape every subcommand group shares: no command or `help` prints the usage (exit 2 / 0); `handle`
 * returns what to print on stdout; any error is one `error: …` line on stderr and exit 1.
 */
export async function runSubcommandGroup(
  usage: string,
  argv: readonly string[],
  handle: (command: string, rest: readonly string[]) => Promise<string>,
): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(`${usage}\n`);
    return command === undefined ? 2 : 0;
  }
  try {
    process.stdout.write(await handle(command, rest));
    return 0;
  } catch (error) {
    writeStderr(`error: ${errorMessage(error)}\n`);
    return 1;
  }
}

export const subcommands: Subcommand[] = [];
subcommands.push(experimentsCommand, modelsCommand, gitopsCommand);
subcommands.push(lineageCommand);
