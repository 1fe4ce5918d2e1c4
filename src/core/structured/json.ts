import { ConfigurationError } from '../errors.js';
import { checkNesting } from './nesting.js';

/**
 * A user's JSON file: a syntax error, or a value nested deeper than MAX_NESTING, is a ConfigurationError
 * naming the file. (JSON.parse itself copes with any depth; the code that reads the value would not.)
 */
export function parseJson(text: string, file: string): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ConfigurationError(`${file} is not valid JSON: ${(error as Error).message}`, { file });
  }
  checkNesting(value, file);
  return value;
}
