/** GitHub's wording for a request body that breaks the operation's schema ("Invalid request.\n\n…"). */
import type { FieldError } from './errors.js';
import type { ValidationProblem } from './openapi.js';

function valueAt(body: unknown, pointer: string): unknown {
  let node = body;
  for (const part of pointer.split('/').slice(1)) {
    node = (node as Record<string, unknown> | undefined)?.[part.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return node;
}

function describe(problem: ValidationProblem, body: unknown): { line: string; error: FieldError } {
  const { ajv } = problem;
  const field = problem.path.split('/').slice(1).join('.');
  if (ajv.keyword === 'required') {
    const missing = String((ajv.params as { missingProperty?: string }).missingProperty);
    const name = field ? `${field}.${missing}` : missing;
    return {
      line: `"${name}" wasn't supplied.`,
      error: { resource: 'Request', field: name, code: 'missing_field' },
    };
  }
  const value = JSON.stringify(valueAt(body, problem.path)) ?? 'undefined';
  const where = `properties/${field}`;
  const line =
    ajv.keyword === 'type'
      ? `For '${where}', ${value} is not ${/^[aeiou]/.test(String(ajv.params.type)) ? 'an' : 'a'} ${String(ajv.params.type)}.`
      : `For '${where}', ${value} ${problem.message}.`;
  return { line, error: { resource: 'Request', field, code: 'invalid', message: line } };
}

export function invalidRequest(
  problems: ValidationProblem[],
  body: unknown,
): { message: string; errors: FieldError[] } {
  // anyOf/oneOf branches repeat the same complaint; keep each line once.
  const seen = new Map<string, FieldError>();
  for (const p of problems) {
    if (p.ajv.keyword === 'anyOf' || p.ajv.keyword === 'oneOf') continue;
    const { line, error } = describe(p, body);
    if (!seen.has(line)) seen.set(line, error);
  }
  if (seen.size === 0 && problems[0])
    seen.set(`${problems[0].path} ${problems[0].message}`, { code: 'invalid' });
  return { message: `Invalid request.\n\n${[...seen.keys()].join('\n')}`, errors: [...seen.values()] };
}
