/**
 * Runs a whole workflow file for one event, as GitHub would: whether the event triggers it at all (`on:` with
 * its branches, types and paths filters), then its jobs in `needs:` order (independent jobs at the same time),
 * each job's `if:` with the needs context, `strategy.matrix` expanded into one job per combination (run at the
 * same time), `environment:` reported to the test (which stands in for the required reviewers), and the jobs'
 * `outputs:` passed on. Each job runs in its own empty workspace on the job runner of workflow-job.ts; a
 * checkout provider fills it. Job-level `concurrency:` is not modelled: runs of one test are sequential.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { type EventSpec, eventEnv } from './run-action.js';
import { tempDir } from './temp-dir.js';
import { evaluateCondition, type Value } from './workflow-expressions.js';
import {
  type JobResult,
  type Provider,
  readWorkflow,
  runJob,
  type Workflow,
  type WorkflowJob,
} from './workflow-job.js';

/** GitHub's filter pattern (branches, paths): `*` stays within a path segment, `**` does not, `?` is one. */
export function filterPattern(pattern: string): RegExp {
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '*' && pattern[i + 1] === '*') {
      source += '.*';
      i++;
    } else if (c === '*') source += '[^/]*';
    else if (c === '?') source += '[^/]';
    else source += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

/** Whether `value` is included by GitHub's ordered patterns (a later `!pattern` excludes again). */
export function filterIncludes(patterns: readonly string[], value: string): boolean {
  let included = false;
  for (const pattern of patterns) {
    const negated = pattern.startsWith('!');
    if (filterPattern(negated ? pattern.slice(1) : pattern).test(value)) included = !negated;
  }
  return included;
}

interface Filters {
  branches?: string[];
  'branches-ignore'?: string[];
  paths?: string[];
  'paths-ignore'?: string[];
  types?: string[];
}

const DEFAULT_PR_TYPES = ['opened', 'synchronize', 'reopened'];

/**
 * Does this event start the workflow? `changedFiles`: what the push changed (before..after), or what the pull
 * request changes (merge base..head) — the files GitHub's paths filters look at.
 */
