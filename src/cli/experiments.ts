import { loadMlopsConfig } from '../adapter/config.js';
import { Git } from '../adapter/git.js';
import { ConfigurationError } from '../core/errors.js';
import { newestFirst } from '../core/experiments/baseline.js';
import { compareRuns } from '../core/experiments/compare.js';
import { type Direction, directionResolver } from '../core/experiments/directions.js';
import { GitCommands } from '../core/git/commands.js';
import { commandSafe, commandSafeJson } from '../core/log-text.js';
import { textTable } from '../core/report/text-table.js';
import type { Logger } from '../core/logger.js';
import { resolveRegistryBranch } from '../core/registry/branch.js';
import { readRunRecords, type RunRecord } from '../core/registry/run-records.js';
import { fetchRegistryTip, resolveRegistryRef } from '../core/registry/store.js';
import { writeStderr } from './cli-host.js';
import { commentTarget, runnerRepository, upsertCliComment } from '../adapter/cli-comment.js';
import {
  type LeaderboardLinks,
  leaderboardMarker,
  rankRuns,
  renderLeaderboard,
} from '../core/experiments/leaderboard.js';
import { runSubcommandGroup } from './subcommands.js';

const USAGE = `Usage: mlops experiments <command> [options]

Commands:
  list                      runs, newest first
  show <run-id>             one run record
  compare <run-a> <run-b>   metrics and params of two runs (b against a)
  best --metric <key>       runs ranked by a metric (direction from .mlops.yml or the metric's name)

Options:
  --experiment <name>       only this experiment
  --branch <branch>         registry branch (default: registry.branch in .mlops.yml, else mlops/registry)
  --remote <name>           remote whose copy of the branch is read (default origin)
  --fetch                   fetch the registry branch first
  --direction higher|lower  for best, when the metric's direction is not known
  --parent <run-id>         only runs with this parent run id (a matrix sweep's, track-experiment parent-run-id)
  --limit <n>               at most n rows (list, best; default 20)
  --json                    print JSON instead of a table
  --markdown                best: print the leaderboard as markdown (each run linked to its record)
  --comment <pr-number>     best: also post the markdown leaderboard as one pull-request comment, updated in
                            place on reruns (needs GITHUB_TOKEN and GITHUB_REPOSITORY, as in a workflow step)`;

interface Options {
  experiment?: string;
  branch?: string;
  remote: string;
  fetch: boolean;
  json: boolean;
  metric?: string;
  direction?: Direction;
  parent?: string;
  comment?: number;
  markdown: boolean;
  limit: number;
  positional: string[];
}

const VALUE_FLAGS = new Set([
  'experiment',
  'branch',
  'remote',
  'metric',
  'direction',
  'limit',
  'parent',
  'comment',
]);
const BOOLEAN_FLAGS = new Set(['fetch', 'json', 'markdown']);

function parseOptions(argv: readonly string[]): Options {
  const options: Options = {
    remote: 'origin',
    fetch: false,
    json: false,
    markdown: false,
    limit: 20,
    positional: [],
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) {
      options.positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq < 0 ? arg.slice(2) : arg.slice(2, eq);
    if (BOOLEAN_FLAGS.has(name)) {
      (options as unknown as Record<string, boolean>)[name] = true;
      continue;
    }
    if (!VALUE_FLAGS.has(name)) throw new ConfigurationError(`Unknown option --${name}.\n\n${USAGE}`);
    const value = eq >= 0 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined) throw new ConfigurationError(`Option --${name} needs a value.`);
    if (name === 'limit') {
      const n = Number(value);
      if (!Number.isInteger(n) || n < 1)
        throw new ConfigurationError(`Option --limit must be a positive whole number, got '${value}'.`);
      options.limit = n;
    } else if (name === 'direction') {
      if (value !== 'higher' && value !== 'lower')
        throw new ConfigurationError(`Option --direction must be higher or lower, got '${value}'.`);
      options.direction = value;
    } else if (name === 'comment') {
      const n = Number(value);
      if (!Number.isInteger(n) || n < 1)
        throw new ConfigurationError(`Option --comment must be a pull request number, got '${value}'.`);
      options.comment = n;
    } else if (name === 'parent') options.parent = value;
    else if (name === 'experiment') options.experiment = value;
    else if (name === 'branch') options.branch = value;
    else if (name === 'remote') options.remote = value;
    else options.metric = value;
  }
  return options;
}

