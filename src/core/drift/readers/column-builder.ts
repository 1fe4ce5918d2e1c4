/**
 * Column storage filled by the readers. The drift tests never need row order, so a column keeps only
 * its finite numbers, sorted when finished, and a count per distinct text value: memory grows by 4 bytes
 * per numeric value (32-bit decimal mantissas, the usual CSV case) or 8 (doubles), and not at all per
 * repeated category, never with the text size.
 */

import { sortFloat64 } from '../stats/sort-float64.js';
import { sortInt32 } from '../stats/sort-int32.js';
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
  /**
   * Set on compacted columns: `numbers` is then empty and the values are mantissas[i] / 10^scale, with
   * `negativeZeros` of the zero mantissas standing for -0 (an integer cannot carry the sign).
   */
  compact?: CompactNumbers;
}

export interface CompactNumbers {
  /** Ascending once the column is finished. */
  mantissas: Int32Array;
  scale: number;
  negativeZeros: number;
}

/** The builder's surface, as readers use it. */
export interface ColumnSink extends FieldSink {
  readonly name: string;
  readonly length: number;
  declared: ColumnData['declared'];
  reserve(values: number): void;
  reserveFor(rows: number): void;
  /**
   * A number from a plain decimal literal (the CSV fast path): `mantissa` (signed, at most 15 digits)
   * over 10^`scale`.
   */
  addDecimal(mantissa: number, integerLiteral: boolean, scale: number): void;
  finish(): ColumnData;
}

/** `region`: preallocated room for the mantissas (a slice of a shared buffer); outgrowing it moves to a private array. */
export type ColumnBuilderClass = new (
  name: string,
  capacity?: number,
  startRow?: number,
  region?: Int32Array,
) => ColumnSink;

/**
 * Self-contained factory (no imports or outer references besides its parameters): the CSV worker is
 * started from its source text.
 */
