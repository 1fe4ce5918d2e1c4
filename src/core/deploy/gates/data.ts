/**
 * Gate `data`: the data hashes the run recorded equal the `.dvc` pointers (and `dvc.lock` entries) at the
 * commit being deployed, read from git (the pointer blobs at that commit), never downloading data. So a
 * model trained on one snapshot is not deployed from a commit that points at another.
 */

import { dataVersionsAtCommit, pointerFiles } from '../../experiments/data-versions.js';
import type { GateResult } from '../../registry/deploy-records.js';
import type { GateContext } from './context.js';

const short = (md5: string) => md5.slice(0, 8);

export async function dataGate(ctx: GateContext): Promise<GateResult[]> {
  const row = {
    gate: 'data' as const,
    subject: '',
    limit: `run hashes = pointers at ${ctx.commit.slice(0, 7)}`,
  };
  const run = ctx.run;
  if (!run)
    return [{ ...row, status: 'fail', observed: '', reason: 'no run record to read data hashes from' }];
  if (run.data.length === 0) {
    return [
      {
        ...row,
        status: 'fail',
        observed: 'no data hashes',
        reason: `run ${run.id} recorded no data versions`,
      },
    ];
  }
  const files = pointerFiles(run.data);
  const atCommit = await dataVersionsAtCommit(ctx.git, ctx.commit, files);
  const problems: string[] = [];
  for (const d of run.data) {
    const there = atCommit.get(d.path)?.md5;
    if (there === undefined) problems.push(`${d.path}: no pointer at the commit`);
    else if (there !== d.md5) problems.push(`${d.path}: run ${short(d.md5)}, commit ${short(there)}`);
  }
  const matched = run.data.length - problems.length;
  const observed = `${matched} of ${run.data.length} match`;
  if (problems.length === 0) {
    return [
      { ...row, status: 'pass', observed, reason: `every recorded hash matches (${files.join(', ')})` },
    ];
  }
  const shown =
    problems.slice(0, 5).join('; ') + (problems.length > 5 ? `; and ${problems.length - 5} more` : '');
  return [{ ...row, status: 'fail', observed, reason: shown }];
}
