import { ConfigurationError } from '../core/errors.js';

/** Actions declared for the next release fail clearly instead of pretending to work. */
export function notAvailableYet(name: string): never {
  throw new ConfigurationError(
    `${name} is not available yet in this version of mlops-actions (planned for the next release). ` +
      'Remove this step or pin a release that includes it.',
  );
}
