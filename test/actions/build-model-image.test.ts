/**
 * build-model-image end to end through the runner-faithful executor, checked with real tools: Debian's
 * docker-registry on 127.0.0.1, skopeo (re-verifies every digest), umoci + runc (runs the image).
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { chmod, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { promisify } from 'node:util';
import { git } from '../harness/git-fixtures.js';
import { haveTool, pushBusyboxBase, startRegistry, type TestRegistry } from '../harness/registry.js';
import { NODE20, NODE24, runAction } from '../harness/run-action.js';
import { tempDir } from '../harness/temp-dir.js';

const exec = promisify(execFile);
const TOOLS = ['docker-registry', 'skopeo', 'umoci', 'runc', 'busybox', 'htpasswd'];
const missing = TOOLS.filter((t) => !haveTool(t));
if (missing.length > 0 && process.env.CI === 'true') {
  throw new Error(`build-model-image tests need ${missing.join(', ')} (installed by .ci/run)`);
}
const skip = missing.length > 0 ? `needs ${missing.join(', ')}` : false;

const SHA = '3f2a9c1e5b7d4f60a1b2c3d4e5f60718293a4b5c';

/** A git workspace with a model, a .dvc pointer and metrics.json, committed (commit time = build time). */
async function workspace(): Promise<string> {
  const ws = await tempDir('mlops-image-ws-');
  await mkdir(join(ws, 'model', 'tokenizer'), { recursive: true });
  await writeFile(join(ws, 'model', 'model.json'), JSON.stringify({ weights: [0.1, 0.2, 0.3], bias: 0.5 }));
  await writeFile(join(ws, 'model', 'tokenizer', 'vocab.txt'), 'a\nb\nc\n'.repeat(1000));
  // 1.5 MiB of incompressible "weights" (deterministic).
  const weights = Buffer.alloc(1.5 * 1024 * 1024);
  for (let i = 0; i < weights.length; i += 4)
    weights.writeUInt32LE((Math.imul(i + 1, 2654435761) ^ (i >>> 3)) >>> 0, i);
  await writeFile(join(ws, 'model', 'weights.bin'), weights);
  await writeFile(join(ws, 'model', 'serve.sh'), '#!/bin/sh\necho serving\n');
  await chmod(join(ws, 'model', 'serve.sh'), 0o755);
  await writeFile(
    join(ws, 'data.dvc'),
    'outs:\n- md5: 3863d0ff1fe8ab9a1ec2bdd1fa2e1e1e.dir\n  size: 120\n  nfiles: 2\n  hash: md5\n  path: data\n',
  );
  await writeFile(join(ws, 'metrics.json'), JSON.stringify({ accuracy: 0.931, eval: { loss: 0.21 } }));
  await git(ws, 'init', '-q');
  await git(ws, 'add', '-A');
  process.env.GIT_COMMITTER_DATE = '2024-05-01T12:00:00Z';
  try {
    await git(ws, 'commit', '-q', '-m', 'model', '--date', '2024-05-01T12:00:00Z');
  } finally {
    delete process.env.GIT_COMMITTER_DATE;
  }
  return ws;
}

let registry: TestRegistry;
before(async () => {
  if (!skip) registry = await startRegistry();
});
after(async () => {
  await registry?.stop();
});

async function inspect(ref: string, ...args: string[]): Promise<Record<string, unknown>> {
  const { stdout } = await exec('skopeo', ['inspect', '--tls-verify=false', ...args, `docker://${ref}`]);
  return JSON.parse(stdout) as Record<string, unknown>;
}

