import { createHash, randomBytes } from 'node:crypto';
import type { ParamValue } from '../registry/run-records.js';

const clean = (text: string, max: number) =>
  text
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[^A-Za-z0-9]+/, '')
    .slice(0, max)
    .replace(/[-.]+$/, '');

/**
 * A run id. In a workflow it is derived from the workflow run id, the job and a digest of experiment,
 * params and tags: rerunning the job (a new attempt) gives the same id, so the record is replaced rather
 * than duplicated, while matrix jobs with different params get different ids. Outside a workflow it is
 * time + commit + random.
 */
export function defaultRunId(options: {
  experiment: string;
  workflowRunId?: string;
  job?: string;
  params: Record<string, ParamValue>;
  tags: Record<string, string>;
  commit?: string;
  now: Date;
}): string {
  if (options.workflowRunId) {
    const digest = createHash('sha256')
      .update(JSON.stringify([options.experiment, options.params, Object.entries(options.tags).sort()]))
      .digest('hex')
      .slice(0, 8);
    const job = clean(options.job ?? '', 40);
    return [clean(options.workflowRunId, 30), job, digest].filter(Boolean).join('-');
  }
  const stamp = options.now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  const commit = options.commit ? options.commit.slice(0, 7) : 'nogit';
  return `${stamp}-${commit}-${randomBytes(2).toString('hex')}`;
}