export function triggers(workflow: Workflow, event: EventSpec, changedFiles: readonly string[]): boolean {
  const on = workflow.on as string | string[] | Record<string, Filters | null>;
  const names = typeof on === 'string' ? [on] : Array.isArray(on) ? on : Object.keys(on);
  if (!names.includes(event.name)) return false;
  const filters = (typeof on === 'object' && !Array.isArray(on) ? on[event.name] : null) ?? {};
  const payload = event.payload as {
    ref?: string;
    action?: string;
    pull_request?: { base?: { ref?: string } };
  };
  if (event.name === 'pull_request') {
    if (!(filters.types ?? DEFAULT_PR_TYPES).includes(payload.action ?? '')) return false;
  }
  const branch =
    event.name === 'pull_request'
      ? payload.pull_request?.base?.ref
      : payload.ref?.replace(/^refs\/heads\//, '');
  if (event.name === 'push' || event.name === 'pull_request') {
    if (filters.branches && !filterIncludes(filters.branches, branch ?? '')) return false;
    if (filters['branches-ignore'] && filterIncludes(filters['branches-ignore'], branch ?? '')) return false;
    if (filters.paths && !changedFiles.some((f) => filterIncludes(filters.paths!, f))) return false;
    if (filters['paths-ignore'] && changedFiles.every((f) => filterIncludes(filters['paths-ignore']!, f)))
      return false;
  }
  return true;
}

export interface WorkflowRunOptions {
  /** The workflow file (as written in the repository or the templates folder). */
  file: string;
  event: EventSpec;
  changedFiles: readonly string[];
  /** GITHUB_SHA, GITHUB_REF, GITHUB_RUN_ID, GITHUB_REPOSITORY, GITHUB_API_URL, … of this run. */
  runnerEnv: Record<string, string>;
  /** `${{ github.token }}` */
  token: string;
  secrets: Record<string, string>;
  vars: Record<string, string>;
  providers: Record<string, Provider>;
  /** A job that names `environment:` waits for GitHub's required reviewers; the test approves here. */
  approve?(job: string, environment: string): void | Promise<void>;
}

export interface JobOutcome {
  result: 'success' | 'skipped';
  outputs: Record<string, string>;
  /** One per matrix combination (one for a job without a matrix); empty when skipped. */
  runs: (JobResult & { matrix: Record<string, Value> })[];
}

export interface WorkflowRun {
  triggered: boolean;
  jobs: Record<string, JobOutcome>;
}

function matrixCombinations(job: WorkflowJob): Record<string, Value>[] {
  const matrix = job.strategy?.matrix;
  if (!matrix) return [{}];
  let combos: Record<string, Value>[] = [{}];
  for (const [key, values] of Object.entries(matrix)) {
    if (key === 'include' || key === 'exclude' || !Array.isArray(values))
      throw new Error(`matrix ${key}: only lists of values are supported by this harness`);
    combos = combos.flatMap((combo) => (values as Value[]).map((v) => ({ ...combo, [key]: v })));
  }
  return combos;
}

function githubContext(options: WorkflowRunOptions, job: string, workspace: string): Value {
  const env = options.runnerEnv;
  const repository = env.GITHUB_REPOSITORY ?? '';
  return {
    event: options.event.payload as Value,
    event_name: options.event.name,
    sha: env.GITHUB_SHA ?? '',
    ref: env.GITHUB_REF ?? '',
    ref_name: env.GITHUB_REF_NAME ?? '',
    head_ref: env.GITHUB_HEAD_REF ?? '',
    base_ref: env.GITHUB_BASE_REF ?? '',
    repository,
    repository_owner: repository.split('/')[0] ?? '',
    run_id: env.GITHUB_RUN_ID ?? '',
    run_number: env.GITHUB_RUN_NUMBER ?? '1',
    run_attempt: env.GITHUB_RUN_ATTEMPT ?? '1',
    actor: env.GITHUB_ACTOR ?? '',
    server_url: env.GITHUB_SERVER_URL ?? 'https://github.com',
    api_url: env.GITHUB_API_URL ?? '',
    job,
    workspace,
    token: options.token,
  };
}

export async function runWorkflow(given: WorkflowRunOptions): Promise<WorkflowRun> {
  // What the runner derives from the event (GITHUB_REF, GITHUB_HEAD_REF, …), unless the test says otherwise.
  const options = { ...given, runnerEnv: { ...eventEnv(given.event), ...given.runnerEnv } };
  const workflow = await readWorkflow(options.file);
  if (!triggers(workflow, options.event, options.changedFiles)) return { triggered: false, jobs: {} };
  const needsOf = (job: WorkflowJob) =>
    job.needs === undefined ? [] : Array.isArray(job.needs) ? job.needs : [job.needs];
  const outcomes: Record<string, JobOutcome> = {};
  const started = new Map<string, Promise<JobOutcome>>();

  const runOne = async (id: string): Promise<JobOutcome> => {
    const job = workflow.jobs[id]!;
    const needs = needsOf(job);
    for (const need of needs)
      if (!workflow.jobs[need]) throw new Error(`job ${id} needs unknown job ${need}`);
    const done = await Promise.all(needs.map((need) => schedule(need)));
    const results = done.map((d) => d.result);
    const status = results.every((r) => r === 'success') ? 'success' : 'skipped';
    const needsContext = Object.fromEntries(
      needs.map((need, i) => [need, { result: done[i]!.result, outputs: done[i]!.outputs }]),
    );
    const condition = job.if ?? 'success()';
    const github = githubContext(options, id, '');
    if (
      !evaluateCondition(condition, { contexts: { github, needs: needsContext, vars: options.vars }, status })
    )
      return { result: 'skipped', outputs: {}, runs: [] };
    if (job.environment !== undefined) {
      await options.approve?.(
        id,
        typeof job.environment === 'string' ? job.environment : job.environment.name,
      );
    }
    const runs = await Promise.all(
      matrixCombinations(job).map(async (matrix) => {
        const workspace = join(await tempDir('mlops-workspace-'), 'repo');
        await mkdir(workspace);
        const result = await runJob({
          jobId: id,
          job,
          workflowEnv: workflow.env,
          workspace,
          event: options.event,
          runnerEnv: { ...options.runnerEnv, GITHUB_JOB: id },
          token: options.token,
          contexts: {
            github: githubContext(options, id, workspace),
            needs: needsContext,
            matrix,
            secrets: { GITHUB_TOKEN: options.token, ...options.secrets },
            vars: options.vars,
            strategy: { 'fail-fast': job.strategy?.['fail-fast'] ?? true },
          },
          providers: options.providers,
        });
        return { ...result, matrix };
      }),
    );
    return { result: 'success', outputs: runs[runs.length - 1]!.outputs, runs };
  };

  const schedule = (id: string): Promise<JobOutcome> => {
    let promise = started.get(id);
    if (!promise) {
      promise = runOne(id).then((outcome) => (outcomes[id] = outcome));
      started.set(id, promise);
    }
    return promise;
  };

  await Promise.all(Object.keys(workflow.jobs).map((id) => schedule(id)));
  return { triggered: true, jobs: outcomes };
}
