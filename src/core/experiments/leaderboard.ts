/**
 * Runs ranked by one metric (`mlops experiments best`), and the same ranking as a markdown leaderboard for a
 * matrix sweep's one pull-request comment: every run linked to its record on the registry branch (and to its
 * workflow run), the params that differ between the runs beside it. Record text is user-editable, so every
 * value goes through the markdown escapes, and only links the repository itself serves are made.
 */

import { code, escapeMarkdown, table } from '../report/markdown.js';
import { recordPath, type ParamValue, type RunRecord } from '../registry/run-records.js';
import type { Direction } from './directions.js';

export function rankRuns(
  records: readonly RunRecord[],
  metric: string,
  direction: Direction,
  limit: number,
): RunRecord[] {
  return records
    .filter((r) => r.metrics[metric] !== undefined)
    .sort((x, y) =>
      direction === 'higher'
        ? y.metrics[metric]! - x.metrics[metric]!
        : x.metrics[metric]! - y.metrics[metric]!,
    )
    .slice(0, limit);
}

export function leaderboardMarker(experiment: string | undefined): string {
  return `<!-- mlops-actions:leaderboard:${experiment ?? '*'} -->`;
}

export interface LeaderboardLinks {
  /** e.g. https://github.com */
  serverUrl: string;
  /** owner/name */
  repository: string;
  /** The registry branch the records were read from. */
  branch: string;
}

export interface LeaderboardInput {
  ranked: readonly RunRecord[];
  metric: string;
  direction: Direction;
  experiment: string | undefined;
  parent: string | undefined;
  /** Without them (outside Actions, no repository known) runs are named, not linked. */
  links: LeaderboardLinks | undefined;
}

const value = (v: ParamValue | undefined): string =>
  v === undefined ? '-' : typeof v === 'string' ? v : JSON.stringify(v);
const num = (v: number | undefined) => (v === undefined ? '-' : String(Number(v.toPrecision(6))));

/** The params whose values are not the same in every ranked run: what the sweep varied. */
export function variedParams(runs: readonly RunRecord[]): string[] {
  const keys = [...new Set(runs.flatMap((r) => Object.keys(r.params)))].sort();
  return keys.filter((k) => new Set(runs.map((r) => value(r.params[k]))).size > 1);
}

function runCell(r: RunRecord, links: LeaderboardLinks | undefined): string {
  if (!links) return code(r.id);
  const record = `${links.serverUrl}/${links.repository}/blob/${links.branch}/${recordPath(r.experiment, r.id)}`;
  return `[${code(r.id)}](${encodeURI(record)})`;
}

/** Only a workflow run of this repository is linked: a record's runUrl is text anyone could have edited. */
function workflowCell(r: RunRecord, links: LeaderboardLinks | undefined): string {
  const prefix = links ? `${links.serverUrl}/${links.repository}/actions/runs/` : undefined;
  const match =
    prefix && r.runUrl?.startsWith(prefix) ? /^(\d+)(?:\/|$)/.exec(r.runUrl.slice(prefix.length)) : null;
  return match ? `[run ${match[1]}](${prefix}${match[1]})` : '-';
}

export function renderLeaderboard(input: LeaderboardInput): string {
  const { ranked, metric, links } = input;
  const scope = [
    input.experiment ? `experiment ${code(input.experiment)}` : 'every experiment',
    input.parent ? `runs of ${code(input.parent)}` : '',
  ]
    .filter(Boolean)
    .join(', ');
  const head = [
    leaderboardMarker(input.experiment),
    `### Leaderboard: ${code(metric)} (${input.direction} is better)`,
    '',
    `${ranked.length} run${ranked.length === 1 ? '' : 's'} of ${scope}, ranked by ${code(metric)}.`,
  ];
  if (ranked.length === 0) return [...head, '', `No run has metric ${code(metric)}.`, ''].join('\n');
  const varied = variedParams(ranked);
  const rows = ranked.map((r, i) => [
    String(i + 1),
    runCell(r, links),
    num(r.metrics[metric]),
    varied.length === 0 ? '-' : varied.map((k) => code(`${k}=${value(r.params[k])}`)).join(' '),
    r.git.pullRequest ? `PR \\#${r.git.pullRequest.number}` : escapeMarkdown(r.git.branch ?? '-'),
    code((r.git.commit ?? '-').slice(0, 7)),
    workflowCell(r, links),
  ]);
  const best = ranked[0]!;
  return [
    ...head,
    '',
    table(['#', 'run', escapeMarkdown(metric), 'params', 'where', 'commit', 'workflow'], rows, [
      'right',
      'left',
      'right',
      'left',
      'left',
      'left',
      'left',
    ]),
    '',
    `Best: ${code(best.id)} with ${code(metric)} = ${num(best.metrics[metric])}.` +
      (links ? ` Records are on the ${code(links.branch)} branch.` : ''),
    '',
  ].join('\n');
}
