/**
 * The effective retraining policy of one model, by the project's precedence rule extended to per-model
 * values: an input given in the workflow (or CLI) wins; else `.mlops.yml` `retrain.models.<name>.<key>`;
 * else `retrain.<key>`; else the built-in default. The adapter has already applied input → `retrain.<key>`
 * → default (fromConfig); this module slots the per-model value in, and says where each value came from.
 */

import type { PathOrigin } from '../fs/path-policy.js';
import { checkBranchName } from '../registry/branch.js';
import { checkStageName } from '../registry/gto/grammar.js';
import type { ModelPolicyConfig, PolicyKey, RetrainConfig, RetrainWhen } from './config.js';
import { type Duration, parseDuration } from './duration.js';

/** The policy inputs as resolved by the adapter (input, else `retrain.<key>`, else default). */
export interface PolicyValues {
  when: RetrainWhen;
  'watch-columns': string[];
  'min-drift-share': number | undefined;
  metric: string | undefined;
  below: number | undefined;
  data: string[];
  base: string | undefined;
  labels: string[];
  reviewers: string[];
  assignees: string[];
  draft: boolean;
  'cool-down': string;
  issue: boolean;
  'close-when-clear': boolean;
  stage: string;
}

export type ValueSource = 'input' | 'config' | 'default';

export interface RetrainPolicy {
  when: RetrainWhen;
  watchColumns: string[];
  minDriftShare: number | undefined;
  metric: string | undefined;
  below: number | undefined;
  data: string[];
  base: string | undefined;
  labels: string[];
  reviewers: string[];
  assignees: string[];
  draft: boolean;
  coolDown: Duration;
  issue: boolean;
  closeWhenClear: boolean;
  stage: string;
  /** Where each value came from, as messages name it: `Input 'labels'`, `.mlops.yml retrain.models.churn.labels`. */
  where: Record<PolicyKey, string>;
  /** The origin of the data paths, for the path policy (an input may name more than repository content may). */
  dataFrom: PathOrigin;
}

/** Apply the per-model level of the precedence rule and check the values. */
export function resolvePolicy(
  model: string,
  values: PolicyValues,
  source: (key: PolicyKey) => ValueSource,
  config: RetrainConfig | undefined,
): RetrainPolicy {
  const perModel: ModelPolicyConfig = config?.models?.[model] ?? {};
  const name = {} as Record<PolicyKey, string>;
  const where = {} as Record<PolicyKey, string>;
  const merged = { ...values } as Record<PolicyKey, unknown>;
  for (const key of Object.keys(values) as PolicyKey[]) {
    const from = source(key);
    if (from === 'input') {
      name[key] = key;
    } else if (perModel[key] !== undefined) {
      merged[key] = perModel[key];
      name[key] = `.mlops.yml retrain.models.${model}.${key}`;
    } else {
      name[key] = from === 'config' ? `.mlops.yml retrain.${key}` : key;
    }
    where[key] = name[key].startsWith('.mlops.yml') ? name[key] : `Input '${key}'`;
  }
  const v = merged as unknown as PolicyValues;
  const base = v.base === undefined ? undefined : checkBranchName(v.base, name.base);
  const stage = checkStageName(v.stage, name.stage);
  const dataFrom: PathOrigin = name.data.startsWith('.mlops.yml')
    ? { file: '.mlops.yml', what: name.data.slice('.mlops.yml '.length) }
    : { input: 'data' };
  return {
    when: v.when,
    watchColumns: v['watch-columns'],
    minDriftShare: v['min-drift-share'],
    metric: v.metric,
    below: v.below,
    data: v.data,
    base,
    labels: v.labels,
    reviewers: v.reviewers.map((r) => r.replace(/^@/, '')),
    assignees: v.assignees.map((a) => a.replace(/^@/, '')),
    draft: v.draft,
    coolDown: parseDuration(v['cool-down'], where['cool-down']),
    issue: v.issue,
    closeWhenClear: v['close-when-clear'],
    stage,
    where,
    dataFrom,
  };
}
