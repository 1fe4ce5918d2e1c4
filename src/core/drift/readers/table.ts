import type { ColumnData } from './column-builder.js';

export type DataFormat = 'csv' | 'jsonl' | 'parquet';

/** A dataset as read: its columns in file order. */
export interface Table {
  /** Path as the user gave it (for messages and the report). */
  source: string;
  format: DataFormat;
  rows: number;
  columns: ColumnData[];
}
