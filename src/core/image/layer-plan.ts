import { open } from 'node:fs/promises';
import { deflateSync } from 'fflate';
import { codeLengths } from './huffman-gzip.js';
import type { TarEntryHeader } from './tar-header.js';
import { compareUtf8, type ModelFile } from './model-files.js';

export type Compression = 'auto' | 'gzip' | 'none';

/**
 * How a layer's tar is stored: uncompressed, gzip with LZ77 (fflate, for text-like files), or gzip with
 * Huffman-only deflate (our encoder, for binary weights where LZ77 finds nothing but costs the most).
 */
export type Encoding = 'none' | 'deflate' | 'huffman';

/** A layer to build: its files (sorted) and how it is encoded. */
export interface LayerPlan {
  files: ModelFile[];
  encoding: Encoding;
}

const SAMPLE_BYTES = 128 * 1024;
const SAMPLES = 4;
/** Files this small are configs/tokenizers: they compress well and cost nothing to gzip. */
const SMALL_FILE = 256 * 1024;
/** With auto, compress only when gzip saves at least this share (float weights save ~7 %). */
const MIN_SAVING = 0.1;
/** LZ77 is used only when it beats Huffman-only coding by this much; it is several times slower. */
const LZ_ADVANTAGE = 0.05;

export interface Compressibility {
  /** Compressed/raw with fflate deflate level 1. */
  lz: number;
  /** Compressed/raw with a per-sample Huffman code (what Huffman-only deflate achieves). */
  huffman: number;
}

function huffmanRatio(sample: Uint8Array): number {
  const freqs = new Uint32Array(257);
  for (const byte of sample) freqs[byte]!++;
  freqs[256] = 1;
  const lengths = codeLengths(freqs, 15);
  let bits = 0;
  for (let s = 0; s < 257; s++) bits += freqs[s]! * lengths[s]!;
  return bits / 8 / Math.max(1, sample.length);
}

/**
 * Measured compressibility of a few samples spread over the file. Deterministic for the same bytes, so
 * the choice of encoding is the same on every run.
 */
export async function measureCompressibility(file: ModelFile): Promise<Compressibility> {
  if (file.size <= SMALL_FILE) return { lz: 0, huffman: 1 };
  const handle = await open(file.source, 'r');
  try {
    let raw = 0;
    let lz = 0;
    let huffman = 0;
    const buffer = Buffer.alloc(SAMPLE_BYTES);
    for (let i = 0; i < SAMPLES; i++) {
      const position = Math.floor(((file.size - SAMPLE_BYTES) * i) / (SAMPLES - 1));
      const { bytesRead } = await handle.read(buffer, 0, SAMPLE_BYTES, position);
      const sample = buffer.subarray(0, bytesRead);
      raw += bytesRead;
      lz += deflateSync(sample, { level: 1 }).length;
      huffman += huffmanRatio(sample) * bytesRead;
    }
    return raw === 0 ? { lz: 0, huffman: 1 } : { lz: lz / raw, huffman: huffman / raw };
  } finally {
    await handle.close();
  }
}

export function chooseEncoding(measured: Compressibility, compression: Compression): Encoding {
  if (compression === 'none') return 'none';
  const best = Math.min(measured.lz, measured.huffman);
  if (compression === 'auto' && best > 1 - MIN_SAVING) return 'none';
  return measured.lz < measured.huffman - LZ_ADVANTAGE ? 'deflate' : 'huffman';
}

/**
 * Group files into layers by encoding (with `auto`, incompressible weights go to uncompressed layers),
 * and cut every group into layers of at most `maxLayerBytes` (a bigger file gets a layer of its own),
 * which keeps uploads under registry limits and lets layers build in parallel. Order: uncompressed,
 * Huffman, then LZ layers (small configs last).
 */
export async function planLayers(
  files: readonly ModelFile[],
  compression: Compression,
  maxLayerBytes: number,
): Promise<LayerPlan[]> {
  const groups: Record<Encoding, ModelFile[]> = { none: [], huffman: [], deflate: [] };
  for (const file of files) {
    const encoding =
      compression === 'none' ? 'none' : chooseEncoding(await measureCompressibility(file), compression);
    groups[encoding].push(file);
  }
  const cut = (group: ModelFile[], encoding: Encoding): LayerPlan[] => {
    const layers: LayerPlan[] = [];
    let current: ModelFile[] = [];
    let bytes = 0;
    for (const file of group) {
      if (current.length > 0 && bytes + file.size > maxLayerBytes) {
        layers.push({ files: current, encoding });
        current = [];
        bytes = 0;
      }
      current.push(file);
      bytes += file.size;
    }
    if (current.length > 0) layers.push({ files: current, encoding });
    return layers;
  };
  return [...cut(groups.none, 'none'), ...cut(groups.huffman, 'huffman'), ...cut(groups.deflate, 'deflate')];
}

/** Tar entries of a layer: every parent directory explicitly, then files, in byte order of the path. */
export function layerEntries(plan: LayerPlan, mtime: number): (TarEntryHeader & { file?: ModelFile })[] {
  const dirs = new Set<string>();
  for (const file of plan.files) {
    const parts = file.dest.split('/');
    for (let i = 1; i < parts.length; i++) dirs.add(`${parts.slice(0, i).join('/')}/`);
  }
  const entries: (TarEntryHeader & { file?: ModelFile })[] = [
    ...[...dirs].map((path) => ({ path, type: 'directory' as const, mode: 0o755, size: 0, mtime })),
    ...plan.files.map((file) => ({
      path: file.dest,
      type: 'file' as const,
      mode: file.executable ? 0o755 : 0o644,
      size: file.size,
      mtime,
      file,
    })),
  ];
  return entries.sort((a, b) => compareUtf8(a.path, b.path));
}
