/**
 * The release process: release.yml writes only in its release job, and only through
 * scripts/release/release.ts, which moves the major and minor tags and never pushes a branch. Checked on
 * the workflow text, then by running the script with plain Node (as the workflow does) against a real
 * bare origin and the local GitHub API double.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { promisify } from 'node:util';
import { createRepoWithOrigin, git, type RepoWithOrigin } from '../harness/git-fixtures.js';
import { startGitHubApi, type GitHubApiDouble } from '../harness/github-api/index.js';
import { NODE24, PROJECT_ROOT } from '../harness/run-action.js';
import { parseWorkflow, writingJobs } from './workflow-rules.js';

const execFileAsync = promisify(execFile);
const SCRIPT = join(PROJECT_ROOT, 'scripts', 'release', 'release.ts');
const workflowText = readFileSync(join(PROJECT_ROOT, '.github', 'workflows', 'release.yml'), 'utf8');
const workflow = parseWorkflow(workflowText);

test('release.yml runs on vX.Y.Z tags only and writes only in the release job', () => {
  assert.deepEqual(workflow.on, { push: { tags: ['v[0-9]+.[0-9]+.[0-9]+'] } });
  assert.deepEqual(workflow.permissions, {});
  assert.deepEqual(writingJobs(workflow), { release: ['contents'] });
  assert.deepEqual(workflow.jobs.release!.permissions, { contents: 'write' });
  assert.deepEqual(workflow.jobs.verify!.permissions, { contents: 'read' });
  assert.equal(workflow.jobs.release!.needs, 'verify');
  assert.equal(workflow.concurrency?.['cancel-in-progress'], false);
});

test('release.yml verifies dist/, version and changelog before anything is written', () => {
  const verify = workflow.jobs.verify!.steps!.map((s) => s.run).filter(Boolean);
  assert.deepEqual(verify, [
    'node scripts/release/release.ts check "$GITHUB_REF_NAME"',
    'scripts/ci/stage.sh npm-ci',
    'scripts/ci/stage.sh check-generated',
  ]);
});

test('release.yml pushes nothing itself: its only writes are release.ts publish and move-tags', () => {
  const runs = Object.values(workflow.jobs).flatMap((job) => (job.steps ?? []).map((s) => s.run ?? ''));
  for (const run of runs) assert.doesNotMatch(run, /\bgit\s|--force|\s-f\b|\bgh\s|refs\/heads|curl/, run);
  // The job that can write installs nothing (no npm) and runs no action that could push for it; the
  // checkout keeps no credentials, so the token reaches only the two steps given it through env:.
  const steps = workflow.jobs.release!.steps! as {
    uses?: string;
    run?: string;
    with?: Record<string, unknown>;
  }[];
  assert.deepEqual(
    steps.filter((s) => s.uses).map((s) => [s.uses!.split('@')[0], s.with?.['persist-credentials']]),
    [
      ['actions/checkout', false],
      ['actions/setup-node', undefined],
    ],
  );
  const release = steps.map((s) => s.run).filter(Boolean);
  assert.deepEqual(release, [
    'node scripts/release/release.ts publish "$GITHUB_REF_NAME"',
    'node scripts/release/release.ts move-tags "$GITHUB_REF_NAME"',
  ]);
  // The script's one push goes through floatingTagRefspecs, which only yields +<sha>:refs/tags/vX[.Y].
  const source = readFileSync(SCRIPT, 'utf8');
  const pushes = source.split('\n').filter((line) => /['"]push['"]/.test(line));
  assert.equal(pushes.length, 1);
  assert.match(pushes[0]!, /\['push', '--atomic', 'origin', \.\.\.floatingTagRefspecs\(sha, plan\.move\)\]/);
});

// ---- behaviour, with plain Node 24 and real git ---------------------------------------------------------

async function release(
  cwd: string,
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number; out: string }> {
  try {
    const { stdout, stderr } = await execFileAsync(NODE24, [SCRIPT, ...args], {
      cwd,
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? cwd, ...env },
    });
    return { code: 0, out: stdout + stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: e.stdout + e.stderr };
  }
}

/** Every ref of the origin with what it points at (tags peeled to commits). */
async function refs(origin: string): Promise<Record<string, string>> {
  const text = await git(origin, 'for-each-ref', '--format=%(refname) %(objectname) %(*objectname)');
  return Object.fromEntries(
    text.split('\n').map((line) => {
      const [ref = '', object = '', peeled = ''] = line.split(' ');
      return [ref, peeled || object];
    }),
  );
}

