/**
 * RFC 4180 parsing of one record-aligned byte range of a CSV file into columns. Used on the main thread
 * for small files and by each worker for its share of a large one. Reads fixed-size blocks, so memory
 * is the blocks plus the columns; a record longer than MAX_RECORD_BYTES is refused.
 */

import { closeSync, openSync, readSync } from 'node:fs';
import { ColumnBuilder, type ColumnBuilderClass, type ColumnData } from './column-builder.js';
import { addField, type FieldValues } from './field-values.js';

export const MAX_RECORD_BYTES = 64 * 1024 * 1024;

export interface CsvRangeResult {
  columns: ColumnData[];
  rows: number;
  lines: number;
}

export interface RangeOptions {
  /** Reserve column room for this many times the range (when there is no preallocated region). */
  reserveScale?: number;
  /** Preallocated room for each column's mantissas (slices of shared buffers), by column index. */
  regions?: (Int32Array | undefined)[];
}

/** Thrown for malformed CSV; `row`/`line` count from the start of the range. */
export interface CsvSyntaxProblem extends Error {
  detail: string;
  row: number;
  line: number;
}

export interface CsvRangeParser {
  parseCsvRange: (
    path: string,
    start: number,
    end: number,
    names: readonly string[],
    options?: RangeOptions,
  ) => CsvRangeResult;
  CsvSyntaxError: new (detail: string, row: number, line: number) => CsvSyntaxProblem;
}

interface FileAccess {
  openSync: typeof openSync;
  readSync: typeof readSync;
  closeSync: typeof closeSync;
}

/**
 * Self-contained factory (nothing from outside but its parameters): the CSV worker is started from this
 * source text, so it does not have to load the whole action bundle.
 */
