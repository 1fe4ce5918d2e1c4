/**
 * gated-deploy benchmark: a decision (`mlops gated-deploy --command decide`, the whole CLI process: start,
 * fetching the model's tags and the registry branch from the origin, reading every GTO tag of the model and
 * every run and deployment record, the gates metrics / no-regression / after / drift / data, the summary) on
 * a repository with 5,000 GTO tags and 1,000 run records. Target: ≤ 1 s. Baseline, measured in the same run:
 * what reading the same data with git alone costs — `git for-each-ref` over the tags with their messages,
 * then `git ls-tree` of the registry branch and one `git cat-file --batch` of every record.
 *
 *   npx tsx scripts/bench/gated-deploy.ts [--quick]
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { benchWorkDir, CLI, NODE, quick } from './bench-env.js';

const TAGS = 5000;
const RUNS = 1000;
const REPEAT = quick ? 3 : 7;
const MD5 = '0123456789abcdef0123456789abcdef';
const IMAGE = `ghcr.io/acme/churn@sha256:${'5e'.repeat(32)}`;
const work = benchWorkDir('gated-deploy');
const origin = join(work, 'origin.git');
const clone = join(work, 'clone');

const POLICY = `metrics:
  directions: { latency_ms: lower }
deploy:
  models:
    churn:
      environments:
        staging: {}
        production:
          after: staging
          gates:
            metrics: { auc: ">= 0.80", latency_ms: "<= 80" }
            no-regression: { auc: "0.02", latency_ms: "20%" }
            drift: { dataset: churn-batch, max-share: 0.5 }
            data: true
`;

const blob = (text: string) => `data ${Buffer.byteLength(text)}\n${text}`;
const git = (args: string[], cwd: string, input?: string) =>
  execFileSync('git', args, { cwd, input, maxBuffer: 256 * 1024 * 1024 })
    .toString()
    .trim();

/** Main: the first commit holds the policy and the data pointer; then one commit per model change. */
function importMain(commits: number): string[] {
  const lines: string[] = [];
  for (let i = 1; i <= commits; i++) {
    lines.push(
      'commit refs/heads/main',
      `mark :${i}`,
      `committer Bench <b@example.com> ${1_767_225_600 + i} +0000`,
      blob(`model ${i}\n`),
    );
    if (i > 1) lines.push(`from :${i - 1}`);
    if (i === 1) {
      lines.push('M 644 inline .mlops.yml', blob(POLICY));
      lines.push(
        'M 644 inline data/train.csv.dvc',
        blob(`outs:\n- md5: ${MD5}\n  size: 3\n  hash: md5\n  path: train.csv\n`),
      );
    }
    lines.push('M 644 inline model.txt', blob(`${i}\n`));
  }
  git(['fast-import', '--quiet'], origin, lines.join('\n') + '\n');
  return git(['rev-list', '--reverse', 'main'], origin).split('\n');
}

function runRecord(i: number, commit: string): string {
  const params: Record<string, number> = {};
  for (let k = 0; k < 20; k++) params[`model.layer_${k}`] = (i * 7 + k) % 13;
  return JSON.stringify(
    {
      schema: 1,
      id: `run-${i}`,
      experiment: 'churn',
      status: 'FINISHED',
      startedAt: '2026-11-01T00:00:00.000Z',
      endedAt: new Date(Date.UTC(2026, 10, 1) + i * 60_000).toISOString(),
      params,
      metrics: { auc: 0.8 + (i % 50) / 1000, latency_ms: 40 + (i % 20), f1: 0.7 },
      series: {},
      tags: {},
      git: { commit, ref: 'refs/heads/main', branch: 'main' },
      runUrl: `https://github.com/acme/ml/actions/runs/${i}`,
      data: [{ path: 'data/train.csv', md5: MD5, source: 'data/train.csv.dvc' }],
      artifacts: [],
      sources: { metrics: ['metrics.json'], params: ['params.yaml'] },
    },
    null,
    2,
  );
}

