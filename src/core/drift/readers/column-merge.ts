/**
 * Combining the per-range pieces of a column parsed in parallel, and the compact (32-bit mantissa)
 * storage of big columns. Pieces arrive sorted; numbers are merged, counts summed.
 */

import { decodeMantissas, type ColumnData } from './column-builder.js';

const POW10 = Array.from({ length: 23 }, (_, i) => 10 ** i);
const INT_MAX = 2147483647;
const INT_MIN = -2147483648;

let scratch = new Float64Array(0);

/** A private copy of `b` (reused between calls), for when `b` lives where the merge writes. */
function copyOut(b: Float64Array): Float64Array {
  if (scratch.length < b.length) scratch = new Float64Array(b.length);
  const copy = scratch.subarray(0, b.length);
  copy.set(b);
  return copy;
}

/** Let the merge scratch buffer go (after a file's columns are merged). */
export function releaseMergeScratch(): void {
  scratch = new Float64Array(0);
  intScratch = new Int32Array(0);
}

/**
 * Merge ascending `b` into ascending `a`: backwards in place when a's buffer has room after it, else into
 * a new array.
 */
function mergeSorted(a: Float64Array, b: Float64Array): Float64Array {
  const total = a.length + b.length;
  const room = (a.buffer.byteLength - a.byteOffset) / 8;
  const out = room >= total ? new Float64Array(a.buffer, a.byteOffset, total) : new Float64Array(total);
  if (out.buffer !== a.buffer) out.set(a);
  // b may sit in the same shared memory, in the area the merge writes to: merge from a copy then. (A
  // worker's view of a shared buffer arrives with a different SharedArrayBuffer object for the same memory,
  // so identity cannot tell; any shared b is copied.)
  const src = b.buffer === out.buffer || b.buffer instanceof SharedArrayBuffer ? copyOut(b) : b;
  let i = a.length - 1;
  let j = src.length - 1;
  let k = total - 1;
  while (j >= 0) {
    if (i >= 0 && out[i]! > src[j]!) out[k--] = out[i--]!;
    else out[k--] = src[j--]!;
  }
  return out;
}

let intScratch = new Int32Array(0);

/**
 * Merge ascending mantissa runs. The first run usually sits at the start of the column's shared buffer
 * with the other ranges' runs after it: the merge then goes backwards in place (each later run copied out
 * first), as long as the merged length stays clear of the runs still to merge; otherwise into a new array.
 */
function mergeIntRuns(runs: Int32Array[]): Int32Array {
  let a = runs[0]!;
  for (let r = 1; r < runs.length; r++) {
    const b = runs[r]!;
    const total = a.length + b.length;
    const end = a.byteOffset + total * 4;
    // Every shared run of a column lies in that column's one buffer (seen through different
    // SharedArrayBuffer objects from workers), so offsets compare across them.
    let inPlace = a.buffer instanceof SharedArrayBuffer && a.buffer.byteLength >= end;
    for (let later = r + 1; inPlace && later < runs.length; later++) {
      const c = runs[later]!;
      if (c.buffer instanceof SharedArrayBuffer && c.byteOffset < end) inPlace = false;
    }
    if (intScratch.length < b.length) intScratch = new Int32Array(b.length);
    const src = intScratch.subarray(0, b.length);
    src.set(b);
    let out: Int32Array;
    if (inPlace) out = new Int32Array(a.buffer, a.byteOffset, total);
    else {
      out = new Int32Array(total);
      out.set(a);
    }
    let i = a.length - 1;
    let j = src.length - 1;
    let k = total - 1;
    while (j >= 0) {
      if (i >= 0 && out[i]! > src[j]!) out[k--] = out[i--]!;
      else out[k--] = src[j--]!;
    }
    a = out;
  }
  return a;
}

/** A piece's numbers as doubles (decoding mantissas exactly). */
function piecesAsDoubles(part: ColumnData): Float64Array {
  const compact = part.compact;
  if (!compact) return part.numbers;
  const out = new Float64Array(compact.mantissas.length);
  decodeMantissas(compact, out);
  return out;
}

/**
 * The pieces' mantissas at one common scale, or undefined when some piece holds doubles or a rescaled
 * mantissa would not fit 32 bits. Rescaling is in place (each piece owns its memory).
 */