test(
  'pushes a reproducible image whose digest skopeo confirms, with provenance labels and a summary',
  { skip },
  async () => {
    const ws = await workspace();
    const image = `${registry.host}/octo-org/churn-model`;
    const inputs = {
      model: 'model',
      name: 'churn',
      image,
      tags: 'candidate',
      'run-id': 'run-42',
      description: 'Churn model',
    };
    const env = { GITHUB_SHA: SHA, GITHUB_REF: 'refs/tags/v1.4.0' };
    const first = await runAction({ action: 'build-model-image', workspace: ws, inputs, env });
    assert.equal(first.exitCode, 0, first.stderr + first.stdout);
    const digest = first.outputs.digest!;
    assert.match(digest, /^sha256:[0-9a-f]{64}$/);
    assert.equal(first.outputs['image-ref'], `${image}@${digest}`);
    assert.deepEqual(JSON.parse(first.outputs.tags!), ['candidate', '1.4.0', 'sha-3f2a9c1']);

    const inspected = await inspect(`${image}:sha-3f2a9c1`);
    assert.equal(inspected.Digest, digest, 'skopeo reads the digest we reported');
    assert.deepEqual(new Set(inspected.RepoTags as string[]), new Set(['candidate', '1.4.0', 'sha-3f2a9c1']));
    const labels = inspected.Labels as Record<string, string>;
    assert.equal(labels['org.opencontainers.image.source'], 'https://github.com/octo-org/ml-project');
    assert.equal(labels['org.opencontainers.image.revision'], SHA);
    assert.equal(labels['org.opencontainers.image.created'], '2024-05-01T12:00:00Z');
    assert.equal(labels['org.opencontainers.image.version'], '1.4.0');
    assert.equal(labels['org.opencontainers.image.title'], 'churn');
    assert.equal(labels['org.opencontainers.image.description'], 'Churn model');
    assert.equal(labels['org.mlops-actions.run-id'], 'run-42');
    assert.equal(labels['org.mlops-actions.data.data'], 'md5:3863d0ff1fe8ab9a1ec2bdd1fa2e1e1e.dir');
    assert.equal(labels['org.mlops-actions.metric.accuracy'], '0.931');
    assert.equal(labels['org.mlops-actions.metric.eval.loss'], '0.21');
    assert.equal(inspected.Created, '2024-05-01T12:00:00Z', 'created = commit time, not now');
    assert.equal(inspected.Architecture, 'amd64');

    const size = Number(first.outputs.size);
    const raw = JSON.parse(
      (await exec('skopeo', ['inspect', '--raw', '--tls-verify=false', `docker://${image}:candidate`]))
        .stdout,
    ) as {
      mediaType: string;
      config: { size: number };
      layers: { mediaType: string; size: number }[];
    };
    assert.equal(raw.mediaType, 'application/vnd.oci.image.manifest.v1+json');
    assert.equal(size, raw.config.size + raw.layers.reduce((s, l) => s + l.size, 0));
    assert.deepEqual(
      raw.layers.map((l) => l.mediaType),
      ['application/vnd.oci.image.layer.v1.tar', 'application/vnd.oci.image.layer.v1.tar+gzip'],
      'incompressible weights uncompressed, the rest gzip',
    );

    assert.match(first.summary, new RegExp(digest));
    assert.match(first.summary, /\| Layer \| Files \| Compression \| Size \| Digest \|/);
    assert.match(first.summary, /org\.opencontainers\.image\.revision/);

    // Rerun: identical digest, nothing uploaded again.
    const second = await runAction({ action: 'build-model-image', workspace: ws, inputs, env });
    assert.equal(second.exitCode, 0, second.stderr);
    assert.equal(second.outputs.digest, digest);
    assert.match(second.summary, /0 uploaded, 0 mounted, 3 already there/);
  },
);

test(
  'same digest under Node 20 and Node 24, for uncompressed, LZ gzip and Huffman gzip layers',
  { skip },
  async () => {
    const ws = await workspace();
    const digests: string[] = [];
    for (const node of [NODE24, NODE20]) {
      for (const compression of ['auto', 'gzip']) {
        const run = await runAction({
          action: 'build-model-image',
          workspace: ws,
          node,
          inputs: { model: 'model', name: 'churn', 'oci-layout': `out-${compression}`, compression },
          env: { GITHUB_SHA: SHA },
        });
        assert.equal(run.exitCode, 0, run.stderr + run.stdout);
        digests.push(run.outputs.digest!);
      }
    }
    assert.equal(digests[0], digests[2], 'auto: Node 24 = Node 20');
    assert.equal(digests[1], digests[3], 'gzip: Node 24 = Node 20');
    assert.notEqual(digests[0], digests[1]);
    // skopeo re-verifies every blob of the layout we wrote.
    const { stdout } = await exec('skopeo', ['inspect', `oci:${join(ws, 'out-gzip')}:sha-3f2a9c1`]);
    assert.equal((JSON.parse(stdout) as { Digest: string }).Digest, digests[1]);
    const index = JSON.parse(await readFile(join(ws, 'out-gzip', 'index.json'), 'utf8')) as {
      manifests: unknown[];
    };
    assert.equal(index.manifests.length, 1, 'a rerun replaced the tag instead of adding a duplicate');
  },
);

