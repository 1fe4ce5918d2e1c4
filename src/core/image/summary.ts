import { formatBytes } from '../report/format-bytes.js';
import { code, details, escapeMarkdown, table } from '../report/markdown.js';
import type { BuiltLayer } from './layer-writer.js';

export interface SummaryInput {
  name: string;
  digest: string;
  imageRef: string | undefined;
  layout: string | undefined;
  tags: readonly string[];
  platforms: readonly string[];
  size: number;
  layers: readonly BuiltLayer[];
  labels: Record<string, string>;
  pushed: { uploaded: number; mounted: number; existing: number } | undefined;
}

/** Job summary: where the image is, its digest and tags, the model layers and the labels. */
export function imageSummary(input: SummaryInput): string {
  const lines = [`### Model image: ${escapeMarkdown(input.name)}`, ''];
  const facts: string[][] = [['Digest', code(input.digest)]];
  if (input.imageRef) facts.push(['Image', code(input.imageRef)]);
  if (input.layout) facts.push(['OCI layout', code(input.layout)]);
  facts.push(['Tags', input.tags.map(code).join(' ')]);
  facts.push(['Platforms', input.platforms.map(code).join(' ')]);
  facts.push(['Size', formatBytes(input.size)]);
  if (input.pushed) {
    facts.push([
      'Blobs',
      `${input.pushed.uploaded} uploaded, ${input.pushed.mounted} mounted, ${input.pushed.existing} already there`,
    ]);
  }
  lines.push(table(['', ''], facts), '');
  lines.push(
    table(
      ['Layer', 'Files', 'Compression', 'Size', 'Digest'],
      input.layers.map((layer, i) => [
        String(i + 1),
        String(layer.files),
        layer.encoding === 'none' ? 'none' : layer.encoding === 'huffman' ? 'gzip (Huffman-only)' : 'gzip',
        formatBytes(layer.size),
        code(layer.digest.slice(0, 19)),
      ]),
      ['right', 'right', 'left', 'right', 'left'],
    ),
    '',
  );
  const labelRows = Object.entries(input.labels).map(([key, value]) => [code(key), code(value)]);
  if (labelRows.length > 0)
    lines.push(details(`Labels (${labelRows.length})`, table(['Label', 'Value'], labelRows)));
  return lines.join('\n');
}
