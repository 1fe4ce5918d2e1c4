/**
 * Benchmark for the GTO model registry: `mlops models list` (the whole CLI process: start, one
 * `git for-each-ref`, GTO's state rules, the table) on a repository with 5,000 GTO tags, against
 * `git for-each-ref` listing the same tags with their messages, measured in the same run. GTO itself
 * opens every tag separately and slows down past ~1,500 tags.
 *
 * Target: ≤ 0.5 s wall for `mlops models list` at 5,000 tags.
 *
 *   npx tsx scripts/bench/models.ts [--quick]
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { benchWorkDir, CLI, NODE, quick } from './bench-env.js';

const TAGS = quick ? 1000 : 5000;
const REPEAT = quick ? 3 : 7;

/** A repository with `TAGS` GTO tags (registrations, assignments, unassignments, deprecations), via fast-import. */
function makeRepo(dir: string): number {
  execFileSync('git', ['init', '-q', dir]);
  const artifacts = 50;
  const perArtifact = Math.ceil(TAGS / artifacts);
  const lines: string[] = [];
  let mark = 0;
  let tags = 0;
  let time = 1_767_225_600;
  const blob = (text: string) => `data ${Buffer.byteLength(text)}\n${text}`;
  for (let a = 0; a < artifacts && tags < TAGS; a++) {
    const name = a % 5 === 0 ? `models=model-${a}` : `model-${a}`;
    let counter = 0;
    let registered = 0;
    const commits: number[] = [];
    for (let i = 0; i < perArtifact && tags < TAGS; i++) {
      const kind = i % 3;
      let tag: string;
      if (kind === 0 || commits.length === 0) {
        mark++;
        lines.push(
          `commit refs/heads/main`,
          `mark :${mark}`,
          `committer Bench <bench@example.com> ${time} +0000`,
          blob(`model ${a} v${registered}\n`),
          `M 644 inline models/${a}.txt`,
          blob(`${a}-${i}\n`),
        );
        commits.push(mark);
        tag = `${name}@v1.${Math.floor(registered / 10)}.${registered % 10}`;
        registered++;
      } else {
        counter++;
        const stage = ['dev', 'staging', 'prod'][i % 3]!;
        tag = `${name}#${stage}${i % 7 === 0 ? '!' : ''}#${counter}`;
      }
      const target = commits[commits.length - 1 - (i % Math.min(commits.length, 3))]!;
      time += 1;
      lines.push(
        `tag ${tag}`,
        `from :${target}`,
        `tagger Bench <bench@example.com> ${time} +0000`,
        blob(`${tag}\n`),
      );
      tags++;
    }
  }
  execFileSync('git', ['fast-import', '--quiet'], { cwd: dir, input: lines.join('\n') });
  return tags;
}

/** One child process under /usr/bin/time: wall and CPU (user + system) seconds. */
function measure(args: string[], cwd: string): { wall: number; cpu: number } {
  const start = process.hrtime.bigint();
  const result = spawnSync('/usr/bin/time', ['-f', '%U %S', ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const wall = Number(process.hrtime.bigint() - start) / 1e9;
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed: ${result.stderr}`);
  const [user, system] = result.stderr.trim().split('\n').at(-1)!.split(' ').map(Number);
  return { wall, cpu: user! + system! };
}

const median = (values: number[]) => [...values].sort((x, y) => x - y)[values.length >> 1]!;
const ms = (s: number) => `${(s * 1000).toFixed(0)} ms`;

const dir = join(benchWorkDir('models'), 'repo');
const count = makeRepo(dir);
const ours: { wall: number; cpu: number }[] = [];
const baseline: { wall: number; cpu: number }[] = [];
for (let i = 0; i < REPEAT; i++) {
  baseline.push(
    measure(
      ['git', 'for-each-ref', '--format=%(refname) %(objecttype) %(taggerdate:raw) %(contents)', 'refs/tags'],
      dir,
    ),
  );
  ours.push(measure([NODE, CLI, 'models', 'list'], dir));
}
const rows =
  spawnSync(NODE, [CLI, 'models', 'list', '--plain'], { cwd: dir }).stdout.toString().trim().split('\n')
    .length - 1;
const summary = (t: { wall: number; cpu: number }[]) =>
  `${ms(Math.min(...t.map((x) => x.wall)))} best, ${ms(median(t.map((x) => x.wall)))} median wall, CPU ${ms(median(t.map((x) => x.cpu)))}`;
const best = Math.min(...ours.map((x) => x.wall));
console.log(
  `${count} GTO tags, ${rows} models listed (${REPEAT} runs each; the machine may be shared: best and median shown)`,
);
console.log(`  git for-each-ref (baseline): ${summary(baseline)}`);
console.log(`  mlops models list:           ${summary(ours)}`);
console.log(
  `  ratio to for-each-ref:       ${(best / Math.min(...baseline.map((x) => x.wall))).toFixed(1)}× best wall`,
);
const target = 0.5;
console.log(`  target ≤ ${target} s (best wall, whole CLI process): ${best <= target ? 'met' : 'NOT met'}`);
process.exitCode = best <= target ? 0 : 1;
