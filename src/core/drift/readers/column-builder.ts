/**
 * Column storage filled by the readers. The drift tests never need row order, so a column keeps only
 * its finite numbers (a Float64Array, sorted when finished) and a count per distinct text value: memory
 * grows by 8 bytes per numeric value and not at all per repeated category, never with the text size.
 */

import { sortFloat64 } from '../stats/sort-float64.js';
import { ByteDictionary, type ByteCounter } from './byte-dictionary.js';
import type { FieldSink } from './field-values.js';

/** A column as read. */
export interface ColumnData {
  name: string;
  rows: number;
  /** Finite numbers, ascending. */
  numbers: Float64Array;
  /** ±Infinity values (treated as missing, as Evidently does). */
  infinite: number;
  /** Count per distinct text value (NA tokens excluded). */
  text: Map<string, number>;
  /** Rows that were empty / NA tokens / null. */
  missing: number;
  /** Rows holding a number (±inf included), and how many were written as whole-number literals. */
  numeric: number;
  integerLiterals: number;
  /** Rows holding text; how many of those were true/false. */
  textValues: number;
  booleans: number;
  /** Declared storage type when the format has one (Parquet), else undefined. */
  declared?: 'integer' | 'float' | 'string' | 'boolean';
  /**
   * Most decimal places of any number, when every number was a plain decimal literal of at most 15 digits
   * (so each is exactly mantissa / 10^scale); undefined otherwise. Lets big columns be stored compactly.
   */
  scale?: number;
  /** Set on compacted columns: `numbers` is then empty and the values are mantissas[i] / 10^scale. */
  compact?: { mantissas: Int32Array; scale: number };
}

/** The builder's surface, as readers use it. */
export interface ColumnSink extends FieldSink {
  readonly name: string;
  readonly length: number;
  declared: ColumnData['declared'];
  reserve(values: number): void;
  reserveFor(rows: number): void;
  /** A number from a plain decimal literal with `scale` decimal places (the CSV fast path). */
  addDecimal(value: number, integerLiteral: boolean, scale: number): void;
  finish(): ColumnData;
}

/** `region`: preallocated room for the numbers (a slice of a shared buffer); outgrowing it moves to a private array. */
export type ColumnBuilderClass = new (
  name: string,
  capacity?: number,
  startRow?: number,
  region?: Float64Array,
) => ColumnSink;

/**
 * Self-contained factory (no imports or outer references besides its parameters): the CSV worker is
 * started from its source text.
 */
export function columnBuilderFactory(
  sort: (values: Float64Array) => void,
  Dictionary: new () => ByteCounter,
): ColumnBuilderClass {
  /** pandas `read_csv` default `na_values` (plus the empty field). */
  const NA_TOKENS = new Set([
    '',
    '#N/A',
    '#N/A N/A',
    '#NA',
    '-1.#IND',
    '-1.#QNAN',
    '-NaN',
    '-nan',
    '1.#IND',
    '1.#QNAN',
    '<NA>',
    'N/A',
    'NA',
    'NULL',
    'NaN',
    'None',
    'n/a',
    'nan',
    'null',
  ]);
  const BOOLEAN_WORDS = new Set(['true', 'false', 'True', 'False', 'TRUE', 'FALSE']);

  class ColumnBuilder implements ColumnSink {
    readonly name: string;
    private rows = 0;
    private numbers: Float64Array;
    private count = 0;
    private infinite = 0;
    private readonly bytes = new Dictionary();
    private readonly strings = new Map<string, number>();
    private missing = 0;
    private numeric = 0;
    private integerLiterals = 0;
    declared: ColumnData['declared'];

    private maxScale = 0;
    private exotic = false;

    constructor(name: string, capacity = 1024, startRow = 0, region?: Float64Array) {
      this.name = name;
      this.numbers = region ?? new Float64Array(Math.max(capacity, 16));
      // Rows before the column first appeared (JSON Lines) are missing.
      this.rows = startRow;
      this.missing = startRow;
    }

    get length(): number {
      return this.rows;
    }

    /** Make room for `values` numbers in total (readers pass their estimate to avoid regrowth). */
    reserve(values: number): void {
      if (values <= this.numbers.length) return;
      const next = new Float64Array(values);
      next.set(this.numbers.subarray(0, this.count));
      this.numbers = next;
    }

    /** Reserve for `rows` rows in total, in proportion to the share of numbers seen so far. */
    reserveFor(rows: number): void {
      if (this.count === 0 || this.rows === 0) return;
      this.reserve(Math.ceil((rows * this.count * 1.02) / this.rows) + 64);
    }

    addMissing(): void {
      this.rows++;
      this.missing++;
    }

    addDecimal(value: number, integerLiteral: boolean, scale: number): void {
      if (scale > this.maxScale) this.maxScale = scale;
      this.rows++;
      this.numeric++;
      if (integerLiteral) this.integerLiterals++;
      if (this.count === this.numbers.length) this.reserve(Math.ceil(this.count * 1.5) + 16);
      this.numbers[this.count++] = value;
    }

    addNumber(value: number, integerLiteral: boolean): void {
      this.exotic = true;
      this.rows++;
      if (Number.isNaN(value)) {
        this.missing++;
        return;
      }
      this.numeric++;
      if (integerLiteral) this.integerLiterals++;
      if (value === Infinity || value === -Infinity) {
        this.infinite++;
        return;
      }
      if (this.count === this.numbers.length) this.reserve(Math.ceil(this.count * 1.5) + 16);
      this.numbers[this.count++] = value;
    }

    /** Text given as UTF-8 bytes b[s, e); NA tokens are sorted out once per distinct value at the end. */
    addTextBytes(b: Uint8Array, s: number, e: number): void {
      this.rows++;
      this.bytes.add(b, s, e);
    }

    addText(value: string): void {
      this.rows++;
      this.strings.set(value, (this.strings.get(value) ?? 0) + 1);
    }

    finish(): ColumnData {
      const text = new Map<string, number>();
      let missing = this.missing;
      let textValues = 0;
      let booleans = 0;
      const add = (value: string, n: number) => {
        if (NA_TOKENS.has(value)) {
          missing += n;
          return;
        }
        text.set(value, (text.get(value) ?? 0) + n);
        textValues += n;
        if (BOOLEAN_WORDS.has(value)) booleans += n;
      };
      for (const [value, n] of this.bytes.entries()) add(value, n);
      for (const [value, n] of this.strings) add(value, n);
      const numbers = this.numbers.subarray(0, this.count);
      sort(numbers);
      return {
        name: this.name,
        rows: this.rows,
        numbers,
        infinite: this.infinite,
        text,
        missing,
        numeric: this.numeric,
        integerLiterals: this.integerLiterals,
        textValues,
        booleans,
        declared: this.declared,
        scale: this.exotic ? undefined : this.maxScale,
      };
    }
  }
  return ColumnBuilder;
}

