import { ConfigurationError } from '../errors.js';

/**
 * How deep mappings and lists in a user's file may nest. Real params, metrics and configs stay within a
 * handful of levels; a file nested thousands deep would overflow the stack of the recursive code that
 * reads values (flattening keys, JSON.stringify), which must be reported as the user's mistake instead.
 */
export const MAX_NESTING = 100;

export const NESTED_TOO_DEEP = `values are nested more than ${MAX_NESTING} levels deep`;

/** `file:line: values are nested more than 100 levels deep.`, the one wording every reader uses. */
export function nestingError(file: string, line?: number): ConfigurationError {
  return new ConfigurationError(`${file}${line === undefined ? '' : `:${line}`}: ${NESTED_TOO_DEEP}.`, {
    file,
    line,
  });
}

/**
 * Does `value` nest objects/arrays deeper than MAX_NESTING? Iterative (an explicit stack), so it is safe
 * on any depth, and it stops at the first level too deep.
 */
export function nestedTooDeep(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return false;
  const stack: [object, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > MAX_NESTING) return true;
    for (const child of Object.values(node) as unknown[]) {
      if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
    }
  }
  return false;
}

/** Throw nestingError(file, line) when `value` nests deeper than MAX_NESTING. */
export function checkNesting(value: unknown, file: string, line?: number): void {
  if (nestedTooDeep(value)) throw nestingError(file, line);
}
