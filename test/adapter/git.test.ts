import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { Git } from '../../src/adapter/git.js';
import { GitError } from '../../src/core/git/runner.js';
import { git } from '../harness/git-fixtures.js';
import { tempDir } from '../harness/temp-dir.js';

test('runs git with an argument array: shell metacharacters stay literal', async () => {
  const dir = await tempDir();
  await git(dir, 'init', '-q');
  const wrapper = new Git(dir);
  const message = 'msg $(touch pwned) `id` ; rm -rf / && echo "x"';
  await wrapper.exec(['commit', '--allow-empty', '-q', '-m', message]);
  assert.equal(await wrapper.text(['log', '-1', '--format=%s']), message);
  assert.equal(
    await wrapper.text(['log', '-1', '--format=%an <%ae>']),
    'github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>',
  );
  // The identity came from -c; the repository config was not touched.
  assert.doesNotMatch(await readFile(join(dir, '.git', 'config'), 'utf8'), /github-actions/);
});

test('failures throw GitError with stderr unless allowed', async () => {
  const dir = await tempDir();
  await git(dir, 'init', '-q');
  const wrapper = new Git(dir);
  await assert.rejects(wrapper.exec(['rev-parse', 'no-such-ref']), (error: unknown) => {
    assert.ok(error instanceof GitError);
    assert.match(error.message, /no-such-ref/);
    return true;
  });
  const result = await wrapper.exec(['rev-parse', 'no-such-ref'], { allowFailure: true });
  assert.notEqual(result.exitCode, 0);
});

test('stdin and extra environment reach git (plumbing on a temporary index)', async () => {
  const dir = await tempDir();
  await git(dir, 'init', '-q');
  const wrapper = new Git(dir);
  const blob = await wrapper.text(['hash-object', '-w', '--stdin'], { input: 'hello\n' });
  assert.equal(blob, 'ce013625030ba8dba906f756967f9e9ca394464a'); // git's own well-known hash of "hello\n"
  const index = join(dir, 'tmp-index');
  await wrapper.exec(['update-index', '--add', '--cacheinfo', `100644,${blob},hello.txt`], {
    env: { GIT_INDEX_FILE: index },
  });
  const tree = await wrapper.text(['write-tree'], { env: { GIT_INDEX_FILE: index } });
  assert.equal(await wrapper.text(['cat-file', '-p', `${tree}:hello.txt`]), 'hello');
});
