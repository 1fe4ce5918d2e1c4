import { stat } from 'node:fs/promises';
import { EOL } from 'node:os';
import * as core from '@actions/core';
import { commandSafe } from '../core/log-text.js';
import { fitSummary, STEP_SUMMARY_LIMIT_BYTES } from '../core/report/summary-limit.js';
import { type AnnotationProps, type Host, outputText } from './host.js';

/**
 * The host used inside a GitHub Actions runner. `core.info` prints its text raw, so every message goes
 * through commandSafe first (no line of it can be a workflow command); warnings, errors, debug lines and
 * group names are workflow commands themselves, whose data @actions/core escapes (%, CR, LF).
 */
export function createRunnerHost(): Host {
  return {
    info: (message) => core.info(commandSafe(message)),
    warning: (message) => core.warning(message),
    debug: (message) => core.debug(message),
    setOutput: (name, value) => core.setOutput(name, outputText(value)),
    setSecret: (value) => core.setSecret(value),
    annotate: (level, message, props: AnnotationProps = {}) => {
      const properties = { file: props.file, startLine: props.line, title: props.title };
      if (level === 'error') core.error(message, properties);
      else if (level === 'warning') core.warning(message, properties);
      else core.notice(message, properties);
    },
    appendSummary: async (markdown, fullReport) => {
      const file = process.env.GITHUB_STEP_SUMMARY;
      if (!file) {
        core.info(commandSafe(markdown));
        return;
      }
      // The limit is on the step's whole file: count what earlier appends left, and the newline added below.
      const used = (await stat(file).catch(() => undefined))?.size ?? 0;
      const text = fitSummary(markdown, STEP_SUMMARY_LIMIT_BYTES - used - EOL.length, fullReport);
      if (text !== markdown) {
        core.warning(
          `The job summary was cut to fit GitHub's 1 MiB step-summary limit${fullReport ? `; the full report: ${fullReport}` : ''}.`,
        );
      }
      if (text === '') return;
      await core.summary.addRaw(text, true).write();
      core.summary.emptyBuffer();
    },
    fail: (message, props) => {
      if (props?.file === undefined) {
        core.setFailed(message);
        return;
      }
      core.error(message, { file: props.file, startLine: props.line, title: props.title });
      process.exitCode = 1;
    },
    group: (name, fn) => core.group(name, fn),
  };
}
