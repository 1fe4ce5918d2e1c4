export type Direction = 'higher' | 'lower';

/** Metric name words whose better direction is unambiguous; matched against the key's words. */
const LOWER = new Set([
  'loss',
  'error',
  'err',
  'mae',
  'mse',
  'rmse',
  'latency',
  'mape',
  'logloss',
  'perplexity',
  'wer',
  'cer',
]);
const HIGHER = new Set([
  'accuracy',
  'acc',
  'f1',
  'auc',
  'precision',
  'recall',
  'r2',
  'map',
  'ndcg',
  'bleu',
  'iou',
  'dice',
]);

function globToRegExp(glob: string): RegExp {
  const body = glob
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${body}$`);
}

/**
 * Which way is better for a metric: `.mlops.yml` `metrics.directions` first (an exact key, then globs,
 * the longest glob first), then the words of the key from the last (so `val_loss` and `train.loss` are
 * lower-is-better, `test.accuracy` higher). Unknown → undefined: the change is shown without a verdict.
 */
export function directionResolver(
  configured: Record<string, Direction> = {},
): (key: string) => Direction | undefined {
  const exact = new Map(Object.entries(configured).filter(([k]) => !/[*?]/.test(k)));
  const globs = Object.entries(configured)
    .filter(([k]) => /[*?]/.test(k))
    .sort((a, b) => b[0].length - a[0].length)
    .map(([k, d]) => [globToRegExp(k), d] as const);
  return (key) => {
    const direct = exact.get(key);
    if (direct) return direct;
    for (const [pattern, direction] of globs) if (pattern.test(key)) return direction;
    const words = key
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter(Boolean);
    for (let i = words.length - 1; i >= 0; i--) {
      const word = words[i]!;
      if (LOWER.has(word)) return 'lower';
      if (HIGHER.has(word)) return 'higher';
    }
    return undefined;
  };
}
