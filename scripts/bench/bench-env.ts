/**
 * What every benchmark shares: where the project and its Node 24 / CLI are, and a scratch directory for
 * generated data that is removed however the run ends. MLOPS_BENCH_DIR picks the disk (default: the OS
 * temp dir; keep it off tmpfs, or file data counts against memory).
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');
export const NODE = join(ROOT, 'node_modules', 'node', 'bin', 'node');
export const CLI = join(ROOT, 'dist', 'mlops.js');
export const quick = process.argv.includes('--quick');

export function benchWorkDir(name: string): string {
  const base = process.env.MLOPS_BENCH_DIR ?? tmpdir();
  mkdirSync(base, { recursive: true });
  const work = mkdtempSync(join(base, `${name}-`));
  process.on('exit', () => rmSync(work, { recursive: true, force: true }));
  process.on('SIGINT', () => process.exit(130));
  process.on('SIGTERM', () => process.exit(143));
  process.on('SIGHUP', () => process.exit(129));
  return work;
}
