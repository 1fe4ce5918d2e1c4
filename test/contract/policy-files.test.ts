/**
 * The files a user or contributor looks for: LICENSE (as package.json says), SECURITY.md, CHANGELOG.md and
 * CONTRIBUTING.md exist, say what they must, and README links them; every relative link in them resolves.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { PROJECT_ROOT } from '../harness/run-action.js';

const read = (path: string) => readFileSync(join(PROJECT_ROOT, path), 'utf8');
const POLICY_FILES = ['LICENSE', 'SECURITY.md', 'CHANGELOG.md', 'CONTRIBUTING.md'];

test('LICENSE is the MIT license that package.json names', () => {
  assert.equal((JSON.parse(read('package.json')) as { license: string }).license, 'MIT');
  const license = read('LICENSE');
  assert.match(license, /^MIT License\n\nCopyright \(c\) \d{4} /);
  assert.match(license, /Permission is hereby granted, free of charge, to any person obtaining a copy/);
  assert.match(license, /THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND/);
});

test('README links every policy file', () => {
  const readme = read('README.md');
  for (const file of POLICY_FILES) assert.ok(readme.includes(`](${file})`), `README links ${file}`);
});

test('SECURITY.md: private reporting, supported versions, and the scope', () => {
  const security = read('SECURITY.md');
  assert.match(security, /security\/advisories\/new/);
  assert.match(security, /do not\s+open a public issue/);
  assert.match(security, /^## Supported versions$/m);
  assert.match(security, /^\| `v1` /m);
  for (const scope of ['Pull-request content reaching CI', 'Tokens', 'Path escapes']) {
    assert.ok(security.includes(`**${scope}.**`), `scope: ${scope}`);
  }
});

test('CONTRIBUTING.md: the two README commands, adding an action, committing the build', () => {
  const contributing = read('CONTRIBUTING.md');
  const commands = /```sh\n(npm ci && npm run demo.*\nnpm test.*\n)```/.exec(read('README.md'))?.[1];
  assert.ok(commands, 'README opens with the two commands');
  assert.ok(contributing.includes(commands), 'CONTRIBUTING.md shows the same two commands');
  assert.match(contributing, /^## Adding an action$/m);
  assert.match(contributing, /\*\*Commit what `npm run build` produces\.\*\*/);
  assert.match(contributing, /^## Releasing$/m);
});

/** GitHub's heading anchors: lowercase, punctuation dropped, spaces to hyphens. */
const anchor = (heading: string) =>
  heading
    .toLowerCase()
    .replace(/[^\w\- ]/g, '')
    .replace(/ /g, '-');

test('relative links in README and the policy files resolve (files and #anchors)', () => {
  for (const file of ['README.md', ...POLICY_FILES.filter((f) => f.endsWith('.md'))]) {
    for (const [, target = ''] of read(file).matchAll(/\]\(([^)\s]+)\)/g)) {
      if (/^[a-z]+:/.test(target)) continue;
      const [path = '', hash] = target.split('#');
      const resolved = path ? join(dirname(file), path) : file;
      assert.ok(existsSync(join(PROJECT_ROOT, resolved)), `${file}: ${target} does not exist`);
      if (hash) {
        const headings = [...read(resolved).matchAll(/^#+ (.+)$/gm)].map((m) => anchor(m[1]!));
        assert.ok(headings.includes(hash), `${file}: ${target} has no heading #${hash}`);
      }
    }
  }
});
