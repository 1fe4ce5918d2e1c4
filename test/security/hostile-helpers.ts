/**
 * What the hostile-content table needs besides the harness: the runner's rules for reading workflow
 * commands out of a step's output, the CLI as a child process, and a pull request with a GitHub API double.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { ConfigurationError } from '../../src/core/errors.js';
import type { GitHubApiDouble } from '../harness/github-api/index.js';
import { pullRequestEvent } from '../harness/events.js';
import { type ActionRun, PROJECT_ROOT, runAction } from '../harness/run-action.js';
import { apiEnv, checkout, exampleProject, REPO, startApi, TOKEN } from '../core/experiments/project.js';

/** A marker every hostile payload carries, so a test can tell injected commands from ours. */
export const PWNED = 'PWNED';

/**
 * Lines that try every way a runner takes output for a command: `::cmd` at a line start (also after
 * whitespace and after a zero-width space, which the runner's culture-aware comparison skips), the legacy
 * `##[cmd]` anywhere, a lone CR (a line break to the runner), an output, a mask, stop-commands.
 */
export const INJECTION = [
  'x',
  `::error title=${PWNED}::${PWNED} error`,
  `::add-mask::${PWNED}-mask`,
  `::set-output name=changed::${PWNED}`,
  `  ::warning::${PWNED} indented`,
  `\u200b::notice::${PWNED} zero-width`,
  `text ##[add-mask]${PWNED}-legacy`,
  `::stop-commands::${PWNED}token`,
].join('\n');

/** The same lines for a CSV header cell or YAML double-quoted string (a lone CR included). */
export const INJECTION_WITH_CR = `${INJECTION}\r::error::${PWNED} after CR`;

// What .NET's culture-aware StartsWith/IndexOf (the runner's ActionCommand parser) may skip.
const IGNORABLE = /[\u0080-\u009f\p{Cf}\p{Default_Ignorable_Code_Point}]/gu;

export interface RunnerCommand {
  name: string;
  props: string;
  data: string;
  line: string;
}

/**
 * The workflow commands the runner would take from a step's output (actions/runner ActionCommand:
 * TryParseV2 — TrimStart, then StartsWith("::"), name and properties up to the next "::" — and, only when
 * that fails, the legacy TryParse — IndexOf("##[") anywhere, up to "]"). Lines split on LF, CR and CRLF,
 * as StreamReader.ReadLine does.
 */
export function runnerCommands(output: string): RunnerCommand[] {
  const commands: RunnerCommand[] = [];
  for (const line of output.split(/\r\n|\r|\n/)) {
    const seen = line.replace(IGNORABLE, '');
    const v2 = /^\s*::([A-Za-z-]+)([^:]*)::(.*)$/.exec(seen);
    const legacy = v2 ? null : /##\[([A-Za-z-]+)([^\]]*)\](.*)$/.exec(seen);
    const match = v2 ?? legacy;
    if (match) commands.push({ name: match[1]!, props: match[2]!, data: match[3]!, line });
  }
  return commands;
}

/** Commands that change the job rather than show something: any of these from user text is a takeover. */
const STATEFUL = new Set([
  'add-mask',
  'set-output',
  'set-env',
  'add-path',
  'save-state',
  'stop-commands',
  'echo',
]);

/**
 * No command in stdout or stderr comes from the payload: an injected one starts with the payload's own
 * text (its properties or data begin with PWNED) or is a stateful command carrying it. Our own
 * annotations may quote the payload escaped inside their message; that is data, not a command.
 */
export function assertNoInjectedCommands(run: { stdout: string; stderr: string; masks?: string[] }): void {
  const injected = [...runnerCommands(run.stdout), ...runnerCommands(run.stderr)].filter(
    (c) =>
      c.props.includes(PWNED) ||
      c.data.startsWith(PWNED) ||
      (STATEFUL.has(c.name.toLowerCase()) && c.line.includes(PWNED)),
  );
  assert.deepEqual(
    injected.map((c) => c.line),
    [],
    'lines the runner would execute',
  );
  assert.deepEqual(
    (run.masks ?? []).filter((m) => m.includes(PWNED)),
    [],
    'values masked by injected ::add-mask::',
  );
}

const execFileAsync = promisify(execFile);

/**
 * Run ES module code (imports relative to the project root) in a child process and return its stdout.
 * A hang guard for inputs that used to take minutes: a blocked event loop cannot be timed out in-process,
 * a child can be killed. The bound is far above the real cost, so this is not a timing assertion.
 */
export async function runModule(code: string, boundMs = 90_000): Promise<string> {
  try {
    const { stdout } = await execFileAsync(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', code],
      { cwd: PROJECT_ROOT, timeout: boundMs, killSignal: 'SIGKILL', maxBuffer: 16 * 1024 * 1024 },
    );
    return stdout;
  } catch (error) {
    const e = error as { killed?: boolean; stderr?: string };
    if (e.killed) assert.fail(`still running after ${boundMs / 1000} s (killed)`);
    throw new Error(`module failed: ${e.stderr ?? String(error)}`, { cause: error });
  }
}

/** Run `fn`, expecting a ConfigurationError (a user mistake, not "failed unexpectedly"); returns it. */
export async function configurationError(fn: () => unknown): Promise<ConfigurationError> {
  try {
    await fn();
  } catch (error) {
    assert.ok(error instanceof ConfigurationError, `expected a ConfigurationError, got ${String(error)}`);
    return error;
  }
  assert.fail('expected a ConfigurationError, nothing was thrown');
}

export interface PullRequestFixture {
  api: GitHubApiDouble;
  workspace: string;
  /** Runs track-experiment on the pull request (runner-faithful executor, API double). */
  track: (inputs: Record<string, string>, runId: string) => Promise<ActionRun>;
  /** Comments on the pull request by the workflow token's identity, oldest first. */
  ours: () => { id: number; body: string }[];
  close: () => Promise<void>;
}

/** A pull request of the example project (tests/core/experiments/project.ts), checked out, with an API double. */
export async function pullRequestFixture(number: number): Promise<PullRequestFixture> {
  const project = await exampleProject();
  const headSha = await project.repo.commit({ 'notes.txt': 'x\n' }, 'change', `pr-${number}`);
  const workspace = await checkout(project.repo, headSha);
  const api = await startApi(
    number,
    { ref: `pr-${number}`, sha: headSha },
    { ref: 'main', sha: project.mainSha },
  );
  const event = pullRequestEvent({
    number,
    head: { ref: `pr-${number}`, sha: headSha },
    base: { ref: 'main', sha: project.mainSha },
  });
  return {
    api,
    workspace,
    track: (inputs, runId) =>
      runAction({
        action: 'track-experiment',
        inputs,
        workspace,
        event,
        env: { ...apiEnv(api), GITHUB_RUN_ID: runId, GITHUB_SHA: headSha },
        token: TOKEN,
      }),
    ours: () =>
      api
        .comments(REPO, number)
        .filter((c) => c.login === 'github-actions[bot]')
        .map((c) => ({ id: c.id, body: c.body })),
    close: () => api.close(),
  };
}
