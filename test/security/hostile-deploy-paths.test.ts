/**
 * Hostile paths that reach gated-deploy (issue 11), rows of the table in hostile-table.ts: manifest globs in
 * `.mlops.yml` are repository content (a pull request controls them), and the manifests they match are
 * pinned and committed, so none may lead outside the workspace or into `.git`, through a symlink either.
 * Each row runs the bundled action as the runner does, and nothing may be written anywhere.
 */
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { type HostileRow, link, runRow, write } from './hostile-table.js';

const deploy = () => ({
  name: 'churn',
  environment: 'staging',
  image: `ghcr.io/acme/churn@sha256:${'a'.repeat(64)}`,
});
const deployPolicy = (glob: string) =>
  `deploy:\n  models:\n    churn:\n      environments:\n        staging:\n          manifests: [${JSON.stringify(glob)}]\n`;

const rows: HostileRow[] = [
  // gated-deploy: manifest globs in .mlops.yml are repository content; manifests are pinned and committed.
  {
    name: 'deploy: a policy manifest glob leading outside the workspace',
    action: 'gated-deploy',
    inputs: deploy,
    layout: ({ ws }) => write(ws, { '.mlops.yml': deployPolicy('../outside/*.csv') }),
    refusal:
      /^\.mlops\.yml: deploy\.models\.churn\.environments\.staging\.manifests entry '\.\.\/outside\/\*\.csv' must be relative to the workspace, without '\.\.' or \.git\.$/,
  },
  {
    name: 'deploy: a policy manifest glob into .git',
    action: 'gated-deploy',
    inputs: deploy,
    layout: ({ ws }) => write(ws, { '.mlops.yml': deployPolicy('.git/*') }),
    refusal:
      /^\.mlops\.yml: deploy\.models\.churn\.environments\.staging\.manifests entry '\.git\/\*' must be relative/,
  },
  {
    name: 'deploy: a manifest that is a symlink to a file outside the workspace',
    action: 'gated-deploy',
    inputs: deploy,
    async layout({ ws, outside }) {
      await link(ws, 'deploy/app.yaml', join(outside, 'secrets.csv'));
      await write(ws, { '.mlops.yml': deployPolicy('deploy/*.yaml') });
    },
    refusal:
      /^\.mlops\.yml: match of 'deploy\/\*\.yaml' 'deploy\/app\.yaml' leads outside the workspace through a symbolic link/,
  },
  {
    name: 'deploy: a manifest that is a symlink into .git',
    action: 'gated-deploy',
    inputs: deploy,
    async layout({ ws }) {
      await link(ws, 'deploy/app.yaml', '../.git/config');
      await write(ws, { '.mlops.yml': deployPolicy('deploy/app.yaml') });
    },
    refusal:
      /^\.mlops\.yml: match of 'deploy\/app\.yaml' 'deploy\/app\.yaml' points into \.git\/, which repository content may never read\.$/,
  },
];

describe('hostile manifest paths are refused, with nothing written', () => {
  for (const row of rows) it(`${row.action}: ${row.name}`, async () => void (await runRow(row)));
});
