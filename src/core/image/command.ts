import { ConfigurationError } from '../errors.js';

/**
 * `entrypoint`/`cmd` input → argv: a JSON array of strings (exec form), or words separated by spaces.
 * There is no shell form: a model image may have no shell, so nothing is wrapped in `sh -c`.
 */
export function parseCommand(text: string | undefined, inputName: string): string[] | undefined {
  if (text === undefined || text.trim() === '') return undefined;
  const trimmed = text.trim();
  if (trimmed.startsWith('[')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(trimmed);
    } catch {
      throw new ConfigurationError(
        `Input '${inputName}' looks like a JSON array but is not valid JSON: ${trimmed}`,
      );
    }
    if (!Array.isArray(parsed) || !parsed.every((item) => typeof item === 'string')) {
      throw new ConfigurationError(
        `Input '${inputName}' must be a JSON array of strings, e.g. ["/bin/serve", "--port", "8080"].`,
      );
    }
    return parsed;
  }
  return trimmed.split(/\s+/);
}
