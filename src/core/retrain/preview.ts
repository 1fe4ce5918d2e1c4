/**
 * The retrain pull request a drift report would open, as title and body, computed offline: for the demo
 * (which shows it after its drift stage) and for anyone who wants to see the PR before wiring the action.
 * The same modules the action uses; only the branch, the data and the GitHub calls are left out.
 */

import { decide } from './decide.js';
import { parseDuration } from './duration.js';
import { reportEvidence } from './evidence.js';
import { pullRequestBody, pullRequestTitle } from './pr-body.js';
import { buildRequest, type RetrainRequest, serializeRequest } from './request.js';

export interface PreviewOptions {
  model: string;
  /** report.json's text, and its path as the action's input would name it. */
  reportText: string;
  reportPath: string;
  production?: RetrainRequest['production'];
  data?: RetrainRequest['data'];
  runUrl?: string;
  repository?: string;
  now?: Date;
}

export interface Preview {
  triggered: boolean;
  /** The `reason` output. */
  reason: string;
  title: string;
  /** The body as the pull request would carry it ('' when nothing triggers). */
  body: string;
}

export function previewRetrainPullRequest(options: PreviewOptions): Preview {
  const evidence = reportEvidence(options.reportText, options.reportPath);
  const decision = decide(evidence, undefined, { when: 'drift', watchColumns: [], minDriftShare: undefined });
  if (!decision.triggered) return { triggered: false, reason: decision.summary, title: '', body: '' };
  const branch = `mlops/retrain/${options.model}`;
  const request = buildRequest({
    model: options.model,
    branch,
    now: options.now ?? new Date(),
    decision,
    evidence,
    decay: undefined,
    watchColumns: [],
    minDriftShare: undefined,
    data: options.data ?? [],
    production: options.production ?? null,
    run: { url: options.runUrl, repository: options.repository },
  });
  return {
    triggered: true,
    reason: decision.summary,
    title: pullRequestTitle(options.model, decision),
    body: pullRequestBody({
      model: options.model,
      branch,
      base: undefined,
      request,
      requestText: serializeRequest(request),
      evidence,
      coolDown: parseDuration('7d', 'cool-down'),
      links: { run: options.runUrl },
    }),
  };
}
