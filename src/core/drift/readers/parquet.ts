/** Parquet reader on hyparquet: column chunks straight into the column builders, types from the schema. */

import { asyncBufferFromFile, parquetMetadataAsync, parquetRead } from 'hyparquet';
import { ConfigurationError } from '../../errors.js';
import { ColumnBuilder, type ColumnData, type ColumnSink } from './column-builder.js';
import { checkColumnCount, type Table } from './table.js';

type Declared = NonNullable<ColumnData['declared']>;

function declaredType(type: string | undefined, logical: string | undefined): Declared {
  if (type === 'BOOLEAN') return 'boolean';
  if (type === 'FLOAT' || type === 'DOUBLE') return 'float';
  if (type === 'INT32' || type === 'INT64') return logical === 'DECIMAL' ? 'float' : 'integer';
  return 'string';
}

function addValue(column: ColumnSink, value: unknown): void {
  if (value === null || value === undefined) column.addMissing();
  else if (typeof value === 'number') column.addNumber(value, column.declared === 'integer');
  else if (typeof value === 'bigint') column.addNumber(Number(value), true);
  else if (typeof value === 'boolean') column.addText(value ? 'True' : 'False');
  else if (typeof value === 'string') column.addText(value);
  else if (value instanceof Date) column.addText(value.toISOString());
  else column.addText(JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v)));
}

export async function readParquet(path: string, source: string, label: string): Promise<Table> {
  let file;
  let metadata;
  try {
    file = await asyncBufferFromFile(path);
    metadata = await parquetMetadataAsync(file);
  } catch (error) {
    throw new ConfigurationError(`${label}: not a readable Parquet file (${(error as Error).message}).`);
  }
  const rows = Number(metadata.num_rows);
  if (rows === 0) throw new ConfigurationError(`${label}: the Parquet file has no rows.`);
  // Top-level leaf columns only; nested groups are read as JSON text.
  const top = metadata.schema.slice(1);
  checkColumnCount(metadata.schema[0]?.num_children ?? top.length, label);
  const names: string[] = [];
  const builders = new Map<string, ColumnSink>();
  for (let i = 0; i < top.length;) {
    const element = top[i]!;
    const builder = new ColumnBuilder(element.name);
    builder.declared = element.num_children
      ? 'string'
      : declaredType(element.type, element.logical_type?.type ?? element.converted_type);
    names.push(element.name);
    builders.set(element.name, builder);
    // Skip nested children.
    let skip = element.num_children ?? 0;
    i++;
    while (skip > 0) {
      skip += (top[i]!.num_children ?? 0) - 1;
      i++;
    }
  }
  try {
    await parquetRead({
      file,
      metadata,
      rowFormat: 'array',
      onChunk: () => undefined,
      onComplete: (data: unknown[][]) => {
        for (const row of data) {
          names.forEach((name, i) => addValue(builders.get(name)!, row[i]));
        }
      },
    });
  } catch (error) {
    throw new ConfigurationError(`${label}: cannot read the Parquet data (${(error as Error).message}).`);
  }
  return { source, format: 'parquet', rows, columns: names.map((n) => builders.get(n)!.finish()) };
}
