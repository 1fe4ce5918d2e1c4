/**
 * In-place ascending sort of 32-bit integers (the mantissas CSV columns are parsed into) by LSD radix sort:
 * 3 passes of 11 bits on the sign-flipped value, passes where every key shares the digit skipped. Half the
 * bytes and half the passes of the float sort. Self-contained factory (no imports, no outer references) so
 * the CSV worker can be started from its source text (see readers/csv-worker.ts).
 */
export function radixSortInt32Factory(): (values: Int32Array) => void {
  const BITS = 11;
  const BUCKETS = 1 << BITS;
  const MASK = BUCKETS - 1;
  // Reused between calls: a range's columns are sorted one after another.
  let scratch = new Int32Array(0);

  function histogram(v: Int32Array, counts: Uint32Array): void {
    for (let i = 0; i < v.length; i++) {
      const k = v[i]! ^ 0x80000000;
      counts[k & MASK]!++;
      counts[BUCKETS + ((k >>> 11) & MASK)]!++;
      counts[2 * BUCKETS + (k >>> 22)]!++;
    }
  }

  function scatter(src: Int32Array, dst: Int32Array, offsets: Uint32Array, shift: number): void {
    for (let i = 0; i < src.length; i++) {
      const x = src[i]!;
      dst[offsets[((x ^ 0x80000000) >>> shift) & MASK]!++] = x;
    }
  }

  function sortInt32(values: Int32Array): void {
    const n = values.length;
    if (n < 2048) {
      values.sort();
      return;
    }
    const counts = new Uint32Array(3 * BUCKETS);
    histogram(values, counts);
    if (scratch.length < n) scratch = new Int32Array(n);
    let src: Int32Array = values;
    let dst: Int32Array = scratch.subarray(0, n);
    const offsets = new Uint32Array(BUCKETS);
    for (let d = 0; d < 3; d++) {
      const base = d * BUCKETS;
      let first = 0;
      while (counts[base + first] === 0) first++;
      if (counts[base + first] === n) continue; // every key has the same digit
      let sum = 0;
      for (let b = 0; b < BUCKETS; b++) {
        offsets[b] = sum;
        sum += counts[base + b]!;
      }
      scatter(src, dst, offsets, 11 * d);
      const t = src;
      src = dst;
      dst = t;
    }
    if (src !== values) values.set(src);
  }
  return sortInt32;
}

export const sortInt32 = radixSortInt32Factory();
