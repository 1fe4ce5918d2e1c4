/**
 * The workflow runs the demo's steps belong to, as GitHub describes them to a step (event name, payload,
 * sha, ref, run id, job): a push to main, and the nightly schedule.
 */
import type { DemoContext, RunnerStep } from './context.js';

/** A step of the workflow run for a push to main that moved it from `before` to `after`. */
export function pushStep(
  ctx: DemoContext,
  push: { before: string; after: string },
  run: { runId: number; job: string },
): RunnerStep {
  return {
    event: 'push',
    payload: {
      ref: 'refs/heads/main',
      before: push.before,
      after: push.after,
      repository: { full_name: ctx.github.repository, default_branch: 'main' },
      pusher: { name: 'demo-user' },
    },
    sha: push.after,
    ref: 'refs/heads/main',
    ...run,
  };
}

/** A step of the merge-to-deploy run: the push of the pull request's merge commit. */
export function mergePushStep(ctx: DemoContext, run: { runId: number; job: string }): RunnerStep {
  const { mergeSha, mergeBefore } = ctx.state;
  if (!mergeSha || !mergeBefore) throw new Error('the merge stage did not run');
  return pushStep(ctx, { before: mergeBefore, after: mergeSha }, run);
}

/** A step of the nightly scheduled run, on main's tip `sha`. */
export function scheduleStep(ctx: DemoContext, sha: string, run: { runId: number; job: string }): RunnerStep {
  return {
    event: 'schedule',
    payload: { schedule: '0 6 * * *', repository: { full_name: ctx.github.repository } },
    sha,
    ref: 'refs/heads/main',
    ...run,
  };
}
