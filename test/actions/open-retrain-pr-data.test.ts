/**
 * The new data snapshot a retrain pull request carries, through the runner-faithful executor: the branch's
 * `.dvc` pointers hold the hashes DVC would compute (md5 of the bytes; a directory's md5 of its `.dir`
 * manifest, written here by hand in DVC's format), `.gitignore` gains the entries next to what base had,
 * the data remote holds the objects, and `mlops data-hash pull` in a fresh clone of the branch restores the
 * data byte for byte.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { git, writeFiles } from '../harness/git-fixtures.js';
import { runCli } from '../harness/run-action.js';
import { tempDir } from '../harness/temp-dir.js';
import { BRANCH, handReport, retrainProject, TOKEN, writeReport } from './retrain-fixture.js';

const md5 = (text: string) => createHash('md5').update(text).digest('hex');
const CURRENT = 'id,amount\n1,10.5\n2,11.25\n3,9.75\n';
const IMAGE_A = 'image a bytes';
const IMAGE_B = 'image b bytes, longer';

describe('open-retrain-pr with data: the snapshot travels as pointers, the data through the remote', () => {
  it('pointers with DVC hashes, .gitignore lines, objects on the remote, and pull restores the data', async () => {
    const p = await retrainProject({ files: { 'data/.gitignore': '/train.csv\n' } });
    try {
      await writeFiles(p.ws, {
        'data/current.csv': CURRENT,
        'data/images/a.png': IMAGE_A,
        'data/images/b.png': IMAGE_B,
      });
      const report = await writeReport(p.ws, 'drift/report.json', handReport([{ name: 'amount', p: 0.001 }]));
      const run = await p.run({
        'drift-report': report,
        data: 'data/current.csv\ndata/images',
        remote: p.dataRemote,
        draft: 'true',
      });
      assert.equal(run.exitCode, 0, run.stdout);
      assert.equal(run.outputs['pull-request-operation'], 'created');
      const pr = (await (
        await fetch(`${p.api.url}/repos/octo-org/ml-project/pulls/1`, {
          headers: { authorization: `token ${TOKEN}` },
        })
      ).json()) as { draft: boolean };
      assert.equal(pr.draft, true);

      // The manifest as DVC writes it: json.dumps of the sorted entries, then md5 + ".dir".
      const manifest = `[{"md5": "${md5(IMAGE_A)}", "relpath": "a.png"}, {"md5": "${md5(IMAGE_B)}", "relpath": "b.png"}]`;
      const dirMd5 = `${md5(manifest)}.dir`;
      assert.equal(
        await p.show('data/current.csv.dvc'),
        `outs:\n- md5: ${md5(CURRENT)}\n  size: ${CURRENT.length}\n  hash: md5\n  path: current.csv`,
      );
      assert.equal(
        await p.show('data/images.dvc'),
        `outs:\n- md5: ${dirMd5}\n  size: ${IMAGE_A.length + IMAGE_B.length}\n  nfiles: 2\n  hash: md5\n  path: images`,
      );
      assert.equal(await p.show('data/.gitignore'), '/train.csv\n/current.csv\n/images');
      const changed = (await git(p.repo.origin, 'diff', '--name-only', p.mainSha, BRANCH)).split('\n').sort();
      assert.deepEqual(changed, [
        '.dvc/.gitignore',
        'data/.gitignore',
        'data/current.csv.dvc',
        'data/images.dvc',
        'retrain/churn/request.json',
      ]);
      const request = JSON.parse(await p.show('retrain/churn/request.json')) as { data: unknown };
      assert.deepEqual(request.data, [
        {
          path: 'data/current.csv',
          pointer: 'data/current.csv.dvc',
          md5: md5(CURRENT),
          size: CURRENT.length,
          nfiles: 1,
        },
        {
          path: 'data/images',
          pointer: 'data/images.dvc',
          md5: dirMd5,
          size: IMAGE_A.length + IMAGE_B.length,
          nfiles: 2,
        },
      ]);

      // The remote holds every object (DVC 3 layout) before the PR existed; a fresh clone pulls them.
      for (const hash of [md5(CURRENT), md5(IMAGE_A), md5(IMAGE_B), dirMd5]) {
        assert.ok(existsSync(join(p.dataRemote, 'files', 'md5', hash.slice(0, 2), hash.slice(2))), hash);
      }
      const clone = join(await tempDir('mlops-reviewer-'), 'clone');
      await git(p.repo.work, 'clone', '-q', '--branch', BRANCH, p.repo.originUrl, clone);
      const pulled = await runCli(['data-hash', 'pull', '--remote', p.dataRemote], { cwd: clone });
      assert.equal(pulled.exitCode, 0, pulled.stderr);
      assert.equal(await readFile(join(clone, 'data', 'current.csv'), 'utf8'), CURRENT);
      assert.equal(await readFile(join(clone, 'data', 'images', 'b.png'), 'utf8'), IMAGE_B);
      // The pulled data is ignored, as dvc add leaves it.
      assert.equal(await git(clone, 'status', '--porcelain'), '');

      // A rerun with the same data and evidence pushes nothing.
      const tip = await p.tip();
      p.api.resetLog();
      const again = await p.run({
        'drift-report': report,
        data: 'data/current.csv\ndata/images',
        remote: p.dataRemote,
      });
      assert.equal(again.outputs['pull-request-operation'], 'unchanged', again.stdout);
      assert.equal(await p.tip(), tip);
      assert.deepEqual(p.api.writes(), []);

      // New data: the pointer moves, the PR is updated.
      await writeFiles(p.ws, { 'data/current.csv': `${CURRENT}4,12\n` });
      const moved = await p.run({
        'drift-report': report,
        data: 'data/current.csv\ndata/images',
        remote: p.dataRemote,
      });
      assert.equal(moved.outputs['pull-request-operation'], 'updated', moved.stdout);
      assert.match(await p.show('data/current.csv.dvc'), new RegExp(`md5: ${md5(`${CURRENT}4,12\n`)}`));
      assert.equal(await p.show('data/.gitignore'), '/train.csv\n/current.csv\n/images');
      assert.deepEqual(p.api.responseErrors, []);
    } finally {
      await p.close();
    }
  });
});
