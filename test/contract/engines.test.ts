/**
 * package.json `engines.node` is a promise to whoever installs the CLI: every Node version it admits must be
 * one that every production dependency admits (checked with npm's own range arithmetic, `semver.subset`),
 * or `npm ci` warns EBADENGINE on a version we claim to support. The README names the same minimum.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import semver from 'semver';
import { PROJECT_ROOT } from '../harness/run-action.js';

interface LockPackage {
  version?: string;
  dev?: boolean;
  devOptional?: boolean;
  engines?: { node?: string } | string[];
}

const pkg = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as {
  engines: { node: string };
  devDependencies: Record<string, string>;
};
const lock = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, LockPackage>;
};
const ours = pkg.engines.node;

test('engines.node admits only Node versions every production dependency supports', () => {
  assert.ok(semver.validRange(ours), `engines.node '${ours}' is not a semver range`);
  const refused: string[] = [];
  let checked = 0;
  for (const [path, entry] of Object.entries(lock.packages)) {
    if (path === '' || entry.dev || entry.devOptional) continue;
    const range = Array.isArray(entry.engines) ? undefined : entry.engines?.node;
    if (range === undefined) continue;
    checked++;
    if (!semver.subset(ours, range))
      refused.push(`${path.replace(/^node_modules\//, '')} needs node ${range}`);
  }
  assert.ok(checked > 10, `only ${checked} production packages declare engines: is the lockfile read right?`);
  assert.deepEqual(refused, [], `engines.node is '${ours}', but:\n${refused.join('\n')}`);
});

test('engines.node is no stricter than needed: its minimum is what some production dependency needs', () => {
  const minimum = semver.minVersion(ours)!;
  const needs = Object.entries(lock.packages)
    .filter(
      ([path, e]) => path !== '' && !e.dev && !e.devOptional && !Array.isArray(e.engines) && e.engines?.node,
    )
    .map(([, e]) => semver.minVersion((e.engines as { node: string }).node)!);
  assert.ok(
    needs.some((need) => semver.eq(need, minimum)),
    `no production dependency needs Node ${minimum.version}`,
  );
});

test('the Node that runs the tests and the actions (devDependency node, node24) is within engines.node', () => {
  assert.ok(semver.satisfies(pkg.devDependencies.node!, ours), `node ${pkg.devDependencies.node}`);
  assert.ok(semver.satisfies('24.0.0', ours), 'action.yml runs.using: node24');
});

test('the README names the Node version the CLI needs', () => {
  const readme = readFileSync(join(PROJECT_ROOT, 'README.md'), 'utf8');
  const major = semver.minVersion(ours)!.major;
  assert.match(readme, new RegExp(`The \`mlops\` CLI needs Node\\.js ${major} or later`));
});
