import type { GitRunner } from '../core/git/runner.js';
import type { ActionContext } from './action.js';

/**
 * A git runner that can push to the registry branch with `token` when actions/checkout did not leave credentials
 * (`persist-credentials: false`): an `http.<server>/.extraheader` passed through GIT_CONFIG_* variables,
 * so it never appears in a process list or in .git/config. When the checkout already configured an
 * extraheader, nothing is added (two Authorization headers would be refused): checkout v4/v5 write it to
 * .git/config, v6 to a `$RUNNER_TEMP/git-credentials-*.config` file included through `includeIf.gitdir:`,
 * which `git config --get-regexp` follows.
 */
export async function gitWithPushToken(ctx: ActionContext, token: string | undefined): Promise<GitRunner> {
  const git = ctx.git();
  const effective = ctx.token(token);
  if (!effective) return git;
  const url = (await git.exec(['remote', 'get-url', 'origin'], { allowFailure: true })).stdout.trim();
  const server = ctx.env.serverUrl;
  if (!url.startsWith(`${server}/`)) return git;
  const configured = await git.exec(['config', '--get-regexp', '^http\\..*\\.extraheader$'], {
    allowFailure: true,
  });
  if (configured.stdout.trim() !== '') return git;
  const basic = Buffer.from(`x-access-token:${effective}`).toString('base64');
  ctx.host.setSecret(basic);
  const index = Number(process.env.GIT_CONFIG_COUNT ?? '0') || 0;
  const auth = {
    GIT_CONFIG_COUNT: String(index + 1),
    [`GIT_CONFIG_KEY_${index}`]: `http.${server}/.extraheader`,
    [`GIT_CONFIG_VALUE_${index}`]: `AUTHORIZATION: basic ${basic}`,
  };
  return { exec: (args, options = {}) => git.exec(args, { ...options, env: { ...auth, ...options.env } }) };
}
