import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { parseDocument } from 'yaml';
import { ConfigurationError } from '../errors.js';

/** Read a file given by the user, turning "not there" into a message that names the input. */
export async function readUserFile(absolute: string, display: string, inputName: string): Promise<string> {
  try {
    return await readFile(absolute, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      throw new ConfigurationError(`Input '${inputName}': file '${display}' does not exist.`, {
        file: display,
      });
    }
    if (code === 'EISDIR') {
      throw new ConfigurationError(`Input '${inputName}': '${display}' is a directory, not a file.`, {
        file: display,
      });
    }
    throw error;
  }
}

/** Parse JSON or YAML by extension (YAML is a superset of JSON, but JSON errors read better from JSON.parse). */
export function parseStructured(text: string, display: string): unknown {
  const ext = extname(display).toLowerCase();
  if (ext === '.json') {
    try {
      return JSON.parse(text) as unknown;
    } catch (error) {
      throw new ConfigurationError(`${display} is not valid JSON: ${(error as Error).message}`, {
        file: display,
      });
    }
  }
  const doc = parseDocument(text, { prettyErrors: false });
  if (doc.errors.length > 0) {
    throw new ConfigurationError(`${display} is not valid YAML: ${doc.errors[0]!.message.split('\n')[0]}`, {
      file: display,
    });
  }
  return doc.toJS() as unknown;
}
