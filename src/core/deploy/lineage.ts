/**
 * The provenance chain of a deployment as gated-deploy knows it when it deploys — data md5s → run → image
 * digest → version in its stage → this deployment → the drift gate's verdict — drawn as the same Mermaid
 * flowchart `mlops lineage` draws (core/report/lineage-flowchart.ts) for the job summary and the release
 * notes. Later drift records are not known yet: `mlops lineage` shows them.
 */

import type { DataEntry } from '../registry/run-records.js';
import { driftGateDatasets, type GateResult, type RunRef } from '../registry/deploy-records.js';
import { type FlowchartInput, lineageFlowchart } from '../report/lineage-flowchart.js';

export interface DeploymentChain {
  model: string;
  version: string | null;
  environment: string;
  action: 'promote' | 'rollback';
  status: 'deployed' | 'proposed';
  /** The record's number (undefined before it exists). */
  sequence: number | undefined;
  /** When: the record's time, else the decision's. */
  at: string;
  image: string | null;
  run: RunRef | null;
  data: readonly DataEntry[];
  gates: readonly GateResult[];
}

export function deploymentFlowchart(c: DeploymentChain): string {
  const digest = c.image?.includes('@') ? c.image.slice(c.image.indexOf('@') + 1) : undefined;
  const input: FlowchartInput = {
    data: c.data.map((d) => ({ path: d.path, md5: d.md5 })),
    run: c.run ?? undefined,
    images: digest ? [digest] : [],
    version: c.version ? { model: c.model, version: c.version, stages: [c.environment] } : undefined,
    deployments: [
      { environment: c.environment, sequence: c.sequence, action: c.action, status: c.status, at: c.at },
    ],
    drift: driftGateDatasets(c.gates).map((dataset) => {
      const g = c.gates.find((x) => x.gate === 'drift' && x.subject === dataset)!;
      return {
        dataset,
        at: '',
        text: `gate ${g.status}${g.observed ? `: ${g.observed}` : ''}`,
        drifted: g.status === 'fail',
      };
    }),
  };
  return lineageFlowchart(input);
}
