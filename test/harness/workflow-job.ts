/**
 * Runs one job of a workflow file step by step, the way the runner would, so a workflow that cannot run here
 * (GitHub-hosted) is still exercised: `uses: ./actions/<name>` and `uses: ./` through the runner-faithful
 * executor (run-action.ts), `run:` steps through `bash --noprofile --norc -eo pipefail` (GitHub's default
 * shell), with GITHUB_OUTPUT, GITHUB_PATH, `env:` and `working-directory:`, in one workspace and one RUNNER_TEMP.
 *
 * `${{ }}` is evaluated for the subset workflows here use: `runner.temp`, `github.workspace` and
 * `steps.<id>.outputs.<name>`. Anything else, an `if:`, or a third-party action not named in `provided`
 * fails loudly instead of being guessed.
 */
import { spawn } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { runAction, type EventSpec } from './run-action.js';
import { tempDir } from './temp-dir.js';
import { parseOutputFile } from './workflow-commands.js';

export interface WorkflowStep {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, string | number | boolean>;
  env?: Record<string, string | number | boolean>;
  if?: string;
  'working-directory'?: string;
}

interface Workflow {
  jobs: Record<string, { env?: Record<string, string>; steps: WorkflowStep[] }>;
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

export interface JobResult {
  outputs: Record<string, Record<string, string>>;
  /** What each step did, in order (`skipped <uses>` for provided actions). */
  log: string[];
}

function stepLabel(step: WorkflowStep, index: number): string {
  return step.name ?? step.id ?? step.uses ?? `step ${index + 1}`;
}

export function evaluate(
  text: string,
  context: { temp: string; workspace: string; outputs: JobResult['outputs'] },
) {
  return text.replace(/\$\{\{\s*(.*?)\s*\}\}/g, (_, expr: string) => {
    if (expr === 'runner.temp') return context.temp;
    if (expr === 'github.workspace') return context.workspace;
    const output = /^steps\.([\w-]+)\.outputs\.([\w-]+)$/.exec(expr);
    if (output) return context.outputs[output[1]!]?.[output[2]!] ?? '';
    throw new Error(`unsupported expression \${{ ${expr} }}`);
  });
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

export async function runWorkflowJob(options: RunJobOptions): Promise<JobResult> {
  const workflow = parse(await readFile(options.workflow, 'utf8')) as Workflow;
  const job = workflow.jobs[options.job];
  if (!job) throw new Error(`${options.workflow} has no job ${options.job}`);
  const runner = await tempDir('mlops-job-');
  const temp = join(runner, 'temp');
  await mkdir(temp);
  const result: JobResult = { outputs: {}, log: [] };
  const paths: string[] = [];
  const context = { temp, workspace: options.workspace, outputs: result.outputs };
  const values = (map: Record<string, string | number | boolean> = {}) =>
    Object.fromEntries(Object.entries(map).map(([k, v]) => [k, evaluate(String(v), context)]));

  for (const [index, step] of job.steps.entries()) {
    const label = stepLabel(step, index);
    if (step.if !== undefined) throw new Error(`${label}: if: is not supported here`);
    const env = { ...values(job.env), ...values(step.env) };
    const path = [...paths]
      .reverse()
      .concat(process.env.PATH ?? '/usr/bin:/bin')
      .join(':');
    try {
      if (step.uses !== undefined && !step.uses.startsWith('./')) {
        const name = step.uses.split('@')[0]!;
        if (!options.provided.includes(name)) throw new Error(`${step.uses} is not provided by this test`);
        result.log.push(`skipped ${name}`);
        continue;
      }
      if (step.uses !== undefined) {
        const action = step.uses === './' ? 'root' : step.uses.replace(/^\.\/actions\//, '');
        const run = await runAction({
          action,
          inputs: values(step.with),
          workspace: options.workspace,
          event: options.event,
          runnerTemp: temp,
          env: { ...options.env, ...env, PATH: path },
        });
        if (run.exitCode !== 0) throw new Error(`exit ${run.exitCode}:\n${run.stdout}${run.stderr}`);
        paths.push(...run.path);
        if (step.id) result.outputs[step.id] = run.outputs;
      } else if (step.run !== undefined) {
        const output = join(runner, `output-${index}`);
        const pathFile = join(runner, `path-${index}`);
        await Promise.all([writeFile(output, ''), writeFile(pathFile, '')]);
        const script = evaluate(step.run, context);
        await bash(script, join(options.workspace, step['working-directory'] ?? '.'), {
          HOME: process.env.HOME ?? runner,
          LANG: 'C.UTF-8',
          CI: 'true',
          GITHUB_ACTIONS: 'true',
          RUNNER_TEMP: temp,
          GITHUB_WORKSPACE: options.workspace,
          GITHUB_OUTPUT: output,
          GITHUB_PATH: pathFile,
          GITHUB_EVENT_NAME: options.event.name,
          ...options.env,
          ...env,
          PATH: path,
        });
        paths.push(...(await readFile(pathFile, 'utf8')).split('\n').filter(Boolean));
        if (step.id) result.outputs[step.id] = parseOutputFile(await readFile(output, 'utf8'));
      } else {
        throw new Error('a step needs uses: or run:');
      }
      result.log.push(label);
    } catch (error) {
      throw new Error(`step "${label}" failed: ${(error as Error).message}`, { cause: error });
    }
  }
  return result;
}
