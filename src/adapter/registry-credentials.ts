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

/**
 * Registry credentials for a CLI command (no action context): the flags, else MLOPS_REGISTRY_USERNAME /
 * MLOPS_REGISTRY_PASSWORD (so a password need not be on the command line), else for ghcr.io only
 * GITHUB_ACTOR and GITHUB_TOKEN (as the actions default).
 */
export function cliRegistryCredentials(
  registry: string,
  given: { username: string | undefined; password: string | undefined },
  env: NodeJS.ProcessEnv = process.env,
): Credentials | undefined {
  const ghcr = registry === 'ghcr.io';
  const username =
    given.username || env.MLOPS_REGISTRY_USERNAME || (ghcr ? env.GITHUB_ACTOR : undefined) || undefined;
  const password =
    given.password || env.MLOPS_REGISTRY_PASSWORD || (ghcr ? env.GITHUB_TOKEN : undefined) || undefined;
  if (password && !username) {
    throw new ConfigurationError(
      '--registry-username (or MLOPS_REGISTRY_USERNAME) is required when a registry password is given.',
    );
  }
  return username && password ? { username, password } : undefined;
}
