/**
 * The lineage chain for people: a terminal report (one section per link of the chain, each a small table)
 * and the Mermaid flowchart input. Every piece of record content is user text: in the terminal it is made
 * one printable line (the CLI then makes the whole text safe from workflow commands); in the flowchart
 * `lineageFlowchart` escapes it.
 */

import { type FlowchartInput, shortDigest } from '../report/lineage-flowchart.js';
import { printable } from '../report/printable.js';
import { textTable } from '../report/text-table.js';
import type { Lineage } from './schema.js';

const p = (text: string | null | undefined): string => (text ? printable(text) : '-');
const short = (sha: string | null | undefined): string => (sha ? sha.slice(0, 7) : '-');
const num = (v: number) => String(Number(v.toPrecision(6)));
const yes = (b: boolean | null) => (b === null ? '?' : b ? 'yes' : 'no');
const table = (header: string[], rows: string[][]) =>
  textTable(
    header,
    rows.map((r) => r.map(p)),
  );

function headline(c: Lineage): string {
  const what = c.model
    ? `${c.model} ${c.version ?? '?'}`
    : c.run
      ? `run ${c.run.experiment}/${c.run.id}`
      : '?';
  return `LINEAGE  ${p(what)}  (from ${p(c.query.given)})  commit ${short(c.commit)}  registry ${p(c.registry.branch)} at ${short(c.registry.commit)}`;
}

function dataSection(c: Lineage): string {
  const d = c.data;
  const title =
    d.status === 'no-data'
      ? 'DATA  none recorded'
      : d.status === 'unavailable'
        ? 'DATA  pointers not read (commit not here)'
        : `DATA  pointers at ${short(d.pointersAt)}: ${d.status}`;
  if (d.entries.length === 0) return title;
  return `${title}\n${table(
    ['PATH', 'RUN MD5', 'POINTER MD5', 'AGREE', 'SOURCE'],
    d.entries.map((e) => [e.path, e.md5, e.pointer ?? '-', yes(e.agrees), e.source]),
  )}`;
}

function runSection(c: Lineage): string {
  const r = c.run;
  if (!r) return 'RUN  none found';
  const where = [
    `commit ${short(r.commit)}`,
    r.pullRequest !== null ? `PR #${r.pullRequest}` : '',
    r.branch ? `branch ${p(r.branch)}` : '',
    r.url ? p(r.url) : '',
  ].filter(Boolean);
  const lines = [
    `RUN  ${p(`${r.experiment}/${r.id}`)}  ${r.status}  ended ${p(r.endedAt)}`,
    `  ${where.join('  ')}`,
  ];
  const metrics = Object.entries(r.metrics);
  if (metrics.length > 0)
    lines.push(
      table(
        ['METRIC', 'VALUE'],
        metrics.map(([k, v]) => [k, num(v)]),
      ),
    );
  const params = Object.entries(r.params);
  if (params.length > 0) {
    lines.push(
      table(
        ['PARAM', 'VALUE'],
        params.map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)]),
      ),
    );
  }
  return lines.join('\n');
}

function imageSection(c: Lineage): string {
  if (c.images.length === 0) return 'IMAGE  none (no deployment pinned one)';
  return c.images
    .map((i) => {
      const head = `IMAGE  ${p(i.image)}`;
      if (i.labels === null) return `${head}\n  labels not read: ${p(i.labelsNote)}`;
      const labels = Object.entries(i.labels).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      if (labels.length === 0) return `${head}\n  no labels (${i.labelsFrom})`;
      return `${head}\n  labels (${i.labelsFrom}):\n${labels.map(([k, v]) => `    ${p(k)} = ${p(v)}`).join('\n')}`;
    })
    .join('\n\n');
}