export const ColumnBuilder = columnBuilderFactory(sortFloat64, ByteDictionary);

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
}

/**
 * Merge ascending `b` into ascending `a`: backwards in place when a's buffer has room after it (a shared
 * column buffer, or the room the first parse range reserved), else into a new array.
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

/** Combine per-range pieces of one column (parallel parsing): sorted runs merged, counts summed. */
export function concatColumns(parts: ColumnData[]): ColumnData {
  if (parts.length === 1) return parts[0]!;
  let numbers = parts[0]!.numbers;
  for (let i = 1; i < parts.length; i++) {
    numbers = mergeSorted(numbers, parts[i]!.numbers);
    // Drop the merged piece at once so its buffer can be collected before the next file is read.
    parts[i]!.numbers = new Float64Array(0);
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
  };
}

const MAX_COMPACT_SCALE = 9;

/**
 * Store a big column's numbers as 32-bit mantissas at one decimal scale when that is exact for every value
 * (typical CSV data: fixed decimals, moderate magnitude), halving its memory. Read the values back with
 * columnNumbers(). Returns whether the column was compacted.
 */
export function compactColumn(column: ColumnData): boolean {
  const scale = column.scale;
  const values = column.numbers;
  if (scale === undefined || scale > MAX_COMPACT_SCALE || values.length < 1024) return false;
  const p = 10 ** scale;
  const mantissas = new Int32Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    const m = Math.round(v * p);
    if (m > 2147483647 || m < -2147483648 || m / p !== v) return false;
    mantissas[i] = m;
  }
  column.compact = { mantissas, scale };
  column.numbers = new Float64Array(0);
  return true;
}

// One decode buffer per dataset side, reused column after column: compacted columns are analysed one at
// a time, and reusing the memory keeps the allocator from growing the heap with every decoded copy.
const decoded: Record<'reference' | 'current', Float64Array> = {
  reference: new Float64Array(0),
  current: new Float64Array(0),
};

/**
 * A column's finite numbers, ascending. For a compacted column they are decoded (m / 10^scale gives back
 * the identical doubles) into the side's reusable buffer, valid until the next call for the same side.
 */
export function columnNumbers(column: ColumnData, side: 'reference' | 'current'): Float64Array {
  const compact = column.compact;
  if (!compact) return column.numbers;
  const n = compact.mantissas.length;
  if (decoded[side].length < n) decoded[side] = new Float64Array(n);
  const out = decoded[side].subarray(0, n);
  const p = 10 ** compact.scale;
  const m = compact.mantissas;
  for (let i = 0; i < n; i++) out[i] = m[i]! / p;
  return out;
}

/** Let the decode buffers go once the analysis is done. */
export function releaseDecodeBuffers(): void {
  decoded.reference = new Float64Array(0);
  decoded.current = new Float64Array(0);
}
