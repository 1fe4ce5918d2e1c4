/**
 * The registry branch: where run, drift and deployment records live. Its name is resolved in one place,
 * by the project's precedence rule: the input, then `.mlops.yml` `registry.branch`, then `mlops/registry`.
 */

import { z } from 'zod';
import { ConfigurationError } from '../errors.js';
import { type BranchLocation, remoteTrackingRef } from '../git/branches.js';

export const DEFAULT_REGISTRY_BRANCH = 'mlops/registry';

/** `.mlops.yml` → `registry:` section. */
export const registryConfigSchema = z
  .object({
    branch: z
      .string()
      .min(1)
      .optional()
      .describe(`Branch holding run, drift and deployment records (default ${DEFAULT_REGISTRY_BRANCH})`),
  })
  .strict();
export type RegistryConfig = z.infer<typeof registryConfigSchema>;

export type RegistryLocation = BranchLocation;

/** A branch name, also given as `refs/heads/x` (as GITHUB_REF spells it); any other `refs/…` is refused. */
export function checkBranchName(given: string, inputName: string): string {
  const branch = given.startsWith('refs/heads/') ? given.slice('refs/heads/'.length) : given;
  if (
    branch.startsWith('refs/') ||
    !/^[A-Za-z0-9][A-Za-z0-9._/-]*$/.test(branch) ||
    branch.includes('..') ||
    branch.includes('//') ||
    branch.endsWith('/') ||
    branch.endsWith('.lock') ||
    branch.split('/').some((c) => c.startsWith('.'))
  ) {
    throw new ConfigurationError(`Input '${inputName}': '${given}' is not a usable branch name.`);
  }
  return branch;
}

/**
 * The registry branch: `input` (the action's or CLI's `registry-branch`), else `.mlops.yml`
 * `registry.branch`, else `mlops/registry`; checked, naming `inputName` when it is unusable.
 */
export function resolveRegistryBranch(
  input: string | undefined,
  config: RegistryConfig | undefined,
  inputName = 'registry-branch',
): string {
  if (input) return checkBranchName(input, inputName);
  if (config?.branch) return checkBranchName(config.branch, '.mlops.yml registry.branch');
  return DEFAULT_REGISTRY_BRANCH;
}

/** Where the registry branch's fetched tip is kept locally: the usual remote-tracking ref. */
export const trackingRef = remoteTrackingRef;
