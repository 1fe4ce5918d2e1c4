/**
 * Runs one job of a workflow file step by step, the way the runner would, so a workflow that cannot run here
 * (GitHub-hosted) is still exercised as written: this repository's actions (`uses: ./actions/<name>`,
 * `uses: ./`, or `OWNER/mlops-actions/actions/<name>@v1` and `OWNER/mlops-actions@v1` as the templates name
 * them) through the runner-faithful executor (run-action.ts); `run:` steps through
 * `bash --noprofile --norc -eo pipefail` (GitHub's default shell) with GITHUB_OUTPUT, GITHUB_PATH,
 * GITHUB_STEP_SUMMARY, `env:` (workflow, job, step) and `working-directory:`, in one workspace and one
 * RUNNER_TEMP; third-party actions only through a provider the test gives (what actions/checkout or
 * actions/setup-node do, done here); `if:`, `with:`, `env:` and the job's `outputs:` evaluated by
 * workflow-expressions.ts. A step that fails fails the job with its log; anything unsupported throws.
 */
import { spawn } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { runAction, type EventSpec } from './run-action.js';
import { tempDir } from './temp-dir.js';
import { parseOutputFile } from './workflow-commands.js';
import {
  evaluateCondition,
  type ExpressionContext,
  interpolate,
  type Value,
} from './workflow-expressions.js';

type Scalar = string | number | boolean;

export interface WorkflowStep {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, Scalar>;
  env?: Record<string, Scalar>;
  if?: string | boolean;
  'working-directory'?: string;
  shell?: string;
  'continue-on-error'?: unknown;
}

export interface WorkflowJob {
  if?: string | boolean;
  needs?: string | string[];
  env?: Record<string, Scalar>;
  outputs?: Record<string, string>;
  strategy?: { matrix?: Record<string, unknown>; 'fail-fast'?: boolean };
  environment?: string | { name: string; url?: string };
  steps: WorkflowStep[];
}

export interface Workflow {
  name?: string;
  on: unknown;
  env?: Record<string, Scalar>;
  jobs: Record<string, WorkflowJob>;
}

export async function readWorkflow(path: string): Promise<Workflow> {
  return parse(await readFile(path, 'utf8')) as Workflow;
}

/** What a provider of a third-party action gets: the step's evaluated `with:` and `env:`, and where it runs. */
export interface ProviderCall {
  with: Record<string, string>;
  env: Record<string, string>;
  workspace: string;
  runnerTemp: string;
  event: EventSpec;
  runnerEnv: Record<string, string>;
}

/** Does what a third-party action does, for the test; returns its outputs and PATH additions. */
export type Provider = (
  call: ProviderCall,
) => Promise<{ outputs?: Record<string, string>; path?: string[] } | void>;

export interface JobRun {
  jobId: string;
  job: WorkflowJob;
  workflowEnv?: Record<string, Scalar>;
  /** The workspace directory (exists; empty until a checkout provider fills it, or already checked out). */
  workspace: string;
  event: EventSpec;
  /** GITHUB_* and runner variables of this run (GITHUB_SHA, GITHUB_REF, GITHUB_RUN_ID, GITHUB_API_URL, …). */
  runnerEnv: Record<string, string>;
  /** What `${{ github.token }}` is. */
  token: string;
  /** Contexts besides steps, runner and env: github, needs, matrix, secrets, vars, strategy. */
  contexts: Record<string, Value>;
  /** Third-party actions by name (`actions/checkout`); a missing one fails the step. */
  providers: Record<string, Provider>;
}

export interface StepResult {
  outputs: Record<string, string>;
  outcome: 'success' | 'skipped';
}

export interface JobResult {
  /** The job's `outputs:`, evaluated after its steps. */
  outputs: Record<string, string>;
  steps: Record<string, StepResult>;
  /** What each step did, in order: its name, `skipped <name>` for a false `if:`, `provided <action>`. */
  log: string[];
  /** Step summaries (GITHUB_STEP_SUMMARY), in order. */
  summaries: string[];
}

/** The action of this repository a `uses:` names, as run-action.ts knows it ('root' or an action's folder). */
export function ownAction(uses: string): string | undefined {
  if (uses === './') return 'root';
  if (uses.startsWith('./actions/')) return uses.slice('./actions/'.length);
  const template = /^OWNER\/mlops-actions(?:\/actions\/([\w-]+))?@v1$/.exec(uses);
  if (template) return template[1] ?? 'root';
  return undefined;
}

function stepLabel(step: WorkflowStep, index: number): string {
  return step.name ?? step.id ?? step.uses ?? `step ${index + 1}`;
}

async function bash(script: string, cwd: string, env: Record<string, string>): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], {
      cwd,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => out.push(c));
    child.on('error', reject);
    child.on('close', (code) => {
      const text = Buffer.concat(out).toString('utf8');
      if (code === 0) resolve(text);
      else reject(new Error(`exit ${code}:\n${text}`));
    });
  });
}

const UNSUPPORTED_STEP_KEYS = ['shell', 'continue-on-error', 'timeout-minutes'] as const;

