import { ConfigurationError } from '../core/errors.js';

export interface ParsedArgs {
  /** Input values by name; a repeated flag joins its values with newlines (list inputs). */
  values: Record<string, string>;
  positional: string[];
  help: boolean;
}

/**
 * `--name value`, `--name=value`, and `--flag` alone (= "true", for boolean inputs). Unknown names are
 * reported together, naming what is accepted. A boolean followed by a word takes it as its value (`--flag
 * false`, as action inputs are given), unless `flagsOnly`: then the word is positional (`--fetch churn#prod`).
 */
export function parseArgs(
  argv: readonly string[],
  known: readonly string[],
  booleans: ReadonlySet<string>,
  options: { flagsOnly?: boolean } = {},
): ParsedArgs {
  const values: Record<string, string> = {};
  const positional: string[] = [];
  const unknown: string[] = [];
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') {
      help = true;
      continue;
    }
    if (arg === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq < 0 ? arg.slice(2) : arg.slice(2, eq);
    if (!known.includes(name)) {
      unknown.push(`--${name}`);
      if (eq < 0 && !booleans.has(name) && i + 1 < argv.length && !argv[i + 1]!.startsWith('--')) i++;
      continue;
    }
    let value: string;
    if (eq >= 0) value = arg.slice(eq + 1);
    else if (
      booleans.has(name) &&
      (options.flagsOnly === true || i + 1 >= argv.length || argv[i + 1]!.startsWith('--'))
    )
      value = 'true';
    else if (i + 1 < argv.length) value = argv[++i]!;
    else throw new ConfigurationError(`Option --${name} needs a value.`);
    values[name] = name in values ? `${values[name]}\n${value}` : value;
  }
  if (unknown.length > 0) {
    throw new ConfigurationError(
      `Unknown option${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}. Known: ${known.map((k) => `--${k}`).join(', ')}.`,
    );
  }
  return { values, positional, help };
}