const stderrLogger: Logger = {
  info: () => undefined,
  debug: () => undefined,
  warning: (m) => writeStderr(`warning: ${m}\n`),
};

const num = (v: number | undefined) => (v === undefined ? '-' : String(Number(v.toPrecision(6))));
const where = (r: RunRecord) =>
  r.git.pullRequest ? `PR #${r.git.pullRequest.number}` : (r.git.branch ?? '-');

function findRun(records: readonly RunRecord[], id: string): RunRecord {
  const [exp, run] = id.includes('/') ? id.split('/', 2) : [undefined, id];
  const matches = records.filter((r) => r.id === run && (exp === undefined || r.experiment === exp));
  if (matches.length === 0) throw new ConfigurationError(`No run '${id}' on the registry branch.`);
  if (matches.length > 1) {
    throw new ConfigurationError(
      `Run id '${id}' exists in several experiments (${matches.map((m) => m.experiment).join(', ')}); write <experiment>/<run-id>.`,
    );
  }
  return matches[0]!;
}

function list(records: RunRecord[], options: Options): string {
  const rows = newestFirst(records).slice(0, options.limit);
  if (options.json)
    return JSON.stringify(
      rows.map((r) => ({
        experiment: r.experiment,
        id: r.id,
        endedAt: r.endedAt,
        where: where(r),
        commit: r.git.commit,
        metrics: r.metrics,
      })),
      null,
      2,
    );
  const keys = [...new Set(rows.flatMap((r) => Object.keys(r.metrics)))].sort().slice(0, 6);
  return textTable(
    ['EXPERIMENT', 'RUN', 'ENDED', 'WHERE', 'COMMIT', ...keys],
    rows.map((r) => [
      r.experiment,
      r.id,
      r.endedAt.slice(0, 19).replace('T', ' '),
      where(r),
      (r.git.commit ?? '-').slice(0, 7),
      ...keys.map((k) => num(r.metrics[k])),
    ]),
  );
}

function show(record: RunRecord, options: Options): string {
  if (options.json) return JSON.stringify(record, null, 2);
  const kv = (title: string, entries: [string, string][]) =>
    entries.length === 0 ? '' : `\n${title}\n${textTable(['KEY', 'VALUE'], entries)}`;
  return [
    `run ${record.experiment}/${record.id}  ${record.status}  ${record.endedAt}`,
    `where: ${where(record)}  commit: ${record.git.commit ?? '-'}${record.runUrl ? `  ${record.runUrl}` : ''}`,
    kv(
      'metrics',
      Object.entries(record.metrics).map(([k, v]) => [k, num(v)]),
    ),
    kv(
      'params',
      Object.entries(record.params).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)]),
    ),
    kv('tags', Object.entries(record.tags)),
    kv(
      'data',
      record.data.map((d) => [d.path, d.md5]),
    ),
  ]
    .filter(Boolean)
    .join('\n');
}

function compare(
  a: RunRecord,
  b: RunRecord,
  options: Options,
  directions: (k: string) => Direction | undefined,
): string {
  const comparison = compareRuns(b, a, directions);
  if (options.json)
    return JSON.stringify(
      { a: `${a.experiment}/${a.id}`, b: `${b.experiment}/${b.id}`, ...comparison },
      null,
      2,
    );
  const metrics = textTable(
    ['METRIC', a.id, b.id, 'CHANGE', '%', ''],
    comparison.metrics.map((m) => [
      m.key,
      num(m.baseline),
      num(m.current),
      num(m.change),
      m.percent === undefined ? '-' : `${m.percent.toFixed(2)}%`,
      m.verdict === 'improved' || m.verdict === 'regressed' ? m.verdict : '',
    ]),
  );
  const changed = comparison.params.filter((p) => p.changed);
  const params =
    changed.length === 0
      ? 'params: no differences'
      : `params\n${textTable(
          ['PARAM', a.id, b.id],
          changed.map((p) => [p.key, JSON.stringify(p.baseline) ?? '-', JSON.stringify(p.current) ?? '-']),
        )}`;
  return `${metrics}\n\n${params}`;
}