async function tag(repo: RepoWithOrigin, name: string, annotated = true): Promise<string> {
  await git(repo.work, 'tag', ...(annotated ? ['-a', '-m', name] : []), name);
  await git(repo.work, 'push', '-q', 'origin', `refs/tags/${name}`);
  return git(repo.work, 'rev-parse', `${name}^{commit}`);
}

let repo: RepoWithOrigin;
const commits: Record<string, string> = {};

before(async () => {
  repo = await createRepoWithOrigin({ 'README.md': '# release test\n' });
  commits['1.0.0'] = await git(repo.work, 'rev-parse', 'HEAD');
  await tag(repo, 'v1.0.0');
  commits['1.1.0'] = await repo.commit({ 'a.txt': '1.1\n' });
  await tag(repo, 'v1.1.0', false);
  commits['1.2.0'] = await repo.commit({ 'a.txt': '1.2\n' });
  await tag(repo, 'v1.2.0');
  // Floating tags as a previous release left them, and a branch that shares the major tag's name.
  await git(repo.work, 'push', '-q', 'origin', `${commits['1.2.0']}:refs/tags/v1`);
  await git(repo.work, 'push', '-q', 'origin', `${commits['1.2.0']}:refs/tags/v1.2`);
  await git(repo.work, 'push', '-q', 'origin', `${commits['1.1.0']}:refs/tags/v1.1`);
  await git(repo.work, 'push', '-q', 'origin', `${commits['1.0.0']}:refs/heads/v1`);
  await git(repo.work, 'push', '-q', 'origin', `${commits['1.1.0']}:refs/heads/release/1.1`);
});

test('move-tags: a new patch release moves v1 and v1.2 to its commit and touches nothing else', async () => {
  commits['1.2.1'] = await repo.commit({ 'a.txt': '1.2.1\n' });
  await tag(repo, 'v1.2.1');
  const initial = await refs(repo.origin);
  const run = await release(repo.work, ['move-tags', 'v1.2.1']);
  assert.equal(run.code, 0, run.out);
  const moved = await refs(repo.origin);
  assert.equal(moved['refs/heads/v1'], commits['1.0.0'], 'the branch named v1 is untouched');
  assert.deepEqual(moved, {
    ...initial,
    'refs/tags/v1': commits['1.2.1'],
    'refs/tags/v1.2': commits['1.2.1'],
  });
  assert.match(run.out, /v1 and v1\.2 now point at [0-9a-f]{40} \(v1\.2\.1\)/);

  const rerun = await release(repo.work, ['move-tags', 'v1.2.1']);
  assert.equal(rerun.code, 0, rerun.out);
  assert.deepEqual(await refs(repo.origin), moved, 'a rerun changes nothing');
});

test('move-tags: a patch to an older minor line moves only its minor tag; a new major starts its own', async () => {
  await git(repo.work, 'checkout', '-q', '-b', 'release/1.1', `origin/release/1.1`);
  commits['1.1.1'] = await repo.commit({ 'b.txt': 'backport\n' }, 'backport', 'release/1.1');
  await tag(repo, 'v1.1.1');
  let initial = await refs(repo.origin);
  const backport = await release(repo.work, ['move-tags', 'v1.1.1']);
  assert.equal(backport.code, 0, backport.out);
  assert.deepEqual(await refs(repo.origin), { ...initial, 'refs/tags/v1.1': commits['1.1.1'] });
  assert.match(backport.out, /v1 stays on v1\.2\.1, a newer release/);

  await git(repo.work, 'checkout', '-q', 'main');
  commits['2.0.0'] = await repo.commit({ 'a.txt': '2\n' });
  await tag(repo, 'v2.0.0', false);
  initial = await refs(repo.origin);
  const major = await release(repo.work, ['move-tags', 'v2.0.0']);
  assert.equal(major.code, 0, major.out);
  assert.deepEqual(await refs(repo.origin), {
    ...initial,
    'refs/tags/v2': commits['2.0.0'],
    'refs/tags/v2.0': commits['2.0.0'],
  });
});

test('move-tags refuses a tag that is not a release, or not on origin, and writes nothing', async () => {
  const initial = await refs(repo.origin);
  for (const [args, message] of [
    [['move-tags', 'main'], /::error::"main" is not a release tag/],
    [['move-tags', 'v9.9.9'], /::error::v9\.9\.9 is not on origin: push the tag first/],
    [['move-tags'], /::error::usage: node scripts\/release\/release\.ts/],
    [['push', 'v1.2.1'], /::error::unknown command "push"/],
  ] as const) {
    const run = await release(repo.work, [...args]);
    assert.equal(run.code, 1, run.out);
    assert.match(run.out, message);
  }
  assert.deepEqual(await refs(repo.origin), initial);
});