/** The registry branch (run, deployment and drift records) and the GTO tags, in one fast-import. */
function importRegistry(shas: string[]): number {
  const head = shas.at(-1)!;
  const lines = [
    'commit refs/heads/mlops/registry',
    `committer Bench <b@example.com> 1767300000 +0000`,
    blob('records\n'),
  ];
  for (let i = 0; i < RUNS; i++)
    lines.push(`M 644 inline runs/churn/run-${i}.json`, blob(runRecord(i, shas[i % shas.length]!)));
  lines.push(
    'M 644 inline drift/churn-batch/20261120T000000Z-1-drift.json',
    blob(
      JSON.stringify({
        schema: 1,
        dataset: 'churn-batch',
        run: '1-drift',
        recordedAt: '2026-11-20T00:00:00.000Z',
        reference: { path: 'ref.csv', rows: 10 },
        current: { path: 'cur.csv', rows: 10 },
        settings: { driftShare: 0.5, correction: 'none' },
        summary: { tested: 10, drifted: 1, share: 0.1, datasetDrift: false },
        columns: [],
      }),
    ),
  );
  const versions = 600;
  const prod = versions - 2;
  // The production version's deployment record names its run (the baseline of no-regression).
  lines.push(
    `M 644 inline deployments/churn/production/000001-v1.${Math.floor(prod / 100)}.${prod % 100}.json`,
    blob(
      JSON.stringify({
        schema: 1,
        status: 'deployed',
        model: 'churn',
        environment: 'production',
        sequence: 1,
        action: 'promote',
        version: `v1.${Math.floor(prod / 100)}.${prod % 100}`,
        commit: shas[prod],
        image: IMAGE,
        digest: IMAGE.split('@')[1],
        run: { experiment: 'churn', id: `run-${prod}` },
        previous: null,
        tags: [],
        pin: { mode: 'none', files: [] },
        gates: [],
        recordedAt: '2026-11-20T00:00:00.000Z',
      }),
    ),
  );
  let tags = 0;
  let time = 1_767_300_000;
  const tag = (name: string, target: string) => {
    lines.push(
      `tag ${name}`,
      `from ${target}`,
      `tagger Bench <b@example.com> ${++time} +0000`,
      blob(`${name}\n`),
    );
    tags++;
  };
  // churn: 600 versions, each assigned to staging and production in turn (exclusive: the old one unassigned).
  let counter = 0;
  for (let v = 0; v < versions; v++) {
    const commit = v === versions - 1 ? head : shas[v]!;
    tag(`churn@v1.${Math.floor(v / 100)}.${v % 100}`, commit);
    tag(`churn#staging#${++counter}`, commit);
    if (v > 0) tag(`churn#staging!#${++counter}`, shas[v - 1]!);
    if (v < versions - 1) {
      tag(`churn#production#${++counter}`, commit);
      if (v > 0) tag(`churn#production!#${++counter}`, shas[v - 1]!);
    }
  }
  // Other models fill the registry up to TAGS tags.
  for (let a = 0; tags < TAGS; a++) {
    const name = `model-${a % 40}`;
    tag(`${name}@v0.${Math.floor(a / 40)}.${a % 40}`, shas[a % shas.length]!);
  }
  git(['fast-import', '--quiet'], origin, lines.join('\n') + '\n');
  return tags;
}

function measure(args: string[], cwd: string, input?: string): number {
  const start = process.hrtime.bigint();
  const result = spawnSync(args[0]!, args.slice(1), { cwd, input, maxBuffer: 256 * 1024 * 1024 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed: ${result.stderr.toString()}`);
  return seconds;
}

git(['init', '-q', '--bare', '--initial-branch=main', origin], work);
const shas = importMain(RUNS);
const tags = importRegistry(shas);
git(['clone', '-q', origin, clone], work);
git(['fetch', '-q', 'origin', 'mlops/registry:refs/remotes/origin/mlops/registry'], clone);

const decide = [
  NODE,
  CLI,
  'gated-deploy',
  '--command',
  'decide',
  '--name',
  'churn',
  '--environment',
  'production',
  '--image',
  IMAGE,
];
const check = spawnSync(decide[0]!, decide.slice(1), { cwd: clone });
const outputs = JSON.parse(check.stdout.toString()) as Record<string, string>;
if (check.status !== 0 || outputs.decision !== 'allowed') {
  throw new Error(
    `the decision is not the expected one (allowed): ${check.stdout.toString()}${check.stderr.toString()}`,
  );
}
const baselineOnce = (): number => {
  const start = process.hrtime.bigint();
  git(
    ['for-each-ref', '--format=%(refname) %(objecttype) %(taggerdate:raw) %(contents)', 'refs/tags'],
    clone,
  );
  const ids = git(['ls-tree', '-r', '--object-only', 'refs/remotes/origin/mlops/registry'], clone);
  execFileSync('git', ['cat-file', '--batch'], {
    cwd: clone,
    input: `${ids}\n`,
    maxBuffer: 256 * 1024 * 1024,
  });
  return Number(process.hrtime.bigint() - start) / 1e9;
};
const ours: number[] = [];
const baseline: number[] = [];
for (let i = 0; i < REPEAT; i++) {
  baseline.push(baselineOnce());
  ours.push(measure(decide, clone));
}
const median = (values: number[]) => [...values].sort((x, y) => x - y)[values.length >> 1]!;
const ms = (s: number) => `${(s * 1000).toFixed(0)} ms`;
const best = Math.min(...ours);
console.log(
  `${tags} GTO tags, ${RUNS} run records; decision: ${outputs.decision} (${REPEAT} runs each; best and median shown)`,
);
console.log(
  `  git for-each-ref + ls-tree + cat-file (baseline): ${ms(Math.min(...baseline))} best, ${ms(median(baseline))} median`,
);
console.log(
  `  mlops gated-deploy --command decide:             ${ms(best)} best, ${ms(median(ours))} median`,
);
console.log(
  `  ratio to the baseline:                           ${(best / Math.min(...baseline)).toFixed(1)}× best wall`,
);
const target = 1;
console.log(`  target ≤ ${target} s (best wall, whole CLI process): ${best <= target ? 'met' : 'NOT met'}`);
process.exitCode = best <= target ? 0 : 1;
