import { experimentsCommand } from './experiments.js';
import { gitopsCommand } from './gitops.js';

/**
 * CLI commands that are not actions (e.g. `mlops experiments …`). Each domain registers its own here.
 */
export interface Subcommand {
  name: string;
  summary: string;
  /** Returns the exit code. Writes results to stdout, diagnostics to stderr. */
  run(argv: readonly string[]): Promise<number>;
}

export const subcommands: Subcommand[] = [];
subcommands.push(experimentsCommand);
subcommands.push(gitopsCommand);
