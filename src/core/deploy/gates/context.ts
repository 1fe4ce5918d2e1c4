/**
 * What the gates read: the candidate (version, commit, run, image), the registry as it is now, the records on
 * the registry branch, and the outside services (GitHub checks, the image registry) behind small interfaces
 * the action provides. A gate returns one or more result rows; it throws only for a user mistake.
 */

import type { Direction } from '../../experiments/directions.js';
import type { GitCommands } from '../../git/commands.js';
import type { PinImage } from '../../oci/image-ref.js';
import type { ImageInspector } from '../../image/inspect.js';
import type { Logger } from '../../logger.js';
import type { StoredDeployRecord } from '../../registry/deploy-records.js';
import type { ModelRegistry } from '../../registry/gto/model-registry.js';
import type { ModelVersion } from '../../registry/gto/state.js';
import type { RunRecord } from '../../registry/run-records.js';

/** A check run or commit status on a commit, as the checks gate reads them. */
export interface CommitCheck {
  name: string;
  kind: 'check run' | 'status';
  /** queued/in_progress/completed for check runs; the state for statuses. */
  status: string;
  /** success, failure, neutral, skipped, … (check runs); success, failure, error, pending (statuses). */
  conclusion: string | null;
}

export interface ChecksSource {
  checksFor(commit: string): Promise<CommitCheck[]>;
}

export interface GateContext {
  model: string;
  environment: string;
  version: string;
  commit: string;
  run: RunRecord | undefined;
  /** Every run record on the registry branch (for the run of the version now in the environment). */
  runs: readonly RunRecord[];
  registry: ModelRegistry;
  /** The version the environment shows now (GTO's rule), if any. */
  current: ModelVersion | undefined;
  /** Deployment records of this model, every environment. */
  deployRecords: readonly StoredDeployRecord[];
  /** The registry branch ref to read drift records from (undefined: no branch yet). */
  registryRef: string | undefined;
  git: GitCommands;
  image: PinImage | undefined;
  directions: (key: string) => Direction | undefined;
  now: Date;
  logger: Logger;
  checks: ChecksSource | undefined;
  images: ImageInspector | undefined;
}
