/**
 * The pure parts of scripts/release/release.ts: tag grammar, changelog sections, which floating tags a
 * release owns, and the refspecs it may push. Expected values are written out by hand.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import {
  changelogSection,
  floatingTagRefspecs,
  parseReleaseTag,
  parseRemoteTags,
  planFloatingTags,
  tokenGitEnv,
} from '../../scripts/release/release.js';
import { PROJECT_ROOT } from '../harness/run-action.js';

const v = (tag: string) => parseReleaseTag(tag);
const SHA = 'a'.repeat(40);

test('release tags are vMAJOR.MINOR.PATCH, nothing else', () => {
  assert.deepEqual(v('v1.2.3'), { major: 1, minor: 2, patch: 3 });
  assert.deepEqual(v('v10.0.12'), { major: 10, minor: 0, patch: 12 });
  for (const bad of [
    '1.2.3',
    'v1.2',
    'v1',
    'v1.2.3-rc.1',
    'v1.2.3+build',
    'v01.2.3',
    'v1.2.3 ',
    'refs/tags/v1.2.3',
  ]) {
    assert.throws(() => v(bad), /is not a release tag: expected vMAJOR\.MINOR\.PATCH/, bad);
  }
});

const CHANGELOG = `# Changelog

## [Unreleased]

### Added
- something new

## [1.2.0] - 2026-12-01

### Fixed
- the thing

## [1.1.0] - 2026-11-01

## 1.0.0 - 2026-10-01
- first

[1.2.0]: https://github.com/o/r/compare/v1.1.0...v1.2.0
`;

test('changelogSection: the body up to the next release heading, link definitions left out', () => {
  assert.equal(changelogSection(CHANGELOG, '1.2.0'), '### Fixed\n- the thing');
  assert.equal(changelogSection(CHANGELOG, '1.0.0'), '- first');
  assert.throws(() => changelogSection(CHANGELOG, '1.1.0'), /"## \[1\.1\.0\]" section is empty/);
  assert.throws(() => changelogSection(CHANGELOG, '1.3.0'), /has no "## \[1\.3\.0\]" section/);
  // 1.2.0 must not match 1.2.00 or 11.2.0, nor a dot matching any character.
  assert.throws(() => changelogSection('## [1x2y0]\n- no\n', '1.2.0'), /has no/);
});

test("this repository's CHANGELOG.md has an Unreleased section and notes for 0.1.0", () => {
  const text = readFileSync(join(PROJECT_ROOT, 'CHANGELOG.md'), 'utf8');
  assert.match(text, /^## \[Unreleased\]$/m);
  assert.match(changelogSection(text, '0.1.0'), /data-hash/);
});

test('planFloatingTags: a release owns vX and vX.Y only while it is the highest of that line', () => {
  const existing = ['v1.0.0', 'v1.1.0', 'v1.2.0', 'v1.2.1'].map(v);
  assert.deepEqual(planFloatingTags(v('v1.2.1'), existing), { move: ['v1', 'v1.2'], keep: [], latest: true });
  // A patch to an older minor line: v1.1 moves, v1 stays with v1.2.1.
  assert.deepEqual(planFloatingTags(v('v1.1.1'), [...existing, v('v1.1.1')]), {
    move: ['v1.1'],
    keep: [{ tag: 'v1', newer: 'v1.2.1' }],
    latest: false,
  });
  // A fix for the previous major after v2 exists: v1 and v1.2 move; v2.0.0 stays the latest release.
  assert.deepEqual(planFloatingTags(v('v1.2.2'), [...existing, v('v2.0.0')]), {
    move: ['v1', 'v1.2'],
    keep: [],
    latest: false,
  });
  // Re-running an old release's workflow moves nothing back.
  assert.deepEqual(planFloatingTags(v('v1.2.0'), existing), {
    move: [],
    keep: [
      { tag: 'v1', newer: 'v1.2.1' },
      { tag: 'v1.2', newer: 'v1.2.1' },
    ],
    latest: false,
  });
  // The first release of a major; comparison is numeric (v1.10.0 > v1.9.0).
  assert.deepEqual(planFloatingTags(v('v2.0.0'), existing).move, ['v2', 'v2.0']);
  assert.deepEqual(planFloatingTags(v('v1.9.0'), [v('v1.10.0')]).keep, [{ tag: 'v1', newer: 'v1.10.0' }]);
});

test('floatingTagRefspecs: force-updates tags only, and only vX / vX.Y', () => {
  assert.deepEqual(floatingTagRefspecs(SHA, ['v1', 'v1.2']), [
    `+${SHA}:refs/tags/v1`,
    `+${SHA}:refs/tags/v1.2`,
  ]);
  for (const bad of ['main', 'v1.2.3', 'refs/heads/main', 'v1:refs/heads/main', 'v1 main', '', 'latest']) {
    assert.throws(() => floatingTagRefspecs(SHA, [bad]), /only vX and vX\.Y tags move/, bad);
  }
  for (const sha of ['HEAD', 'main', 'a'.repeat(39), 'A'.repeat(40), `${'a'.repeat(40)} `]) {
    assert.throws(() => floatingTagRefspecs(sha, ['v1']), /is not a full commit sha/, sha);
  }
});

test('parseRemoteTags: release tags with their commits (annotated tags peeled), other refs ignored', () => {
  const c1 = '1'.repeat(40);
  const c2 = '2'.repeat(40);
  const tagObject = 'f'.repeat(40);
  const output = [
    `${c1}\trefs/tags/v1`,
    `${c1}\trefs/tags/v1.0.0`,
    `${tagObject}\trefs/tags/v1.1.0`,
    `${c2}\trefs/tags/v1.1.0^{}`,
    `${c2}\trefs/tags/v1.1.0-rc.1`,
    `${c2}\trefs/heads/v2.0.0`,
    '',
  ].join('\n');
  assert.deepEqual(
    [...parseRemoteTags(output)],
    [
      ['v1.0.0', c1],
      ['v1.1.0', c2],
    ],
  );
});

test('tokenGitEnv: the token reaches git as a header for the GitHub server only, after existing config', () => {
  const base = { GITHUB_TOKEN: 'ghs_secret', GITHUB_SERVER_URL: 'https://github.com', PATH: '/usr/bin' };
  const header = `AUTHORIZATION: basic ${Buffer.from('x-access-token:ghs_secret').toString('base64')}`;
  const env = tokenGitEnv({ ...base, GIT_CONFIG_COUNT: '1' }, 'https://github.com/octo/mlops-actions');
  assert.equal(env.GIT_CONFIG_COUNT, '2');
  assert.equal(env.GIT_CONFIG_KEY_1, 'http.https://github.com/.extraheader');
  assert.equal(env.GIT_CONFIG_VALUE_1, header);
  // git itself reads it back (no .git/config, no argument carries the token).
  const seen = execFileSync('git', ['config', '--get', 'http.https://github.com/.extraheader'], {
    env: {
      ...env,
      GIT_CONFIG_COUNT: '1',
      GIT_CONFIG_KEY_0: env.GIT_CONFIG_KEY_1,
      GIT_CONFIG_VALUE_0: header,
    },
    encoding: 'utf8',
  });
  assert.equal(seen.trim(), header);
  for (const origin of [
    'file:///tmp/origin.git',
    'https://github.com.evil.example/octo/r',
    'https://gitlab.com/o/r',
  ]) {
    const other = tokenGitEnv(base, origin);
    assert.equal(other.GIT_CONFIG_COUNT, undefined, origin);
    assert.ok(!Object.values(other).some((value) => value?.includes('basic')), origin);
  }
  assert.equal(tokenGitEnv({ PATH: '/usr/bin' }, 'https://github.com/o/r').GIT_CONFIG_COUNT, undefined);
});
