import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dockerBuildPlan } from '../../../src/core/image/docker-engine.js';

test('engine docker: Dockerfile and buildx arguments are built from the inputs, values quoted', () => {
  const plan = dockerBuildPlan({
    files: [
      { dest: 'models/churn/model.json', source: '/ws/model/model.json', size: 3, executable: false },
      { dest: 'models/churn/sub/w.bin', source: '/ws/model/sub/w.bin', size: 9, executable: false },
    ],
    imageDir: 'models/churn',
    baseImage: 'python:3.12-slim',
    settings: {
      env: { MODEL_DIR: '/models/churn', NOTE: 'a "quoted" value' },
      entrypoint: ['python', '-m', 'serve'],
      cmd: ['--port', '8080'],
      workdir: '/models/churn',
      user: '1010',
      labels: { 'org.opencontainers.image.title': 'churn' },
    },
    platforms: ['linux/amd64', 'linux/arm64'],
    refs: ['ghcr.io/octo/churn:v1', 'ghcr.io/octo/churn:sha-3f2a9c1'],
    push: true,
    contextDir: '/tmp/ctx',
    metadataFile: '/tmp/ctx/metadata.json',
  });
  assert.equal(
    plan.dockerfile,
    [
      '# syntax=docker/dockerfile:1',
      'FROM python:3.12-slim',
      'COPY --link model/ /models/churn/',
      'ENV MODEL_DIR="/models/churn"',
      'ENV NOTE="a \\"quoted\\" value"',
      'LABEL "org.opencontainers.image.title"="churn"',
      'WORKDIR /models/churn',
      'USER 1010',
      'ENTRYPOINT ["python","-m","serve"]',
      'CMD ["--port","8080"]',
      '',
    ].join('\n'),
  );
  assert.deepEqual(plan.stage, [
    { source: '/ws/model/model.json', contextPath: 'model/model.json' },
    { source: '/ws/model/sub/w.bin', contextPath: 'model/sub/w.bin' },
  ]);
  assert.deepEqual(plan.args, [
    'buildx',
    'build',
    '--file',
    '/tmp/ctx/Dockerfile',
    '--platform',
    'linux/amd64,linux/arm64',
    '--tag',
    'ghcr.io/octo/churn:v1',
    '--tag',
    'ghcr.io/octo/churn:sha-3f2a9c1',
    '--metadata-file',
    '/tmp/ctx/metadata.json',
    '--provenance=false',
    '--push',
    '/tmp/ctx',
  ]);
});
