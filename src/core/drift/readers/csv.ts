/**
 * CSV reader: header, then the records — split across worker threads by byte range when the file is big
 * enough to pay for them. Range boundaries are record boundaries: the quote parity up to each nominal
 * split point tells whether it falls inside a quoted field, and the range starts after the next LF outside
 * quotes.
 */

import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { ConfigurationError } from '../../errors.js';
import type { ColumnData } from './column-builder.js';
import { compactColumn, concatColumns, expandColumn, releaseMergeScratch } from './column-merge.js';
import { CsvSyntaxError, MAX_RECORD_BYTES, parseCsvRange, type CsvRangeResult } from './csv-range.js';
import { runCsvWorker, type CsvWorkerReply, type SharedRegion } from './csv-worker.js';
import { releaseMemory } from './release-memory.js';
import { checkColumnCount, type Table } from './table.js';

export interface CsvReadOptions {
  /** Name for messages, e.g. "Input 'reference' (data/train.csv)". */
  label: string;
  /** Threads to parse with; default: available cores (at most 8). 1 parses on this thread. */
  workers?: number;
  /** Files smaller than this are parsed on this thread. */
  parallelMinBytes?: number;
}

const QUOTE = 0x22;
const LF = 0x0a;

interface Header {
  names: string[];
  /** Byte offset of the first data record. */
  dataStart: number;
  /** Physical lines the header (and a BOM) took. */
  lines: number;
}

/** Split the first record of `text` (RFC 4180); returns its fields and the index just past it. */
function firstRecord(text: string, complete: boolean): { fields: string[]; end: number } | undefined {
  const fields: string[] = [];
  let i = 0;
  let field = '';
  for (;;) {
    if (text[i] === '"') {
      let j = i + 1;
      for (;;) {
        const k = text.indexOf('"', j);
        if (k === -1) return undefined;
        if (text[k + 1] === '"') {
          field += text.slice(j, k + 1);
          j = k + 2;
          continue;
        }
        field += text.slice(j, k);
        i = k + 1;
        break;
      }
    } else {
      let k = i;
      while (k < text.length && text[k] !== ',' && text[k] !== '\n') k++;
      if (k === text.length && !complete) return undefined;
      field = text.slice(i, k).replace(/\r$/, '');
      i = k;
    }
    fields.push(field);
    field = '';
    if (text[i] === ',') {
      i++;
      continue;
    }
    if (text[i] === '\r') i++;
    if (i < text.length && text[i] !== '\n') return { fields, end: -1 };
    return { fields, end: i < text.length ? i + 1 : i };
  }
}

function readHeader(fd: number, size: number, label: string): Header {
  let length = Math.min(size, 1 << 20);
  for (;;) {
    const buf = Buffer.allocUnsafe(length);
    const got = readSync(fd, buf, 0, length, 0);
    const bom = got >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0;
    const text = buf.toString('utf8', bom, got);
    // Blank lines before the header are skipped, as pandas does.
    const lead = /^(\r?\n)*/.exec(text)![0];
    const record = firstRecord(text.slice(lead.length), got === size);
    if (record === undefined) {
      if (length >= size || length >= MAX_RECORD_BYTES)
        throw new ConfigurationError(
          `${label}: the header row is not valid CSV (unclosed quote or too long).`,
        );
      length = Math.min(size, length * 4);
      continue;
    }
    if (record.end < 0)
      throw new ConfigurationError(`${label}: the header row is not valid CSV (text after a closing quote).`);
    const consumed = lead + text.slice(lead.length, lead.length + record.end);
    checkColumnCount(record.fields.length, label);
    const names = record.fields.map((name, i) => (name.trim() === '' ? `Unnamed: ${i}` : name));
    const seen = new Set<string>();
    for (const name of names) {
      if (seen.has(name))
        throw new ConfigurationError(`${label}: column '${name}' appears twice in the header.`);
      seen.add(name);
    }
    return {
      names,
      dataStart: bom + Buffer.byteLength(consumed),
      lines: (consumed.match(/\n/g) ?? []).length,
    };
  }
}