export async function runJob(run: JobRun): Promise<JobResult> {
  const runner = await tempDir('mlops-job-');
  const temp = join(runner, 'temp');
  await mkdir(temp);
  const result: JobResult = { outputs: {}, steps: {}, log: [], summaries: [] };
  const paths: string[] = [];
  const stepsContext: Record<string, Value> = {};
  const ctx = (env: Record<string, string>): ExpressionContext => ({
    contexts: {
      ...run.contexts,
      runner: { temp: join(temp), os: 'Linux', arch: 'X64' },
      steps: stepsContext,
      env,
    },
    status: 'success',
  });
  const evaluated = (map: Record<string, Scalar> | undefined, env: Record<string, string>) =>
    Object.fromEntries(Object.entries(map ?? {}).map(([k, v]) => [k, interpolate(String(v), ctx(env))]));
  const workflowEnv = evaluated(run.workflowEnv, {});
  const jobEnv = { ...workflowEnv, ...evaluated(run.job.env, workflowEnv) };

  for (const [index, step] of run.job.steps.entries()) {
    const label = stepLabel(step, index);
    for (const key of UNSUPPORTED_STEP_KEYS) {
      if (key in step) throw new Error(`${label}: ${key}: is not supported by this harness`);
    }
    if (step.if !== undefined && !evaluateCondition(step.if, ctx(jobEnv))) {
      if (step.id) {
        result.steps[step.id] = { outputs: {}, outcome: 'skipped' };
        stepsContext[step.id] = { outputs: {}, outcome: 'skipped', conclusion: 'skipped' };
      }
      result.log.push(`skipped ${label}`);
      continue;
    }
    const env = { ...jobEnv, ...evaluated(step.env, jobEnv) };
    const inputs = evaluated(step.with, env);
    const path = [...paths]
      .reverse()
      .concat(process.env.PATH ?? '/usr/bin:/bin')
      .join(':');
    const summaryFile = join(runner, `summary-${index}.md`);
    await writeFile(summaryFile, '');
    let outputs: Record<string, string>;
    try {
      const own = step.uses === undefined ? undefined : ownAction(step.uses);
      if (step.uses !== undefined && own === undefined) {
        const name = step.uses.split('@')[0]!;
        const provider = run.providers[name];
        if (!provider) throw new Error(`${step.uses} is not provided by this test`);
        const done = await provider({
          with: inputs,
          env,
          workspace: run.workspace,
          runnerTemp: temp,
          event: run.event,
          runnerEnv: run.runnerEnv,
        });
        outputs = done?.outputs ?? {};
        paths.push(...(done?.path ?? []));
        result.log.push(`provided ${name}`);
      } else if (own !== undefined) {
        const action = await runAction({
          action: own,
          inputs,
          workspace: run.workspace,
          event: run.event,
          runnerTemp: temp,
          token: run.token,
          env: { ...run.runnerEnv, ...env, PATH: path },
        });
        if (action.exitCode !== 0)
          throw new Error(`exit ${action.exitCode}:\n${action.stdout}${action.stderr}`);
        paths.push(...action.path);
        outputs = action.outputs;
        result.summaries.push(action.summary);
        result.log.push(label);
      } else if (step.run !== undefined) {
        const outputFile = join(runner, `output-${index}`);
        const pathFile = join(runner, `path-${index}`);
        await Promise.all([writeFile(outputFile, ''), writeFile(pathFile, '')]);
        await bash(interpolate(step.run, ctx(env)), join(run.workspace, step['working-directory'] ?? '.'), {
          HOME: process.env.HOME ?? runner,
          LANG: 'C.UTF-8',
          CI: 'true',
          GITHUB_ACTIONS: 'true',
          RUNNER_TEMP: temp,
          GITHUB_WORKSPACE: run.workspace,
          GITHUB_OUTPUT: outputFile,
          GITHUB_PATH: pathFile,
          GITHUB_STEP_SUMMARY: summaryFile,
          GITHUB_EVENT_NAME: run.event.name,
          ...run.runnerEnv,
          ...env,
          PATH: path,
        });
        paths.push(...(await readFile(pathFile, 'utf8')).split('\n').filter(Boolean));
        outputs = parseOutputFile(await readFile(outputFile, 'utf8'));
        result.summaries.push(await readFile(summaryFile, 'utf8'));
        result.log.push(label);
      } else {
        throw new Error('a step needs uses: or run:');
      }
    } catch (error) {
      throw new Error(`job ${run.jobId}, step "${label}" failed: ${(error as Error).message}`, {
        cause: error,
      });
    }
    if (step.id) {
      result.steps[step.id] = { outputs, outcome: 'success' };
      stepsContext[step.id] = { outputs, outcome: 'success', conclusion: 'success' };
    }
  }
  result.outputs = evaluated(run.job.outputs, jobEnv);
  return result;
}

export interface RunJobOptions {
  workflow: string;
  job: string;
  workspace: string;
  event: EventSpec;
  /** Runner variables besides the defaults (GITHUB_SHA, …). */
  env?: Record<string, string>;
  /** Third-party actions whose effect the test environment already provides (checkout, setup-node): skipped. */
  provided: readonly string[];
}

/**
 * One job in a workspace the test has already checked out (the self-test workflow): third-party actions in
 * `provided` do nothing, and step outputs come back by step id.
 */
export async function runWorkflowJob(
  options: RunJobOptions,
): Promise<{ outputs: Record<string, Record<string, string>>; log: string[] }> {
  const workflow = await readWorkflow(options.workflow);
  const job = workflow.jobs[options.job];
  if (!job) throw new Error(`${options.workflow} has no job ${options.job}`);
  const run = await runJob({
    jobId: options.job,
    job,
    workflowEnv: workflow.env,
    workspace: options.workspace,
    event: options.event,
    runnerEnv: options.env ?? {},
    token: '',
    contexts: { github: { workspace: options.workspace, event: options.event.payload as Value } },
    providers: Object.fromEntries(options.provided.map((name) => [name, () => Promise.resolve()])),
  });
  return {
    outputs: Object.fromEntries(Object.entries(run.steps).map(([id, s]) => [id, s.outputs])),
    log: run.log.map((line) => line.replace(/^provided /, 'skipped ')),
  };
}
