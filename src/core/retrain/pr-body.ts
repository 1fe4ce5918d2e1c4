/**
 * The retrain pull request as a person reads it: a title naming the model and the trigger; a body with
 * why (the reasons), what is in production and what data is new, how to retrain, the request itself, and
 * the drift report (drift-report's own markdown, cut to fit GitHub's 65,536-character limit on PR bodies,
 * with a note and a link). Every piece of user text is escaped (src/core/report/markdown.ts); the request
 * JSON is `safeJson`, whose raw text holds no `<`, `@` or backtick.
 */

import { renderMarkdown } from '../drift/render-markdown.js';
import { formatBytes } from '../report/format-bytes.js';
import { code, details, escapeMarkdown, table } from '../report/markdown.js';
import { fitMarkdown } from '../report/summary-limit.js';
import type { Decision } from './decide.js';
import { number, percent } from './decide.js';
import { describeDuration, type Duration } from './duration.js';
import type { DriftEvidence } from './evidence.js';
import type { RetrainRequest } from './request.js';
import { requestPath } from './request.js';

/** GitHub's limit on a pull request (or issue) body, in characters (code points). */
export const PR_BODY_LIMIT = 65_536;

/** First line of every body this action writes (which PR is ours is decided by its branch, not by this). */
export const bodyMarker = (model: string): string => `<!-- mlops-actions:open-retrain-pr:${model} -->`;
/** Second line while the trigger has cleared; with close-when-clear, the PR was closed for that reason. */
export const CLEARED_MARKER = '<!-- mlops-actions:open-retrain-pr:cleared -->';
export const CLOSED_WHEN_CLEAR_MARKER = '<!-- mlops-actions:open-retrain-pr:closed-when-clear -->';

const codePoints = (text: string): number => {
  let n = 0;
  for (const _ of text) n++;
  return n;
};

export function pullRequestTitle(model: string, decision: Pick<Decision, 'title'>): string {
  return `Retrain ${model}: ${decision.title}`;
}

export interface BodyParts {
  model: string;
  branch: string;
  /** The PR's base branch; undefined in a dry run that did not look it up. */
  base: string | undefined;
  request: RetrainRequest;
  /** request.json exactly as committed. */
  requestText: string;
  evidence: DriftEvidence | undefined;
  coolDown: Duration;
  /** Said instead of "no version in the stage" when production could not be looked up (a dry run). */
  productionUnknown?: string;
  links: {
    /** The workflow run that made the request. */
    run?: string;
    /** request.json on the branch (a blob URL). */
    request?: string;
  };
}

/** A markdown link to an http(s) URL (parentheses and spaces encoded); plain text for anything else. */
export function link(text: string, url: string | undefined): string {
  let href: string | undefined;
  try {
    const parsed = url === undefined ? undefined : new URL(url);
    if (parsed && (parsed.protocol === 'https:' || parsed.protocol === 'http:')) href = parsed.href;
  } catch {
    href = undefined;
  }
  if (!href) return escapeMarkdown(text);
  return `[${escapeMarkdown(text)}](${href.replace(/[()<> ]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`)})`;
}

function reasonLine(reason: RetrainRequest['reasons'][number]): string {
  switch (reason.kind) {
    case 'dataset-drift':
      return `🔴 **Dataset drift:** ${reason.drifted} of ${reason.tested} columns drifted (${percent(reason.share)}, the report's limit is ${percent(reason.driftShare)})`;
    case 'watched-columns':
      return `🔴 **Watched columns drifted:** ${reason.columns.slice(0, 20).map(code).join(', ')}${reason.columns.length > 20 ? ` and ${reason.columns.length - 20} more` : ''}`;
    case 'drift-share':
      return `🔴 **Drift share:** ${reason.drifted} of ${reason.tested} ${reason.watched ? 'watched ' : ''}columns drifted (${percent(reason.share)} ≥ ${percent(reason.min)})`;
    case 'decay':
      return `📉 **Decay:** ${code(reason.metric)} is ${number(reason.value)}, below ${number(reason.below)}`;
    case 'always':
      return '🔁 **Requested on schedule** (`when: always`): no trigger needed';
  }
}

