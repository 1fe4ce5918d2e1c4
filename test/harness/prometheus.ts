/**
 * Real Prometheus components for tests: Debian's prometheus-pushgateway and prometheus server on 127.0.0.1
 * (ports chosen at run time, data in temporary directories, stopped when the test ends), plus readers for
 * what they speak: the text exposition format and the metric and label names a rules file refers to.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { TestContext } from 'node:test';
import { parse } from 'yaml';
import { freePort, haveTool } from './registry.js';
import { tempDir } from './temp-dir.js';

/** Whether `command` is installed; fails the test on CI (CI=true), skips it elsewhere. */
export function requireTool(t: Pick<TestContext, 'skip'>, command: string): boolean {
  if (haveTool(command)) return true;
  if (process.env.CI === 'true')
    assert.fail(`${command} is required on CI (Debian packages prometheus and prometheus-pushgateway)`);
  t.skip(`${command} not installed`);
  return false;
}

/** Start `command` listening on a free port; resolves to its base URL once `readyPath` answers 200. */
async function startServer(
  t: Pick<TestContext, 'after'>,
  command: string,
  args: (listen: string) => string[],
  readyPath: string,
): Promise<string> {
  const listen = `127.0.0.1:${await freePort()}`;
  const child = spawn(command, args(listen), { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  t.after(() => {
    child.kill('SIGTERM');
  });
  const base = `http://${listen}`;
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${command} exited (${child.exitCode}): ${stderr}`);
    try {
      if ((await fetch(`${base}${readyPath}`)).ok) return base;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`${command} did not get ready on ${listen}: ${stderr}`);
}

/** A Pushgateway with a persistence file, as the rules' README asks for. */
export async function startPushgateway(t: Pick<TestContext, 'after'>): Promise<string> {
  const dir = await tempDir('mlops-pushgateway-');
  return startServer(
    t,
    'prometheus-pushgateway',
    (listen) => [
      `--web.listen-address=${listen}`,
      `--persistence.file=${join(dir, 'data')}`,
      '--log.level=error',
    ],
    '/-/ready',
  );
}

/** A Prometheus server with the given configuration (an object, written as YAML is read: JSON is YAML). */
export async function startPrometheus(t: Pick<TestContext, 'after'>, config: unknown): Promise<string> {
  const dir = await tempDir('mlops-prometheus-');
  const file = join(dir, 'prometheus.yml');
  await writeFile(file, JSON.stringify(config));
  return startServer(
    t,
    'prometheus',
    (listen) => [
      `--config.file=${file}`,
      `--storage.tsdb.path=${join(dir, 'data')}`,
      `--web.listen-address=${listen}`,
      '--log.level=error',
    ],
    '/-/ready',
  );
}

export interface Sample {
  name: string;
  labels: Record<string, string>;
  value: string;
}

const NAME = '[a-zA-Z_:][a-zA-Z0-9_:]*';

/** The samples of a text exposition (format 0.0.4), label values unescaped. */
export function parseExposition(text: string): Sample[] {
  const samples: Sample[] = [];
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const m = new RegExp(`^(${NAME})(?:\\{(.*)\\})? (\\S+)(?: \\S+)?$`).exec(line);
    if (!m) throw new Error(`not a sample line: ${line}`);
    const labels: Record<string, string> = {};
    for (const l of (m[2] ?? '').matchAll(/([a-zA-Z_]\w*)="((?:[^"\\]|\\.)*)"/g))
      labels[l[1]!] = l[2]!.replace(/\\(.)/g, (_, c: string) => (c === 'n' ? '\n' : c));
    samples.push({ name: m[1]!, labels, value: m[3]! });
  }
  return samples;
}

export interface RuleReferences {
  /** Alert names, in file order. */
  alerts: string[];
  /** Metric names in the expressions and in the queries the annotation templates run. */
  metrics: Set<string>;
  /** Label names in selectors, `on`/`ignoring`/`by`/… lists and `$labels.x` in templates. */
  labels: Set<string>;
}

const KEYWORDS = new Set(['and', 'or', 'unless', 'bool', 'offset', 'inf', 'nan']);

/** Add the metric and label names one PromQL expression uses to `into`. */
function promqlReferences(expr: string, into: RuleReferences): void {
  let rest = expr.replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|`[^`]*`/g, ' ');
  rest = rest.replace(/\{([^}]*)\}/g, (_, body: string) => {
    for (const m of body.matchAll(/([a-zA-Z_]\w*)\s*(?:=~|!~|!=|=)/g)) into.labels.add(m[1]!);
    return ' ';
  });
  rest = rest.replace(
    /\b(?:by|without|on|ignoring|group_left|group_right)\s*\(([^)]*)\)/g,
    (_, list: string) => {
      for (const name of list.split(',').map((s) => s.trim())) if (name) into.labels.add(name);
      return ' ';
    },
  );
  // A name not followed by `(` (a function) and not part of a number or duration.
  for (const m of rest.matchAll(new RegExp(`(?<![\\w.:])(${NAME})(?![\\w:])(?!\\s*\\()`, 'g')))
    if (!KEYWORDS.has(m[1]!.toLowerCase())) into.metrics.add(m[1]!);
}

interface RulesFile {
  groups: {
    rules: { alert?: string; record?: string; expr: string; annotations?: Record<string, string> }[];
  }[];
}

/** What a Prometheus rules file refers to: its expressions and its annotation templates' queries and labels. */
export function ruleReferences(rulesYaml: string): RuleReferences {
  const refs: RuleReferences = { alerts: [], metrics: new Set(), labels: new Set() };
  for (const group of (parse(rulesYaml) as RulesFile).groups) {
    for (const rule of group.rules) {
      if (rule.alert) refs.alerts.push(rule.alert);
      promqlReferences(rule.expr, refs);
      for (const template of Object.values(rule.annotations ?? {})) {
        for (const m of template.matchAll(/\$labels\.(\w+)/g)) refs.labels.add(m[1]!);
        // `printf "<query with %q>" … | query`: the query a template runs.
        for (const m of template.matchAll(/printf "((?:[^"\\]|\\.)*)"[^}]*\|\s*query\b/g))
          promqlReferences(m[1]!.replace(/\\"/g, '"').replace(/%q/g, '""'), refs);
      }
    }
  }
  return refs;
}
