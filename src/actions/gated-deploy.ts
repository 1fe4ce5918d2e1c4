import { join } from 'node:path';
import { z } from 'zod';
import { type ActionContext, defineAction } from '../adapter/action.js';
import { fromConfig } from '../adapter/config-inputs.js';
import { deployGitHub } from '../adapter/deploy-github.js';
import { inputs } from '../adapter/inputs.js';
import { gitWithPushToken } from '../adapter/push-token-git.js';
import { registryCredentials } from '../adapter/registry-credentials.js';
import { COMMANDS, serializeDecision } from '../core/deploy/decision.js';
import { type DeployRequest, gatedDeploy as deploy } from '../core/deploy/deploy.js';
import { AfterPushError } from '../core/deploy/finish.js';
import { policyManifests, resolvePolicy } from '../core/deploy/policy.js';
import { type Outcome, renderSummary } from '../core/deploy/render.js';
import { ConfigurationError } from '../core/errors.js';
import { writeFileAtomic } from '../core/fs/atomic-write.js';
import { PathPolicy } from '../core/fs/path-policy.js';
import { logValue } from '../core/log-text.js';
import { GitCommands } from '../core/git/commands.js';
import { BOT_IDENTITY, type GitIdentity } from '../core/git/runner.js';
import { registryImageInspector } from '../core/image/inspect.js';
import { parseImageReference } from '../core/oci/reference.js';
import { checkBranchName, DEFAULT_REGISTRY_BRANCH } from '../core/registry/branch.js';
import { pathSegment, PIN_MODES } from '../core/registry/deploy-records.js';
import { checkArtifactName, checkStageName } from '../core/registry/gto/grammar.js';

const REMOTE = 'origin';
const RELEASES = ['auto', 'always', 'never'] as const;

export const gatedDeploySchema = z.object({
  name: inputs.string(),
  environment: inputs.string(),
  command: inputs.choice(COMMANDS, 'promote'),
  version: inputs.text('auto'),
  image: inputs.optionalString(),
  'run-id': inputs.optionalString(),
  manifests: inputs.list(),
  pin: inputs.choice(PIN_MODES, 'push'),
  'github-deployment': inputs.boolean(true),
  'environment-url': inputs.optionalString(),
  release: inputs.choice(RELEASES, 'auto'),
  'fail-on-blocked': inputs.boolean(true),
  'registry-branch': fromConfig('registry.branch', inputs.text(DEFAULT_REGISTRY_BRANCH)),
  token: inputs.optionalString(),
  'registry-username': inputs.optionalString(),
  'registry-password': inputs.optionalString(),
});
type Input = z.infer<typeof gatedDeploySchema>;

/** The branch pins are committed to: the pushed branch, else (a tag, a dispatch on a tag) the default one. */
async function pinBranch(ctx: ActionContext, git: GitCommands): Promise<string | undefined> {
  const ref = ctx.env.ref ?? (await git.headRef());
  if (ref?.startsWith('refs/heads/')) return checkBranchName(ref, 'GITHUB_REF');
  if (ref?.startsWith('refs/pull/')) return undefined;
  const repository = ctx.env.payload.repository as { default_branch?: unknown } | undefined;
  return typeof repository?.default_branch === 'string' ? repository.default_branch : undefined;
}

/** In Actions the bot tags; from a terminal, the user's own identity (as `mlops models` does). */
async function tagger(ctx: ActionContext, git: GitCommands): Promise<GitIdentity> {
  if (ctx.env.inActions) return BOT_IDENTITY;
  const [name, email] = await Promise.all([git.config('user.name'), git.config('user.email')]);
  return name && email ? { name, email } : BOT_IDENTITY;
}

/** Input, else the environment's policy, else the built-in default (the project's one precedence rule). */
function request(input: Input, ctx: ActionContext): DeployRequest {
  const policy = resolvePolicy(ctx.config.deploy, input.name, input.environment);
  const env = policy.environment;
  const given = (name: string) => ctx.inputSource(name) === 'input';
  return {
    command: input.command,
    model: input.name,
    environment: input.environment,
    version: input.version,
    image: input.image,
    runId: input['run-id'],
    manifests: {
      input: given('manifests') ? input.manifests : [],
      policy: policyManifests(env),
      policyKey: policy.key,
    },
    pin: given('pin') ? input.pin : (env.pin ?? input.pin),
    githubDeployment: given('github-deployment')
      ? input['github-deployment']
      : (env['github-deployment'] ?? true),
    environmentUrl: input['environment-url'] ?? env['environment-url'],
    release: given('release') ? input.release : (env.release ?? input.release),
    policy,
    directions: ctx.config.metrics?.directions,
  };
}