function commonScaleMantissas(
  parts: ColumnData[],
): { arrays: Int32Array[]; scale: number; negativeZeros: number } | undefined {
  let scale = 0;
  for (const part of parts) {
    if (part.numbers.length > 0) return undefined;
    if (part.compact && part.compact.scale > scale) scale = part.compact.scale;
  }
  const arrays: Int32Array[] = [];
  let negativeZeros = 0;
  for (const part of parts) {
    if (!part.compact) continue;
    negativeZeros += part.compact.negativeZeros;
    const { mantissas, scale: s } = part.compact;
    if (s < scale) {
      const f = POW10[scale - s]!;
      // Sorted: the ends bound every value.
      const lo = mantissas[0]! * f;
      const hi = mantissas[mantissas.length - 1]! * f;
      if (lo < INT_MIN || hi > INT_MAX) return undefined;
    }
    arrays.push(mantissas);
  }
  for (const part of parts) {
    if (!part.compact || part.compact.scale === scale) continue;
    const m = part.compact.mantissas;
    const f = POW10[scale - part.compact.scale]!;
    for (let i = 0; i < m.length; i++) m[i] = m[i]! * f;
    part.compact.scale = scale;
  }
  return { arrays, scale, negativeZeros };
}

/** Combine per-range pieces of one column (parallel parsing): sorted runs merged, counts summed. */
export function concatColumns(parts: ColumnData[]): ColumnData {
  if (parts.length === 1) return parts[0]!;
  let numbers: Float64Array = new Float64Array(0);
  let compact: ColumnData['compact'];
  const ints = commonScaleMantissas(parts);
  if (ints) {
    if (ints.arrays.length > 0) {
      compact = {
        mantissas: mergeIntRuns(ints.arrays),
        scale: ints.scale,
        negativeZeros: ints.negativeZeros,
      };
    }
  } else {
    numbers = piecesAsDoubles(parts[0]!);
    for (let i = 1; i < parts.length; i++) numbers = mergeSorted(numbers, piecesAsDoubles(parts[i]!));
  }
  for (let i = 1; i < parts.length; i++) {
    // Drop the merged pieces at once so their buffers can be collected before the next file is read.
    parts[i]!.numbers = new Float64Array(0);
    delete parts[i]!.compact;
  }
  const text = new Map<string, number>();
  for (const part of parts) for (const [value, n] of part.text) text.set(value, (text.get(value) ?? 0) + n);
  const sum = (
    key: 'rows' | 'infinite' | 'missing' | 'numeric' | 'integerLiterals' | 'textValues' | 'booleans',
  ) => parts.reduce((n, p) => n + p[key], 0);
  return {
    name: parts[0]!.name,
    rows: sum('rows'),
    numbers,
    infinite: sum('infinite'),
    text,
    missing: sum('missing'),
    numeric: sum('numeric'),
    integerLiterals: sum('integerLiterals'),
    textValues: sum('textValues'),
    booleans: sum('booleans'),
    declared: parts[0]!.declared,
    scale: parts.some((p) => p.scale === undefined) ? undefined : Math.max(...parts.map((p) => p.scale!)),
    ...(compact ? { compact } : {}),
  };
}

const MAX_COMPACT_SCALE = 9;

/**
 * Store a big column's doubles as 32-bit mantissas at one decimal scale when that is exact for every value
 * (a column the reader had to keep as doubles, e.g. pieces merged as doubles), halving its memory. Read
 * the values back with columnNumbers(). Returns whether the column was compacted.
 */
export function compactColumn(column: ColumnData): boolean {
  const scale = column.scale;
  const values = column.numbers;
  if (scale === undefined || scale > MAX_COMPACT_SCALE || values.length < 1024) return false;
  const p = 10 ** scale;
  const mantissas = new Int32Array(values.length);
  let negativeZeros = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    const m = Math.round(v * p);
    if (m > INT_MAX || m < INT_MIN || m / p !== v) return false;
    if (m === 0 && 1 / v < 0) negativeZeros++;
    mantissas[i] = m;
  }
  column.compact = { mantissas, scale, negativeZeros };
  column.numbers = new Float64Array(0);
  return true;
}

/** Turn a compact column back into doubles (small files keep plain sorted doubles). */
export function expandColumn(column: ColumnData): void {
  const compact = column.compact;
  if (!compact) return;
  const out = new Float64Array(compact.mantissas.length);
  decodeMantissas(compact, out);
  column.numbers = out;
  delete column.compact;
}
