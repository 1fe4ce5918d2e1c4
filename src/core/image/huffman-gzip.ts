/**
 * A small deterministic gzip writer using Huffman-only deflate (no LZ77 matching, like zlib's
 * Z_HUFFMAN_ONLY): each block of BLOCK input bytes gets its own dynamic Huffman code. Model weights have
 * almost no repeated strings; what gzip saves on them comes from the skewed byte distribution (exponent
 * bytes), which this captures at a fraction of LZ77's cost. Output depends only on the input bytes (never
 * on how they are chunked or on the Node version), so layer digests are reproducible.
 */

const BLOCK = 256 * 1024;
const MAX_BITS = 15;
const CL_MAX_BITS = 7;
const CL_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

const CRC_TABLE = (() => {
  const table = new Int32Array(256 * 4);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  for (let n = 0; n < 256; n++) {
    let c = table[n]!;
    for (let k = 1; k < 4; k++) {
      c = table[c & 0xff]! ^ (c >>> 8);
      table[k * 256 + n] = c;
    }
  }
  return table;
})();

/** CRC-32 (gzip trailer), slicing-by-4. */
export function crc32(crc: number, data: Uint8Array): number {
  let c = ~crc;
  const t = CRC_TABLE;
  let i = 0;
  const end4 = data.length - (data.length % 4);
  for (; i < end4; i += 4) {
    c ^= data[i]! | (data[i + 1]! << 8) | (data[i + 2]! << 16) | (data[i + 3]! << 24);
    c = t[768 + (c & 0xff)]! ^ t[512 + ((c >>> 8) & 0xff)]! ^ t[256 + ((c >>> 16) & 0xff)]! ^ t[c >>> 24]!;
  }
  for (; i < data.length; i++) c = t[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return ~c >>> 0;
}

/**
 * Code lengths (≤ maxBits) of a Huffman code for `freqs`; symbols with frequency 0 get 0. Ties are
 * broken by symbol number, so the result is a pure function of the frequencies. When the tree is too
 * deep, frequencies are flattened and the code rebuilt (rare; costs a little ratio, never correctness).
 */
export function codeLengths(freqs: ArrayLike<number>, maxBits: number): Uint8Array {
  const n = freqs.length;
  let weights = Array.from(freqs);
  for (;;) {
    const lengths = new Uint8Array(n);
    const used = weights.map((w, s) => [w, s] as const).filter(([w]) => w > 0);
    if (used.length === 0) return lengths;
    if (used.length === 1) {
      lengths[used[0]![1]] = 1;
      return lengths;
    }
    // Nodes: leaves 0..n-1, internal nodes after. Two sorted queues give O(n log n) without a heap.
    const leaves = used.sort((a, b) => a[0] - b[0] || a[1] - b[1]).map(([w, s]) => ({ w, s, parent: -1 }));
    const internal: { w: number; parent: number }[] = [];
    let li = 0;
    let ii = 0;
    const take = (): { node: { w: number; parent: number }; leaf: boolean } => {
      if (li < leaves.length && (ii >= internal.length || leaves[li]!.w <= internal[ii]!.w)) {
        return { node: leaves[li++]!, leaf: true };
      }
      return { node: internal[ii++]!, leaf: false };
    };
    while (leaves.length - li + internal.length - ii > 1) {
      const a = take();
      const b = take();
      const index = internal.length;
      internal.push({ w: a.node.w + b.node.w, parent: -1 });
      a.node.parent = index;
      b.node.parent = index;
    }
    const depth = new Array<number>(internal.length).fill(0);
    for (let i = internal.length - 2; i >= 0; i--) depth[i] = depth[internal[i]!.parent]! + 1;
    let deepest = 0;
    for (const leaf of leaves) {
      const d = depth[leaf.parent]! + 1;
      lengths[leaf.s] = d;
      deepest = Math.max(deepest, d);
    }
    if (deepest <= maxBits) return lengths;
    weights = weights.map((w) => (w > 0 ? (w >>> 1) + 1 : 0));
  }
}

/** Canonical codes for lengths, bit-reversed because deflate writes Huffman codes MSB first. */
function canonicalCodes(lengths: Uint8Array): Uint16Array {
  const count = new Uint16Array(MAX_BITS + 1);
  for (const l of lengths) if (l) count[l]!++;
  const next = new Uint16Array(MAX_BITS + 2);
  let code = 0;
  for (let bits = 1; bits <= MAX_BITS; bits++) {
    code = (code + count[bits - 1]!) << 1;
    next[bits] = code;
  }
  const codes = new Uint16Array(lengths.length);
  for (let s = 0; s < lengths.length; s++) {
    const len = lengths[s]!;
    if (!len) continue;
    let c = next[len]!++;
    let reversed = 0;
    for (let i = 0; i < len; i++) {
      reversed = (reversed << 1) | (c & 1);
      c >>>= 1;
    }
    codes[s] = reversed;
  }
  return codes;
}

/** Run-length encode code lengths with deflate's symbols 16 (repeat), 17 and 18 (zeros). */
function rleLengths(lengths: Uint8Array): { symbol: number; extra: number; extraBits: number }[] {
  const out: { symbol: number; extra: number; extraBits: number }[] = [];
  let i = 0;
  while (i < lengths.length) {
    const value = lengths[i]!;
    let run = 1;
    while (i + run < lengths.length && lengths[i + run] === value) run++;
    i += run;
    if (value === 0) {
      while (run >= 11) {
        const r = Math.min(run, 138);
        out.push({ symbol: 18, extra: r - 11, extraBits: 7 });
        run -= r;
      }
      if (run >= 3) {
        out.push({ symbol: 17, extra: run - 3, extraBits: 3 });
        run = 0;
      }
    } else {
      out.push({ symbol: value, extra: 0, extraBits: 0 });
      run--;
      while (run >= 3) {
        const r = Math.min(run, 6);
        out.push({ symbol: 16, extra: r - 3, extraBits: 2 });
        run -= r;
      }
    }
    for (; run > 0; run--) out.push({ symbol: value, extra: 0, extraBits: 0 });
  }
  return out;
}

/** Streaming gzip writer; `onData` receives output chunks in order. */
export class HuffmanGzip {
  private pending = new Uint8Array(BLOCK);
  private filled = 0;
  private crc = 0;
  private total = 0;
  private acc = 0;
  private bits = 0;
  private out = new Uint8Array(0);
  private pos = 0;

  constructor(private readonly onData: (chunk: Uint8Array) => void) {
    // Header: magic, deflate, no flags, mtime 0, no extra flags, OS unknown (fixed, unlike a live mtime).
    onData(Uint8Array.of(0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff));
  }

  push(data: Uint8Array): void {
    this.crc = crc32(this.crc, data);
    this.total = (this.total + data.length) >>> 0;
    let offset = 0;
    while (offset < data.length) {
      const take = Math.min(BLOCK - this.filled, data.length - offset);
      this.pending.set(data.subarray(offset, offset + take), this.filled);
      this.filled += take;
      offset += take;
      if (this.filled === BLOCK) {
        this.block(this.pending, false);
        this.filled = 0;
      }
    }
  }

  finish(): void {
    if (this.filled > 0) this.block(this.pending.subarray(0, this.filled), true);
    else {
      // An empty final block: fixed Huffman (BTYPE 01) holding only end-of-block (7 zero bits).
      this.begin(16);
      this.put(1, 1);
      this.put(1, 2);
      this.put(0, 7);
    }
    if (this.bits > 0) this.put(0, 8 - this.bits);
    this.flush();
    const trailer = new Uint8Array(8);
    new DataView(trailer.buffer).setUint32(0, this.crc, true);
    new DataView(trailer.buffer).setUint32(4, this.total, true);
    this.onData(trailer);
  }

  private begin(capacity: number): void {
    this.out = new Uint8Array(capacity);
    this.pos = 0;
  }

  private put(value: number, count: number): void {
    this.acc |= value << this.bits;
    this.bits += count;
    while (this.bits >= 8) {
      this.out[this.pos++] = this.acc & 0xff;
      this.acc >>>= 8;
      this.bits -= 8;
    }
  }

  private flush(): void {
    if (this.pos > 0) this.onData(this.out.subarray(0, this.pos));
    this.pos = 0;
  }

  private block(data: Uint8Array, final: boolean): void {
    const freqs = new Uint32Array(257);
    for (let i = 0; i < data.length; i++) freqs[data[i]!]!++;
    freqs[256] = 1;
    const lit = codeLengths(freqs, MAX_BITS);
    const litCodes = canonicalCodes(lit);
    // Lengths for HLIT = 257 literal/length codes and one (unused, zero-length) distance code.
    const all = new Uint8Array(258);
    all.set(lit, 0);
    const rle = rleLengths(all);
    const clFreqs = new Uint32Array(19);
    for (const item of rle) clFreqs[item.symbol]!++;
    if (clFreqs.filter((f) => f > 0).length === 1) clFreqs[clFreqs[0] ? 1 : 0] = 1; // keep the code complete
    const cl = codeLengths(clFreqs, CL_MAX_BITS);
    const clCodes = canonicalCodes(cl);
    let hclen = 19;
    while (hclen > 4 && cl[CL_ORDER[hclen - 1]!] === 0) hclen--;

    this.begin(Math.ceil((data.length * MAX_BITS) / 8) + 1024);
    this.put(final ? 1 : 0, 1);
    this.put(2, 2);
    this.put(257 - 257, 5);
    this.put(1 - 1, 5);
    this.put(hclen - 4, 4);
    for (let i = 0; i < hclen; i++) this.put(cl[CL_ORDER[i]!]!, 3);
    for (const item of rle) {
      this.put(clCodes[item.symbol]!, cl[item.symbol]!);
      if (item.extraBits) this.put(item.extra, item.extraBits);
    }
    // Hot loop: inline bit packing over the block's bytes.
    const out = this.out;
    let pos = this.pos;
    let acc = this.acc;
    let bits = this.bits;
    for (let i = 0; i < data.length; i++) {
      const s = data[i]!;
      acc |= litCodes[s]! << bits;
      bits += lit[s]!;
      while (bits >= 8) {
        out[pos++] = acc & 0xff;
        acc >>>= 8;
        bits -= 8;
      }
    }
    this.pos = pos;
    this.acc = acc;
    this.bits = bits;
    this.put(litCodes[256]!, lit[256]!);
    this.flush();
  }
}
