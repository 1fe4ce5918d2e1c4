import type { z } from 'zod';
import type { MlopsConfig } from '../core/config/schema.js';
import { ConfigurationError, errorMessage, isConfigurationError } from '../core/errors.js';
import { loadMlopsConfig } from './config.js';
import { Git } from './git.js';
import type { Host } from './host.js';
import { type InputSource, type RawInputs, resolveInputs } from './inputs.js';
import type { createOctokit, GitHubClient } from './octokit.js';
import type { RunnerEnv } from './runner-env.js';
import { actionMetadata } from '../generated/action-metadata.js';
import { ACTION_NAMES, type ActionName } from './action-names.js';

export { ACTION_NAMES, type ActionName };

/** What an action's run() gets besides its parsed inputs. */
export interface ActionContext {
  host: Host;
  env: RunnerEnv;
  /**
   * `.mlops.yml` from the workspace root (empty when absent), for settings that are not inputs. Inputs that
   * the file can also set arrive already resolved (see fromConfig): do not read those keys here.
   */
  config: MlopsConfig;
  /** Where an input's value came from: given in the workflow/CLI, `.mlops.yml` (fromConfig), or the default. */
  inputSource(name: string): InputSource;
  /** A git wrapper rooted at `cwd` (default: the workspace). */
  git(cwd?: string): Git;
  /**
   * The one token fallback: the given input, else GITHUB_TOKEN from the environment; masked before it is
   * returned. Undefined when there is neither.
   */
  token(given: string | undefined): string | undefined;
  /** A GitHub client with token(given); throws a user error when there is no token. */
  github(token: string | undefined): GitHubClient;
}

export interface ActionDefinition<S extends z.ZodObject = z.ZodObject> {
  name: ActionName;
  schema: S;
  run(inputs: z.infer<S>, ctx: ActionContext): Promise<void>;
  /**
   * `false` for an action that never calls ctx.github(): its runs then skip loading the GitHub client
   * (Octokit and its plugins, milliseconds of every start). Default: the client is loaded.
   */
  github?: boolean;
}

/** Identity helper that keeps the schema's inferred type flowing into run(). */
export function defineAction<S extends z.ZodObject>(definition: ActionDefinition<S>): ActionDefinition<S> {
  return definition;
}

type OctokitModule = { createOctokit: typeof createOctokit };

function makeContext(
  name: ActionName,
  host: Host,
  env: RunnerEnv,
  config: MlopsConfig,
  sources: Record<string, InputSource>,
  procEnv: NodeJS.ProcessEnv,
  octokit: OctokitModule | undefined,
): ActionContext {
  const token = (given: string | undefined): string | undefined => {
    const effective = given || procEnv.GITHUB_TOKEN || undefined;
    if (effective) host.setSecret(effective);
    return effective;
  };
  return {
    host,
    env,
    config,
    inputSource: (name) => sources[name] ?? 'default',
    git: (cwd) => new Git(cwd ?? env.workspace),
    token,
    github: (given) => {
      const effective = token(given);
      if (!effective) {
        throw new ConfigurationError(
          "Input 'token' is required for GitHub API calls (pass `token: ${{ github.token }}` or set GITHUB_TOKEN).",
        );
      }
      if (!octokit) throw new Error(`${name} calls ctx.github() but its definition says github: false`);
      return octokit.createOctokit({
        token: effective,
        baseUrl: env.apiUrl,
        logger: host,
        retryBaseMs: env.tuning.httpRetryBaseMs,
      });
    },
  };
}

/** A host whose setOutput refuses names action.yml does not declare (a bug, caught in tests). */
function checkedOutputs(name: ActionName, host: Host): Host {
  const declared = Object.keys(actionMetadata[name]?.outputs ?? {});
  return {
    ...host,
    setOutput: (output, value) => {
      if (!declared.includes(output))
        throw new Error(`${name} set output '${output}', which its action.yml does not declare`);
      host.setOutput(output, value);
    },
  };
}

/**
 * The single error path: load `.mlops.yml`, resolve inputs (input, else file, else built-in default), run;
 * a user mistake is reported as its message,
 * anything else as a bug with its stack in the debug log. Returns the exit code.
 */
export async function executeAction(
  definition: ActionDefinition,
  host: Host,
  raw: RawInputs,
  env: RunnerEnv,
  procEnv: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  try {
    const config = await loadMlopsConfig(env.workspace);
    const { values, sources } = resolveInputs(definition.schema, raw, config);
    const octokit = definition.github === false ? undefined : await import('./octokit.js');
    const context = makeContext(
      definition.name,
      checkedOutputs(definition.name, host),
      env,
      config,
      sources,
      procEnv,
      octokit,
    );
    await definition.run(values, context);
    return 0;
  } catch (error) {
    if (isConfigurationError(error)) {
      host.fail(error.message, error.file === undefined ? undefined : { file: error.file, line: error.line });
    } else {
      host.debug(error instanceof Error && error.stack ? error.stack : String(error));
      host.fail(
        `${definition.name} failed unexpectedly: ${errorMessage(error)} (run with ACTIONS_STEP_DEBUG=true for the stack trace)`,
      );
    }
    return 1;
  }
}
