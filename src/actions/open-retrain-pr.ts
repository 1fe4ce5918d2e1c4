import { z } from 'zod';
import { type ActionContext, defineAction } from '../adapter/action.js';
import { fromConfig } from '../adapter/config-inputs.js';
import { inputs } from '../adapter/inputs.js';
import { gitWithPushToken } from '../adapter/push-token-git.js';
import { ConfigurationError } from '../core/errors.js';
import { PathPolicy, type PathOrigin } from '../core/fs/path-policy.js';
import { GitCommands } from '../core/git/commands.js';
import { checkBranchName, DEFAULT_REGISTRY_BRANCH } from '../core/registry/branch.js';
import { checkSegment } from '../core/registry/drift-records.js';
import { checkArtifactName } from '../core/registry/gto/grammar.js';
import { fetchRegistryTip } from '../core/registry/store.js';
import { retrainBranch } from '../core/retrain/branch.js';
import { RETRAIN_WHEN, type PolicyKey } from '../core/retrain/config.js';
import { decide } from '../core/retrain/decide.js';
import { newestRecordEvidence, readReportEvidence } from '../core/retrain/evidence.js';
import { checkDecayInputs, readDecay } from '../core/retrain/metric.js';
import { type PolicyValues, resolvePolicy, type RetrainPolicy } from '../core/retrain/policy.js';
import { checkSnapshot } from '../core/retrain/snapshot.js';
import { refuseGitTracked } from '../core/hashing/scm-tracked.js';
import { type Checked, dryRunPreview, proposeRetraining, reportCleared } from './open-retrain-pr-flow.js';

const NUMBER = Number.MAX_VALUE;

export const openRetrainPrSchema = z.object({
  name: inputs.string(),
  'drift-report': inputs.optionalString(),
  dataset: inputs.optionalString(),
  'registry-branch': fromConfig('registry.branch', inputs.text(DEFAULT_REGISTRY_BRANCH)),
  when: fromConfig('retrain.when', inputs.choice(RETRAIN_WHEN, 'drift')),
  'watch-columns': fromConfig('retrain.watch-columns', inputs.list(), { otherwise: 'every column' }),
  'min-drift-share': fromConfig('retrain.min-drift-share', inputs.number(0, 1), {
    otherwise: "the report's own dataset-drift verdict",
  }),
  metric: fromConfig('retrain.metric', inputs.optionalString(), { otherwise: 'no decay check' }),
  below: fromConfig('retrain.below', inputs.number(-NUMBER, NUMBER), { otherwise: 'no decay check' }),
  'metric-value': inputs.number(-NUMBER, NUMBER),
  'metrics-file': inputs.optionalString(),
  data: fromConfig('retrain.data', inputs.list({ splitSpaces: true }), { otherwise: 'no new data' }),
  remote: fromConfig('data.remote', inputs.optionalString(), {
    otherwise: 'the default remote in .dvc/config',
  }),
  base: fromConfig('retrain.base', inputs.optionalString(), { otherwise: "the repository's default branch" }),
  labels: fromConfig('retrain.labels', inputs.list({ splitCommas: true }), { otherwise: 'none' }),
  reviewers: fromConfig('retrain.reviewers', inputs.list({ splitCommas: true }), { otherwise: 'none' }),
  assignees: fromConfig('retrain.assignees', inputs.list({ splitCommas: true }), { otherwise: 'none' }),
  draft: fromConfig('retrain.draft', inputs.boolean(false)),
  'cool-down': fromConfig('retrain.cool-down', inputs.text('7d')),
  issue: fromConfig('retrain.issue', inputs.boolean(false)),
  'close-when-clear': fromConfig('retrain.close-when-clear', inputs.boolean(false)),
  stage: fromConfig('retrain.stage', inputs.text('prod')),
  token: inputs.optionalString(),
});

type RetrainInputs = z.infer<typeof openRetrainPrSchema>;

const POLICY_INPUTS: readonly PolicyKey[] = [
  'when',
  'watch-columns',
  'min-drift-share',
  'metric',
  'below',
  'data',
  'base',
  'labels',
  'reviewers',
  'assignees',
  'draft',
  'cool-down',
  'issue',
  'close-when-clear',
  'stage',
];

function policyOf(model: string, input: RetrainInputs, ctx: ActionContext): RetrainPolicy {
  const values = Object.fromEntries(POLICY_INPUTS.map((key) => [key, input[key]])) as unknown as PolicyValues;
  return resolvePolicy(model, values, (key) => ctx.inputSource(key), ctx.config.retrain);
}

