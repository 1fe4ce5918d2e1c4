import { errorMessage } from '../core/errors.js';
import { writeStderr } from './cli-host.js';

/**
 * CLI commands that are not actions (e.g. `mlops experiments …`). Each domain registers its own in the list
 * below, with a loader: its code is loaded only when the command runs (`mlops --help` needs the summary only).
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

export const subcommands: Subcommand[] = [
  {
    name: 'experiments',
    summary:
      'List, show, compare and rank recorded runs from the registry branch (list | show | compare | best).',
    run: async (argv) => (await import('./experiments.js')).runExperiments(argv),
  },
  {
    name: 'models',
    summary:
      'The model registry in GTO-format git tags: list | show | history, and register | assign | unassign | deprecate.',
    run: async (argv) => (await import('./models.js')).runModels(argv),
  },
  {
    name: 'gitops',
    summary:
      'Pin an image digest into Kubernetes manifests, kustomizations, KServe, Helm values and Argo CD files, changing only the pinned bytes (pin).',
    run: async (argv) => (await import('./gitops.js')).runGitops(argv),
  },
];
