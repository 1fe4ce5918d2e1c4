/**
 * What a person reads: the job summary and the deploy pull request's body. The verdict comes first in one
 * line, then the facts in one line, then one compact table with a row per gate check. Every piece of user
 * text (model and metric names, check names, paths, reasons) is escaped: no links, mentions, HTML or markers.
 */

import { code, escapeMarkdown, table } from '../report/markdown.js';
import type { GateResult } from '../registry/deploy-records.js';
import type { DataEntry } from '../registry/run-records.js';
import type { Decision } from './decision.js';
import { deploymentFlowchart } from './lineage.js';

/** Icon and word, joined by a no-break space so the narrow column never splits them. */
const ICON: Record<GateResult['status'], string> = {
  pass: '✅\u00a0pass',
  fail: '❌\u00a0fail',
  skip: '⏭️\u00a0skip',
};

/** One row per gate check: result, gate (and what it checked), observed, limit, reason. */
export function gateTable(gates: readonly GateResult[]): string {
  if (gates.length === 0) return '_No gates are configured for this environment._';
  return table(
    ['Result', 'Gate', 'Observed', 'Limit', 'Reason'],
    gates.map((g) => [
      ICON[g.status],
      g.subject ? `${escapeMarkdown(g.gate)} ${code(g.subject)}` : escapeMarkdown(g.gate),
      escapeMarkdown(g.observed || '—'),
      escapeMarkdown(g.limit || '—'),
      escapeMarkdown(g.reason),
    ]),
  );
}

/** `3 pass, 1 fail, 1 skip`. */
export function gateCounts(gates: readonly GateResult[]): string {
  const count = (s: GateResult['status']) => gates.filter((g) => g.status === s).length;
  return (['pass', 'fail', 'skip'] as const)
    .map((s) => (count(s) > 0 ? `${count(s)} ${s}` : ''))
    .filter(Boolean)
    .join(', ');
}

const shortDigest = (image: string) => {
  const at = image.indexOf('@');
  return at < 0 ? image : `${image.slice(0, at)}@${image.slice(at + 1, at + 20)}…`;
};

/** The facts line: commit, run, image, what the environment showed. */
export function factsLine(d: Decision): string {
  const facts = [
    d.commit ? `commit ${code(d.commit.slice(0, 7))}` : '',
    d.run ? `run ${code(`${d.run.experiment}/${d.run.id}`)}` : '',
    d.image ? `image ${code(shortDigest(d.image))}` : '',
    d.current
      ? `${escapeMarkdown(d.environment)} shows ${code(d.current.version)}`
      : `nothing in ${escapeMarkdown(d.environment)} yet`,
  ];
  return facts.filter(Boolean).join(' · ');
}

export type OutcomeState =
  'blocked' | 'decided' | 'deployed' | 'unchanged' | 'proposed' | 'proposal-unchanged' | 'deployment-failed';

export interface Outcome {
  decision: Decision;
  state: OutcomeState;
  tags: readonly string[];
  pinned: readonly { file: string; changed: boolean }[];
  branch: string | undefined;
  manifestCommit: string | undefined;
  recordPath: string | undefined;
  pullRequestUrl: string | undefined;
  deploymentId: number | undefined;
  releaseUrl: string | undefined;
  /** Lines for the reader: why no policy applied, what failed after the push, … */
  notes: readonly string[];
  /** The run's data versions (the start of the lineage chart). */
  data: readonly DataEntry[];
}

/** The failed checks, named: `no-regression `latency_ms``, at most three and a count. */
function failedChecks(gates: readonly GateResult[]): string {
  const failed = gates
    .filter((g) => g.status === 'fail')
    .map((g) => (g.subject ? `${escapeMarkdown(g.gate)} ${code(g.subject)}` : escapeMarkdown(g.gate)));
  return failed.length > 3
    ? `${failed.slice(0, 3).join(', ')} and ${failed.length - 3} more`
    : failed.join(', ');
}

/** An outcome with nothing written yet. */
export function outcomeOf(decision: Decision, state: OutcomeState, notes: readonly string[] = []): Outcome {
  return {
    decision,
    state,
    tags: [],
    pinned: [],
    branch: undefined,
    manifestCommit: undefined,
    recordPath: undefined,
    pullRequestUrl: undefined,
    deploymentId: undefined,
    releaseUrl: undefined,
    notes,
    data: [],
  };
}

