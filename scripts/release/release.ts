/**
 * The release steps of .github/workflows/release.yml, run with plain `node` (Node 24 strips the types), so
 * the job that holds `contents: write` installs no npm packages. Self-contained on purpose: no imports
 * beyond node:, because Node without tsx cannot resolve this project's `.js` import specifiers to `.ts`.
 *
 *   node scripts/release/release.ts check vX.Y.Z      tag grammar, package.json version, CHANGELOG section
 *   node scripts/release/release.ts notes vX.Y.Z      print the CHANGELOG section (the release notes)
 *   node scripts/release/release.ts publish vX.Y.Z    create the GitHub release, or update it on a rerun
 *   node scripts/release/release.ts move-tags vX.Y.Z  point vX and vX.Y at the release commit
 *
 * move-tags only ever pushes `+<sha>:refs/tags/vX` and `+<sha>:refs/tags/vX.Y`; it never pushes a branch.
 * A floating tag moves only when this release is the highest of its line, so a patch to an older minor line
 * (v1.1.5 after v1.2.0) moves v1.1 but leaves v1 on v1.2.0.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, realpathSync } from 'node:fs';
import { join } from 'node:path';

export interface Version {
  major: number;
  minor: number;
  patch: number;
}

const RELEASE_TAG = /^v(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;
const FLOATING_TAG = /^v(0|[1-9]\d*)(\.(0|[1-9]\d*))?$/;

/** `v1.2.3` → {1, 2, 3}; anything else (pre-releases, build metadata, leading zeros) is refused. */
export function parseReleaseTag(tag: string): Version {
  const match = RELEASE_TAG.exec(tag);
  if (!match) throw new Error(`"${tag}" is not a release tag: expected vMAJOR.MINOR.PATCH, e.g. v1.2.3`);
  return { major: Number(match[1]), minor: Number(match[2]), patch: Number(match[3]) };
}

export function formatVersion(v: Version): string {
  return `${v.major}.${v.minor}.${v.patch}`;
}

function compareVersions(a: Version, b: Version): number {
  return a.major - b.major || a.minor - b.minor || a.patch - b.patch;
}

/**
 * The body of `## [X.Y.Z]` (Keep a Changelog: `## [1.2.3] - 2026-12-01`) up to the next `## ` heading,
 * trimmed. Throws when the section is missing or empty: a release without notes is a mistake.
 */
export function changelogSection(changelog: string, version: string): string {
  const lines = changelog.split(/\r?\n/);
  const heading = new RegExp(`^## \\[?${version.replace(/\./g, '\\.')}\\]?(\\s|$)`);
  const start = lines.findIndex((line) => heading.test(line));
  if (start < 0) throw new Error(`CHANGELOG.md has no "## [${version}]" section`);
  const end = lines.findIndex((line, i) => i > start && /^## /.test(line));
  const body = lines
    .slice(start + 1, end < 0 ? undefined : end)
    .filter((line) => !/^\[[^\]]+\]:\s/.test(line)) // link reference definitions belong to the whole file
    .join('\n')
    .trim();
  if (!body) throw new Error(`CHANGELOG.md's "## [${version}]" section is empty`);
  return body;
}

export interface FloatingTagPlan {
  /** Floating tags to point at the release commit (vX, vX.Y). */
  move: string[];
  /** Floating tags left where they are, with the newer release that owns them. */
  keep: { tag: string; newer: string }[];
  /** Whether this is the highest release of all (GitHub's "latest release"). */
  latest: boolean;
}

