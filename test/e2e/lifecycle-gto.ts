/**
 * The GTO state the lifecycle leaves: what `mlops models list|history|show` print, written out by hand as GTO
 * prints them (gto show, gto history, gto show <artifact>), and the tags themselves as git holds them. Two
 * versions of churn: v0.0.1 at the first merge, v0.0.2 at the retraining merge, each assigned to staging and
 * then production exclusively (the earlier version unassigned in the same push).
 */
import assert from 'node:assert/strict';
import { git } from '../harness/git-fixtures.js';
import { mlops, plainTable } from './lifecycle-records.js';
import type { Lifecycle } from './lifecycle-scene.js';

export async function assertGtoState(s: Lifecycle, merge1: string, merge2: string): Promise<void> {
  // GTO: as `gto show` and `gto history` print them.
  assert.equal(
    await mlops(s, ['models', 'list']),
    [
      '╒════════╤══════════╤═══════════════╤════════════╕',
      '│ name   │ latest   │ #production   │ #staging   │',
      '╞════════╪══════════╪═══════════════╪════════════╡',
      '│ churn  │ v0.0.2   │ v0.0.2        │ v0.0.2     │',
      '╘════════╧══════════╧═══════════════╧════════════╛',
      '',
    ].join('\n'),
  );
  const history = (await mlops(s, ['models', 'history', 'churn', '--plain']))
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.trim().split(/\s+/).slice(2)); // timestamp (2 words) dropped
  const [M1, M2] = [merge1.slice(0, 7), merge2.slice(0, 7)];
  assert.deepEqual(history, [
    ['churn', 'unassignment', 'v0.0.1', 'production', M1, 'churn#production!#6'],
    ['churn', 'assignment', 'v0.0.2', 'production', M2, 'churn#production#5'],
    ['churn', 'unassignment', 'v0.0.1', 'staging', M1, 'churn#staging!#4'],
    ['churn', 'assignment', 'v0.0.2', 'staging', M2, 'churn#staging#3'],
    ['churn', 'registration', 'v0.0.2', '-', M2, 'churn@v0.0.2'],
    ['churn', 'assignment', 'v0.0.1', 'production', M1, 'churn#production#2'],
    ['churn', 'assignment', 'v0.0.1', 'staging', M1, 'churn#staging#1'],
    ['churn', 'registration', 'v0.0.1', '-', M1, 'churn@v0.0.1'],
  ]);

  // `gto show churn`: v0.0.2 in both stages, v0.0.1 in none (unassigned when v0.0.2 came). GTO's stage
  // cell is its assignments newest first, distinct, joined by ', ' (gto/api.py, _show_versions).
  const shown = plainTable(await mlops(s, ['models', 'show', 'churn', '--plain']));
  shown.forEach((row) => row.splice(3, 1)); // created_at dropped
  assert.deepEqual(shown, [
    ['artifact', 'version', 'stage', 'ref'],
    ['churn', 'v0.0.2', 'production, staging', 'churn@v0.0.2'],
    ['churn', 'v0.0.1', '', 'churn@v0.0.1'],
  ]);
  // …and the tags themselves, as git holds them: each GTO tag on the commit its grammar says.
  const tags = await git(
    s.origin,
    'for-each-ref',
    '--sort=refname',
    '--format=%(refname:strip=2) %(*objectname)',
    'refs/tags',
  );
  assert.deepEqual(
    tags.split('\n').map((line) => line.split(' ')),
    [
      ['churn#production!#6', merge1],
      ['churn#production#2', merge1],
      ['churn#production#5', merge2],
      ['churn#staging!#4', merge1],
      ['churn#staging#1', merge1],
      ['churn#staging#3', merge2],
      ['churn@v0.0.1', merge1],
      ['churn@v0.0.2', merge2],
    ],
  );
}
