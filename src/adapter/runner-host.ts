import * as core from '@actions/core';
import { commandSafe } from '../core/log-text.js';
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
    appendSummary: async (markdown) => {
      if (!process.env.GITHUB_STEP_SUMMARY) {
        core.info(commandSafe(markdown));
        return;
      }
      await core.summary.addRaw(markdown, true).write();
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