function gtoSection(c: Lineage): string {
  const g = c.gto;
  if (!g) return c.model ? 'GTO  no tags of this version here' : 'GTO  no version';
  const state = `${g.registered ? `registered ${g.registeredAt}` : 'not registered (known from stage tags)'}  ${g.active ? 'active' : 'inactive'}`;
  const lines = [`GTO  ${p(`${c.model} ${c.version}`)}  ${state}`];
  if (g.stages.length > 0) {
    lines.push(
      table(
        ['STAGE', 'ACTIVE', 'SHOWN NOW', 'SINCE'],
        g.stages.map((s) => [s.stage, yes(s.active), yes(s.shown), s.since ?? '-']),
      ),
    );
  }
  lines.push(
    table(
      ['TIMESTAMP', 'EVENT', 'STAGE', 'REF'],
      g.history.map((h) => [h.timestamp, h.event, h.stage ?? '-', h.ref]),
    ),
  );
  return lines.join('\n');
}

function deploymentSection(c: Lineage): string {
  if (c.deployments.length === 0) return 'DEPLOYMENTS  none';
  const pin = (d: Lineage['deployments'][number]) =>
    d.pin.mode === 'none'
      ? 'none'
      : `${d.pin.mode}${d.pin.branch ? ` ${d.pin.branch}` : ''}${d.pin.commit ? `@${short(d.pin.commit)}` : ''}${d.pin.pullRequest !== null ? ` PR #${d.pin.pullRequest}` : ''}`;
  return `DEPLOYMENTS\n${table(
    ['RECORDED', 'ENVIRONMENT', 'NO.', 'ACTION', 'IMAGE', 'PIN', 'BY'],
    c.deployments.map((d) => [
      d.recordedAt,
      d.environment,
      String(d.sequence),
      d.action,
      d.digest ? shortDigest(d.digest) : '-',
      pin(d),
      d.runUrl ?? d.actor ?? '-',
    ]),
  )}`;
}

function driftSection(c: Lineage): string {
  const d = c.drift;
  if (d.since === null) return 'DRIFT  not deployed: none attributed';
  const which =
    d.from === 'drift-gate' ? `${d.datasets.join(', ')} (named by the drift gate)` : 'every dataset';
  const title = `DRIFT  since ${d.since}${d.until ? ` until ${d.until}` : ''}, ${which}`;
  if (d.records.length === 0) return `${title}\n  no drift records since`;
  return `${title}\n${table(
    ['RECORDED', 'DATASET', 'SHARE', 'DRIFTED', 'DATASET DRIFT', 'CURRENT MD5'],
    d.records.map((r) => [
      r.recordedAt,
      r.dataset,
      num(r.share),
      `${r.drifted} of ${r.tested}`,
      yes(r.datasetDrift),
      r.current.md5 ?? '-',
    ]),
  )}`;
}

/** The terminal report. */
export function renderLineageText(c: Lineage): string {
  const release = c.release
    ? `RELEASE  tag ${p(c.release.tag)}${c.release.url ? `  ${p(c.release.url)}` : ' (the GitHub release of a production deployment carries this tag)'}`
    : 'RELEASE  none (no registered version)';
  const sections = [
    headline(c),
    dataSection(c),
    runSection(c),
    imageSection(c),
    gtoSection(c),
    deploymentSection(c),
    release,
    driftSection(c),
  ];
  if (c.notes.length > 0) sections.push(`NOTES\n${c.notes.map((n) => `- ${p(n)}`).join('\n')}`);
  return `${sections.join('\n\n')}\n`;
}

/** What the flowchart draws of the chain. */
export function lineageFlowchartInput(c: Lineage): FlowchartInput {
  return {
    data: c.data.entries.map((e) => ({ path: e.path, md5: e.md5 })),
    run: c.run ? { experiment: c.run.experiment, id: c.run.id } : undefined,
    images: c.images.map((i) => i.digest),
    version:
      c.model && c.version
        ? {
            model: c.model,
            version: c.version,
            stages: (c.gto?.stages ?? []).filter((s) => s.active).map((s) => s.stage),
          }
        : undefined,
    deployments: c.deployments.map((d) => ({
      environment: d.environment,
      sequence: d.sequence,
      action: d.action,
      status: 'deployed',
      at: d.recordedAt,
    })),
    drift: c.drift.records.map((r) => ({
      dataset: r.dataset,
      at: r.recordedAt,
      text: `share ${num(r.share)}, ${r.drifted} of ${r.tested}`,
      drifted: r.datasetDrift,
    })),
  };
}