/** The newest drift record of `dataset` on the registry branch (fetched; the local branch when offline). */
async function datasetEvidence(input: RetrainInputs, ctx: ActionContext, dataset: string) {
  const branch = checkBranchName(
    input['registry-branch'],
    ctx.inputSource('registry-branch') === 'config' ? '.mlops.yml registry.branch' : 'registry-branch',
  );
  const git = new GitCommands(await gitWithPushToken(ctx, input.token));
  let ref = `refs/remotes/origin/${branch}`;
  try {
    if (!(await fetchRegistryTip(git, { remote: 'origin', branch }))) ref = '';
  } catch (error) {
    // Deciding needs no network: a local copy of the registry branch will do, said so.
    const local = (await git.revParse(`refs/heads/${branch}`)) ? `refs/heads/${branch}` : undefined;
    if (!local) throw error;
    ctx.host.warning(`Could not fetch '${branch}' (${(error as Error).message}); reading the local branch.`);
    ref = local;
  }
  if (!ref) {
    throw new ConfigurationError(
      `Input 'dataset': the registry branch '${branch}' does not exist on 'origin', so there is no drift record of '${dataset}'.`,
    );
  }
  return newestRecordEvidence(git, { ref, branch, dataset }, ctx.host);
}

/** Everything that can be wrong with the inputs, found before anything is written. */
async function check(input: RetrainInputs, ctx: ActionContext): Promise<Checked> {
  const model = checkArtifactName(input.name, "input 'name'");
  const policy = policyOf(model, input, ctx);
  if (input['drift-report'] && input.dataset) {
    throw new ConfigurationError(
      "Inputs 'drift-report' and 'dataset' are both given; give one source of drift evidence.",
    );
  }
  const paths = PathPolicy.forWorkspace(ctx.env.workspace);
  const metricsFile = input['metrics-file'];
  const decayInputs = {
    metric: policy.metric,
    below: policy.below,
    where: { metric: policy.where.metric, below: policy.where.below },
    value: input['metric-value'],
    file: metricsFile
      ? { display: metricsFile, abs: paths.resolveInput(metricsFile, 'metrics-file') }
      : undefined,
  };
  checkDecayInputs(decayInputs);
  const dataset = input.dataset ? checkSegment(input.dataset, 'dataset') : undefined;
  const remoteFrom: PathOrigin =
    ctx.inputSource('remote') === 'config'
      ? { file: '.mlops.yml', what: 'data.remote' }
      : { input: 'remote' };
  const git = new GitCommands(ctx.git());
  const gitRoot = await git.topLevel().catch(() => paths.root);
  const targets =
    policy.data.length === 0
      ? []
      : checkSnapshot({
          policy: paths,
          gitRoot,
          paths: policy.data,
          from: policy.dataFrom,
          remote: input.remote,
        });
  const dataFrom = policy.dataFrom;
  await refuseGitTracked(
    git,
    gitRoot,
    targets.map((t) => t.abs),
    'input' in dataFrom ? `Input '${dataFrom.input}'` : `${dataFrom.file} ${dataFrom.what ?? 'data'}`,
  );
  const report = input['drift-report'];
  const evidence = report
    ? await readReportEvidence(paths.resolveInput(report, 'drift-report'), report)
    : dataset
      ? await datasetEvidence(input, ctx, dataset)
      : undefined;
  const decay = await readDecay(decayInputs);
  if (!evidence && !decay && policy.when !== 'always') {
    throw new ConfigurationError(
      "Nothing to decide on: give 'drift-report' (a drift-report report.json), 'dataset' (its newest drift record), or a live metric ('metric' and 'below' with 'metric-value' or 'metrics-file').",
    );
  }
  const decision = decide(evidence, decay, {
    when: policy.when,
    watchColumns: policy.watchColumns,
    minDriftShare: policy.minDriftShare,
    watchWhere: policy.where['watch-columns'],
  });
  return { model, policy, targets, remoteFrom, evidence, decay, decision };
}

export const openRetrainPr = defineAction({
  name: 'open-retrain-pr',
  schema: openRetrainPrSchema,
  run: async (input, ctx) => {
    const checked = await check(input, ctx);
    const { model, decision, policy } = checked;
    const branch = retrainBranch(model);
    ctx.host.setOutput('pull-request-branch', branch);
    ctx.host.info(`${model}: ${decision.summary}.`);
    const outcome =
      policy.when === 'never'
        ? await dryRunPreview(ctx, checked)
        : decision.triggered
          ? await proposeRetraining(ctx, { ...checked, token: input.token, remote: input.remote })
          : await reportCleared(ctx, { ...checked, token: input.token });
    ctx.host.setOutput('pull-request-operation', outcome.operation);
    ctx.host.setOutput('pull-request-number', outcome.pull ? String(outcome.pull.number) : '');
    ctx.host.setOutput('pull-request-url', outcome.pull?.url ?? '');
    ctx.host.setOutput('pull-request-head-sha', outcome.headSha ?? '');
    ctx.host.setOutput('reason', outcome.reason);
    ctx.host.setOutput('issue-url', outcome.issueUrl ?? '');
    ctx.host.info(
      `open-retrain-pr: ${outcome.operation}${outcome.pull ? ` #${outcome.pull.number} ${outcome.pull.url}` : ''}: ${outcome.reason}`,
    );
  },
});
