/** GitHub's error bodies: `{message, documentation_url, status}`, plus `errors` on validation failures. */

export const DOCS = 'https://docs.github.com/rest';

export interface FieldError {
  resource?: string;
  field?: string;
  code: string;
  message?: string;
  value?: string;
  /** The deployment conflict (409) lists each commit status context and its state. */
  contexts?: { context: string; state: string }[];
}

/** Thrown by route handlers; the server turns it into GitHub's error shape. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** Some endpoints (review requests) answer plain strings in `errors`. */
    readonly errors?: (FieldError | string)[],
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export function errorBody(
  status: number,
  message: string,
  documentationUrl: string,
  errors?: (FieldError | string)[],
): Record<string, unknown> {
  const body: Record<string, unknown> = {
    message,
    documentation_url: documentationUrl,
    status: String(status),
  };
  if (errors) body.errors = errors;
  return body;
}

export const notFound = (): ApiError => new ApiError(404, 'Not Found');
export const notAccessible = (): ApiError => new ApiError(403, 'Resource not accessible by integration');

/** GitHub's generic 422 for semantic problems (already exists, too long, …). */
export function validationFailed(...errors: FieldError[]): ApiError {
  return new ApiError(422, 'Validation Failed', errors);
}

/** GitHub counts characters (code points), not UTF-16 units. */
export function tooLong(resource: string, field: string, max: number, value: string | undefined): void {
  if (value === undefined) return;
  let n = 0;
  for (const _ of value) {
    if (++n > max) break;
  }
  if (n > max) {
    throw validationFailed({
      resource,
      code: 'custom',
      field,
      message: `${field} is too long (maximum is ${max} characters)`,
    });
  }
}
