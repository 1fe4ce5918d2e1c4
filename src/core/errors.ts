/**
 * A mistake the user can fix (bad input, bad file, missing permission). The error path prints only the
 * message; any other error is treated as a bug and its stack goes to the debug log.
 */
export class ConfigurationError extends Error {
  override readonly name = 'ConfigurationError';
  /** Optional file/line so the runner can attach an annotation to the right place. */
  readonly file: string | undefined;
  readonly line: number | undefined;

  constructor(message: string, where?: { file?: string; line?: number; cause?: unknown }) {
    super(message, where?.cause === undefined ? undefined : { cause: where.cause });
    this.file = where?.file;
    this.line = where?.line;
  }
}

export function isConfigurationError(error: unknown): error is ConfigurationError {
  return error instanceof ConfigurationError;
}

/** Message of any thrown value, for places that must not lose it. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
