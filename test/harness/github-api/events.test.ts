import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { context } from '@actions/github';
import { pullRequestEvent, pushEvent, scheduleEvent, workflowDispatchEvent } from '../events.js';
import type { EventSpec } from '../run-action.js';
import { tempDir } from '../temp-dir.js';

type ActionsContext = typeof context;
interface Branch {
  ref: string;
  sha: string;
  repo: { full_name: string; fork: boolean };
}
interface PullPayload {
  head: Branch;
  base: Branch;
}

function pullOf(ctx: ActionsContext): PullPayload {
  return ctx.payload.pull_request as unknown as PullPayload;
}

/** Reads the payload the way actions do: @actions/github's Context, rebuilt from a GITHUB_EVENT_PATH file. */
async function asToolkitSees(event: EventSpec): Promise<ActionsContext> {
  const dir = await tempDir();
  const file = join(dir, 'event.json');
  await writeFile(file, JSON.stringify(event.payload));
  process.env.GITHUB_EVENT_PATH = file;
  process.env.GITHUB_EVENT_NAME = event.name;
  delete process.env.GITHUB_REPOSITORY;
  const Context = context.constructor as new () => ActionsContext;
  return new Context();
}

test('pull_request opened: number, head/base, repository and sender as the toolkit reads them', async () => {
  const event = pullRequestEvent({ number: 12, head: { ref: 'tune-lr', sha: 'c'.repeat(40) } });
  const ctx = await asToolkitSees(event);
  assert.equal(ctx.eventName, 'pull_request');
  assert.equal(ctx.issue.number, 12);
  assert.deepEqual(ctx.repo, { owner: 'octo-org', repo: 'ml-project' });
  const pr = pullOf(ctx);
  assert.equal(pr.head.sha, 'c'.repeat(40));
  assert.equal(pr.head.ref, 'tune-lr');
  assert.equal(pr.head.repo.full_name, 'octo-org/ml-project');
  assert.equal(pr.base.ref, 'main');
  assert.match(pr.base.sha, /^[0-9a-f]{40}$/);
  assert.equal(ctx.payload.repository?.html_url, 'https://github.com/octo-org/ml-project');
  assert.equal((ctx.payload.repository as unknown as { default_branch: string }).default_branch, 'main');
  assert.equal(ctx.payload.sender?.login, 'octocat');
  assert.equal(ctx.payload.action, 'opened');
});

test('pull_request synchronize from a fork: head.repo differs, before/after set', async () => {
  const event = pullRequestEvent({ action: 'synchronize', number: 5, forkOwner: 'contributor' });
  const ctx = await asToolkitSees(event);
  const pr = pullOf(ctx);
  assert.equal(pr.head.repo.full_name, 'contributor/ml-project');
  assert.equal(pr.head.repo.fork, true);
  assert.equal(pr.base.repo.full_name, 'octo-org/ml-project');
  assert.equal(ctx.payload.sender?.login, 'contributor');
  assert.equal(ctx.payload.after, pr.head.sha);
  assert.match(ctx.payload.before as string, /^[0-9a-f]{40}$/);
});

test('push, workflow_dispatch and schedule payloads', async () => {
  const push = await asToolkitSees(pushEvent({ after: 'd'.repeat(40) }));
  assert.equal(push.payload.ref, 'refs/heads/main');
  assert.equal((push.payload.head_commit as { id: string }).id, 'd'.repeat(40));
  assert.deepEqual(push.repo, { owner: 'octo-org', repo: 'ml-project' });

  const dispatch = await asToolkitSees(workflowDispatchEvent({ inputs: { epochs: '3' } }));
  assert.deepEqual(dispatch.payload.inputs, { epochs: '3' });
  assert.equal(dispatch.payload.ref, 'refs/heads/main');

  // Like GitHub's: no repository in a schedule payload, so the repository comes from GITHUB_REPOSITORY only.
  const schedule = await asToolkitSees(scheduleEvent('0 3 * * 1'));
  assert.equal(schedule.payload.schedule, '0 3 * * 1');
  assert.throws(() => schedule.repo, /GITHUB_REPOSITORY/);
});