/**
 * Main-thread range weight: a worker starts cold (thread, isolate, compiling its source) while this thread
 * is already parsing, so this thread takes a slightly larger range and both finish about together.
 */
const FIRST_RANGE_WEIGHT = 1.15;

/** Record-aligned split points for `parts` ranges of [start, size); the first range weighs `firstWeight`. */
function splitPoints(fd: number, start: number, size: number, parts: number, firstWeight = 1): number[] {
  const points = [start];
  const block = Buffer.allocUnsafe(1 << 22);
  let inQuote = false;
  let offset = start;
  for (let k = 1; k < parts; k++) {
    const nominal = start + Math.floor(((size - start) * (firstWeight + k - 1)) / (firstWeight + parts - 1));
    if (nominal <= points[points.length - 1]!) continue;
    // Quote parity up to the nominal point.
    while (offset < nominal) {
      const got = readSync(fd, block, 0, Math.min(block.length, nominal - offset), offset);
      if (got === 0) break;
      for (let i = block.indexOf(QUOTE); i !== -1 && i < got; i = block.indexOf(QUOTE, i + 1))
        inQuote = !inQuote;
      offset += got;
    }
    // The next LF outside quotes ends the record the point falls in.
    let boundary = -1;
    while (boundary < 0 && offset < size) {
      const got = readSync(fd, block, 0, Math.min(block.length, size - offset), offset);
      if (got === 0) break;
      for (let i = 0; i < got; i++) {
        const c = block[i];
        if (c === QUOTE) inQuote = !inQuote;
        else if (c === LF && !inQuote) {
          boundary = offset + i + 1;
          break;
        }
      }
      offset = boundary < 0 ? offset + got : boundary;
    }
    if (boundary < 0 || boundary >= size) break;
    points.push(boundary);
  }
  points.push(size);
  return points;
}

interface ColumnPlan {
  /** Regions of each column's shared buffer for range k, as views (this thread) or descriptors (workers). */
  views(k: number): (Int32Array | undefined)[];
  regions(k: number): (SharedRegion | null)[];
}

/**
 * One shared buffer of 32-bit mantissas per numeric column, sized from a sample of the first records
 * (+2 %), split between the ranges in proportion to their bytes: every range writes its numbers straight
 * into its slice, so a big file's numbers are not copied from range to range. A range that outgrows its
 * slice (or meets a value that needs a double) continues in a private array.
 */
function planColumns(path: string, header: Header, size: number, ranges: number[]): ColumnPlan {
  const dataBytes = size - header.dataStart;
  const none: ColumnPlan = { views: () => [], regions: () => header.names.map(() => null) };
  const fd = openSync(path, 'r');
  let points: number[];
  try {
    points = splitPoints(fd, header.dataStart, Math.min(size, header.dataStart + (4 << 20)), 2);
  } finally {
    closeSync(fd);
  }
  // No record boundary in the first 4 MiB (huge fields): no plan; the ranges grow private arrays.
  if (points.length < 3) return none;
  const sampleEnd = points[1]!;
  let sample: CsvRangeResult;
  try {
    sample = parseCsvRange(path, header.dataStart, sampleEnd, header.names);
  } catch {
    return none; // the real parse reports the problem with its row and line
  }
  const estimatedRows = sample.rows > 0 ? (sample.rows * dataBytes) / (sampleEnd - header.dataStart) : 0;
  const buffers = sample.columns.map((column) => {
    const count = column.compact?.mantissas.length ?? 0;
    // Columns the sample shows as doubles (or without numbers) get no shared room.
    if (sample.rows === 0 || count === 0) return undefined;
    const capacity = Math.ceil(((estimatedRows * count) / sample.rows) * 1.02) + 1024;
    return { buffer: new SharedArrayBuffer(capacity * 4), capacity };
  });
  const slice = (k: number, capacity: number): [number, number] => {
    const lo = Math.floor((capacity * (ranges[k]! - header.dataStart)) / dataBytes);
    const hi =
      k + 2 === ranges.length
        ? capacity
        : Math.floor((capacity * (ranges[k + 1]! - header.dataStart)) / dataBytes);
    return [lo, hi];
  };
  return {
    views: (k) =>
      buffers.map((b) => {
        if (!b) return undefined;
        const [lo, hi] = slice(k, b.capacity);
        return new Int32Array(b.buffer, lo * 4, hi - lo);
      }),
    regions: (k) =>
      buffers.map((b) => {
        if (!b) return null;
        const [lo, hi] = slice(k, b.capacity);
        return { buffer: b.buffer, offset: lo, length: hi - lo };
      }),
  };
}

