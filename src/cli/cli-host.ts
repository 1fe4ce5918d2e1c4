import { appendFileSync } from 'node:fs';
import { type AnnotationProps, type Host, outputText } from '../adapter/host.js';

export interface CliHost extends Host {
  outputs(): Record<string, string>;
  failed(): boolean;
}

function where(props?: AnnotationProps): string {
  if (!props?.file) return '';
  return props.line === undefined ? `${props.file}: ` : `${props.file}:${props.line}: `;
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
    if (!options.quiet) process.stderr.write(`${line}\n`);
  };
  return {
    info: (message) => log(message),
    warning: (message) => process.stderr.write(`warning: ${message}\n`),
    debug: (message) => {
      if (options.verbose) process.stderr.write(`debug: ${message}\n`);
    },
    setOutput: (name, value) => {
      outputs[name] = outputText(value);
    },
    setSecret: () => undefined,
    annotate: (level, message, props) => process.stderr.write(`${level}: ${where(props)}${message}\n`),
    appendSummary: (markdown) => {
      if (options.summaryFile) appendFileSync(options.summaryFile, `${markdown}\n`);
      else log(`\n${markdown}\n`);
      return Promise.resolve();
    },
    fail: (message, props) => {
      failed = true;
      process.stderr.write(`error: ${where(props)}${message}\n`);
    },
    group: async (name, fn) => {
      log(`▸ ${name}`);
      return fn();
    },
    outputs: () => ({ ...outputs }),
    failed: () => failed,
  };
}