function setOutputs(ctx: ActionContext, outcome: Outcome, decisionFile: string): void {
  const { decision } = outcome;
  const deployed = ['deployed', 'unchanged', 'deployment-failed'].includes(outcome.state);
  ctx.host.setOutput('decision', decision.decision);
  ctx.host.setOutput('deployed', deployed);
  ctx.host.setOutput('version', decision.version ?? '');
  ctx.host.setOutput('tags', outcome.tags);
  ctx.host.setOutput('image', decision.image ?? '');
  ctx.host.setOutput(
    'pinned-files',
    outcome.pinned.map((p) => p.file),
  );
  ctx.host.setOutput('pull-request-url', outcome.pullRequestUrl ?? '');
  ctx.host.setOutput('deployment-id', outcome.deploymentId === undefined ? '' : String(outcome.deploymentId));
  ctx.host.setOutput('release-url', outcome.releaseUrl ?? '');
  ctx.host.setOutput('decision-file', decisionFile);
  ctx.host.setOutput('record-path', outcome.recordPath ?? '');
}

async function report(ctx: ActionContext, outcome: Outcome): Promise<void> {
  const { decision } = outcome;
  const file = join(
    ctx.env.temp,
    'mlops-gated-deploy',
    `decision-${pathSegment(decision.model)}-${pathSegment(decision.environment)}.json`,
  );
  await writeFileAtomic(file, serializeDecision(decision));
  setOutputs(ctx, outcome, file);
  await ctx.host.appendSummary(renderSummary(outcome), `the decision file ${file}`);
}

export const gatedDeploy = defineAction({
  name: 'gated-deploy',
  schema: gatedDeploySchema,
  run: async (input, ctx) => {
    checkArtifactName(input.name, "input 'name'");
    checkStageName(input.environment, "input 'environment'");
    const req = request(input, ctx);
    const registryBranch = checkBranchName(
      input['registry-branch'],
      ctx.inputSource('registry-branch') === 'config' ? '.mlops.yml registry.branch' : 'registry-branch',
    );
    const git = new GitCommands(await gitWithPushToken(ctx, input.token));
    const commit = ctx.env.sha ?? (await git.revParse('HEAD'));
    if (!commit)
      throw new ConfigurationError(
        'There is no commit to deploy: GITHUB_SHA is unset and HEAD names no commit.',
      );
    const token = ctx.token(input.token);
    const repository = ctx.env.repository;
    const credentials = (registry: string) =>
      registryCredentials(ctx, registry, {
        username: input['registry-username'],
        password: input['registry-password'],
        githubToken: input.token,
      });
    let outcome: Outcome;
    try {
      outcome = await deploy(req, {
        git,
        paths: PathPolicy.forWorkspace(ctx.env.workspace),
        remote: REMOTE,
        registryBranch,
        tempDir: ctx.env.temp,
        logger: ctx.host,
        tagger: await tagger(ctx, git),
        commit,
        ref: ctx.env.ref,
        branch: await pinBranch(ctx, git),
        meta: {
          ...(ctx.env.actor ? { actor: ctx.env.actor } : {}),
          ...(repository ? { repository } : {}),
          ...(ctx.env.runUrl ? { runUrl: ctx.env.runUrl } : {}),
          ...(ctx.env.runId ? { workflowRunId: ctx.env.runId } : {}),
        },
        github: repository && token ? deployGitHub(ctx.github(token), repository) : undefined,
        images: {
          inspect: (image) =>
            registryImageInspector({
              credentials: credentials(parseImageReference(image.reference, 'image').registry),
              logger: ctx.host,
              retryBaseMs: ctx.env.tuning.httpRetryBaseMs,
            }).inspect(image),
        },
        now: () => new Date(),
        retry: {
          attempts: ctx.env.tuning.registryPushAttempts,
          baseDelayMs: ctx.env.tuning.registryRetryBaseMs,
        },
      });
    } catch (error) {
      const partial = (error as { outcome?: Outcome }).outcome;
      if (error instanceof AfterPushError && partial) {
        await report(ctx, partial);
        throw new ConfigurationError(error.message, { cause: error });
      }
      throw error;
    }
    await report(ctx, outcome);
    const { decision } = outcome;
    if (outcome.state === 'blocked') {
      const failed = decision.gates
        .filter((g) => g.status === 'fail')
        .map((g) => `${g.gate}${g.subject ? ` ${logValue(g.subject)}` : ''} (${logValue(g.reason)})`);
      const message = `${decision.model} ${decision.version ?? ''} → ${decision.environment} is blocked by ${failed.length} gate check(s): ${failed.join('; ')}. Nothing was written.`;
      if (input['fail-on-blocked']) throw new ConfigurationError(message);
      ctx.host.warning(message);
    }
  },
});
