/**
 * `npm run demo`: the whole lifecycle on the example churn project (scripts/demo/example), inside a
 * temporary git repository with a local bare origin — no GitHub, no network. Each action's stage lives in
 * scripts/demo/stages/<domain>.ts and drives the `mlops` CLI exactly as a user would.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { CliResult, DemoContext } from './context.js';

const execFileAsync = promisify(execFile);
const root = resolve(import.meta.dirname, '..', '..');
const cli = join(root, 'dist', 'mlops.js');
const keep = process.argv.includes('--keep');
// `--save-reports DIR`: the markdown reports (PR comment, drift report) are kept there, e.g. for rendering tests.
const reportsArg = process.argv.indexOf('--save-reports');
const reportsDir = reportsArg >= 0 ? process.argv[reportsArg + 1] : undefined;

const STAGES = ['data-hash', 'track-experiment', 'drift-report', 'build-model-image'] as const;

function print(title: string, text: string): void {
  const bar = '─'.repeat(Math.max(8, 78 - title.length));
  process.stdout.write(`\n── ${title} ${bar}\n${text.trimEnd()}\n`);
}

async function main(): Promise<number> {
  if (!existsSync(cli)) {
    process.stderr.write('dist/mlops.js is missing: run `npm run build` first.\n');
    return 1;
  }
  const base = mkdtempSync(join(tmpdir(), 'mlops-demo-'));
  const repo = join(base, 'churn-model');
  const origin = join(base, 'origin.git');
  // A clean environment: nothing from a surrounding Actions run leaks into the demo.
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? base,
    LANG: 'C.UTF-8',
    GIT_AUTHOR_NAME: 'Demo User',
    GIT_AUTHOR_EMAIL: 'demo@example.com',
    GIT_COMMITTER_NAME: 'Demo User',
    GIT_COMMITTER_EMAIL: 'demo@example.com',
    GIT_CONFIG_NOSYSTEM: '1',
  };
  const exec = async (command: string, args: string[], extra: Record<string, string> = {}) =>
    (await execFileAsync(command, args, { cwd: repo, env: { ...env, ...extra }, maxBuffer: 64 << 20 }))
      .stdout;
  const run = async (args: string[], extra: Record<string, string> = {}): Promise<CliResult> => {
    try {
      const { stdout, stderr } = await execFileAsync(process.execPath, [cli, ...args], {
        cwd: repo,
        env: { ...env, ...extra },
        maxBuffer: 64 << 20,
      });
      return { exitCode: 0, outputs: JSON.parse(stdout || '{}') as Record<string, string>, stderr };
    } catch (error) {
      const e = error as { code?: number; stdout?: string; stderr?: string };
      let outputs: Record<string, string>;
      try {
        outputs = JSON.parse(e.stdout || '{}') as Record<string, string>;
      } catch {
        outputs = {};
      }
      return { exitCode: typeof e.code === 'number' ? e.code : 1, outputs, stderr: e.stderr ?? '' };
    }
  };

  try {
    await execFileAsync('git', ['init', '-q', '--bare', '--initial-branch=main', origin], { env });
    cpSync(join(root, 'scripts', 'demo', 'example'), repo, { recursive: true });
    await exec('git', ['init', '-q', '--initial-branch=main']);
    await exec('git', ['remote', 'add', 'origin', `file://${origin}`]);
    await exec('git', ['add', '-A']);
    await exec('git', ['commit', '-q', '-m', 'Example churn project']);
    await exec('git', ['push', '-q', 'origin', 'main']);
    print('demo repository', `${repo}\n(origin: file://${origin})\n\n${await exec('git', ['ls-files'])}`);

    const saveReport = async (name: string, markdown: string) => {
      if (!reportsDir) return;
      await mkdir(reportsDir, { recursive: true });
      await writeFile(join(reportsDir, name), markdown);
    };
    const ctx: DemoContext = { repo, originUrl: `file://${origin}`, run, exec, print, saveReport };
    let ran = 0;
    for (const stage of STAGES) {
      const file = join(import.meta.dirname, 'stages', `${stage}.ts`);
      if (!existsSync(file)) {
        print(stage, '(stage not available in this version)');
        continue;
      }
      const module = (await import(file)) as { default?: (c: DemoContext) => Promise<void> } & Record<
        string,
        unknown
      >;
      const fn =
        module.default ??
        (Object.values(module).find((v) => typeof v === 'function') as
          ((c: DemoContext) => Promise<void>) | undefined);
      if (!fn) throw new Error(`${file} exports no stage function`);
      process.stdout.write(`\n━━━━ ${stage} ${'━'.repeat(70 - stage.length)}\n`);
      await fn(ctx);
      ran++;
    }
    print(
      'done',
      `${ran} stage(s) ran.${keep ? ` The demo repository is kept at ${repo}.` : ' (pass --keep to keep the demo repository)'}`,
    );
    return 0;
  } finally {
    if (!keep) rmSync(base, { recursive: true, force: true });
  }
}

process.exitCode = await main();
