/**
 * The provenance chain as a Mermaid flowchart, left to right: data md5s → run → image digest → version and
 * its stages → deployments → drift records. `mlops lineage` draws the whole chain; gated-deploy's job summary
 * and release notes draw it as it stands when the deployment is made (the drift gate's verdict in place of
 * later drift records). Every label is user text passed through `mermaidText`; the node ids are ours.
 * Long lists are cut (the first data files and images, the newest deployments and drift records kept) with a
 * "+N more" node, so the chart stays readable in a comment and small (a few KiB) in a byte-capped summary.
 */

import { mermaidText } from './mermaid.js';

export interface FlowchartInput {
  data: readonly { path: string; md5: string }[];
  run: { experiment: string; id: string } | undefined;
  /** Image digests (`sha256:…`). */
  images: readonly string[];
  version: { model: string; version: string; stages: readonly string[] } | undefined;
  /** Oldest first. `at`: ISO 8601; `sequence`: the record's number, when there is a record. */
  deployments: readonly {
    environment: string;
    sequence?: number;
    action: string;
    status: 'deployed' | 'proposed';
    at: string;
  }[];
  /** Oldest first; each attaches to the newest deployment made before it (`at` '' : the last). */
  drift: readonly { dataset: string; at: string; text: string; drifted: boolean }[];
}

const MAX_DATA = 6;
const MAX_IMAGES = 3;
const MAX_DEPLOYMENTS = 6;
const MAX_DRIFT = 5;

/** Node styles, each with its own fill and text colour: readable on GitHub's light and dark themes alike. */
const STYLES = {
  data: 'fill:#ddf4ff,stroke:#0969da,color:#0a3069',
  run: 'fill:#fbefff,stroke:#8250df,color:#3e1f79',
  image: 'fill:#fff8c5,stroke:#9a6700,color:#4d2d00',
  version: 'fill:#dafbe1,stroke:#1a7f37,color:#0f5323',
  deploy: 'fill:#fff1e5,stroke:#bc4c00,color:#762c00',
  drift: 'fill:#f6f8fa,stroke:#59636e,color:#1f2328',
  drifted: 'fill:#ffebe9,stroke:#cf222e,color:#82071e',
} as const;
type Kind = keyof typeof STYLES;

/** `2026-11-20T10:10:00.000Z` → `2026-11-20 10:10` (UTC, as recorded). */
export function minuteOf(iso: string): string {
  return /^\d{4}-\d\d-\d\dT\d\d:\d\d/.test(iso) ? iso.slice(0, 16).replace('T', ' ') : iso;
}

/** `sha256:` and the first 12 hex digits: enough to tell images apart at a glance. */
export const shortDigest = (digest: string): string => {
  const at = digest.indexOf(':');
  return digest.length > at + 13 ? `${digest.slice(0, at + 13)}…` : digest;
};

class Chart {
  readonly lines: string[] = [];
  private readonly classes = new Map<Kind, string[]>();
  node(id: string, kind: Kind, ...label: string[]): string {
    this.lines.push(`  ${id}["${label.filter(Boolean).join('<br/>')}"]`);
    this.classes.set(kind, [...(this.classes.get(kind) ?? []), id]);
    return id;
  }
  edges(from: readonly string[], to: readonly string[]): void {
    for (const a of from) for (const b of to) this.lines.push(`  ${a} --> ${b}`);
  }
  text(): string {
    const used = [...this.classes.keys()];
    return [
      '```mermaid',
      'flowchart LR',
      ...used.map((k) => `  classDef ${k} ${STYLES[k]}`),
      ...this.lines,
      ...used.map((k) => `  class ${this.classes.get(k)!.join(',')} ${k}`),
      '```',
    ].join('\n');
  }
}

/** The newest `max` items, and how many older ones were cut. */
function newest<T>(items: readonly T[], max: number): { kept: T[]; cut: number } {
  return items.length <= max
    ? { kept: [...items], cut: 0 }
    : { kept: items.slice(items.length - max), cut: items.length - max };
}

/** The chain as a ```mermaid block; '' when there is nothing to draw. */
export function lineageFlowchart(input: FlowchartInput): string {
  const chart = new Chart();
  let previous: string[] = [];
  const column = (ids: string[]) => {
    if (ids.length === 0) return;
    chart.edges(previous, ids);
    previous = ids;
  };

  const data = input.data
    .slice(0, MAX_DATA)
    .map((d, i) => chart.node(`ndata${i}`, 'data', mermaidText(d.path), `md5 ${mermaidText(d.md5, 12)}`));
  if (input.data.length > MAX_DATA) {
    data.push(chart.node('ndataMore', 'data', `+${input.data.length - MAX_DATA} more data files`));
  }
  column(data);
  if (input.run) {
    column([chart.node('nrun', 'run', 'run', mermaidText(`${input.run.experiment}/${input.run.id}`, 60))]);
  }
  const images = input.images
    .slice(0, MAX_IMAGES)
    .map((d, i) => chart.node(`nimage${i}`, 'image', 'image', mermaidText(shortDigest(d))));
  if (input.images.length > MAX_IMAGES) {
    images.push(chart.node('nimageMore', 'image', `+${input.images.length - MAX_IMAGES} more images`));
  }
  column(images);
  if (input.version) {
    const { model, version, stages } = input.version;
    const where = stages.length > 0 ? `in ${stages.map((s) => mermaidText(s)).join(', ')}` : '';
    column([chart.node('nversion', 'version', `${mermaidText(model)} ${mermaidText(version)}`, where)]);
  }

  const deployments = newest(input.deployments, MAX_DEPLOYMENTS);
  // The "+N earlier" node is declared first, so Mermaid draws it above the deployments it stands before.
  const deployIds =
    deployments.cut > 0
      ? [chart.node('ndeployMore', 'deploy', `+${deployments.cut} earlier deployments`)]
      : [];
  deployments.kept.forEach((d, i) =>
    deployIds.push(
      chart.node(
        `ndeploy${i}`,
        'deploy',
        `${mermaidText(d.environment)}${d.status === 'proposed' ? ' proposed' : d.sequence ? ` no. ${d.sequence}` : ''}`,
        mermaidText(d.action),
        mermaidText(minuteOf(d.at)),
      ),
    ),
  );
  const beforeDeployments = previous;
  column(deployIds);

  // A drift record hangs off the deployment that was live when it was recorded: the newest made at or
  // before it (with no deployments, off the version, or whatever came last).
  const live = deployments.kept.map((d, i) => ({
    at: d.at,
    id: deployIds[deployIds.length - deployments.kept.length + i]!,
  }));
  const liveAt = (at: string): string[] => {
    if (live.length === 0) return beforeDeployments;
    const before = at ? live.filter((d) => d.at <= at) : live;
    return [(before.at(-1) ?? live[0]!).id];
  };
  const drift = newest(input.drift, MAX_DRIFT);
  if (drift.cut > 0) {
    chart.edges(liveAt(drift.kept[0]!.at), [
      chart.node('ndriftMore', 'drift', `+${drift.cut} earlier drift records`),
    ]);
  }
  drift.kept.forEach((d, i) => {
    const id = chart.node(
      `ndrift${i}`,
      d.drifted ? 'drifted' : 'drift',
      `drift ${mermaidText(d.dataset)}`,
      mermaidText(d.text, 48),
      d.at ? mermaidText(minuteOf(d.at)) : '',
    );
    chart.edges(liveAt(d.at), [id]);
  });
  return chart.lines.length === 0 ? '' : chart.text();
}