test(
  'appends to a busybox base (mounted across repositories) and runc runs the entrypoint seeing the model',
  { skip },
  async () => {
    const base = await pushBusyboxBase(registry, 'base/busybox', '1.0');
    const ws = await workspace();
    const image = `${registry.host}/octo-org/served-model`;
    const run = await runAction({
      action: 'build-model-image',
      workspace: ws,
      inputs: {
        model: 'model',
        name: 'churn',
        image,
        tags: 'run',
        'base-image': base,
        entrypoint: '["/bin/busybox", "sh", "-c"]',
        cmd: '["ls -l /models/churn && cat /models/churn/model.json && echo MODEL_NAME=$MODEL_NAME && /bin/busybox sh /models/churn/serve.sh"]',
        env: 'MODEL_NAME=churn',
      },
      env: { GITHUB_SHA: SHA },
    });
    assert.equal(run.exitCode, 0, run.stderr + run.stdout);
    assert.match(run.summary, /1 mounted/, 'the base layer was mounted from base/busybox, not uploaded');
    const inspected = await inspect(`${image}:run`, '--config');
    const config = inspected as {
      config: { Env: string[] };
      rootfs: { diff_ids: string[] };
      history: unknown[];
    };
    assert.deepEqual(config.config.Env, ['PATH=/bin', 'MODEL_NAME=churn'], 'base env kept, ours appended');
    assert.equal(config.rootfs.diff_ids.length, 3);

    const dir = await tempDir('mlops-runc-');
    await exec('skopeo', [
      'copy',
      '--src-tls-verify=false',
      `docker://${image}:run`,
      `oci:${join(dir, 'layout')}:run`,
    ]);
    await exec('umoci', [
      'unpack',
      '--rootless',
      '--image',
      `${join(dir, 'layout')}:run`,
      join(dir, 'bundle'),
    ]);
    const configPath = join(dir, 'bundle', 'config.json');
    const bundleConfig = JSON.parse(await readFile(configPath, 'utf8')) as { process: { terminal: boolean } };
    bundleConfig.process.terminal = false;
    await writeFile(configPath, JSON.stringify(bundleConfig));
    const id = `mlops-test-${process.pid}`;
    const { stdout } = await exec('runc', [
      '--root',
      join(dir, 'runc'),
      'run',
      '--bundle',
      join(dir, 'bundle'),
      id,
    ]);
    assert.match(stdout, /-rwxr-xr-x +1 0 +0 +\d+ .* serve\.sh/);
    assert.match(stdout, /weights\.bin/);
    assert.match(stdout, /\{"weights":\[0\.1,0\.2,0\.3\],"bias":0\.5\}/);
    assert.match(stdout, /MODEL_NAME=churn/);
    assert.match(stdout, /serving/);
  },
);

test(
  "the workflow author's paths may be outside the workspace: a model on a volume, oci-layout in runner.temp",
  { skip },
  async () => {
    const ws = await workspace();
    const volume = await tempDir('mlops-image-volume-');
    const runnerTemp = await tempDir('mlops-image-runner-temp-');
    await rename(join(ws, 'model'), join(volume, 'model'));
    const layout = join(runnerTemp, 'image');
    const run = await runAction({
      action: 'build-model-image',
      workspace: ws,
      runnerTemp,
      inputs: { model: join(volume, 'model'), name: 'churn', 'oci-layout': layout },
      env: { GITHUB_SHA: SHA },
    });
    assert.equal(run.exitCode, 0, run.stderr + run.stdout);
    // skopeo reads the layout back and finds the image the step reported.
    const { stdout } = await exec('skopeo', ['inspect', `oci:${layout}:sha-3f2a9c1`]);
    assert.equal((JSON.parse(stdout) as { Digest: string }).Digest, run.outputs.digest);
  },
);

test('a Docker v2 base keeps Docker media types; several platforms make an index', { skip }, async () => {
  const base = await pushBusyboxBase(registry, 'base/busybox-v2', '1.0', 'v2s2');
  const ws = await workspace();
  const image = `${registry.host}/octo-org/docker-family`;
  const docker = await runAction({
    action: 'build-model-image',
    workspace: ws,
    inputs: { model: 'model', name: 'churn', image, tags: 'v1', 'base-image': base },
    env: { GITHUB_SHA: SHA },
  });
  assert.equal(docker.exitCode, 0, docker.stderr + docker.stdout);
  const raw = JSON.parse(
    (await exec('skopeo', ['inspect', '--raw', '--tls-verify=false', `docker://${image}:v1`])).stdout,
  ) as { mediaType: string; config: { mediaType: string }; layers: { mediaType: string }[] };
  assert.equal(raw.mediaType, 'application/vnd.docker.distribution.manifest.v2+json');
  assert.equal(raw.config.mediaType, 'application/vnd.docker.container.image.v1+json');
  assert.ok(raw.layers.every((l) => l.mediaType.startsWith('application/vnd.docker.image.rootfs.diff.tar')));
  assert.equal((await inspect(`${image}:v1`)).Digest, docker.outputs.digest);

  const multi = await runAction({
    action: 'build-model-image',
    workspace: ws,
    inputs: {
      model: 'model',
      name: 'churn',
      image: `${image}-multi`,
      tags: 'v1',
      platform: 'linux/amd64,linux/arm64',
    },
    env: { GITHUB_SHA: SHA },
  });
  assert.equal(multi.exitCode, 0, multi.stderr + multi.stdout);
  const index = JSON.parse(
    (await exec('skopeo', ['inspect', '--raw', '--tls-verify=false', `docker://${image}-multi:v1`])).stdout,
  ) as { mediaType: string; manifests: { platform: { architecture: string } }[] };
  assert.equal(index.mediaType, 'application/vnd.oci.image.index.v1+json');
  assert.deepEqual(
    index.manifests.map((m) => m.platform.architecture),
    ['amd64', 'arm64'],
  );
  const arm = JSON.parse(
    (
      await exec('skopeo', [
        'inspect',
        '--tls-verify=false',
        '--override-arch',
        'arm64',
        '--config',
        `docker://${image}-multi:v1`,
      ])
    ).stdout,
  ) as { architecture: string };
  assert.equal(arm.architecture, 'arm64');
});

