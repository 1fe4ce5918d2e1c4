/** The actions, by the name used in actions/<name>/action.yml and `mlops <name>` (no code: cheap to import). */
export const ACTION_NAMES = [
  'data-hash',
  'track-experiment',
  'drift-report',
  'build-model-image',
  'gated-deploy',
  'open-retrain-pr',
] as const;
export type ActionName = (typeof ACTION_NAMES)[number];
