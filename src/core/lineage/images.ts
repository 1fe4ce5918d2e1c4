/**
 * Image labels for the lineage: from an OCI image layout when one is given (offline), else from the registry
 * the image reference names. Labels are a nice-to-have here: anything that stops them being read (no layout
 * entry, a registry that cannot be reached or refuses) becomes a note, never a failure.
 */

import { errorMessage } from '../errors.js';
import type { ImageInspector } from '../image/inspect.js';
import { readLayoutLabels } from '../image/oci-layout.js';
import type { LineageImage } from './schema.js';

export type LabelResult = Pick<LineageImage, 'labels' | 'labelsFrom' | 'labelsNote'>;

/** Reads the labels of `image` (`repo[:tag]@sha256:…`) whose digest is `digest`. */
export type LabelReader = (image: string, digest: string) => Promise<LabelResult>;

export interface LabelSources {
  /** An OCI image layout directory (absolute): labels are read there, and only there. */
  ociLayout?: string;
  /** The registry, when no layout is given; undefined: labels are not looked up at all. */
  registry?: ImageInspector;
}

const none = (labelsNote: string): LabelResult => ({ labels: null, labelsFrom: null, labelsNote });
/** An error's message as a clause (notes add their own full stop). */
const clause = (error: unknown) => errorMessage(error).replace(/\.$/, '');

export function labelReader(sources: LabelSources): LabelReader {
  return async (image, digest) => {
    if (sources.ociLayout !== undefined) {
      try {
        const labels = await readLayoutLabels(sources.ociLayout, digest);
        return labels
          ? { labels, labelsFrom: 'oci-layout', labelsNote: null }
          : none(`the OCI layout ${sources.ociLayout} does not hold this image`);
      } catch (error) {
        return none(`the OCI layout could not be read: ${clause(error)}`);
      }
    }
    if (!sources.registry) return none('not looked up');
    try {
      const facts = await sources.registry.inspect({ reference: image, digest });
      if (!facts.exists) return none('the registry has no image with this digest');
      return { labels: facts.labels ?? {}, labelsFrom: 'registry', labelsNote: null };
    } catch (error) {
      return none(`the registry could not be read: ${clause(error)}`);
    }
  };
}