function headline(o: Outcome): string {
  const d = o.decision;
  const what = `${code(d.model)} ${code(d.version ?? '?')} → ${code(d.environment)}`;
  const rollback = d.command === 'rollback';
  switch (o.state) {
    case 'blocked':
      return `### ⛔ ${what}: blocked by ${failedChecks(d.gates)} (${gateCounts(d.gates)})`;
    case 'decided':
      return `### ${d.decision === 'allowed' ? '✅' : '⛔'} ${what}: ${d.decision} (decide only: nothing was written)`;
    case 'deployed':
      return `### ${rollback ? '↩️' : '✅'} ${what}: ${rollback ? 'rolled back' : 'deployed'}`;
    case 'unchanged':
      return `### ✅ ${what}: already deployed (nothing changed)`;
    case 'proposed':
      return `### 🔀 ${what}: pull request with the pinned manifests`;
    case 'proposal-unchanged':
      return `### 🔀 ${what}: pull request already up to date`;
    case 'deployment-failed':
      return `### ⚠️ ${what}: pushed, but the GitHub deployment failed`;
  }
}

function written(o: Outcome): string[] {
  const lines: string[] = [];
  if (o.tags.length > 0) lines.push(`- GTO tags: ${o.tags.map(code).join(' ')}`);
  const changed = o.pinned.filter((p) => p.changed).map((p) => p.file);
  if (o.pinned.length > 0) {
    const where = o.branch ? ` on ${code(o.branch)}` : '';
    const commit = o.manifestCommit ? ` (${code(o.manifestCommit.slice(0, 7))})` : '';
    lines.push(
      changed.length > 0
        ? `- Pinned${where}${commit}: ${changed.map(code).join(' ')}`
        : `- Manifests already pinned${where}: ${o.pinned.map((p) => code(p.file)).join(' ')}`,
    );
  }
  if (o.recordPath) lines.push(`- Record: ${code(o.recordPath)}`);
  if (o.pullRequestUrl) lines.push(`- Pull request: ${o.pullRequestUrl}`);
  if (o.deploymentId !== undefined) lines.push(`- GitHub deployment: ${o.deploymentId}`);
  if (o.releaseUrl) lines.push(`- Release: ${o.releaseUrl}`);
  return lines;
}

/** States in which something was deployed (or proposed): the summary then draws the lineage. */
const LANDED: ReadonlySet<OutcomeState> = new Set([
  'deployed',
  'unchanged',
  'proposed',
  'proposal-unchanged',
  'deployment-failed',
]);

/** The lineage chart of what the outcome deployed (or proposes). */
function lineage(o: Outcome): string {
  const d = o.decision;
  return deploymentFlowchart({
    model: d.model,
    version: d.version,
    environment: d.environment,
    action: d.command === 'rollback' ? 'rollback' : 'promote',
    status: o.state === 'proposed' || o.state === 'proposal-unchanged' ? 'proposed' : 'deployed',
    sequence: undefined,
    at: d.decidedAt,
    image: d.image,
    run: d.run,
    data: o.data,
    gates: d.gates,
  });
}

/** The job summary: verdict, facts, gate table, what was written, the lineage, notes. */
export function renderSummary(o: Outcome): string {
  const parts = [headline(o), '', factsLine(o.decision), '', gateTable(o.decision.gates), ''];
  const done = written(o);
  if (done.length > 0) parts.push(...done, '');
  if (LANDED.has(o.state)) {
    const later = code(`mlops lineage ${o.decision.model}@${o.decision.version ?? ''}`);
    parts.push(`**Lineage** (drift records after the deployment: ${later})`, '', lineage(o), '');
  }
  for (const note of o.notes) parts.push(`> ${escapeMarkdown(note)}`, '');
  return parts.join('\n');
}

/** GitHub refuses pull request bodies over 65,536 characters; a policy with hundreds of checks is cut here. */
const PULL_BODY_LIMIT = 60_000;

/** The deploy pull request: what merging it does, then the decision. */
export function renderPullBody(o: Outcome, recordNote: string): string {
  const body = pullBody(o, recordNote);
  if (body.length <= PULL_BODY_LIMIT) return body;
  const cut = body.lastIndexOf('\n', PULL_BODY_LIMIT);
  return `${body.slice(0, cut)}\n\n_The table is cut here; the job summary and the decision file have every row._`;
}

function pullBody(o: Outcome, recordNote: string): string {
  const d = o.decision;
  return [
    `### 🔀 Deploy ${code(d.model)} ${code(d.version ?? '?')} to ${code(d.environment)}`,
    '',
    factsLine(d),
    '',
    `Merging pins ${code(d.image ?? '')} in ${o.pinned
      .filter((p) => p.changed)
      .map((p) => code(p.file))
      .join(', ')}. ${escapeMarkdown(recordNote)}`,
    '',
    `**Gates: ${d.decision}** (${gateCounts(d.gates) || 'none configured'})`,
    '',
    gateTable(d.gates),
    '',
    d.runUrl ? `Decided by workflow run ${d.runUrl}` : '',
  ]
    .join('\n')
    .trimEnd();
}

export function pullTitle(d: Decision): string {
  return `Deploy ${d.model} ${d.version ?? ''} to ${d.environment}`;
}
