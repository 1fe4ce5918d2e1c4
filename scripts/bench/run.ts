/**
 * `npm run bench [-- name …]`: runs each action's benchmark (scripts/bench/<action>.ts) in turn, in its own
 * process so one's memory use does not colour another's. Each prints its own figures and ratios against a
 * baseline measured in the same run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const BENCHES = [
  'data-hash',
  'experiments',
  'drift-report',
  'build-model-image',
  'hostile-input',
  'models',
  'gitops-pin',
  'gated-deploy',
];
const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const passThrough = process.argv.slice(2).filter((a) => a.startsWith('-'));
let failed = 0;
for (const name of wanted.length > 0 ? wanted : BENCHES) {
  const file = join(import.meta.dirname, `${name}.ts`);
  if (!existsSync(file)) {
    console.log(`\n== ${name}: no benchmark in this version`);
    continue;
  }
  console.log(`\n== ${name}`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', file, ...passThrough], { stdio: 'inherit' });
  if (result.status !== 0) failed++;
}
process.exitCode = failed > 0 ? 1 : 0;
