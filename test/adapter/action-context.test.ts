/**
 * executeAction: `.mlops.yml` loaded once and applied by the precedence rule before run(); one token fallback
 * (input, else GITHUB_TOKEN), masked before anything can print it.
 */
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { z } from 'zod';
import { defineAction, executeAction } from '../../src/adapter/action.js';
import { fromConfig } from '../../src/adapter/config-inputs.js';
import type { Host } from '../../src/adapter/host.js';
import { inputs } from '../../src/adapter/inputs.js';
import { readRunnerEnv } from '../../src/adapter/runner-env.js';
import { tempDir } from '../harness/temp-dir.js';

/** A host that records what an action did to it. */
function recordingHost() {
  const secrets: string[] = [];
  const failures: string[] = [];
  const host: Host = {
    info: () => undefined,
    warning: () => undefined,
    debug: () => undefined,
    setOutput: () => undefined,
    setSecret: (value) => secrets.push(value),
    annotate: () => undefined,
    appendSummary: () => Promise.resolve(),
    fail: (message) => failures.push(message),
    group: (_name, fn) => fn(),
  };
  return { host, secrets, failures };
}

const seen: { share?: number; token?: string | undefined }[] = [];
// gated-deploy is a real action name; this definition only borrows it (outputs are not set).
const probe = defineAction({
  name: 'gated-deploy',
  schema: z.object({
    'drift-share': fromConfig('drift.drift-share', inputs.number(0, 1, 0.5)),
    token: inputs.optionalString(),
  }),
  run: (input, ctx) => {
    seen.push({ share: input['drift-share'], token: ctx.token(input.token) });
    return Promise.resolve();
  },
});

test('the workspace .mlops.yml is applied before run(); a given input still wins', async () => {
  const workspace = await tempDir();
  await writeFile(join(workspace, '.mlops.yml'), 'drift:\n  drift-share: 0.9\n');
  const env = readRunnerEnv({ GITHUB_WORKSPACE: workspace });
  seen.length = 0;
  const { host, failures } = recordingHost();
  assert.equal(await executeAction(probe, host, {}, env, {}), 0, failures.join('\n'));
  assert.equal(await executeAction(probe, host, { 'drift-share': '0.25' }, env, {}), 0);
  assert.deepEqual(
    seen.map((s) => s.share),
    [0.9, 0.25],
  );
});

test('token: the input, else GITHUB_TOKEN, masked either way; none → undefined', async () => {
  const env = readRunnerEnv({ GITHUB_WORKSPACE: await tempDir() });
  seen.length = 0;
  const given = recordingHost();
  await executeAction(probe, given.host, { token: 'ghs_input' }, env, { GITHUB_TOKEN: 'ghs_env' });
  const fromEnv = recordingHost();
  await executeAction(probe, fromEnv.host, {}, env, { GITHUB_TOKEN: 'ghs_env' });
  const none = recordingHost();
  await executeAction(probe, none.host, {}, env, {});
  assert.deepEqual(
    seen.map((s) => s.token),
    ['ghs_input', 'ghs_env', undefined],
  );
  assert.deepEqual(given.secrets, ['ghs_input']);
  assert.deepEqual(fromEnv.secrets, ['ghs_env']);
  assert.deepEqual(none.secrets, []);
});