function best(
  records: RunRecord[],
  options: Options,
  directions: (k: string) => Direction | undefined,
  links: LeaderboardLinks | undefined,
): { text: string; markdown: string } {
  const metric = options.metric;
  if (!metric) throw new ConfigurationError('best needs --metric <key>.');
  const direction = options.direction ?? directions(metric);
  if (!direction) {
    throw new ConfigurationError(
      `The direction of '${metric}' is not known: pass --direction higher|lower or set metrics.directions in .mlops.yml.`,
    );
  }
  const ranked = rankRuns(records, metric, direction, options.limit);
  const markdown = renderLeaderboard({
    ranked,
    metric,
    direction,
    experiment: options.experiment,
    parent: options.parent,
    links,
  });
  if (options.json)
    return {
      markdown,
      text: JSON.stringify(
        {
          metric,
          direction,
          runs: ranked.map((r) => ({
            experiment: r.experiment,
            id: r.id,
            value: r.metrics[metric],
            where: where(r),
            commit: r.git.commit,
          })),
        },
        null,
        2,
      ),
    };
  if (options.markdown) return { markdown, text: markdown.trimEnd() };
  if (ranked.length === 0) return { markdown, text: `No run has metric '${metric}'.` };
  return {
    markdown,
    text:
      textTable(
        ['RANK', 'EXPERIMENT', 'RUN', metric, 'WHERE', 'COMMIT'],
        ranked.map((r, i) => [
          String(i + 1),
          r.experiment,
          r.id,
          num(r.metrics[metric]),
          where(r),
          (r.git.commit ?? '-').slice(0, 7),
        ]),
      ) + `\n(${direction} is better)`,
  };
}

async function experiments(command: string, rest: readonly string[]): Promise<string> {
  const options = parseOptions(rest);
  const cwd = process.cwd();
  const config = await loadMlopsConfig(cwd);
  const branch = resolveRegistryBranch(options.branch, config.registry, '--branch');
  const git = new GitCommands(new Git(cwd));
  if (options.fetch) await fetchRegistryTip(git, { remote: options.remote, branch });
  const ref = await resolveRegistryRef(git, options.remote, branch);
  if (!ref) {
    throw new ConfigurationError(
      `No registry branch '${branch}' here (looked for ${options.remote}/${branch} and ${branch}); try --fetch.`,
    );
  }
  // Checked before any work, so a missing token fails at once rather than after reading the records.
  const target = options.comment === undefined ? undefined : commentTarget();
  if (options.comment !== undefined && command !== 'best')
    throw new ConfigurationError('--comment goes with best only.');
  const records = (await readRunRecords(git, ref, stderrLogger, options.experiment)).filter(
    (r) => options.parent === undefined || r.parentRunId === options.parent,
  );
  const directions = directionResolver(config.metrics?.directions);
  let out: string;
  if (command === 'list') out = list(records, options);
  else if (command === 'show') {
    if (options.positional.length !== 1) throw new ConfigurationError('show needs one run id.');
    out = show(findRun(records, options.positional[0]!), options);
  } else if (command === 'compare') {
    if (options.positional.length !== 2) throw new ConfigurationError('compare needs two run ids.');
    out = compare(
      findRun(records, options.positional[0]!),
      findRun(records, options.positional[1]!),
      options,
      directions,
    );
  } else if (command === 'best') {
    const here = runnerRepository();
    const links = here ? { ...here, branch } : undefined;
    const ranked = best(records, options, directions, links);
    out = ranked.text;
    if (target) {
      const url = await upsertCliComment(
        target,
        options.comment!,
        leaderboardMarker(options.experiment),
        ranked.markdown,
        stderrLogger,
      );
      writeStderr(`leaderboard comment: ${url}\n`);
    }
  } else throw new ConfigurationError(`Unknown experiments command '${command}'.\n\n${USAGE}`);
  return `${options.json ? commandSafeJson(out) : commandSafe(out)}\n`;
}

/** `mlops experiments …` (listed in subcommands.ts). */
export function runExperiments(argv: readonly string[]): Promise<number> {
  return runSubcommandGroup(USAGE, argv, experiments);
}