export function csvRangeFactory(
  fs: FileAccess,
  Builder: ColumnBuilderClass,
  fields: Pick<FieldValues, 'addField'>,
): CsvRangeParser {
  const { openSync, readSync, closeSync } = fs;
  const addField = fields.addField;
  const QUOTE = 0x22;
  const COMMA = 0x2c;
  const LF = 0x0a;
  const CR = 0x0d;
  const MINUS = 0x2d;
  const PLUS = 0x2b;
  const DOT = 0x2e;
  const KIND_FIELD = 0;
  const KIND_INTEGER = 1;
  const KIND_DECIMAL = 2;
  const KIND_TEXT = 3;

  const BLOCK_BYTES = 4 * 1024 * 1024;
  const MAX_RECORD_BYTES = 64 * 1024 * 1024;

  /** A syntax problem, with row/line counted from the start of the range (the caller adds its offset). */
  class CsvSyntaxError extends Error {
    detail: string;
    row: number;
    line: number;
    constructor(detail: string, row: number, line: number) {
      super(detail);
      this.detail = detail;
      this.row = row;
      this.line = line;
    }
  }

  /** Count LF bytes in b[s, e). */
  function countLines(b: Uint8Array, s: number, e: number): number {
    let n = 0;
    for (let i = b.indexOf(LF, s); i !== -1 && i < e; i = b.indexOf(LF, i + 1)) n++;
    return n;
  }

  /**
   * Parse the records in [start, end) of `path` (start at a record boundary, end at one or at EOF) with
   * `columnCount` fields each.
   */
  function parseCsvRange(
    path: string,
    start: number,
    end: number,
    names: readonly string[],
    options: RangeOptions = {},
  ): CsvRangeResult {
    const reserveScale = options.reserveScale ?? 1;
    const regions = options.regions ?? [];
    const ncols = names.length;
    // Room for 4096 numbers per column to start with, within about 4 MB for the whole row: a table of
    // 100k columns starts at 16 each (and is sized from the first block's rows below) instead of 1.6 GB.
    const startCapacity = Math.max(16, Math.min(4096, Math.floor((1 << 20) / Math.max(ncols, 1))));
    const builders = names.map((name, i) => new Builder(name, startCapacity, 0, regions[i]));
    // Field boundaries of the record being parsed: start, end, escaped flag per field.
    const fields = new Int32Array(3 * ncols);
    // Per field of the record: how it was read, and its signed mantissa and scale when the scan parsed a number.
    const kinds = new Uint8Array(ncols);
    const values = new Float64Array(ncols);
    const scales = new Uint8Array(ncols);
    let buf = Buffer.allocUnsafe(Math.min(BLOCK_BYTES, Math.max(end - start, 1)) + 1);
    let dataStart = 0;
    let dataEnd = 0;
    let offset = start;
    let rows = 0;
    let lines = 0;
    let estimated = false;
    const fd = openSync(path, 'r');
    try {
      for (;;) {
        if (dataStart > 0) {
          buf.copy(buf, 0, dataStart, dataEnd);
          dataEnd -= dataStart;
          dataStart = 0;
        }
        if (dataEnd === buf.length) {
          if (buf.length >= MAX_RECORD_BYTES) {
            throw new CsvSyntaxError(
              `a record is longer than ${MAX_RECORD_BYTES / 1048576} MiB`,
              rows + 1,
              lines + 1,
            );
          }
          const bigger = Buffer.allocUnsafe(Math.min(buf.length * 2, MAX_RECORD_BYTES));
          buf.copy(bigger, 0, 0, dataEnd);
          buf = bigger;
        }
        const want = Math.min(buf.length - dataEnd, end - offset);
        const got = want > 0 ? readSync(fd, buf, dataEnd, want, offset) : 0;
        offset += got;
        dataEnd += got;
        const final = offset >= end || got === 0;
        const b = buf;
        let pos = dataStart;
        // Parse every complete record in b[pos, dataEnd).
        records: while (pos < dataEnd) {
          let recordLines = 0;
          if (b[pos] === LF || (b[pos] === CR && pos + 1 < dataEnd && b[pos + 1] === LF)) {
            pos += b[pos] === LF ? 1 : 2; // blank line: skipped, as pandas does
            lines++;
            dataStart = pos;
            continue;
          }
          let field = 0;
          for (;;) {
            let s: number;
            let e: number;
            let escaped = false;
            if (b[pos] === QUOTE) {
              s = pos + 1;
              let q = s;
              for (;;) {
                const k = b.indexOf(QUOTE, q);
                if (k === -1 || k >= dataEnd) {
                  if (final) throw new CsvSyntaxError('a quoted field is never closed', rows + 1, lines + 1);
                  break records;
                }
                if (k + 1 < dataEnd && b[k + 1] === QUOTE) {
                  escaped = true;
                  q = k + 2;
                  continue;
                }
                if (k + 1 >= dataEnd && !final) break records;
                e = k;
                pos = k + 1;
                break;
              }
              recordLines += countLines(b, s, e!);
              if (field < ncols) kinds[field] = KIND_FIELD;
              const next = pos < dataEnd ? b[pos] : LF;
              if (next === CR && pos + 1 < dataEnd && b[pos + 1] === LF) pos++;
              else if (next === CR && pos + 1 >= dataEnd && !final) break records;
              else if (next !== COMMA && next !== LF && !(next === CR && final)) {
                throw new CsvSyntaxError(
                  'text follows the closing quote of a quoted field',
                  rows + 1,
                  lines + 1,
                );
              }
            } else {
              s = pos;
              // Fast path: a plain decimal (≤ 15 digits, so exact) ending at the delimiter, parsed in the scan.
              let p = pos;
              let negative = false;
              if (b[p] === MINUS) {
                negative = true;
                p++;
              } else if (b[p] === PLUS) p++;
              let mantissa = 0;
              let digits = 0;
              let scale = 0;
              let integer = true;
              let d = 0;
              while (p < dataEnd && (d = b[p]! - 48) >= 0 && d <= 9) {
                mantissa = mantissa * 10 + d;
                digits++;
                p++;
              }
              if (p < dataEnd && b[p] === DOT) {
                integer = false;
                p++;
                while (p < dataEnd && (d = b[p]! - 48) >= 0 && d <= 9) {
                  mantissa = mantissa * 10 + d;
                  digits++;
                  scale++;
                  p++;
                }
              }
              const c = p < dataEnd ? b[p]! : -1;
              if (
                digits > 0 &&
                digits <= 15 &&
                (c === COMMA ||
                  c === LF ||
                  (c === CR && p + 1 < dataEnd && b[p + 1] === LF) ||
                  (c === -1 && final))
              ) {
                if (field < ncols) {
                  kinds[field] = integer ? KIND_INTEGER : KIND_DECIMAL;
                  values[field] = negative ? -mantissa : mantissa; // the builder scales it
                  scales[field] = scale;
                }
                e = p;
                pos = c === CR ? p + 1 : p;
              } else {
                pos = p;
                while (pos < dataEnd) {
                  const ch = b[pos]!;
                  if (ch === COMMA || ch === LF) break;
                  pos++;
                }
                if (pos >= dataEnd && !final) break records;
                e = pos;
                if (e > s && b[e - 1] === CR) e--;
                // Bytes that cannot start a number, an inf or an NA token go straight to the dictionary.
                const first = b[s]!;
                const text =
                  digits === 0 && p === s && e > s && first > 0x39 && first !== 0x69 && first !== 0x49;
                if (field < ncols) kinds[field] = text ? KIND_TEXT : KIND_FIELD;
              }
            }
            if (field < ncols) {
              fields[3 * field] = s;
              fields[3 * field + 1] = e!;
              fields[3 * field + 2] = escaped ? 1 : 0;
            }
            field++;
            if (pos < dataEnd && b[pos] === COMMA) {
              pos++;
              if (pos >= dataEnd && !final) break records;
              continue;
            }
            if (pos < dataEnd) pos++; // the LF
            recordLines++;
            break;
          }
          if (field !== ncols) {
            throw new CsvSyntaxError(
              `has ${field} field${field === 1 ? '' : 's'}, the header has ${ncols}`,
              rows + 1,
              lines + 1,
            );
          }
          for (let i = 0; i < ncols; i++) {
            const kind = kinds[i];
            if (kind === KIND_TEXT) builders[i]!.addTextBytes(b, fields[3 * i]!, fields[3 * i + 1]!);
            else if (kind === KIND_FIELD)
              addField(builders[i]!, b, fields[3 * i]!, fields[3 * i + 1]!, fields[3 * i + 2] === 1);
            else builders[i]!.addDecimal(values[i]!, kind === KIND_INTEGER, scales[i]!);
          }
          rows++;
          lines += recordLines;
          dataStart = pos;
        }
        if (!estimated && rows > 0 && !final) {
          // Size the columns once from the first block's bytes per row, so they are not regrown 20 times.
          estimated = true;
          const perRow = (offset - start - (dataEnd - dataStart)) / rows;
          const estimate = Math.ceil((((end - start) * reserveScale) / perRow) * 1.03) + 64;
          builders.forEach((builder, i) => {
            if (!regions[i]) builder.reserveFor(estimate);
          });
        }
        if (final) {
          if (dataStart < dataEnd)
            throw new CsvSyntaxError('the last record is incomplete', rows + 1, lines + 1);
          break;
        }
      }
    } finally {
      closeSync(fd);
    }
    return { columns: builders.map((b) => b.finish()), rows, lines };
  }
  return { parseCsvRange, CsvSyntaxError };
}

export const { parseCsvRange, CsvSyntaxError } = csvRangeFactory(
  { openSync, readSync, closeSync },
  ColumnBuilder,
  { addField },
);