function syntaxError(label: string, detail: string, row: number, line: number): ConfigurationError {
  return new ConfigurationError(`${label}: row ${row} (line ${line}) ${detail}.`);
}

/** Read a CSV file into columns. */
export async function readCsv(path: string, source: string, options: CsvReadOptions): Promise<Table> {
  const fd = openSync(path, 'r');
  let header: Header;
  let ranges: number[];
  let size: number;
  try {
    size = fstatSync(fd).size;
    if (size === 0) throw new ConfigurationError(`${options.label}: the file is empty.`);
    header = readHeader(fd, size, options.label);
    const workers = Math.max(1, Math.min(options.workers ?? availableParallelism(), 8));
    const parallel = workers > 1 && size - header.dataStart >= (options.parallelMinBytes ?? 8 * 1024 * 1024);
    ranges = parallel
      ? splitPoints(fd, header.dataStart, size, workers, FIRST_RANGE_WEIGHT)
      : [header.dataStart, size];
  } finally {
    closeSync(fd);
  }
  const results: CsvRangeResult[] = [];
  if (ranges.length === 2) {
    try {
      results.push(parseCsvRange(path, ranges[0]!, ranges[1]!, header.names));
    } catch (error) {
      if (error instanceof CsvSyntaxError) {
        throw syntaxError(options.label, error.detail, error.row, error.line + header.lines);
      }
      throw error;
    }
  } else {
    const plan = planColumns(path, header, size, ranges);
    const jobs: Promise<CsvWorkerReply>[] = [];
    for (let k = 1; k + 1 < ranges.length; k++) {
      jobs.push(
        runCsvWorker({
          path,
          start: ranges[k]!,
          end: ranges[k + 1]!,
          names: header.names,
          regions: plan.regions(k),
        }),
      );
    }
    // The first range is parsed here while the workers parse theirs (one thread fewer to start).
    let first: CsvWorkerReply;
    try {
      first = {
        ok: true,
        result: parseCsvRange(path, ranges[0]!, ranges[1]!, header.names, { regions: plan.views(0) }),
      };
    } catch (error) {
      if (!(error instanceof CsvSyntaxError)) throw error;
      first = { ok: false, detail: error.detail, row: error.row, line: error.line, syntax: true };
    }
    const replies = [first, ...(await Promise.all(jobs))];
    jobs.length = 0;
    let rowsBefore = 0;
    let linesBefore = header.lines;
    for (const reply of replies) {
      if (!reply.ok) {
        if (!reply.syntax) throw new Error(`CSV worker failed: ${reply.detail}`);
        throw syntaxError(options.label, reply.detail, rowsBefore + reply.row, linesBefore + reply.line);
      }
      results.push(reply.result);
      rowsBefore += reply.result.rows;
      linesBefore += reply.result.lines;
    }
    replies.length = 0;
  }
  const rows = results.reduce((n, r) => n + r.rows, 0);
  if (rows === 0) throw new ConfigurationError(`${options.label}: the file has a header but no data rows.`);
  let merged = 0;
  const columns: ColumnData[] = header.names.map((_, i) => {
    const column = concatColumns(results.map((r) => r.columns[i]!));
    for (const r of results) r.columns[i] = column;
    if (results.length === 1) {
      // One range (a small file): plain sorted doubles.
      expandColumn(column);
      return column;
    }
    // Big files keep numbers as exact 32-bit mantissas where possible (half the memory). Mantissa runs
    // merge in place; columns merged as doubles leave their pieces as garbage, collected every few such
    // columns so they do not pile up.
    if (column.compact === undefined && compactColumn(column) && ++merged % 4 === 0) releaseMemory();
    return column;
  });
  releaseMergeScratch();
  return { source, format: 'csv', rows, columns };
}
