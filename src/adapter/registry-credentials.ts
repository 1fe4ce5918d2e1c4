import { ConfigurationError } from '../core/errors.js';
import type { Credentials } from '../core/image/registry-client.js';
import type { ActionContext } from './action.js';

/**
 * Registry credentials as the image actions take them: `registry-username` / `registry-password` as given;
 * for ghcr.io only, the workflow actor and the GitHub token by default (the token never goes to any other
 * registry). The password is masked.
 */
export function registryCredentials(
  ctx: ActionContext,
  registry: string | undefined,
  given: { username: string | undefined; password: string | undefined; githubToken: string | undefined },
): Credentials | undefined {
  const ghcr = registry === 'ghcr.io';
  const username = given.username ?? (ghcr ? ctx.env.actor : undefined);
  const githubToken = ctx.token(given.githubToken);
  const password = given.password ?? (ghcr ? githubToken : undefined);
  if (password) ctx.host.setSecret(password);
  if (password && !username) {
    throw new ConfigurationError("Input 'registry-username' is required when 'registry-password' is given.");
  }
  return username && password ? { username, password } : undefined;
}
