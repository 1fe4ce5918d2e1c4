/**
 * Runner-faithful executor: runs a bundled action (dist/<name>.js) as a child process the way the
 * GitHub runner does — Node 24, INPUT_* formed from `with:` plus action.yml defaults, GITHUB_OUTPUT,
 * GITHUB_STEP_SUMMARY, GITHUB_EVENT_PATH and the other runner variables, cwd = workspace, a clean
 * environment — and returns what the runner would see: exit code, outputs, summary, annotations.
 */
import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'yaml';
import { builtSourceHash, sourceHash } from '../../scripts/build/source-hash.js';
import { type Annotation, parseOutputFile, parseWorkflowCommands } from './workflow-commands.js';

export const PROJECT_ROOT = resolve(import.meta.dirname, '..', '..');
export const NODE24 = join(PROJECT_ROOT, 'node_modules', 'node', 'bin', 'node');
export const NODE20 = '/usr/bin/node';

const execFileAsync = promisify(execFile);
let freshDist: Promise<void> | undefined;

/**
 * Tests run the bundle built from the current source, never a stale dist/: when the source differs from what
 * dist/source-hash.txt records, rebuild the bundle first (scripts/build/bundle.ts --if-stale: the build's
 * lock queues concurrent test files, and only the first one builds). Once per test process.
 */
export function ensureFreshDist(): Promise<void> {
  freshDist ??= (async () => {
    if (builtSourceHash(PROJECT_ROOT) === sourceHash(PROJECT_ROOT)) return;
    try {
      await execFileAsync(
        process.execPath,
        ['--import', 'tsx', join('scripts', 'build', 'bundle.ts'), '--if-stale'],
        { cwd: PROJECT_ROOT, maxBuffer: 64 * 1024 * 1024 },
      );
    } catch (error) {
      const e = error as { stdout?: string; stderr?: string; message: string };
      throw new Error(
        `dist/ is older than the source and rebuilding it failed (run npm run build): ${e.message}\n${e.stdout ?? ''}${e.stderr ?? ''}`,
        { cause: error },
      );
    }
    if (builtSourceHash(PROJECT_ROOT) !== sourceHash(PROJECT_ROOT))
      throw new Error('dist/ is still older than the source after rebuilding it: run npm run build');
  })();
  return freshDist;
}

export interface CliRun {
  exitCode: number;
  stdout: string;
  stderr: string;
  /** The outputs object the CLI prints on stdout ({} when stdout is not that JSON). */
  outputs: Record<string, string>;
}

/**
 * `mlops <args>` as a user runs it from a terminal: the bundled CLI (dist/mlops.js, built from the current
 * source) under Node 24 in `cwd`, with a clean environment (no GITHUB_* from a surrounding workflow) plus `env`.
 */
export async function runCli(
  args: readonly string[],
  options: { cwd: string; env?: Record<string, string> },
): Promise<CliRun> {
  await ensureFreshDist();
  const env = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? options.cwd,
    LANG: 'C.UTF-8',
    ...options.env,
  };
  let result: { exitCode: number; stdout: string; stderr: string };
  try {
    const { stdout, stderr } = await execFileAsync(
      NODE24,
      [join(PROJECT_ROOT, 'dist', 'mlops.js'), ...args],
      {
        cwd: options.cwd,
        env,
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    result = { exitCode: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    result = { exitCode: e.code, stdout: e.stdout, stderr: e.stderr };
  }
  let outputs: Record<string, string> = {};
  try {
    const parsed: unknown = JSON.parse(result.stdout);
    if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed))
      outputs = parsed as Record<string, string>;
  } catch {
    // not an action's outputs (help text, a subcommand's table)
  }
  return { ...result, outputs };
}

export interface EventSpec {
  name: string;
  payload: Record<string, unknown>;
}

export interface RunActionOptions {
  /** actions/<name>, or 'root' for the repository's root action.yml. */
  action: string;
  /** The step's `with:` map. */
  inputs?: Record<string, string>;
  workspace: string;
  event?: EventSpec;
  /** Extra or overriding environment (GITHUB_API_URL, GITHUB_TOKEN, AWS_*, …). */
  env?: Record<string, string>;
  /** What `${{ github.token }}` evaluates to for action.yml defaults. */
  token?: string;
  /** RUNNER_TEMP to use (kept after the run, so a test can inspect it); default a fresh, removed one. */
  runnerTemp?: string;
  /** Node binary; default Node 24 (the runtime action.yml declares). */
  node?: string;
  timeoutMs?: number;
}

export interface ActionRun {
  exitCode: number;
  outputs: Record<string, string>;
  summary: string;
  stdout: string;
  stderr: string;
  annotations: Annotation[];
  /** Values the action masked with ::add-mask::. */
  masks: string[];
  /** Lines added to GITHUB_PATH. */
  path: string[];
}

interface ActionYml {
  inputs?: Record<string, { default?: string }>;
  runs: { using: string; main: string };
}

function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/** The defaults the runner would evaluate; only `${{ github.token }}` is an expression we use. */
function evaluateDefault(value: string, token: string): string {
  return value.replace(/\$\{\{\s*github\.token\s*\}\}/g, token);
}