test('check: the tag must match package.json and have a CHANGELOG section', async () => {
  const dir = (await createRepoWithOrigin()).work;
  await writeFile(join(dir, 'package.json'), JSON.stringify({ version: '1.3.0' }));
  await writeFile(join(dir, 'CHANGELOG.md'), '# Changelog\n\n## [1.3.0] - 2026-12-01\n\n- new\n');
  assert.deepEqual(await release(dir, ['check', 'v1.3.0']), {
    code: 0,
    out: 'v1.3.0: package.json and CHANGELOG.md agree\n',
  });
  const stale = await release(dir, ['check', 'v1.3.1']);
  assert.equal(stale.code, 1);
  assert.match(stale.out, /v1\.3\.1 does not match package\.json's version 1\.3\.0: bump it before tagging/);
  await writeFile(join(dir, 'package.json'), JSON.stringify({ version: '1.3.1' }));
  assert.match(
    (await release(dir, ['check', 'v1.3.1'])).out,
    /CHANGELOG\.md has no "## \[1\.3\.1\]" section/,
  );
});

// ---- publish: the GitHub release, against the API double -----------------------------------------------

let api: GitHubApiDouble;
before(async () => {
  api = await startGitHubApi();
  api.addRepo('octo/mlops-actions', { defaultBranch: 'main' });
  api.addToken('ghs_release', { login: 'github-actions[bot]', type: 'Bot', kind: 'installation' });
});
after(async () => {
  await api?.close();
});

const apiEnv = () => ({
  GITHUB_API_URL: api.url,
  GITHUB_TOKEN: 'ghs_release',
  GITHUB_REPOSITORY: 'octo/mlops-actions',
});

test('publish: creates the release with the CHANGELOG section; a rerun updates it instead of adding one', async () => {
  await writeFile(
    join(repo.work, 'CHANGELOG.md'),
    '## [1.2.1] - 2026-12-02\n\n### Fixed\n- a bug\n\n## [1.2.0]\n- x\n',
  );
  const first = await release(repo.work, ['publish', 'v1.2.1'], apiEnv());
  assert.equal(first.code, 0, first.out);
  assert.match(
    first.out,
    /created release v1\.2\.1: https:\/\/github\.com\/octo\/mlops-actions\/releases\/tag\/v1\.2\.1/,
  );

  await writeFile(
    join(repo.work, 'CHANGELOG.md'),
    '## [1.2.1] - 2026-12-02\n\n### Fixed\n- a bug, better told\n',
  );
  const rerun = await release(repo.work, ['publish', 'v1.2.1'], apiEnv());
  assert.equal(rerun.code, 0, rerun.out);
  assert.match(rerun.out, /updated release v1\.2\.1/);

  const list = await fetch(`${api.url}/repos/octo/mlops-actions/releases`, {
    headers: { authorization: 'Bearer ghs_release' },
  });
  const releases = (await list.json()) as { tag_name: string; name: string; body: string; draft: boolean }[];
  assert.deepEqual(
    releases.map((r) => [r.tag_name, r.name, r.body, r.draft]),
    [['v1.2.1', 'v1.2.1', '### Fixed\n- a bug, better told', false]],
  );
  // v2.0.0 exists on origin, so this v1 patch must not become GitHub's "latest" release.
  const writes = api.requests.filter((r) => r.method !== 'GET');
  assert.deepEqual(
    writes.map((r) => [r.operationId, (r.body as { make_latest?: string }).make_latest]),
    [
      ['repos/create-release', 'false'],
      ['repos/update-release', 'false'],
    ],
  );
  assert.deepEqual(api.responseErrors, []);
});

test('publish fails clearly without a token, and on an API error, with nothing half-written', async () => {
  const { GITHUB_TOKEN: _, ...noToken } = apiEnv();
  const missing = await release(repo.work, ['publish', 'v1.2.1'], noToken);
  assert.equal(missing.code, 1);
  assert.match(missing.out, /::error::GITHUB_TOKEN is not set/);
  const denied = await release(repo.work, ['publish', 'v1.2.1'], {
    ...apiEnv(),
    GITHUB_TOKEN: 'ghs_unknown',
  });
  assert.equal(denied.code, 1);
  assert.match(denied.out, /::error::GET \/repos\/octo\/mlops-actions\/releases\/tags\/v1\.2\.1: HTTP 401/);
});
