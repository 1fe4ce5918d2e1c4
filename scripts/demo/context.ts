/** What every demo stage gets: the demo repository and ways to run the mlops CLI and other commands in it. */
export interface CliResult {
  exitCode: number;
  outputs: Record<string, string>;
  stderr: string;
}

export interface DemoContext {
  /** Working clone of the demo repository (a bare origin sits beside it, reached over file://). */
  repo: string;
  /** file:// URL of the bare origin. */
  originUrl: string;
  /** `node dist/mlops.js <args>` in the repo; outputs parsed from the JSON on stdout. */
  run(args: string[], env?: Record<string, string>): Promise<CliResult>;
  /** Any other command in the repo (argument array, no shell); returns stdout, throws on failure. */
  exec(command: string, args: string[], env?: Record<string, string>): Promise<string>;
  /** Print a titled block, as a user would see it. */
  print(title: string, text: string): void;
  /** Save a report a stage produced (the PR comment, the drift report) under `--save-reports DIR`, if given. */
  saveReport(name: string, markdown: string): Promise<void>;
}
