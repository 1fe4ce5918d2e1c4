import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { ConfigurationError } from '../errors.js';
import { parseJson } from '../structured/json.js';
import { readYaml } from '../structured/yaml.js';

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
  return extname(display).toLowerCase() === '.json' ? parseJson(text, display) : readYaml(text, display);
}
