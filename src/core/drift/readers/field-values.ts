/**
 * Classifying one CSV field straight from its bytes, without building a string for numbers:
 * pandas' default NA tokens → missing; decimal numbers (and inf/infinity) → number; anything else → text.
 */

/** What a field is added to (the column builder). */
export interface FieldSink {
  addMissing(): void;
  addNumber(value: number, integerLiteral: boolean): void;
  addTextBytes(b: Uint8Array, s: number, e: number): void;
  addText(value: string): void;
}

export interface FieldValues {
  parseNumber: (b: Uint8Array, s: number, e: number) => number;
  /** Whether the last successful parseNumber() saw a whole-number literal (no '.', no exponent). */
  lastParse: { integer: boolean };
  addField: (column: FieldSink, b: Uint8Array, s: number, e: number, escaped: boolean) => void;
}

/** Self-contained factory (no imports, no outer references): the CSV worker is started from its source. */
export function fieldValuesFactory(): FieldValues {
  const POW10 = Array.from({ length: 23 }, (_, i) => 10 ** i);
  const TWO53 = 2 ** 53;

  const lastParse = { integer: false };

  /**
   * Parse a decimal number in b[s, e) (surrounding spaces allowed). Returns NaN when the bytes are not a
   * number. Exact: mantissas below 2^53 with |exponent| ≤ 22 take one correctly rounded multiply or divide
   * (Clinger's fast path); anything else goes through Number() on the validated text.
   */
  function parseNumber(b: Uint8Array, s: number, e: number): number {
    while (s < e && (b[s] === 0x20 || b[s] === 0x09)) s++;
    while (e > s && (b[e - 1] === 0x20 || b[e - 1] === 0x09)) e--;
    if (s === e) return Number.NaN;
    let p = s;
    let negative = false;
    const c0 = b[p]!;
    if (c0 === 0x2d || c0 === 0x2b) {
      negative = c0 === 0x2d;
      p++;
    }
    let mantissa = 0;
    let exponent = 0;
    let digits = 0;
    let exact = true;
    let integer = true;
    while (p < e) {
      const d = b[p]! - 0x30;
      if (d < 0 || d > 9) break;
      mantissa = mantissa * 10 + d;
      if (mantissa >= TWO53) exact = false;
      digits++;
      p++;
    }
    if (p < e && b[p] === 0x2e) {
      integer = false;
      p++;
      while (p < e) {
        const d = b[p]! - 0x30;
        if (d < 0 || d > 9) break;
        mantissa = mantissa * 10 + d;
        if (mantissa >= TWO53) exact = false;
        exponent--;
        digits++;
        p++;
      }
    }
    if (digits === 0) return b[p] === 0x69 || b[p] === 0x49 ? parseSpecial(b, s, e) : Number.NaN;
    if (p < e && (b[p] === 0x65 || b[p] === 0x45)) {
      integer = false;
      p++;
      let expNegative = false;
      if (p < e && (b[p] === 0x2d || b[p] === 0x2b)) {
        expNegative = b[p] === 0x2d;
        p++;
      }
      let expDigits = 0;
      let value = 0;
      while (p < e) {
        const d = b[p]! - 0x30;
        if (d < 0 || d > 9) break;
        if (value < 1e6) value = value * 10 + d;
        expDigits++;
        p++;
      }
      if (expDigits === 0) return Number.NaN;
      exponent += expNegative ? -value : value;
    }
    if (p !== e) return Number.NaN;
    lastParse.integer = integer;
    let result: number;
    if (exact && exponent >= -22 && exponent <= 22) {
      result = exponent < 0 ? mantissa / POW10[-exponent]! : mantissa * POW10[exponent]!;
    } else {
      result = Number(latin1(b, s, e));
    }
    return negative ? -result : result;
  }

  function latin1(b: Uint8Array, s: number, e: number): string {
    let out = '';
    for (let i = s; i < e; i++) out += String.fromCharCode(b[i]!);
    return out;
  }

  /** inf / infinity, any case, optionally signed (as pandas reads them). */
  function parseSpecial(b: Uint8Array, s: number, e: number): number {
    const len = e - s;
    if (len < 3 || len > 9) return Number.NaN;
    const word = latin1(b, s, e).toLowerCase();
    lastParse.integer = false;
    if (word === 'inf' || word === '+inf' || word === 'infinity' || word === '+infinity') return Infinity;
    if (word === '-inf' || word === '-infinity') return -Infinity;
    return Number.NaN;
  }

  const decoder = new TextDecoder('utf-8');

  /** Add one CSV field to a column; `escaped` fields (quoted, with doubled quotes) are unescaped first. */
  function addField(column: FieldSink, b: Uint8Array, s: number, e: number, escaped: boolean): void {
    if (s === e) {
      column.addMissing();
      return;
    }
    const value = parseNumber(b, s, e);
    if (!Number.isNaN(value)) column.addNumber(value, lastParse.integer);
    else if (escaped) column.addText(decoder.decode(b.subarray(s, e)).replace(/""/g, '"'));
    else column.addTextBytes(b, s, e);
  }
  return { parseNumber, lastParse, addField };
}

export const { parseNumber, addField } = fieldValuesFactory();
