import { appendFileSync } from 'node:fs';
import { type AnnotationProps, type Host, outputText } from '../adapter/host.js';
import { commandSafe } from '../core/log-text.js';

export interface CliHost extends Host {
  outputs(): Record<string, string>;
  failed(): boolean;
}

function where(props?: AnnotationProps): string {
  if (!props?.file) return '';
  return props.line === undefined ? `${props.file}: ` : `${props.file}:${props.line}: `;
}

/** stderr, with no line a workflow command: `mlops` often runs in a `run:` step, whose output the runner reads. */
export function writeStderr(text: string): void {
  process.stderr.write(commandSafe(text));
}

/**
 * The host behind `mlops <action>`: logs and annotations go to stderr, outputs are collected and printed
 * as one JSON object on stdout by the caller, the summary goes to stderr or to `--summary FILE`.
 */
export function createCliHost(options: {
  summaryFile?: string;
  verbose?: boolean;
  quiet?: boolean;
}): CliHost {
  const outputs: Record<string, string> = {};
  let failed = false;
  const log = (line: string) => {
    if (!options.quiet) writeStderr(`${line}\n`);
  };
  return {
    info: (message) => log(message),
    warning: (message) => writeStderr(`warning: ${message}\n`),
    debug: (message) => {
      if (options.verbose) writeStderr(`debug: ${message}\n`);
    },
    setOutput: (name, value) => {
      outputs[name] = outputText(value);
    },
    setSecret: () => undefined,
    annotate: (level, message, props) => writeStderr(`${level}: ${where(props)}${message}\n`),
    appendSummary: (markdown) => {
      if (options.summaryFile) appendFileSync(options.summaryFile, `${markdown}\n`);
      else log(`\n${markdown}\n`);
      return Promise.resolve();
    },
    fail: (message, props) => {
      failed = true;
      writeStderr(`error: ${where(props)}${message}\n`);
    },
    group: async (name, fn) => {
      log(`▸ ${name}`);
      return fn();
    },
    outputs: () => ({ ...outputs }),
    failed: () => failed,
  };
}
