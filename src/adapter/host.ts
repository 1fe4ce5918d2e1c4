import type { Logger } from '../core/logger.js';

export interface AnnotationProps {
  file?: string;
  line?: number;
  title?: string;
}

/**
 * Everything an action does to the outside world besides its own files: outputs, job summary,
 * annotations, secret masking, logs. The runner host writes through @actions/core; the CLI host prints
 * JSON outputs on stdout and the summary on stderr (or a file).
 */
export interface Host extends Logger {
  setOutput(name: string, value: string | number | boolean | object): void;
  setSecret(value: string): void;
  annotate(level: 'error' | 'warning' | 'notice', message: string, props?: AnnotationProps): void;
  /**
   * Append markdown to the job summary. On a runner it is cut to GitHub's 1 MiB step-summary limit, with a
   * note naming what was left out and `fullReport` (markdown: where the whole report is).
   */
  appendSummary(markdown: string, fullReport?: string): Promise<void>;
  /** Mark the step failed with one message, optionally attached to a file/line (called once, by the error path). */
  fail(message: string, props?: AnnotationProps): void;
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
}

/** Serialise an output value the way every action does: strings as-is, everything else as JSON. */
export function outputText(value: string | number | boolean | object): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}