/** Which of vX and vX.Y this release should own, given every release tag that exists (itself included). */
export function planFloatingTags(release: Version, existing: readonly Version[]): FloatingTagPlan {
  const highest = (filter: (v: Version) => boolean) =>
    [release, ...existing].filter(filter).sort(compareVersions).at(-1)!;
  const plan: FloatingTagPlan = { move: [], keep: [], latest: false };
  const lines: [string, Version][] = [
    [`v${release.major}`, highest((v) => v.major === release.major)],
    [
      `v${release.major}.${release.minor}`,
      highest((v) => v.major === release.major && v.minor === release.minor),
    ],
  ];
  for (const [tag, top] of lines) {
    if (compareVersions(top, release) === 0) plan.move.push(tag);
    else plan.keep.push({ tag, newer: `v${formatVersion(top)}` });
  }
  plan.latest =
    compareVersions(
      highest(() => true),
      release,
    ) === 0;
  return plan;
}

/** `git push` refspecs for moving floating tags; refuses anything that is not a full sha and a vX / vX.Y tag. */
export function floatingTagRefspecs(sha: string, tags: readonly string[]): string[] {
  if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(sha)) throw new Error(`"${sha}" is not a full commit sha`);
  return tags.map((tag) => {
    if (!FLOATING_TAG.test(tag)) throw new Error(`refusing to move "${tag}": only vX and vX.Y tags move`);
    return `+${sha}:refs/tags/${tag}`;
  });
}

/** Release tags (and the commits they point at) from `git ls-remote --tags` output. */
export function parseRemoteTags(lsRemote: string): Map<string, string> {
  const tags = new Map<string, string>();
  for (const line of lsRemote.split('\n')) {
    const [sha, ref] = line.trim().split(/\s+/);
    const match = /^refs\/tags\/(v[^^]+)(\^\{\})?$/.exec(ref ?? '');
    if (!sha || !match || !RELEASE_TAG.test(match[1]!)) continue;
    // The peeled line (^{}) of an annotated tag names the commit; it comes after the tag object's line.
    if (match[2] || !tags.has(match[1]!)) tags.set(match[1]!, sha);
  }
  return tags;
}

// ---- side effects: git and the GitHub API ---------------------------------------------------------------

// The workflow runs every command from the repository root (the workspace).
const root = process.cwd();

/**
 * Environment for git talking to `origin`: with GITHUB_TOKEN (actions/checkout ran with persist-credentials:
 * false) an Authorization header for the GitHub server through GIT_CONFIG_* variables, so the token is in no
 * argument list and not in .git/config. Other origins (a file:// test origin) get no token.
 */
export function tokenGitEnv(env: NodeJS.ProcessEnv, origin: string): NodeJS.ProcessEnv {
  const token = env.GITHUB_TOKEN;
  const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
  if (!token || !origin.startsWith(`${server}/`)) return { ...env, GIT_TERMINAL_PROMPT: '0' };
  const index = Number(env.GIT_CONFIG_COUNT ?? '0') || 0;
  const basic = Buffer.from(`x-access-token:${token}`).toString('base64');
  return {
    ...env,
    GIT_TERMINAL_PROMPT: '0',
    GIT_CONFIG_COUNT: String(index + 1),
    [`GIT_CONFIG_KEY_${index}`]: `http.${server}/.extraheader`,
    [`GIT_CONFIG_VALUE_${index}`]: `AUTHORIZATION: basic ${basic}`,
  };
}

function gitEnv(): NodeJS.ProcessEnv {
  return tokenGitEnv(process.env, git(['remote', 'get-url', 'origin']).trim());
}