/** `2026-12-03 13:26 UTC` for an ISO time; anything else escaped as it is. */
export function when(iso: string): string {
  const time = Date.parse(iso);
  if (!/^\d{4}-\d\d-\d\dT/.test(iso) || Number.isNaN(time)) return escapeMarkdown(iso);
  return `${new Date(time).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

function sourceText(request: RetrainRequest): string {
  const source = request.drift?.source;
  if (!source) return 'no drift evidence (live metric only)';
  if (source.kind === 'report') {
    return `drift report ${code(source.path)} of ${when(source.generatedAt)}, ${code(source.reference)} → ${code(source.current)}`;
  }
  return `drift record ${code(source.path)} on ${code(source.branch)}, ${when(source.recordedAt)}${source.runUrl ? ` (${link('run', source.runUrl)})` : ''}`;
}

function facts(parts: BodyParts): string {
  const { request } = parts;
  const production = request.production
    ? `${code(request.model)} ${code(request.production.version)} in ${code(request.production.stage)} (commit ${code(request.production.commit.slice(0, 7))})`
    : (parts.productionUnknown ?? `no version of ${code(request.model)} is in the stage yet`);
  const rows: [string, string][] = [
    ['In production', production],
    ['Evidence', sourceText(request)],
  ];
  if (request.decay) {
    rows.push([
      'Live metric',
      `${code(request.decay.metric)} = ${number(request.decay.value)} (from ${code(request.decay.from)})`,
    ]);
  }
  for (const d of request.data) {
    rows.push([
      'New data',
      `${code(d.path)}, ${formatBytes(d.size)}${d.nfiles > 1 ? ` in ${d.nfiles} files` : ''}: md5 ${code(d.md5)} in ${code(d.pointer)}`,
    ]);
  }
  if (parts.links.run) rows.push(['Requested by', link('this workflow run', parts.links.run)]);
  return rows.map(([what, text]) => `- **${what}:** ${text}`).join('\n');
}

function howTo(parts: BodyParts): string {
  const { branch, model } = parts;
  const hasData = parts.request.data.length > 0;
  return [
    '### How to retrain',
    '',
    `1. Your train-on-PR workflow runs on this pull request: it retrains on ${code(branch)}${hasData ? ' with the new data' : ''} and compares the new model with production (track-experiment comments the metrics here).`,
    `2. By hand: ${code(`git switch ${branch}`)}${hasData ? `, ${code('mlops data-hash pull')} (the data is on the data remote)` : ''}, train, and push to this branch. Your commits are kept when this pull request is updated.`,
    `3. Merge when the new model is better. Closing without merging holds off new requests for ${code(model)} for ${describeDuration(parts.coolDown)} (the cool-down).`,
  ].join('\n');
}

/** Drift-report markdown one heading level down, to sit under this body's own title. */
function demoteHeadings(markdown: string): string {
  let fence: string | undefined;
  return markdown
    .split('\n')
    .map((line) => {
      const open = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
      if (open !== undefined) fence = fence === undefined ? open : open.startsWith(fence) ? undefined : fence;
      return fence === undefined && /^#{1,5} /.test(line) ? `#${line}` : line;
    })
    .join('\n');
}

function recordTable(request: RetrainRequest): string {
  const drift = request.drift!;
  const rows = drift.columns.map((c) => [
    c.drifted ? '🔴\u00a0drift' : '🟢\u00a0no\u00a0drift',
    code(c.name),
    c.test ? escapeMarkdown(c.test) : '—',
    c.score === null ? '—' : number(c.score),
  ]);
  const s = drift.summary;
  const more = drift.columnsOmitted
    ? `\n\n${drift.columnsOmitted} more columns are counted in request.json.`
    : '';
  return [
    `### ${s.datasetDrift ? '🔴 Dataset drift' : '🟢 No dataset drift'}: ${s.drifted} of ${s.tested} columns drifted`,
    '',
    rows.length > 0 ? table(['Verdict', 'Column', 'Test', 'Score'], rows) + more : 'No column drifted.',
  ].join('\n');
}

function driftSection(parts: BodyParts, budget: number): string {
  const { evidence, request } = parts;
  if (!request.drift) return '';
  const markdown = evidence?.report
    ? demoteHeadings(renderMarkdown(evidence.report)).trimEnd()
    : recordTable(request);
  const where = parts.links.run
    ? `${code(request.drift.source.path)} of the ${link('workflow run', parts.links.run)}`
    : code(request.drift.source.path);
  return fitMarkdown(markdown, budget, {
    measure: codePoints,
    note: (lines) =>
      [
        '',
        '> [!NOTE]',
        `> The drift report is cut here to fit GitHub's 65,536-character limit on pull request bodies (${lines.toLocaleString('en-US')} more lines). The full report: ${where}.`,
      ].join('\n'),
  });
}

