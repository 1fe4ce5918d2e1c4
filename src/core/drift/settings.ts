/**
 * Per-column drift settings from `.mlops.yml` `drift.columns` merged with the action's per-column inputs
 * (inputs win), validated. Dataset-wide values (drift-share, correction) arrive already resolved by the
 * action's input precedence (input, else `.mlops.yml`, else default); undefined means the default.
 */

import { ConfigurationError } from '../errors.js';
import type { DriftConfig } from './config.js';
import { TEST_NAMES, type ColumnType, type TestName } from './stat-tests.js';

export const CORRECTIONS = ['none', 'bonferroni', 'benjamini-hochberg'] as const;
export type Correction = (typeof CORRECTIONS)[number];

export interface DriftSettings {
  /** Columns to test; undefined → every reference column not ignored. */
  columns: string[] | undefined;
  ignore: Set<string>;
  types: Map<string, ColumnType>;
  /** Per-column tests; '*' applies to the rest. */
  tests: Map<string, TestName>;
  thresholds: Map<string, number>;
  driftShare: number;
  correction: Correction;
  /** Where each per-column setting came from, for "unknown column" messages. */
  origins: Map<string, string>;
}

export interface DriftInputs {
  columns: string[];
  columnTypes: Record<string, string>;
  tests: Record<string, string>;
  thresholds: Record<string, string>;
  driftShare: number | undefined;
  correction: Correction | undefined;
}

export const DEFAULT_DRIFT_SHARE = 0.5;

export function mergeSettings(
  config: Pick<DriftConfig, 'columns'> | undefined,
  inputs: DriftInputs,
): DriftSettings {
  const types = new Map<string, ColumnType>();
  const tests = new Map<string, TestName>();
  const thresholds = new Map<string, number>();
  const ignore = new Set<string>();
  const origins = new Map<string, string>();
  for (const [name, entry] of Object.entries(config?.columns ?? {})) {
    if (entry.type && name !== '*') types.set(name, entry.type);
    if (entry.test) tests.set(name, entry.test);
    if (entry.threshold !== undefined) thresholds.set(name, entry.threshold);
    if (entry.ignore) ignore.add(name);
    origins.set(name, `.mlops.yml drift.columns.${name}`);
  }
  const problems: string[] = [];
  for (const [name, value] of Object.entries(inputs.columnTypes)) {
    if (value !== 'numerical' && value !== 'categorical') {
      problems.push(`Input 'column-types': ${name}=${value} must be numerical or categorical`);
    } else if (name === '*') problems.push(`Input 'column-types': '*' is not allowed; name each column`);
    else types.set(name, value);
    origins.set(name, "input 'column-types'");
  }
  // An input wildcard overrides every per-column value from the config file.
  if ('*' in inputs.tests) tests.clear();
  if ('*' in inputs.thresholds) thresholds.clear();
  for (const [name, value] of Object.entries(inputs.tests)) {
    if (!(TEST_NAMES as readonly string[]).includes(value)) {
      problems.push(`Input 'tests': ${name}=${value} is not a test; use one of ${TEST_NAMES.join(', ')}`);
    } else tests.set(name, value as TestName);
    origins.set(name, "input 'tests'");
  }
  for (const [name, value] of Object.entries(inputs.thresholds)) {
    const n = value.trim() === '' ? Number.NaN : Number(value);
    if (!Number.isFinite(n) || n < 0)
      problems.push(`Input 'thresholds': ${name}=${value} must be a number ≥ 0`);
    else thresholds.set(name, n);
    origins.set(name, "input 'thresholds'");
  }
  if (problems.length > 0) throw new ConfigurationError(problems.join('\n'));
  return {
    columns: inputs.columns.length > 0 ? inputs.columns : undefined,
    ignore,
    types,
    tests,
    thresholds,
    driftShare: inputs.driftShare ?? DEFAULT_DRIFT_SHARE,
    correction: inputs.correction ?? 'none',
    origins,
  };
}

/** Every column named anywhere must exist in the reference. */
export function checkColumnNames(settings: DriftSettings, referenceColumns: readonly string[]): void {
  const known = new Set(referenceColumns);
  const unknown: string[] = [];
  for (const name of settings.columns ?? []) {
    if (!known.has(name)) unknown.push(`'${name}' (input 'columns')`);
  }
  for (const [name, origin] of settings.origins) {
    if (name !== '*' && !known.has(name)) unknown.push(`'${name}' (${origin})`);
  }
  if (unknown.length > 0) {
    throw new ConfigurationError(
      `Unknown column${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}: the reference has ${referenceColumns
        .slice(0, 20)
        .map((c) => `'${c}'`)
        .join(', ')}${referenceColumns.length > 20 ? ', …' : ''}.`,
    );
  }
}
