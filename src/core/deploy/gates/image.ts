/**
 * Gate `image`: the digest exists in its registry (a HEAD on the manifest, with the same Basic/Bearer
 * authentication build-model-image uses) and the image's provenance labels name the same run.
 */

import { LABEL_PREFIX } from '../../image/provenance.js';
import type { GateResult } from '../../registry/deploy-records.js';
import type { GateContext } from './context.js';

export const RUN_LABEL = `${LABEL_PREFIX}.run-id`;
const EXPERIMENT_LABEL = `${LABEL_PREFIX}.experiment`;

export async function imageGate(ctx: GateContext): Promise<GateResult[]> {
  const image = ctx.image;
  const exists = { gate: 'image' as const, subject: 'digest', limit: 'in the registry' };
  if (!image) return [{ ...exists, status: 'fail', observed: '', reason: "no image given (input 'image')" }];
  if (!ctx.images) throw new Error('image gate without an image inspector');
  const facts = await ctx.images.inspect(image);
  const where = `${image.name}@${image.digest.slice(0, 19)}…`;
  if (!facts.exists) {
    return [{ ...exists, status: 'fail', observed: 'not found', reason: `${where} is not in the registry` }];
  }
  const rows: GateResult[] = [{ ...exists, status: 'pass', observed: 'found', reason: `${where} exists` }];
  const provenance = {
    gate: 'image' as const,
    subject: 'provenance',
    limit: ctx.run ? `run ${ctx.run.id}` : 'the run',
  };
  const labelled = facts.labels?.[RUN_LABEL];
  if (!ctx.run) {
    rows.push({
      ...provenance,
      status: 'fail',
      observed: labelled ?? '',
      reason: 'no run record to compare with',
    });
  } else if (labelled === undefined) {
    rows.push({
      ...provenance,
      status: 'fail',
      observed: 'no run label',
      reason: `the image has no ${RUN_LABEL} label (build it with build-model-image after track-experiment)`,
    });
  } else {
    const experiment = facts.labels?.[EXPERIMENT_LABEL];
    const same = labelled === ctx.run.id && (experiment === undefined || experiment === ctx.run.experiment);
    rows.push({
      ...provenance,
      status: same ? 'pass' : 'fail',
      observed: experiment ? `${experiment}/${labelled}` : labelled,
      reason: same ? 'the image was built from this run' : 'the image names another run',
    });
  }
  return rows;
}