export function pullRequestBody(parts: BodyParts): string {
  const { request } = parts;
  const fence = '```';
  const head = [
    bodyMarker(parts.model),
    `## 🔁 Retrain ${code(parts.model)}`,
    '',
    ...request.reasons.map((r) => `- ${reasonLine(r)}`),
    '',
    facts(parts),
    '',
    howTo(parts),
    '',
    details(
      `The request: ${requestPath(parts.model)}`,
      `${fence}json\n${parts.requestText.trimEnd()}\n${fence}${parts.links.request ? `\n\n${link('request.json on the branch', parts.links.request)}` : ''}`,
    ),
  ].join('\n');
  const foot =
    '\n\n<sub>Opened by mlops open-retrain-pr: later runs update this pull request, never open another one.</sub>\n';
  if (!request.drift) return `${head}${foot}`;
  const title = '\n\n---\n\n';
  const room = PR_BODY_LIMIT - codePoints(head) - codePoints(foot) - codePoints(title) - 64;
  const drift = driftSection(parts, Math.max(0, room));
  return drift ? `${head}${title}${drift}${foot}` : `${head}${foot}`;
}

/**
 * The body of an open PR whose trigger has cleared: a note on top (replacing an earlier one), the rest as
 * it was. `summary` is the decision's plain-text line.
 */
export function clearedBody(current: string, model: string, summary: string, closing: boolean): string {
  const lines = current.split('\n');
  let rest = lines[0] === bodyMarker(model) ? lines.slice(1) : lines;
  if (rest[0] === CLEARED_MARKER || rest[0] === CLOSED_WHEN_CLEAR_MARKER) {
    let end = 1;
    while (end < rest.length && rest[end]!.startsWith('>')) end++;
    rest = rest.slice(rest[end] === '' ? end + 1 : end);
  }
  const note = closing
    ? `> ✅ **The trigger has cleared** (${escapeMarkdown(summary)}), so this pull request was closed (\`close-when-clear\`). A new trigger opens a new one.`
    : `> ✅ **The trigger has cleared** (${escapeMarkdown(summary)}). This pull request stays open: close it if retraining is no longer needed.`;
  const text = [
    bodyMarker(model),
    closing ? CLOSED_WHEN_CLEAR_MARKER : CLEARED_MARKER,
    '> [!NOTE]',
    note,
    '',
    ...rest,
  ].join('\n');
  return fitMarkdown(text, PR_BODY_LIMIT, {
    measure: codePoints,
    note: () => "\n> [!NOTE]\n> Cut to fit GitHub's 65,536-character limit on pull request bodies.",
  });
}

/** Was this (closed) PR closed by this action because its trigger cleared, rather than declined? */
export function closedWhenClear(body: string | null | undefined): boolean {
  return (body ?? '').split('\n', 2)[1] === CLOSED_WHEN_CLEAR_MARKER;
}

/** First line of the model's alert issue (`issue: true`). */
export const alertMarker = (model: string): string => `<!-- mlops-actions:open-retrain-pr:issue:${model} -->`;

export function alertTitle(model: string, decision: Pick<Decision, 'title' | 'triggered'>): string {
  return decision.triggered
    ? `${model} needs retraining: ${decision.title}`
    : `${model}: the retraining trigger has cleared`;
}

/** The alert issue: the reasons (or that they cleared) and where the pull request is. */
export function alertBody(
  model: string,
  state: { reasons: RetrainRequest['reasons'] } | { cleared: string },
  pull: { number: number; url: string } | undefined,
): string {
  const lines = [alertMarker(model)];
  if ('reasons' in state) {
    lines.push(
      `## 🔁 ${code(model)} needs retraining`,
      '',
      ...state.reasons.map((r) => `- ${reasonLine(r)}`),
    );
  } else {
    lines.push(`## ✅ ${code(model)}: the retraining trigger has cleared`, '', escapeMarkdown(state.cleared));
  }
  if (pull) lines.push('', `Pull request: #${pull.number} (${link('open it', pull.url)}).`);
  lines.push('', '<sub>Kept up to date by mlops open-retrain-pr: one issue per model.</sub>', '');
  return lines.join('\n');
}