export function columnBuilderFactory(
  sort: (values: Float64Array) => void,
  sortInt: (values: Int32Array) => void,
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
  const POW10 = Array.from({ length: 23 }, (_, i) => 10 ** i);
  /** Above this many decimals a column is kept as doubles (10^scale and the products stay exact below). */
  const MAX_INT_SCALE = 9;
  const INT_MAX = 2147483647;
  const INT_MIN = -2147483648;

  /**
   * Numbers start as 32-bit mantissas at one decimal scale per column (every value is exactly
   * mantissa / 10^scale: plain decimals of moderate size, the usual CSV column), half the memory of doubles
   * and a shorter sort; the first value that does not fit (exponent, too many digits or decimals, ±inf,
   * any non-CSV number) turns the column into doubles, decoded exactly (m / 10^scale is the same correctly
   * rounded quotient the literal gives).
   */
  class ColumnBuilder implements ColumnSink {
    readonly name: string;
    private rows = 0;
    private ints: Int32Array;
    private intScale = 0;
    private numbers = new Float64Array(0);
    private float = false;
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
    /** How many of the zero mantissas are -0. */
    private negativeZeros = 0;

    constructor(name: string, capacity = 1024, startRow = 0, region?: Int32Array) {
      this.name = name;
      this.ints = region ?? new Int32Array(Math.max(capacity, 16));
      // Rows before the column first appeared (JSON Lines) are missing.
      this.rows = startRow;
      this.missing = startRow;
    }

    get length(): number {
      return this.rows;
    }

    /** Make room for `values` numbers in total (readers pass their estimate to avoid regrowth). */
    reserve(values: number): void {
      if (this.float) {
        if (values <= this.numbers.length) return;
        const next = new Float64Array(values);
        next.set(this.numbers.subarray(0, this.count));
        this.numbers = next;
        return;
      }
      if (values <= this.ints.length) return;
      const next = new Int32Array(values);
      next.set(this.ints.subarray(0, this.count));
      this.ints = next;
    }

    /** Reserve for `rows` rows in total, in proportion to the share of numbers seen so far. */
    reserveFor(rows: number): void {
      if (this.count === 0 || this.rows === 0) return;
      this.reserve(Math.ceil((rows * this.count * 1.02) / this.rows) + 64);
    }

    /** Switch to doubles: the mantissas so far decoded exactly. */
    private toFloat(): void {
      const numbers = new Float64Array(Math.max(this.ints.length, 16));
      const p = POW10[this.intScale]!;
      const ints = this.ints;
      let negativeZeros = this.negativeZeros;
      for (let i = 0; i < this.count; i++) {
        const m = ints[i]!;
        numbers[i] = m === 0 && negativeZeros > 0 && negativeZeros-- > 0 ? -0 : m / p;
      }
      this.negativeZeros = 0;
      this.numbers = numbers;
      this.ints = new Int32Array(0);
      this.float = true;
    }

    /** Raise the mantissas' scale to `scale` when they all still fit, else switch to doubles. */
    private rescale(scale: number): void {
      if (scale > MAX_INT_SCALE) {
        this.toFloat();
        return;
      }
      const f = POW10[scale - this.intScale]!;
      const ints = this.ints;
      let lo = 0;
      let hi = 0;
      for (let i = 0; i < this.count; i++) {
        const m = ints[i]!;
        if (m < lo) lo = m;
        else if (m > hi) hi = m;
      }
      if (hi * f > INT_MAX || lo * f < INT_MIN) {
        this.toFloat();
        return;
      }
      for (let i = 0; i < this.count; i++) ints[i] = ints[i]! * f;
      this.intScale = scale;
    }

    addMissing(): void {
      this.rows++;
      this.missing++;
    }

    addDecimal(mantissa: number, integerLiteral: boolean, scale: number): void {
      if (scale > this.maxScale) this.maxScale = scale;
      this.rows++;
      this.numeric++;
      if (integerLiteral) this.integerLiterals++;
      if (!this.float) {
        if (scale > this.intScale) this.rescale(scale);
        if (!this.float) {
          const m = scale === this.intScale ? mantissa : mantissa * POW10[this.intScale - scale]!;
          if (m <= INT_MAX && m >= INT_MIN) {
            if (m === 0 && 1 / mantissa < 0) this.negativeZeros++;
            if (this.count === this.ints.length) this.reserve(Math.ceil(this.count * 1.5) + 16);
            this.ints[this.count++] = m;
            return;
          }
          this.toFloat();
        }
      }
      if (this.count === this.numbers.length) this.reserve(Math.ceil(this.count * 1.5) + 16);
      this.numbers[this.count++] = scale === 0 ? mantissa : mantissa / POW10[scale]!;
    }

    addNumber(value: number, integerLiteral: boolean): void {
      this.exotic = true;
      if (!this.float) this.toFloat();
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
      let numbers = new Float64Array(0);
      let compact: ColumnData['compact'];
      if (this.float) {
        numbers = this.numbers.subarray(0, this.count);
        sort(numbers);
      } else if (this.count > 0) {
        const mantissas = this.ints.subarray(0, this.count);
        sortInt(mantissas);
        compact = { mantissas, scale: this.intScale, negativeZeros: this.negativeZeros };
      }
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
        ...(compact ? { compact } : {}),
      };
    }
  }
  return ColumnBuilder;
}

export const ColumnBuilder = columnBuilderFactory(sortFloat64, sortInt32, ByteDictionary);

// One decode buffer per dataset side, reused column after column: compacted columns are analysed one at
// a time, and reusing the memory keeps the allocator from growing the heap with every decoded copy.
const decoded: Record<'reference' | 'current', Float64Array> = {
  reference: new Float64Array(0),
  current: new Float64Array(0),
};

/**
 * Decode ascending mantissas into `out`: m / 10^scale (the identical doubles the literals give), the first
 * `negativeZeros` zeros as -0 (in ascending order -0 and 0 are equal, so they may sit anywhere among the zeros).
 */
export function decodeMantissas(compact: CompactNumbers, out: Float64Array): void {
  const p = 10 ** compact.scale;
  const m = compact.mantissas;
  for (let i = 0; i < m.length; i++) out[i] = m[i]! / p;
  if (compact.negativeZeros > 0) {
    let lo = 0;
    let hi = m.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (m[mid]! < 0) lo = mid + 1;
      else hi = mid;
    }
    out.fill(-0, lo, lo + compact.negativeZeros);
  }
}

/**
 * A column's finite numbers, ascending. For a compacted column they are decoded into the side's reusable
 * buffer, valid until the next call for the same side.
 */
export function columnNumbers(column: ColumnData, side: 'reference' | 'current'): Float64Array {
  const compact = column.compact;
  if (!compact) return column.numbers;
  const n = compact.mantissas.length;
  if (decoded[side].length < n) decoded[side] = new Float64Array(n);
  const out = decoded[side].subarray(0, n);
  decodeMantissas(compact, out);
  return out;
}

/** Let the decode buffers go once the analysis is done. */
export function releaseDecodeBuffers(): void {
  decoded.reference = new Float64Array(0);
  decoded.current = new Float64Array(0);
}