/** The runner variables an event sets (GITHUB_EVENT_NAME, GITHUB_REF, GITHUB_HEAD_REF, … and a push's GITHUB_SHA). */
export function eventEnv(event: EventSpec): Record<string, string> {
  const env: Record<string, string> = { GITHUB_EVENT_NAME: event.name };
  const pr = event.payload.pull_request as
    { number: number; head: { ref: string; sha: string }; base: { ref: string; sha: string } } | undefined;
  if (pr) {
    env.GITHUB_REF = `refs/pull/${pr.number}/merge`;
    env.GITHUB_REF_NAME = `${pr.number}/merge`;
    env.GITHUB_HEAD_REF = pr.head.ref;
    env.GITHUB_BASE_REF = pr.base.ref;
  } else if (typeof event.payload.ref === 'string') {
    env.GITHUB_REF = event.payload.ref;
    env.GITHUB_REF_NAME = event.payload.ref.replace(/^refs\/(heads|tags)\//, '');
  }
  // On push GITHUB_SHA is the pushed commit; on pull_request it is the merge commit, which the payload does
  // not carry, so those tests pass GITHUB_SHA themselves.
  if (event.name === 'push' && typeof event.payload.after === 'string') env.GITHUB_SHA = event.payload.after;
  return env;
}

export async function runAction(options: RunActionOptions): Promise<ActionRun> {
  await ensureFreshDist();
  const actionDir = options.action === 'root' ? PROJECT_ROOT : join(PROJECT_ROOT, 'actions', options.action);
  const yml = parse(await readFile(join(actionDir, 'action.yml'), 'utf8')) as ActionYml;
  if (yml.runs.using !== 'node24')
    throw new Error(`${options.action}: runs.using is ${yml.runs.using}, not node24`);
  const main = resolve(actionDir, yml.runs.main);
  if (!existsSync(main)) throw new Error(`${options.action}: ${main} does not exist (run npm run build)`);

  const runnerDir = await mkdtemp(join(tmpdir(), 'mlops-runner-'));
  try {
    const files = {
      output: join(runnerDir, 'output.txt'),
      summary: join(runnerDir, 'summary.md'),
      event: join(runnerDir, 'event.json'),
      env: join(runnerDir, 'env.txt'),
      path: join(runnerDir, 'path.txt'),
      state: join(runnerDir, 'state.txt'),
      temp: options.runnerTemp ?? join(runnerDir, 'temp'),
    };
    const event = options.event ?? { name: 'push', payload: { ref: 'refs/heads/main' } };
    await Promise.all([
      writeFile(files.output, ''),
      writeFile(files.summary, ''),
      writeFile(files.env, ''),
      writeFile(files.path, ''),
      writeFile(files.state, ''),
      writeFile(files.event, JSON.stringify(event.payload)),
    ]);
    await mkdir(files.temp, { recursive: true });

    const token = options.token ?? '';
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: process.env.HOME ?? runnerDir,
      LANG: 'C.UTF-8',
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      RUNNER_OS: 'Linux',
      RUNNER_ARCH: 'X64',
      RUNNER_NAME: 'mlops-test-runner',
      RUNNER_TEMP: files.temp,
      RUNNER_TOOL_CACHE: join(runnerDir, 'toolcache'),
      GITHUB_WORKSPACE: options.workspace,
      GITHUB_OUTPUT: files.output,
      GITHUB_STEP_SUMMARY: files.summary,
      GITHUB_ENV: files.env,
      GITHUB_PATH: files.path,
      GITHUB_STATE: files.state,
      GITHUB_EVENT_PATH: files.event,
      GITHUB_REPOSITORY: 'octo-org/ml-project',
      GITHUB_REPOSITORY_OWNER: 'octo-org',
      GITHUB_SHA: '0000000000000000000000000000000000000000',
      GITHUB_REF: 'refs/heads/main',
      GITHUB_REF_NAME: 'main',
      GITHUB_ACTOR: 'octocat',
      GITHUB_RUN_ID: '1234567890',
      GITHUB_RUN_NUMBER: '7',
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_WORKFLOW: 'ml',
      GITHUB_JOB: 'train',
      GITHUB_ACTION: options.action,
      // Nothing in a test may reach the real GitHub: an unreachable default unless a test passes its double.
      GITHUB_API_URL: 'http://127.0.0.1:9',
      GITHUB_GRAPHQL_URL: 'http://127.0.0.1:9/graphql',
      GITHUB_SERVER_URL: 'https://github.com',
      ...eventEnv(event),
      ...options.env,
    };
    for (const [name, meta] of Object.entries(yml.inputs ?? {})) {
      if (meta.default !== undefined) env[inputEnvName(name)] = evaluateDefault(String(meta.default), token);
    }
    for (const [name, value] of Object.entries(options.inputs ?? {})) env[inputEnvName(name)] = value;

    const { exitCode, stdout, stderr } = await new Promise<{
      exitCode: number;
      stdout: string;
      stderr: string;
    }>((resolveRun, reject) => {
      const child = spawn(options.node ?? NODE24, [main], {
        cwd: options.workspace,
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      const out: Buffer[] = [];
      const err: Buffer[] = [];
      child.stdout.on('data', (c: Buffer) => out.push(c));
      child.stderr.on('data', (c: Buffer) => err.push(c));
      const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 120_000);
      child.on('error', reject);
      child.on('close', (code, signal) => {
        clearTimeout(timer);
        resolveRun({
          exitCode: code ?? (signal ? 128 : 1),
          stdout: Buffer.concat(out).toString('utf8'),
          stderr: Buffer.concat(err).toString('utf8'),
        });
      });
    });
    const commands = parseWorkflowCommands(stdout);
    return {
      exitCode,
      outputs: parseOutputFile(await readFile(files.output, 'utf8')),
      summary: await readFile(files.summary, 'utf8'),
      stdout,
      stderr,
      annotations: commands.annotations,
      masks: commands.masks,
      path: (await readFile(files.path, 'utf8')).split('\n').filter(Boolean),
    };
  } finally {
    await rm(runnerDir, { recursive: true, force: true });
  }
}
