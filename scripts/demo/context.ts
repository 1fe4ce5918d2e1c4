/** What every demo stage gets: the demo repository, "GitHub", the image registry, and ways to run commands. */
export interface CliResult {
  exitCode: number;
  outputs: Record<string, string>;
  stderr: string;
}

/** The workflow run a step belongs to, as a runner describes it to the step (GITHUB_* variables). */
export interface RunnerStep {
  /** push | pull_request | schedule | workflow_dispatch */
  event: string;
  /** The webhook payload (written to a file for GITHUB_EVENT_PATH). */
  payload: Record<string, unknown>;
  sha: string;
  ref: string;
  runId: number;
  job: string;
  /** GITHUB_TOKEN for this step (default: the workflow token). */
  token?: string;
}

/** The local GitHub API double (test/harness/github-api) the demo started, following the bare origin. */
export interface DemoGitHub {
  /** GITHUB_API_URL */
  url: string;
  /** owner/name */
  repository: string;
  /** The workflow's GITHUB_TOKEN (github-actions[bot]). */
  workflowToken: string;
  /** A GitHub App installation token (pull requests it opens start workflows; README "Tokens for open-retrain-pr"). */
  appToken: string;
  /** Seeds an open pull request, as GitHub has one once someone opens it in the web UI. */
  openPullRequest(pr: {
    number: number;
    title: string;
    head: string;
    headSha: string;
    baseSha: string;
  }): void;
  /** Marks a pull request merged (what the merge button does besides the git merge). */
  mergePullRequest(number: number): void;
  /** GET a REST path (e.g. /repos/o/r/pulls/1) as a client of GitHub would. */
  get<T>(path: string): Promise<T>;
}

/** Where the model image goes: Debian's docker-registry on 127.0.0.1, or (not installed) an OCI layout only. */
export interface DemoRegistry {
  /** host:port of the running registry, undefined in the OCI-layout fallback. */
  host: string | undefined;
}

/** Facts one stage hands to the next (the demo's stages run in order). */
export interface DemoState {
  prNumber?: number;
  /** The merge commit of the pull request on main, and main's tip before it. */
  mergeSha?: string;
  mergeBefore?: string;
  /** The model image, repo@sha256:… */
  image?: string;
  /** The drift report of the shifted batch (report.json path in the repo). */
  driftReport?: string;
}

export interface DemoContext {
  /** Working clone of the demo repository (a bare origin sits beside it, reached over file://). */
  repo: string;
  /** file:// URL of the bare origin. */
  originUrl: string;
  /** The bare origin's path (what the GitHub double reads refs from). */
  origin: string;
  github: DemoGitHub;
  registry: DemoRegistry;
  state: DemoState;
  /** `node dist/mlops.js <args>` in the repo; outputs parsed from the JSON on stdout. */
  run(args: string[], env?: Record<string, string>): Promise<CliResult>;
  /** `node dist/mlops.js <args>` for commands that print text (experiments, models, lineage): stdout. */
  mlops(args: string[], env?: Record<string, string>): Promise<CliResult & { stdout: string }>;
  /** Any other command in the repo (argument array, no shell); returns stdout, throws on failure. */
  exec(command: string, args: string[], env?: Record<string, string>): Promise<string>;
  /** The GITHUB_* environment a runner gives a step (event payload file, API URL, token, sha, ref…). */
  runner(step: RunnerStep): Promise<Record<string, string>>;
  /** A fresh file for `--summary` (the job summary a step writes). */
  summaryFile(name: string): string;
  /** Print a titled block, as a user would see it. */
  print(title: string, text: string): void;
  /** Print one line (a command and what it did). */
  line(text: string): void;
  /** Save a report a stage produced (PR comment, drift report, …) under `--save-reports DIR`, if given. */
  saveReport(name: string, markdown: string): Promise<void>;
}
