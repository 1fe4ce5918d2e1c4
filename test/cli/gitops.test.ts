/**
 * `mlops gitops pin` as a real process on copies of the golden manifests: files written byte-exact and
 * in place (mode kept, symlinks followed), the JSON report, no-ops not rewritten, and bad input leaving
 * every file untouched.
 */
import assert from 'node:assert/strict';
import { chmod, cp, lstat, readFile, stat, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { PROJECT_ROOT, runCli } from '../harness/run-action.js';
import { tempDir } from '../harness/temp-dir.js';
import { D, FIXTURES } from '../core/gitops/golden-cases.js';

/** `mlops …` as a terminal runs it (dist/mlops.js on Node 24), with its exit code as `code`. */
async function mlops(args: string[], cwd = PROJECT_ROOT) {
  const run = await runCli(args, { cwd });
  return { code: run.exitCode, stdout: run.stdout, stderr: run.stderr };
}

const IMAGE = `ghcr.io/acme/churn@${D}`;

/** Copies of golden inputs into one directory, as `<case>-<file>` (kustomization.yaml keeps its name). */
async function workspace(files: [golden: string, file: string, as: string][]): Promise<string> {
  const dir = await tempDir('mlops-gitops-cli-');
  for (const [golden, file, as] of files) await cp(join(FIXTURES, golden, 'input', file), join(dir, as));
  return dir;
}

const expected = (golden: string, file: string) => readFile(join(FIXTURES, golden, 'expected', file));

async function snapshot(dir: string, names: string[]): Promise<string[]> {
  return Promise.all(names.map(async (n) => (await readFile(join(dir, n))).toString('base64')));
}

describe('mlops gitops pin', () => {
  it('pins every file byte-exact and prints the changed files as JSON', async () => {
    const dir = await workspace([
      ['deployment-flux', 'churn.yaml', 'churn.yaml'],
      ['crlf-bom-container', 'deployment.yaml', 'windows.yaml'],
      ['kustomize-entry', 'kustomization.yaml', 'kustomization.yaml'],
      ['helm-values', 'values.yaml', 'values.yaml'],
      ['already-pinned', 'deployment.yaml', 'pinned.yaml'],
    ]);
    await chmod(join(dir, 'values.yaml'), 0o664); // group-writable: more than the usual umask lets through
    const pinnedBefore = await stat(join(dir, 'pinned.yaml'));
    const run = await mlops(
      [
        'gitops',
        'pin',
        '--image',
        IMAGE,
        '--files',
        'churn.yaml',
        '--files',
        join(dir, 'kustomization.yaml'),
        '--files',
        'values.yaml',
        '--files=pinned.yaml',
      ],
      dir,
    );
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stderr, '');
    const report = JSON.parse(run.stdout) as {
      image: string;
      changed: string[];
      unchanged: string[];
      files: {
        file: string;
        changed: boolean;
        changes: { path: string; old: string | null; new: string }[];
      }[];
    };
    assert.equal(report.image, IMAGE);
    assert.deepEqual(report.changed, ['churn.yaml', join(dir, 'kustomization.yaml'), 'values.yaml']);
    assert.deepEqual(report.unchanged, ['pinned.yaml']);
    assert.deepEqual(
      report.files.map((f) => f.changes.map((c) => [c.path, c.old, c.new])),
      [
        [
          [
            'spec.template.spec.containers[0].image',
            'ghcr.io/acme/churn:v1.2.0',
            `ghcr.io/acme/churn:v1.2.0@${D}`,
          ],
        ],
        [['images[1].digest', null, D]],
        [
          ['image.repository', 'ghcr.io/acme/churn', 'ghcr.io/acme/churn'],
          ['image.tag', 'v1.2.0', `v1.2.0@${D}`],
        ],
        [
          [
            'spec.template.spec.containers[0].image',
            `ghcr.io/acme/churn:v1.2.0@${D}`,
            `ghcr.io/acme/churn:v1.2.0@${D}`,
          ],
        ],
      ],
    );
    assert.deepEqual(
      await readFile(join(dir, 'churn.yaml')),
      await expected('deployment-flux', 'churn.yaml'),
    );
    assert.deepEqual(
      await readFile(join(dir, 'kustomization.yaml')),
      await expected('kustomize-entry', 'kustomization.yaml'),
    );
    assert.deepEqual(await readFile(join(dir, 'values.yaml')), await expected('helm-values', 'values.yaml'));
    assert.equal((await stat(join(dir, 'values.yaml'))).mode & 0o777, 0o664, 'file mode kept');
    const pinnedAfter = await stat(join(dir, 'pinned.yaml'));
    assert.equal(pinnedAfter.ino, pinnedBefore.ino, 'an already pinned file is not rewritten');
    assert.equal(pinnedAfter.mtimeMs, pinnedBefore.mtimeMs);

    // --container, CRLF and BOM through the CLI; a second run changes nothing
    const windows = await mlops(
      ['gitops', 'pin', '--image', IMAGE, '--files', 'windows.yaml', '--container', 'server'],
      dir,
    );
    assert.equal(windows.code, 0, windows.stderr);
    assert.deepEqual(
      await readFile(join(dir, 'windows.yaml')),
      await expected('crlf-bom-container', 'deployment.yaml'),
    );
    const again = await mlops(
      ['gitops', 'pin', '--image', IMAGE, '--files', 'windows.yaml', '--container', 'server'],
      dir,
    );
    assert.deepEqual((JSON.parse(again.stdout) as { changed: string[] }).changed, []);
  });

  it('--keys and --dry-run; a symlinked file is written through the link', async () => {
    const dir = await workspace([['helm-digest-key', 'values-production.yaml', 'real.yaml']]);
    await symlink('real.yaml', join(dir, 'values-production.yaml'));
    const dry = await mlops(
      [
        'gitops',
        'pin',
        '--image',
        IMAGE,
        '--files',
        'values-production.yaml',
        '--keys',
        'image.digest',
        '--dry-run',
      ],
      dir,
    );
    assert.equal(dry.code, 0, dry.stderr);
    assert.deepEqual((JSON.parse(dry.stdout) as { changed: string[] }).changed, ['values-production.yaml']);
    assert.deepEqual(
      await readFile(join(dir, 'real.yaml')),
      await readFile(join(FIXTURES, 'helm-digest-key', 'input', 'values-production.yaml')),
    );
    const run = await mlops(
      ['gitops', 'pin', '--image', IMAGE, '--files', 'values-production.yaml', '--keys=image.digest'],
      dir,
    );
    assert.equal(run.code, 0, run.stderr);
    assert.ok((await lstat(join(dir, 'values-production.yaml'))).isSymbolicLink(), 'the link stays a link');
    assert.deepEqual(
      await readFile(join(dir, 'real.yaml')),
      await expected('helm-digest-key', 'values-production.yaml'),
    );
  });

  describe('bad input: one error, exit 1, nothing written', () => {
    const cases: [string, (dir: string) => string[] | Promise<string[]>, RegExp][] = [
      [
        'not a digest reference',
        () => ['--image', 'ghcr.io/acme/churn:v2', '--files', 'churn.yaml', '--files', 'values.yaml'],
        /'ghcr\.io\/acme\/churn:v2' has no digest/,
      ],
      [
        'a missing file',
        () => ['--image', IMAGE, '--files', 'churn.yaml', '--files', 'nope.yaml', '--files', 'values.yaml'],
        /--files: cannot read 'nope\.yaml': no such file\./,
      ],
      [
        'a YAML syntax error in one file',
        async (dir) => {
          await writeFile(join(dir, 'broken.yaml'), 'image:\n  repository: ghcr.io/acme/churn\n  tag: "v1\n');
          return [
            '--image',
            IMAGE,
            '--files',
            'churn.yaml',
            '--files',
            'broken.yaml',
            '--files',
            'values.yaml',
          ];
        },
        // the parser notices the unclosed quote at the end of the input
        /^error: broken\.yaml:4:1: YAML syntax error: Missing closing "quote\.$/m,
      ],
      [
        'a container that is not there',
        () => ['--image', IMAGE, '--files', 'churn.yaml', '--container', 'api', '--files', 'values.yaml'],
        /churn\.yaml: no container named 'api'\. Containers here: Deployment\/churn initContainer 'fetch-config' \(busybox:1\.36\)/,
      ],
      [
        'a directory',
        () => ['--image', IMAGE, '--files', 'values.yaml', '--files', '.'],
        /--files: '\.' is not a file\./,
      ],
      ['no --files', () => ['--image', IMAGE], /--files is required/],
      [
        'an unknown option',
        () => ['--image', IMAGE, '--files', 'churn.yaml', '--tag', 'x'],
        /Unknown option --tag\. Known: --image, --files/,
      ],
      [
        'the same file twice under two names',
        (dir) => ['--image', IMAGE, '--files', 'churn.yaml', '--files', join(dir, 'churn.yaml')],
        /are the same file/,
      ],
      [
        'a file that is not UTF-8',
        async (dir) => {
          await writeFile(join(dir, 'latin1.yaml'), Buffer.from('image:\n  repository: caf\xe9\n', 'latin1'));
          return ['--image', IMAGE, '--files', 'churn.yaml', '--files', 'latin1.yaml'];
        },
        /latin1\.yaml: not UTF-8 text\./,
      ],
    ];
    for (const [name, args, message] of cases) {
      it(name, async () => {
        const dir = await workspace([
          ['deployment-flux', 'churn.yaml', 'churn.yaml'],
          ['helm-values', 'values.yaml', 'values.yaml'],
        ]);
        const before = await snapshot(dir, ['churn.yaml', 'values.yaml']);
        const run = await mlops(['gitops', 'pin', ...(await args(dir))], dir);
        assert.equal(run.code, 1);
        assert.equal(run.stdout, '');
        assert.match(run.stderr, message);
        assert.equal(run.stderr.trim().split('\n').length, 1, `one line: ${run.stderr}`);
        assert.deepEqual(await snapshot(dir, ['churn.yaml', 'values.yaml']), before);
      });
    }
  });

  it('usage: `mlops gitops` alone exits 2, --help exits 0, listed in mlops --help', async () => {
    const bare = await mlops(['gitops']);
    assert.equal(bare.code, 2);
    assert.match(bare.stdout, /^Usage: mlops gitops pin --image/);
    const help = await mlops(['gitops', 'pin', '--help']);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /--container NAME/);
    const top = await mlops(['--help']);
    assert.match(top.stdout, /^ {2}gitops +Pin an image digest/m);
  });
});
