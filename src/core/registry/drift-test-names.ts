/**
 * The statistical tests a drift record can name (drift-report's stat tests, Evidently's names). A module
 * of its own so `.mlops.yml`'s schema can name them without loading the record schema and its store.
 */
export const DRIFT_TEST_NAMES = [
  'ks',
  'chisquare',
  'z',
  'wasserstein',
  'jensenshannon',
  'psi',
  'kl',
] as const;
