/**
 * Layer tars checked by independent readers: Python's tarfile (/usr/bin/python3) and GNU tar, never by
 * our own code. Covers sorting, explicit parents, owner 0/0, fixed modes with the exec bit, mtime, and
 * PAX headers for long and non-ASCII names.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { BlobStore } from '../../../src/core/image/blob-store.js';
import type { LayerPlan } from '../../../src/core/image/layer-plan.js';
import { writeLayer } from '../../../src/core/image/layer-writer.js';
import { collectModelFiles } from '../../../src/core/image/model-files.js';
import { tempDir } from '../../harness/temp-dir.js';

const LONG = `${'deep-directory-name/'.repeat(6)}weights-with-a-rather-long-file-name.safetensors`;

async function modelWorkspace(): Promise<string> {
  const ws = await tempDir('mlops-tar-');
  const files: Record<string, string> = {
    'model/config.json': '{"a": 1}\n',
    'model/b/vocab.txt': 'hello\nworld\n',
    'model/serve.sh': '#!/bin/sh\necho hi\n',
    [`model/${LONG}`]: 'long\n',
    'model/données/poids-é.bin': 'x'.repeat(1000),
    'model/a-b': '',
  };
  for (const [path, content] of Object.entries(files)) {
    await mkdir(join(ws, path, '..'), { recursive: true });
    await writeFile(join(ws, path), content);
  }
  await chmod(join(ws, 'model/serve.sh'), 0o775);
  await chmod(join(ws, 'model/config.json'), 0o600);
  return ws;
}

async function buildTar(ws: string, mtime: number): Promise<{ path: string; digest: string }> {
  const files = await collectModelFiles([{ given: 'model', absolute: join(ws, 'model') }], 'models/demo', ws);
  const plan: LayerPlan = { files, encoding: 'none' };
  const store = new BlobStore(join(ws, 'store'));
  const layer = await writeLayer(plan, mtime, store, true);
  return { path: store.path(layer.digest), digest: layer.digest };
}

const PY = `
import json, sys, tarfile
out = []
with tarfile.open(sys.argv[1]) as t:
    for m in t.getmembers():
        data = t.extractfile(m).read().decode('utf-8', 'replace') if m.isfile() else None
        out.append({'name': m.name, 'type': 'dir' if m.isdir() else 'file' if m.isfile() else m.type.decode(),
                    'mode': m.mode, 'uid': m.uid, 'gid': m.gid, 'uname': m.uname, 'gname': m.gname,
                    'mtime': m.mtime, 'size': m.size, 'pax': m.pax_headers, 'data': data})
print(json.dumps(out))
`;

interface Member {
  name: string;
  type: string;
  mode: number;
  uid: number;
  gid: number;
  uname: string;
  gname: string;
  mtime: number;
  size: number;
  pax: Record<string, string>;
  data: string | null;
}

test('layer tar: sorted, explicit parents, 0/0 owner, fixed modes, PAX for long and non-ASCII names', async () => {
  const ws = await modelWorkspace();
  const { path } = await buildTar(ws, 1_700_000_000);
  const members = JSON.parse(
    execFileSync('/usr/bin/python3', ['-c', PY, path], { encoding: 'utf8' }),
  ) as Member[];
  const names = members.map((m) => m.name);
  assert.deepEqual(names, [
    'models',
    'models/demo',
    'models/demo/a-b',
    'models/demo/b',
    'models/demo/b/vocab.txt',
    'models/demo/config.json',
    'models/demo/deep-directory-name',
    ...Array.from(
      { length: 5 },
      (_, i) => `models/demo/${'deep-directory-name/'.repeat(i + 2).slice(0, -1)}`,
    ),
    `models/demo/${LONG}`,
    'models/demo/données',
    'models/demo/données/poids-é.bin',
    'models/demo/serve.sh',
  ]);
  for (const m of members) {
    assert.equal(m.uid, 0, m.name);
    assert.equal(m.gid, 0, m.name);
    assert.equal(m.uname, '', m.name);
    assert.equal(m.gname, '', m.name);
    assert.equal(m.mtime, 1_700_000_000, m.name);
    if (m.type === 'dir') assert.equal(m.mode, 0o755, m.name);
  }
  const byName = new Map(members.map((m) => [m.name, m]));
  assert.equal(byName.get('models/demo/serve.sh')!.mode, 0o755, 'executable bit kept');
  assert.equal(byName.get('models/demo/config.json')!.mode, 0o644, 'private mode normalised');
  assert.equal(byName.get('models/demo/config.json')!.data, '{"a": 1}\n');
  assert.equal(byName.get('models/demo/données/poids-é.bin')!.size, 1000);
  assert.ok(byName.get(`models/demo/${LONG}`)!.pax.path, 'long name carried in a PAX header');
  assert.ok(byName.get('models/demo/données')!.pax.path, 'non-ASCII name carried in a PAX header');
  assert.deepEqual(byName.get('models/demo/config.json')!.pax, {}, 'short ASCII names need no PAX header');
  // GNU tar reads it too (and checks header checksums).
  const listing = execFileSync('tar', ['-tvf', path], { encoding: 'utf8' });
  assert.match(listing, /^-rwxr-xr-x 0\/0 +18 \S+ \S+ models\/demo\/serve\.sh$/m);
});

test('layer tar: same files and mtime give the same bytes; another mtime changes the digest', async () => {
  const ws = await modelWorkspace();
  const first = await buildTar(ws, 1_700_000_000);
  const firstBytes = await readFile(first.path);
  const second = await buildTar(ws, 1_700_000_000);
  assert.equal(second.digest, first.digest);
  assert.deepEqual(await readFile(second.path), firstBytes);
  const other = await buildTar(ws, 1_700_000_001);
  assert.notEqual(other.digest, first.digest);
});
