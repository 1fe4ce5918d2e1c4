/**
 * In-place ascending sort of finite doubles by LSD radix sort on their bit patterns (sign-flipped so
 * unsigned order is numeric order): 6 passes of 11 bits, passes where every key shares the digit skipped.
 * Several times faster than TypedArray.prototype.sort on large arrays; small ones use the built-in sort.
 * Each phase is its own small function so V8 optimises every loop on its own.
 * The code sits in a self-contained factory (no imports, no outer references) so the CSV worker can be
 * started from its source text (see readers/csv-worker.ts).
 */
export function radixSortFactory(): (values: Float64Array) => void {
  const BITS = 11;
  const BUCKETS = 1 << BITS;
  const MASK = BUCKETS - 1;
  // Reused between calls: a file's columns are sorted one after another.
  let scratch = new Uint32Array(0);

  /** Order-preserving transform: negative → flip all bits; positive → flip the sign bit. */
  function toKeys(w: Uint32Array): void {
    for (let i = 0; i < w.length; i += 2) {
      const hi = w[i + 1]!;
      if (hi & 0x80000000) {
        w[i] = ~w[i]! >>> 0;
        w[i + 1] = ~hi >>> 0;
      } else w[i + 1] = (hi | 0x80000000) >>> 0;
    }
  }

  function fromKeys(w: Uint32Array): void {
    for (let i = 0; i < w.length; i += 2) {
      const hi = w[i + 1]!;
      if (hi & 0x80000000) w[i + 1] = (hi & 0x7fffffff) >>> 0;
      else {
        w[i] = ~w[i]! >>> 0;
        w[i + 1] = ~hi >>> 0;
      }
    }
  }

  function histogram(w: Uint32Array, counts: Uint32Array): void {
    for (let i = 0; i < w.length; i += 2) {
      const lo = w[i]!;
      const hi = w[i + 1]!;
      counts[lo & MASK]!++;
      counts[BUCKETS + ((lo >>> 11) & MASK)]!++;
      counts[2 * BUCKETS + (lo >>> 22)]!++;
      counts[3 * BUCKETS + (hi & MASK)]!++;
      counts[4 * BUCKETS + ((hi >>> 11) & MASK)]!++;
      counts[5 * BUCKETS + (hi >>> 22)]!++;
    }
  }

  function scatterLow(src: Uint32Array, dst: Uint32Array, offsets: Uint32Array, shift: number): void {
    for (let i = 0; i < src.length; i += 2) {
      const lo = src[i]!;
      const at = offsets[(lo >>> shift) & MASK]!++ << 1;
      dst[at] = lo;
      dst[at + 1] = src[i + 1]!;
    }
  }

  function scatterHigh(src: Uint32Array, dst: Uint32Array, offsets: Uint32Array, shift: number): void {
    for (let i = 0; i < src.length; i += 2) {
      const hi = src[i + 1]!;
      const at = offsets[(hi >>> shift) & MASK]!++ << 1;
      dst[at] = src[i]!;
      dst[at + 1] = hi;
    }
  }

  function sortFloat64(values: Float64Array): void {
    const n = values.length;
    if (n < 2048) {
      values.sort();
      return;
    }
    const original: Uint32Array = new Uint32Array(values.buffer, values.byteOffset, 2 * n);
    toKeys(original);
    const counts = new Uint32Array(6 * BUCKETS);
    histogram(original, counts);
    let src = original;
    if (scratch.length < 2 * n) scratch = new Uint32Array(2 * n);
    let dst: Uint32Array = scratch.subarray(0, 2 * n);
    const offsets = new Uint32Array(BUCKETS);
    for (let d = 0; d < 6; d++) {
      const base = d * BUCKETS;
      let first = 0;
      while (counts[base + first] === 0) first++;
      if (counts[base + first] === n) continue; // every key has the same digit
      let sum = 0;
      for (let b = 0; b < BUCKETS; b++) {
        offsets[b] = sum;
        sum += counts[base + b]!;
      }
      if (d < 3) scatterLow(src, dst, offsets, 11 * d);
      else scatterHigh(src, dst, offsets, 11 * (d - 3));
      const t = src;
      src = dst;
      dst = t;
    }
    if (src !== original) original.set(src);
    fromKeys(original);
  }
  return sortFloat64;
}

export const sortFloat64 = radixSortFactory();
