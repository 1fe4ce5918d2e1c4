/**
 * JSON Lines reader: one JSON object per line, streamed line by line. Keys missing on a line are missing
 * values; a key first seen on a later line becomes a column that was missing before it.
 */

import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { ConfigurationError } from '../../errors.js';
import { NESTED_TOO_DEEP, nestedTooDeep } from '../../structured/nesting.js';
import { ColumnBuilder, type ColumnSink } from './column-builder.js';
import { checkColumnCount, type Table } from './table.js';

function addValue(column: ColumnSink, value: unknown, where: () => string): void {
  if (value === null || value === undefined) column.addMissing();
  else if (typeof value === 'number') column.addNumber(value, Number.isInteger(value));
  else if (typeof value === 'string') column.addText(value);
  else if (typeof value === 'boolean') column.addText(value ? 'True' : 'False');
  else {
    // Nested values are kept as JSON text; JSON.stringify recurses, so hostile depth is refused first.
    if (nestedTooDeep(value)) throw new ConfigurationError(`${where()}: ${NESTED_TOO_DEEP}.`);
    column.addText(JSON.stringify(value));
  }
}

export async function readJsonLines(path: string, source: string, label: string): Promise<Table> {
  const columns = new Map<string, ColumnSink>();
  let rows = 0;
  let line = 0;
  const lines = createInterface({ input: createReadStream(path), crlfDelay: Infinity });
  for await (const raw of lines) {
    line++;
    const text = line === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (text.trim() === '') continue;
    let record: unknown;
    try {
      record = JSON.parse(text);
    } catch (error) {
      throw new ConfigurationError(`${label}: line ${line} is not valid JSON (${(error as Error).message}).`);
    }
    if (record === null || typeof record !== 'object' || Array.isArray(record)) {
      throw new ConfigurationError(`${label}: line ${line} is not a JSON object.`);
    }
    const entries = record as Record<string, unknown>;
    for (const key of Object.keys(entries)) {
      if (!columns.has(key)) {
        checkColumnCount(columns.size + 1, label, false);
        columns.set(key, new ColumnBuilder(key, 16, rows));
      }
    }
    const where = () => `${label}: line ${line}`;
    for (const [key, column] of columns) addValue(column, entries[key], where);
    rows++;
  }
  if (line === 0) throw new ConfigurationError(`${label}: the file is empty.`);
  if (rows === 0) throw new ConfigurationError(`${label}: the file has no JSON records.`);
  return { source, format: 'jsonl', rows, columns: [...columns.values()].map((c) => c.finish()) };
}