function git(args: string[], env: NodeJS.ProcessEnv = process.env): string {
  return execFileSync('git', args, {
    cwd: root,
    env,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
}

interface RemoteState {
  /** Commit the release tag points at on origin. */
  sha: string;
  versions: Version[];
}

function remoteState(tag: string, env: NodeJS.ProcessEnv): RemoteState {
  const tags = parseRemoteTags(git(['ls-remote', '--tags', 'origin', 'refs/tags/v*'], env));
  const sha = tags.get(tag);
  if (!sha) throw new Error(`${tag} is not on origin: push the tag first`);
  return { sha, versions: [...tags.keys()].map(parseReleaseTag) };
}

function check(tag: string): void {
  const version = formatVersion(parseReleaseTag(tag));
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version?: string };
  if (pkg.version !== version) {
    throw new Error(`${tag} does not match package.json's version ${pkg.version}: bump it before tagging`);
  }
  changelogSection(readFileSync(join(root, 'CHANGELOG.md'), 'utf8'), version);
  console.log(`${tag}: package.json and CHANGELOG.md agree`);
}

function notes(tag: string): string {
  const version = formatVersion(parseReleaseTag(tag));
  return changelogSection(readFileSync(join(root, 'CHANGELOG.md'), 'utf8'), version);
}

async function github(
  method: string,
  path: string,
  body?: unknown,
): Promise<Record<string, unknown> | undefined> {
  const api = process.env.GITHUB_API_URL ?? 'https://api.github.com';
  const token = process.env.GITHUB_TOKEN;
  if (!token) throw new Error('GITHUB_TOKEN is not set');
  const response = await fetch(`${api}${path}`, {
    method,
    headers: {
      accept: 'application/vnd.github+json',
      authorization: `Bearer ${token}`,
      'x-github-api-version': '2022-11-28',
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (method === 'GET' && response.status === 404) return undefined;
  if (!response.ok) throw new Error(`${method} ${path}: HTTP ${response.status} ${await response.text()}`);
  return (await response.json()) as Record<string, unknown>;
}

/** Create the release for `tag`, or update its name and notes when a rerun finds it already there. */
async function publish(tag: string): Promise<void> {
  const repo = process.env.GITHUB_REPOSITORY;
  if (!repo || !/^[\w.-]+\/[\w.-]+$/.test(repo)) throw new Error('GITHUB_REPOSITORY is not owner/name');
  const release = parseReleaseTag(tag);
  const { versions } = remoteState(tag, gitEnv());
  const plan = planFloatingTags(release, versions);
  const fields = { name: tag, body: notes(tag), make_latest: plan.latest ? 'true' : 'false' };
  const existing = await github('GET', `/repos/${repo}/releases/tags/${encodeURIComponent(tag)}`);
  const written = existing
    ? await github('PATCH', `/repos/${repo}/releases/${String(existing.id)}`, fields)
    : await github('POST', `/repos/${repo}/releases`, {
        tag_name: tag,
        draft: false,
        prerelease: false,
        ...fields,
      });
  console.log(`${existing ? 'updated' : 'created'} release ${tag}: ${String(written?.html_url)}`);
}

function moveTags(tag: string): void {
  const release = parseReleaseTag(tag);
  const env = gitEnv();
  const { sha, versions } = remoteState(tag, env);
  const plan = planFloatingTags(release, versions);
  for (const { tag: kept, newer } of plan.keep) console.log(`${kept} stays on ${newer}, a newer release`);
  if (plan.move.length === 0) return;
  git(['cat-file', '-e', `${sha}^{commit}`]); // the checkout of the tag has the commit; fail clearly if not
  git(['push', '--atomic', 'origin', ...floatingTagRefspecs(sha, plan.move)], env);
  console.log(`${plan.move.join(' and ')} now point at ${sha} (${tag})`);
}

async function main(argv: string[]): Promise<void> {
  const [command, tag] = argv;
  if (!tag) throw new Error('usage: node scripts/release/release.ts check|notes|publish|move-tags vX.Y.Z');
  if (command === 'check') check(tag);
  else if (command === 'notes') process.stdout.write(`${notes(tag)}\n`);
  else if (command === 'publish') await publish(tag);
  else if (command === 'move-tags') moveTags(tag);
  else throw new Error(`unknown command "${command}": check, notes, publish or move-tags`);
}

if (process.argv[1] && realpathSync(process.argv[1]) === import.meta.filename) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    // Escaped as GitHub's toolkit escapes command data, so no text in it can start a workflow command.
    console.log(`::error::${message.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')}`);
    process.exitCode = 1;
  });
}
