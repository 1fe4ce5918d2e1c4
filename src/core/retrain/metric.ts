/**
 * Decay: a live metric below its threshold. The rule (which metric, what threshold) is policy and may live
 * in `.mlops.yml`; the measurement changes every run, so it comes from the step: a number (`metric-value`,
 * e.g. another step's output) or a metrics file (`metrics-file`, the JSON/YAML format track-experiment
 * reads, looked up by the metric's dotted key).
 */

import { readFile } from 'node:fs/promises';
import { ConfigurationError } from '../errors.js';
import { parseMetricsFile } from '../experiments/metrics-files.js';
import { logValue } from '../log-text.js';

export interface DecayEvidence {
  metric: string;
  value: number;
  below: number;
  /** `metric-value` or the metrics file's path as given. */
  from: string;
}

export interface DecayInputs {
  metric: string | undefined;
  below: number | undefined;
  /** Where metric and below came from, for messages. */
  where: { metric: string; below: string };
  value: number | undefined;
  /** The metrics file: as given, and resolved. */
  file: { display: string; abs: string } | undefined;
}

/** Check the combination of decay inputs before anything runs (a mistake here must write nothing). */
export function checkDecayInputs(inputs: Omit<DecayInputs, 'file'> & { file?: unknown }): void {
  if (inputs.value !== undefined && inputs.file !== undefined) {
    throw new ConfigurationError(
      "Inputs 'metric-value' and 'metrics-file' are both given; give the live metric one way.",
    );
  }
  const measured = inputs.value !== undefined || inputs.file !== undefined;
  if ((inputs.metric === undefined) !== (inputs.below === undefined)) {
    const missing = inputs.metric === undefined ? "'metric'" : "'below'";
    const given = inputs.metric === undefined ? inputs.where.below : inputs.where.metric;
    throw new ConfigurationError(
      `${given} is set but ${missing} is not: decay needs the metric's name and the threshold it must not fall below.`,
    );
  }
  if (measured && inputs.metric === undefined) {
    throw new ConfigurationError(
      `Input '${inputs.value !== undefined ? 'metric-value' : 'metrics-file'}' is given without 'metric' and 'below': name the metric and its threshold (inputs or .mlops.yml retrain:).`,
    );
  }
}

/** The decay evidence, or undefined when no metric rule is set or no measurement was given this run. */
export async function readDecay(inputs: DecayInputs): Promise<DecayEvidence | undefined> {
  checkDecayInputs(inputs);
  const { metric, below } = inputs;
  if (metric === undefined || below === undefined) return undefined;
  if (inputs.value !== undefined) return { metric, value: inputs.value, below, from: 'metric-value' };
  if (!inputs.file) return undefined;
  const { display, abs } = inputs.file;
  let text: string;
  try {
    text = await readFile(abs, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new ConfigurationError(`Input 'metrics-file': '${display}' does not exist.`);
    }
    throw error;
  }
  const { metrics } = parseMetricsFile(text, display);
  const value = metrics.get(metric);
  if (value === undefined) {
    const known = [...metrics.keys()].slice(0, 10).map(logValue);
    throw new ConfigurationError(
      `Input 'metrics-file': ${display} has no metric '${logValue(metric)}' (${inputs.where.metric}); it has ${known.length > 0 ? known.join(', ') : 'no metrics'}.`,
      { file: display },
    );
  }
  return { metric, value, below, from: display };
}