test(
  'a base on another registry is copied (not mounted), and the OCI layout gets every blob',
  { skip },
  async () => {
    const other = await startRegistry();
    try {
      const base = await pushBusyboxBase(other, 'library/busybox', '1.0');
      const ws = await workspace();
      const image = `${registry.host}/octo-org/copied-base`;
      const run = await runAction({
        action: 'build-model-image',
        workspace: ws,
        inputs: {
          model: 'model',
          name: 'churn',
          image,
          tags: 'v1',
          'base-image': base,
          'oci-layout': 'image',
        },
        env: { GITHUB_SHA: SHA },
      });
      assert.equal(run.exitCode, 0, run.stderr + run.stdout);
      assert.match(run.summary, /4 uploaded, 0 mounted/);
      assert.equal((await inspect(`${image}:v1`)).Digest, run.outputs.digest);
      // skopeo re-reads and verifies every blob of the layout, base layer included.
      const dir = await tempDir('mlops-layout-copy-');
      await exec('skopeo', ['copy', `oci:${join(ws, 'image')}:v1`, `dir:${dir}`]);
      const { stdout } = await exec('skopeo', ['inspect', `oci:${join(ws, 'image')}:v1`]);
      assert.equal((JSON.parse(stdout) as { Digest: string }).Digest, run.outputs.digest);
    } finally {
      await other.stop();
    }
  },
);

test('engine: docker runs docker buildx with a generated Dockerfile (docker stand-in on PATH)', async () => {
  // No Docker daemon here: a stand-in `docker` records its arguments, the Dockerfile and the context,
  // and writes the metadata file buildx would write.
  const bin = await tempDir('mlops-fake-docker-');
  const record = join(bin, 'record');
  await writeFile(
    join(bin, 'docker'),
    [
      '#!/bin/sh',
      `printf '%s\\n' "$@" > ${record}.args`,
      'while [ $# -gt 0 ]; do',
      '  case "$1" in',
      `    --file) cp "$2" ${record}.dockerfile; shift ;;`,
      '    --metadata-file) meta="$2"; shift ;;',
      '  esac',
      '  last="$1"; shift',
      'done',
      `(cd "$last" && find model -type f | sort) > ${record}.context`,
      'printf \'{"containerimage.digest": "sha256:%064d"}\' 7 > "$meta"',
      '',
    ].join('\n'),
  );
  await chmod(join(bin, 'docker'), 0o755);
  const ws = await workspace();
  const run = await runAction({
    action: 'build-model-image',
    workspace: ws,
    inputs: {
      model: 'model',
      name: 'churn',
      image: 'ghcr.io/octo-org/churn',
      engine: 'docker',
      'base-image': 'python:3.12-slim',
    },
    env: { GITHUB_SHA: SHA, PATH: `${bin}:${process.env.PATH ?? ''}` },
  });
  assert.equal(run.exitCode, 0, run.stderr + run.stdout);
  assert.equal(run.outputs.digest, `sha256:${'7'.padStart(64, '0')}`);
  assert.equal(run.outputs['image-ref'], `ghcr.io/octo-org/churn@sha256:${'7'.padStart(64, '0')}`);
  const args = (await readFile(`${record}.args`, 'utf8')).trim().split('\n');
  assert.deepEqual(args.slice(0, 2), ['buildx', 'build']);
  assert.ok(args.includes('ghcr.io/octo-org/churn:sha-3f2a9c1'));
  assert.ok(args.includes('--push'));
  const dockerfile = await readFile(`${record}.dockerfile`, 'utf8');
  assert.match(dockerfile, /^FROM python:3\.12-slim$/m);
  assert.match(dockerfile, /^COPY --link model\/ \/models\/churn\/$/m);
  assert.match(
    dockerfile,
    /^LABEL "org\.opencontainers\.image\.revision"="3f2a9c1e5b7d4f60a1b2c3d4e5f60718293a4b5c"$/m,
  );
  assert.equal(
    await readFile(`${record}.context`, 'utf8'),
    'model/model.json\nmodel/serve.sh\nmodel/tokenizer/vocab.txt\nmodel/weights.bin\n',
  );
});
