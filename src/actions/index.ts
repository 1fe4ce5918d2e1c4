import type { ActionDefinition, ActionName } from '../adapter/action.js';
import { warmEvalWorker } from '../core/workers/eval-worker.js';

/**
 * Every action, by the name used in actions/<name>/action.yml and `mlops <name>`, as a loader: a run loads
 * only its own action's code. ncc turns each `import()` below into a chunk of dist/ (scripts/build/bundle.ts),
 * so `mlops data-hash status` never parses the image builder or the drift tests. Adding an action is one line
 * here (its name is in ACTION_NAMES); keep the import specifier a literal, or the bundler cannot split it.
 */
const loaders: Record<ActionName, () => Promise<ActionDefinition>> = {
  'data-hash': async () => (await import('./data-hash.js')).dataHash,
  'track-experiment': async () => (await import('./track-experiment.js')).trackExperiment,
  'drift-report': async () => (await import('./drift-report.js')).driftReport,
  'build-model-image': async () => (await import('./build-model-image.js')).buildModelImage,
  'gated-deploy': async () => (await import('./gated-deploy.js')).gatedDeploy,
  'open-retrain-pr': async () => (await import('./open-retrain-pr.js')).openRetrainPr,
};

/**
 * Actions that spread their work over worker threads: one thread starts while their code loads, so it
 * is ready when the work is (core/workers/eval-worker.ts).
 */
const USE_WORKERS: ReadonlySet<ActionName> = new Set(['data-hash', 'drift-report']);

/** One action's definition (schema and run), loading its code on first use. */
export function loadAction(name: ActionName): Promise<ActionDefinition> {
  if (USE_WORKERS.has(name)) warmEvalWorker();
  return loaders[name]();
}

/** Every action's definition: for the build and contract tests, which look at all schemas at once. */
export async function loadActions(): Promise<Record<ActionName, ActionDefinition>> {
  const names = Object.keys(loaders) as ActionName[];
  const definitions = await Promise.all(names.map((name) => loaders[name]()));
  return Object.fromEntries(names.map((name, i) => [name, definitions[i]!])) as Record<
    ActionName,
    ActionDefinition
  >;
}
